"""Grade the grading corpus and print one line per case whose verdict is not the expected one
(`python -m tests.support.corpus_mismatches`): run under fixed PYTHONHASHSEEDs by
test_grading_corpus.py, since a verdict that hangs on a set's order passes on some runs and
fails on others ('EEEU' for the EEU: review r457 I)."""

from __future__ import annotations

from quizapp.generate.checker import answer_problem, check
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks, read_cases

CORPUS_YEAR = 2026  # as in test_grading_corpus.py


def mismatches() -> list[str]:
    service = StudyService(None, seed=0)
    decks = CorpusDecks(service)
    out = []
    for case in read_cases():
        question, vocabulary = decks.question(case[0], case[1])
        if answer_problem(question, case[2], vocabulary) is not None:
            got = "ask_again"
        else:
            got = check(question, case[2], vocabulary, CORPUS_YEAR).verdict
        if got != case[3]:
            out.append(f"{case[0]} {case[1]} {case[2]!r}: expected {case[3]}, got {got}")
    service.close()
    return out


if __name__ == "__main__":
    print("\n".join(mismatches()))
