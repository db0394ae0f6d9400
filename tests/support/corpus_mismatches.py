"""Grade the grading corpus as a study session does (`graded_cases`), and print one line per
case whose verdict is not the expected one (`python -m tests.support.corpus_mismatches`): run
under fixed PYTHONHASHSEEDs by test_grading_corpus.py, since a verdict that hangs on a set's
order passes on some runs and fails on others ('EEEU' for the EEU: review r457 I)."""

from __future__ import annotations

from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import Question
from quizapp.service import StudyService
from tests.support.grading_corpus import Case, CorpusDecks, read_cases

CORPUS_YEAR = 2026  # the present year an answer "N years ago" counts back from


def graded_cases() -> list[tuple[Case, Question, str]]:
    """Each case with its question and the verdict it gets ('ask_again' where a session would
    ask again rather than grade)."""
    service = StudyService(None, seed=0)
    decks = CorpusDecks(service)
    out = []
    for case in read_cases():
        question, vocabulary = decks.question(case[0], case[1])
        if answer_problem(question, case[2], vocabulary) is not None:
            got = "ask_again"
        else:
            got = check(question, case[2], vocabulary, CORPUS_YEAR).verdict
        out.append((case, question, got))
    service.close()
    return out


def mismatches() -> list[str]:
    return [
        f"{c[0]} {c[1]} {c[2]!r}: expected {c[3]}, got {got}"
        for c, _, got in graded_cases()
        if got != c[3]
    ]


if __name__ == "__main__":
    print("\n".join(mismatches()))
