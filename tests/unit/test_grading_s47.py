"""Issue 12, grading (session 47 readings r465-r468): shapes the corpus cannot hold, since
their items are not drawn at seed 0."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService


def _loaded(deck: str):  # type: ignore[no-untyped-def]
    service = StudyService(None, seed=0)
    try:
        return service.load_deck(deck)
    finally:
        service.close()


def test_an_order_of_one_letter_symbols_is_read_as_symbols() -> None:
    """'U O C H' for uranium, oxygen, carbon, hydrogen: 'C' was read as option C, though an
    ordering's options are numbered, and a right answer was graded wrong (review r467 C)."""
    loaded = _loaded("chemical-elements")
    q = next(q for q in generate_deck(loaded.deck, seed=55).questions if q.kind == "ordering")
    assert set(q.options or []) == {"carbon", "oxygen", "uranium", "hydrogen"}
    symbols = {"carbon": "C", "oxygen": "O", "uranium": "U", "hydrogen": "H"}
    said = " ".join(symbols[o] for o in q.answer)
    assert check(q, said, loaded.vocabulary, 2026).verdict == "correct"
    wrong = " ".join(symbols[o] for o in reversed(q.answer))
    assert check(q, wrong, loaded.vocabulary, 2026).verdict == "wrong"


def test_a_remark_beside_an_order_typed_as_names_is_said_to_be_unmarked() -> None:
    """'neon, hydrogen, helium (helium highest)' was marked right with no note, as though the
    remark had been checked (review r467 B)."""
    loaded = _loaded("chemical-elements")
    q = next(q for q in generate_deck(loaded.deck, seed=0).questions if q.kind == "ordering")
    said = ", ".join(q.answer)
    plain = check(q, said, loaded.vocabulary, 2026)
    remarked = check(q, f"{said} ({q.answer[-1]} highest)", loaded.vocabulary, 2026)
    assert plain.verdict == remarked.verdict == "correct"
    assert "Marked on" not in plain.note
    assert remarked.note.startswith(f"Marked on '{said}' alone")


def _item(deck: str, seed: int, item_id: str):  # type: ignore[no-untyped-def]
    loaded = _loaded(deck)
    q = next(q for q in generate_deck(loaded.deck, seed=seed).questions if q.id == item_id)
    return q, loaded.vocabulary


@pytest.mark.parametrize(
    ("deck", "seed", "item", "answer", "verdict"),
    [
        # a year beside 'False' where the statement's figure is hours (review r466 A)
        ("apollo-programme", 4722, "true_false-40b1c1d9426e", "False (in 1972)", "correct"),
        ("apollo-programme", 4722, "true_false-40b1c1d9426e", "False, it was 75 hours", "wrong"),
        # a date beside the statement's own figure (review r466 A: read as the orbits)
        ("apollo-programme", 4722, "true_false-7e17d97a5aba", "True, 10 orbits in December 1968",
         "correct"),
        ("apollo-programme", 4722, "true_false-7e17d97a5aba", "True, 12 orbits", "wrong"),
        # a thing of its own placed in another country (review r465 D)
        ("russia-central-asia", 4721, "true_false-0764c2cbc243",
         "True (and an airbase in Kyrgyzstan)", "correct"),
        ("russia-central-asia", 4721, "true_false-d673bd8fd2d3",
         "False, 7,000 - and an airbase in Kyrgyzstan", "correct"),
        ("russia-central-asia", 4721, "true_false-d673bd8fd2d3", "False (7,000 in Kyrgyzstan)",
         "wrong"),
    ],
)  # fmt: skip
def test_remarks_beside_true_or_false(
    deck: str, seed: int, item: str, answer: str, verdict: str
) -> None:
    q, vocabulary = _item(deck, seed, item)
    assert check(q, answer, vocabulary, 2026).verdict == verdict


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("5, plus 5 J-2s on the second stage", "correct"),  # another stage's engines: a remark
        ("5 J-2s", "wrong"),  # the answer put to another engine (review r390 A)
    ],
)
def test_another_model_in_a_remark_is_no_claim_about_the_answer(answer: str, verdict: str) -> None:
    """'5, plus 5 J-2s on the second stage' of the first stage's F-1s was wrong: 'The item is
    about the F-1' (review r474 A)."""
    q, vocabulary = _item("apollo-programme", 4742, "numeric-096167157a11")
    assert check(q, answer, vocabulary, 2026).verdict == verdict
