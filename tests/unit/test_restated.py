"""An answer said as a sentence restating the question (reviews r340, r341): the runs of
words it may be, longest first; lists, hedges and phrases without a sentence give none."""

from __future__ import annotations

import pytest

from quizapp.generate.checker import check
from quizapp.generate.dates import parse_date
from quizapp.generate.restated import restated_spans
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks

JOIN = "Which bloc did Kyrgyzstan join in August 2015?"
ORBITS = "How many orbits of the Moon did Apollo 8 make?"


@pytest.mark.parametrize(
    ("text", "prompt", "run"),
    [
        ("Kyrgyzstan joined the EEU", JOIN, "EEU"),
        ("It joined the EEU", JOIN, "EEU"),
        ("Apollo 8 made 10 orbits", ORBITS, "10 orbits"),
        ("the religion of Islam", "What is the main religion of Central Asia?", "Islam"),
        ("John Young commanded it", "Who commanded Apollo 16?", "John Young"),
    ],
)
def test_the_answer_is_among_the_runs(text: str, prompt: str, run: str) -> None:
    assert run in restated_spans(text, prompt)


@pytest.mark.parametrize(
    "text",
    [
        "at least 96 kg",  # no sentence: 'at' alone frames nothing
        "Vietnam Sea",  # a word of the question, but no verb or pronoun
        "It is Tajikistan, Kyrgyzstan",  # a list
        "It was the EEU or the CSTO",  # a hedge
        "It did not join the EEU",  # a negation
        "EEU",  # one word: nothing to frame
    ],
)
def test_no_sentence_gives_no_runs(text: str) -> None:
    prompt = "Which of Tajikistan and Kyrgyzstan joined the EEU and reach the sea at 96 kg?"
    assert restated_spans(text, prompt) == []


def test_a_wrong_date_in_a_sentence_is_read_as_a_date() -> None:
    """The run that reads is the verdict shown, not 'Give a date' for the whole sentence."""
    decks = CorpusDecks(StudyService(None, seed=0))
    q, vocabulary = decks.question("apollo-programme", "fact:apollo-15-launch/object")
    verdict = check(q, "It launched on 16 July 1969", vocabulary, 2026)
    assert verdict.verdict == "wrong"
    assert verdict.understood == "1969-07-16"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        *[("26 Juyl 1971", 7), ("Janaury 1970", 1), ("Decmber 1972", 12), ("Jnue 1969", 6)],
        *[("Mya 1970", 5), ("25 Mai 1961", 5), ("25 Maye 1961", 5), ("Juanary 2015", 1)],
    ],  # a short month too, and a long one with its letters shuffled (reviews r365, r366)
)
def test_a_month_one_edit_away_is_read(text: str, month: int) -> None:
    assert parse_date(text)[0][1] == month


@pytest.mark.parametrize("text", ["Jule 1971", "Septober 1846", "Jnu 1970", "Mx 1970"])
def test_a_month_name_near_none_or_two_is_not(text: str) -> None:
    assert parse_date(text) == []
