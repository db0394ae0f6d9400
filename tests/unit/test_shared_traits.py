"""A claim that the five states have much in common is supported by every trait they share
(review r211 #11, seed 21101: 'Russian is still the common language between ethnic groups'
was offered as a wrong option for it, though it is one such trait). The deck lists each
shared trait the briefing gives as the claim's evidence, so none is offered as not
supporting it."""

from __future__ import annotations

from quizapp.generate.index import DeckIndex
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated

SEEDS = (*range(8), 21101)


def test_no_trait_shared_by_the_region_is_a_wrong_option_for_much_in_common() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    claim = next(c for c in ix.deck.claims if c.id == "c-much-in-common")
    shared = {"Russian is still the common language"} | {
        ix.say(ix.relations[ix.facts[e].relation].templates.statement, ix.facts[e]).rstrip(".")
        for e in claim.evidence
        if e in ix.facts
    }
    asked = 0
    for q in generated(CENTRAL_ASIA, SEEDS):
        if q.kind != "claim_evidence" or "much in common" not in q.prompt:
            continue
        asked += 1
        wrong = [o for o in q.options or [] if o not in q.answer]
        assert not [o for o in wrong if any(s and s in o for s in shared)], q.options
    assert asked >= len(SEEDS) // 2
