"""A near miss on a figure is close, not misspelt: a figure a little off (4.5 K for helium's
boiling point) used to be headlined 'Correct - mind the spelling' with the figure's note
hidden, in the app and in plain mode alike (review r215, pattern 4). A spelling slip keeps
its headline."""

from __future__ import annotations

import re

from quizapp.generate.checker import check
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService
from quizapp.wording import SPELLING_NOTE, shown_note, verdict_label
from tests.support.bundled import CHEM, bundled_deck
from tests.support.grading_corpus import CorpusDecks


def _a_figures_near_miss() -> tuple[str, str]:
    """A figure a little off the key of the first numeric item that has one."""
    for q in generate_deck(bundled_deck(CHEM), seed=0).questions:
        value = re.match(r"[\d.]+", q.answer[0]) if q.kind == "numeric" else None
        if value is None:
            continue
        for factor in (1.02, 1.05, 1.1):
            off = f"{float(value.group()) * factor:.4g}{q.answer[0][value.end() :]}"
            got = check(q, off)
            if got.verdict == "near_miss":
                return got.verdict, got.note
    raise AssertionError("no numeric item takes a figure a little off as a near miss")


def test_a_figures_near_miss_is_headlined_close_and_shows_its_note() -> None:
    verdict, note = _a_figures_near_miss()
    assert verdict == "near_miss" and note.startswith("Close - ")
    assert verdict_label(verdict, note, override=False) == "Correct - close enough"
    assert shown_note(verdict, note) == note


def test_a_spelling_slip_keeps_its_headline_and_a_right_answer_shows_no_note() -> None:
    slip = "Close enough - mind the spelling: Kazakhstan."
    assert verdict_label("near_miss", slip, override=False) == "Correct - mind the spelling"
    assert shown_note("near_miss", slip) == ""
    assert shown_note("wrong", "That is Kyrgyzstan's figure.") == "That is Kyrgyzstan's figure."
    assert verdict_label("wrong", "", override=True) == "Not right (marked right by you)"


def test_any_near_miss_but_a_slip_is_close_and_shows_why() -> None:
    """A year for a date known to the month, 'early 2015' for January 2015, a number for a
    numbered name: each near miss says why it is only close (these were headlined 'mind the
    spelling' with their notes hidden: review r232)."""
    decks = CorpusDecks(StudyService(None, seed=0))
    q, vocabulary = decks.question("russia-central-asia", "fact:eeu-launch/object")
    for answer, why in (("2015", "known to the month"), ("early 2015", "January 2015")):
        got = check(q, answer, vocabulary)
        assert got.verdict == "near_miss"
        assert verdict_label(got.verdict, got.note, override=False) == "Correct - close enough"
        assert why in shown_note(got.verdict, got.note)


def test_the_checkers_spelling_note_is_the_one_the_headline_knows() -> None:
    decks = CorpusDecks(StudyService(None, seed=0))
    q, vocabulary = decks.question("russia-central-asia", "fact:kazakhstan-stance/subject")
    got = check(q, "Kazakhtan", vocabulary)
    assert got.verdict == "near_miss" and got.note.startswith(SPELLING_NOTE)
    assert verdict_label(got.verdict, got.note, override=False) == "Correct - mind the spelling"
    assert shown_note(got.verdict, got.note) == ""


def test_a_figure_too_rough_for_the_precision_asked_is_not_called_another_s() -> None:
    """'3 days' for Apollo 15's 67 hours asked to the nearest hour: wrong, as too rough, not
    'the figure for Apollo 16' (67 hours rounds to 3 days too; review r242 #66)."""
    decks = CorpusDecks(StudyService(None, seed=0))
    q, vocabulary = decks.question("apollo-programme", "fact:apollo-15-surface-time/object")
    got = check(q, "3 days", vocabulary)
    assert got.verdict == "wrong" and got.note.startswith("Too rough")
    rival = check(q, "71 hours", vocabulary)
    assert rival.verdict == "wrong" and "Apollo 16" in rival.note
