"""A right answer with a remark beside it that is marked on its first part alone says so
(remark_notes.py; reviews r442 B, r444 B: 'Hungary (in Budapest)' and 'Fischer (a Soviet
player)' were accepted in silence). Driven through the real checker on the r444 deck and a
bundled deck."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks

CHESS = "tests/data/chess-weather-r444.csv"
OLYMPIAD = "q-which-country-won-the-first-official-chess-olymp"
HURRICANE = "q-what-is-the-lowest-sustained-wind-speed-of-a-cat"
TIROS = "q-in-which-year-was-tiros-1-the-first-successful-w"
VALLEY = "q-where-was-the-highest-officially-recognised-air-"
NOTE = "alone: what you added beside it is not marked."


@pytest.fixture(scope="module")
def decks() -> CorpusDecks:
    return CorpusDecks(StudyService(None, seed=0))


@pytest.mark.parametrize(
    ("fact", "answer", "verdict", "noted"),
    [
        (OLYMPIAD, "Hungary (in Budapest)", "correct", "Marked on 'Hungary' alone"),
        (OLYMPIAD, "Hungary, held in Paris", "correct", "Marked on 'Hungary' alone"),
        (OLYMPIAD, "Hungary", "correct", None),
        (VALLEY, "Death Valley, California", "correct", "Marked on 'Death Valley' alone"),
        (VALLEY, "Death Valley (Furnace Creek)", "correct", None),  # the answer said twice
        (HURRICANE, "74 mph (119 km/h)", "correct", None),  # the figure in another unit
        (HURRICANE, "74 mph, on land", "correct", "Marked on '74 mph' alone"),
        (TIROS, "April 1, 1960", "correct", None),  # one date, its comma no separator
        (TIROS, "1960 (by the Soviet Union)", "correct", "Marked on '1960' alone"),
        (OLYMPIAD, "Poland (in Budapest)", "wrong", None),
    ],
)
def test_a_remark_marked_on_the_first_part_alone_says_so(
    decks: CorpusDecks, fact: str, answer: str, verdict: str, noted: str | None
) -> None:
    question, vocabulary = decks.question(CHESS, f"fact:{fact}/object")
    got = check(question, answer, vocabulary)
    assert got.verdict == verdict
    if noted is None:
        assert NOTE not in got.note
    else:
        assert got.note.startswith(noted) and got.note.endswith(NOTE)


def test_a_chosen_option_with_a_remark_says_so() -> None:
    service = StudyService(None, seed=0)
    loaded = service.load_deck("apollo-programme")
    choice = next(q for qs in loaded.items.values() for q in qs if q.kind == "mcq" and q.options)
    options = choice.options or []
    key = "ABCDEFGH"[options.index(choice.answer[0])]
    plain = check(choice, key, loaded.vocabulary)
    remarked = check(choice, f"{key} (a guess, really)", loaded.vocabulary)
    assert plain.verdict == remarked.verdict == "correct"
    assert NOTE not in plain.note and remarked.note.endswith(NOTE)


def test_the_feedback_shows_a_right_answers_note() -> None:
    """The study screens showed no note on a right answer, so the learner never saw that a
    remark went unmarked (session 46); a spelling slip's headline keeps its note hidden but the
    remark's part shows."""
    from quizapp.wording import shown_note

    marked = "Marked on 'Hungary' alone: what you added beside it is not marked."
    assert shown_note("correct", marked) == marked
    assert shown_note("correct", "") == ""
    slipped = f"Close enough - mind the spelling: Hungary. {marked}"
    assert shown_note("near_miss", slipped) == marked
    assert shown_note("near_miss", "Close enough - mind the spelling: Hungary.") == ""
