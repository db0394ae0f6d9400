"""Issue 12, grading (session 48 readings r481-r483): answers with remarks whose items are
not drawn at seed 0. 'noted': right, with the note that the remark was not marked; 'again':
asked again (answer_problem), with nothing lost; 'plain': right with no note."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService
from tests.support.grading_corpus import deck_ref


@cache
def _questions(deck: str, seed: int) -> tuple[dict[str, Question], dict[str, str]]:
    service = StudyService(None, seed=0)
    try:
        loaded = service.load_deck(deck_ref(deck))
    finally:
        service.close()
    made = generate_deck(loaded.deck, seed=seed).questions
    return {q.id: q for q in made}, loaded.vocabulary


_DATA = Path(__file__).resolve().parents[1] / "data"
_CASES = [
    (deck, int(seed), item, answer, verdict)
    for rows in (
        "grading_s48.tsv",
        "grading_s49.tsv",
        "grading_s50.tsv",
        "grading_s51.tsv",
        "grading_s52.tsv",
        "grading_s53.tsv",
        "grading_s54.tsv",
    )
    for line in (_DATA / rows).read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
    for deck, seed, item, answer, verdict in [line.split("\t")]
]


@pytest.mark.parametrize(("deck", "seed", "item", "answer", "verdict"), _CASES)
def test_remarks_read_by_session_48s_rules(
    deck: str, seed: int, item: str, answer: str, verdict: str
) -> None:
    """r481: 'per cent' before a year, '7 000' and a day in the explanation's month after
    'False', a figure's comma read as a separator; r483: a bracket and then a clause, a
    sister element's symbol glossed, symbols and aliases as matching rows, a comma remark
    after an order or ticks; r482: a bracket that says the answer again before a remark, and
    'though really X' taking the answer back; session 49 (r486 A): one crewmate in brackets
    asked about, a crew of two or more a remark."""
    questions, vocabulary = _questions(deck, seed)
    q = questions[item]
    if verdict == "again":
        assert answer_problem(q, answer, vocabulary) is not None
        return
    assert answer_problem(q, answer, vocabulary) is None
    got = check(q, answer, vocabulary, 2026)
    if verdict == "noted":
        assert (got.verdict, got.note.startswith("Marked on")) == ("correct", True), got
    elif verdict == "plain":  # right with no note: a whole figure or option is no remark
        assert (got.verdict, got.note) == ("correct", ""), got
    else:
        assert got.verdict == verdict, got
