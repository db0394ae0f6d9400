"""A tick-all item keys at most one option on background knowledge (review r395 B: the CSTO's
members in 2016 keyed Kazakhstan and Tajikistan, neither named by the briefing, beside
Russia). The source names the rest, so a learner of the source can answer it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated


@pytest.mark.parametrize("deck", [CENTRAL_ASIA, APOLLO, CHEM], ids=lambda p: p.stem)
def test_at_most_one_key_rests_on_background(deck: Path) -> None:
    facts = {f.id: f for f in bundled_deck(deck).facts}
    asked = [q for q in generated(deck, (0, 1, 2, 42161)) if q.kind == "multi_select"]
    assert asked
    for q in asked:  # an item's facts are its keys' facts (multi_select.py)
        outside = [f for f in q.fact_ids if facts[f].provenance.background]
        assert len(outside) <= 1, (q.id, q.answer, outside)
