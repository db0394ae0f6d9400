"""Issue 12 (reviews r457, r461 G): 25 of 28 assertion-reason keys in the Central Asia pool,
and all 13 of Apollo's, were one of the two 'both are true' choices, so a learner soon learnt
never to pick the other two. A claim may now carry the author's false counterpart
(`false_text`), which the item may state as its false limb; no deck's both-true keys are more
than BOTH_TRUE_CAP of its assertion-reason items."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate.registry import generate_deck
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck

BOTH_TRUE_CAP = 0.6
BOTH = ("Both are true",)


@pytest.mark.parametrize("deck", [CENTRAL_ASIA, APOLLO, CHEM])
def test_both_true_keys_are_no_give_away(deck: Path) -> None:
    loaded = bundled_deck(deck)
    for seed in (0, 7):
        items = [
            q for q in generate_deck(loaded, seed=seed).questions if q.kind == "assertion_reason"
        ]
        both = [q for q in items if q.answer[0].startswith(BOTH)]
        assert len(items) >= 8
        assert len(both) <= BOTH_TRUE_CAP * len(items), (deck, seed, len(both), len(items))


def test_a_claims_false_counterpart_is_stated_and_corrected() -> None:
    loaded = bundled_deck(APOLLO)
    false = {c.false_text: c.text for c in loaded.claims if c.false_text}
    items = [q for q in generate_deck(loaded, seed=0).questions if q.kind == "assertion_reason"]
    stated = [(q, f) for q in items for f in false if f in q.prompt]
    assert stated
    for q, f in stated:
        assert "false" in q.answer[0]
        assert false[f] in q.explanation  # the true claim is what the learner is told
