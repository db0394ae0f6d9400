"""A company's name with its legal form or 'company' around it is the company's name (review
9401 #48: 'Gazprom PJSC' and 'the Gazprom company' were refused); nothing else is taken off."""

from __future__ import annotations

import pytest

from quizapp.generate.check_companies import company_readings
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Gazprom PJSC", ["gazprom"]),
        ("the Gazprom company", ["gazprom"]),
        ("OAO Gazprom", ["gazprom"]),
        ("Gazprom Group", ["gazprom"]),
        ("Gazprom Neft", []),  # another company
        ("Gazprom Kyrgyzstan", []),  # a place is not a legal form (the deck's places: below)
        ("company", []),
        ("Gazprom", []),  # nothing taken off: the plain key is graded as it is
    ],
)
def test_only_legal_forms_and_kind_words_are_taken_off(text: str, reading: list[str]) -> None:
    assert company_readings(text, {"gazprom"}) == reading


def test_the_gas_network_item_accepts_the_company_by_its_legal_names() -> None:
    items = [
        q
        for q in generated(CENTRAL_ASIA, (0, 1, 2, 3))
        if q.kind in ("typed", "cloze") and q.answer == ["Gazprom"]
    ]
    assert items, "no typed item keyed Gazprom: the test proves nothing"
    vocabulary = DeckIndex(bundled_deck(CENTRAL_ASIA)).grading_vocabulary
    for q in items:
        # the company's arm named by the place it works in is the company (review r212 #51)
        for right in (
            "Gazprom PJSC",
            "the Gazprom company",
            "Russia's Gazprom",
            "Gazprom Kyrgyzstan",
        ):
            assert check(q, right, vocabulary).verdict == "correct", (q.prompt, right)
        for wrong in ("Rosneft", "Gazprom Neft", "company"):
            assert check(q, wrong, vocabulary).verdict != "correct", (q.prompt, wrong)
