"""A claim-evidence wrong option about a party to what the claim names may be argued to
support it: Schmitt, the twelfth moonwalker, flew on Apollo 17, so 'Schmitt was the twelfth
person to walk on the Moon' backs 'Apollo 17 was the last crewed landing' (review r402, Apollo
#26, seed 43231); nor does a tally over the whole programme, '12 people walked on the Moon',
which closes the series the claim ends (review r405 #18, seed 43531)."""

from __future__ import annotations

import pytest

from quizapp.generate.argument import argument_of
from quizapp.generate.argument_bonds import bonded
from quizapp.generate.index import DeckIndex
from tests.support.bundled import APOLLO, bundled_deck, generated

SEEDS = (0, 1, 2, 3, 4, 5, 43231, 43531)


@pytest.mark.parametrize(
    "words",
    [("Schmitt", "Cernan", "Evans"), ("walked on the Moon",)],
    ids=["apollo-17-crew", "moonwalker-tally"],
)
def test_the_last_landing_claim_offers_none_of_these_as_wrong(words: tuple[str, ...]) -> None:
    items = [
        q
        for q in generated(APOLLO, SEEDS)
        if q.kind == "claim_evidence" and "last crewed landing" in q.prompt
    ]
    assert items
    for q in items:
        wrong = [o for o in q.options or [] if o not in q.answer]
        assert not [o for o in wrong if any(w in o for w in words)], (q.id, q.options)


def test_a_crew_member_is_bonded_but_a_bloc_member_is_not() -> None:
    argument = argument_of(DeckIndex(bundled_deck(APOLLO)))
    assert "harrison-schmitt" in bonded(argument, "c-last-landing")
    assert "apollo-11" not in bonded(argument, "c-last-landing")
