"""Names written with other marks (generate/name_marks.py, check_text.py): abbreviation dots,
commas, apostrophes, hyphens, '&', St/Saint, and accents, which are forgiven with a note."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.generate.name_marks import accent_note, mark_fold
from quizapp.generate.question import Question


def q(answer: str) -> Question:
    return Question(
        id="x",
        kind="typed",
        template="t",
        prompt="What is the capital?",
        answer=[answer],
        accepted=[answer],
        fact_ids=["f"],
        topic="t",
        explanation="e",
        citation="c",
        difficulty=0.5,
    )


CAPITALS = {
    "washington, d.c": "answer-name:washington",
    "st. john's": "answer-name:st-johns",
    "st. george's": "answer-name:st-georges",
    "bogota": "answer-name:bogota",
    "port of spain": "answer-name:port-of-spain",
}


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("washington, d.c", "washington dc"),
        ("washington dc", "washington dc"),
        ("washington d c", "washington dc"),
        ("st. john's", "saint johns"),
        ("saint johns", "saint johns"),
        ("trinidad & tobago", "trinidad and tobago"),
        ("port-of-spain", "port of spain"),
        ("harry s truman", "harry s truman"),  # a lone initial stays a word
        ("mt. everest", "mount everest"),
    ],
)
def test_mark_fold_gives_one_form(text: str, folded: str) -> None:
    assert mark_fold(text) == folded


@pytest.mark.parametrize(
    ("key", "given", "verdict"),
    [
        ("Washington, D.C.", "Washington DC", "correct"),
        ("Washington, D.C.", "washington d.c.", "correct"),
        ("Washington, D.C.", "Washington, DC", "correct"),
        ("Washington, D.C.", "Washington", "wrong"),
        ("St. John's", "Saint John's", "correct"),
        ("St. John's", "St Johns", "correct"),
        ("St. John's", "St. George's", "wrong"),  # another name of the deck
        ("Port of Spain", "Port-of-Spain", "correct"),
        ("Hanoi", "Ha Noi", "correct"),  # joined_fold
        ("Port of Spain", "Portofspain", "correct"),
    ],
)
def test_names_with_other_marks(key: str, given: str, verdict: str) -> None:
    assert check(q(key), given, CAPITALS).verdict == verdict


def test_a_typo_beside_other_marks_is_a_near_miss_and_the_note_ends_once() -> None:
    got = check(q("Washington, D.C."), "Wahsington DC", CAPITALS)
    assert got.verdict == "near_miss"
    assert got.note == "Close enough - mind the spelling: Washington, D.C."


def test_a_name_without_its_accents_is_right_with_a_note() -> None:
    got = check(q("Bogotá"), "Bogota", CAPITALS)
    assert (got.verdict, got.note) == ("correct", "Right - written Bogotá.")
    assert check(q("Bogotá"), "Bogotá", CAPITALS).note == ""
    assert accent_note("Reykjavik", ["Reykjavík"]) == "Right - written Reykjavík."
    assert accent_note("Reykjavik", ["Reykjavik"]) == ""
