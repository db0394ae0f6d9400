"""The grading corpus: right answers accepted and wrong ones refused, on every deck and kind.

Each case is graded as a study session grades it: the service's generated items and the
deck's vocabulary; an answer the session would not grade but ask again (a figure in another
measure than the one asked, check_measure.py) is expected as `ask_again`. The test prints
the two counts that matter, right answers refused and wrong answers accepted; both must be
0, and every verdict must be the expected one.
"""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import Question
from quizapp.service import StudyService
from tests.support.grading_corpus import Case, CorpusDecks, read_cases


@pytest.fixture  # per test: mutmut credits a module fixture's calls to its first test only
def graded() -> list[tuple[Case, Question, str]]:
    service = StudyService(None, seed=0)
    decks = CorpusDecks(service)
    results = []
    for case in read_cases():
        question, vocabulary = decks.question(case[0], case[1])
        if answer_problem(question, case[2]) is not None:
            results.append((case, question, "ask_again"))
        else:
            results.append((case, question, check(question, case[2], vocabulary).verdict))
    service.close()
    return results


def test_corpus_is_large_and_covers_every_value_kind() -> None:
    cases = read_cases()
    assert len(cases) >= 500
    assert {c[0] for c in cases} >= {"russia-central-asia", "tests/data/planets.yaml"}
    assert Counter(c[3] for c in cases).keys() == {"correct", "near_miss", "wrong", "ask_again"}


def test_corpus_items_cover_every_family(graded: list[tuple[Case, Question, str]]) -> None:
    families = {q.numeric.family.split(":")[0] if q.numeric else "text" for _, q, _ in graded}
    assert families >= {"text", "quantity", "percentage", "money", "year", "date"}
    assert {q.kind for _, q, _ in graded} >= {"typed", "cloze", "numeric"}


def test_no_right_answer_refused_and_no_wrong_answer_accepted(
    graded: list[tuple[Case, Question, str]],
) -> None:
    right = ("correct", "near_miss")
    refused = [(c, v) for c, _, v in graded if c[3] in right and v not in right]
    accepted = [(c, v) for c, _, v in graded if c[3] not in right and v in right]
    other = [(c, v) for c, _, v in graded if c[3] != v and (c, v) not in refused + accepted]
    print(f"\ngrading corpus: {len(graded)} cases")
    print(f"right answers refused: {len(refused)}")
    print(f"wrong answers accepted: {len(accepted)}")
    print(f"other verdict mismatches (correct vs near miss): {len(other)}")
    for c, v in refused + accepted + other:
        print(f"  {c[0]} {c[1]} {c[2]!r}: expected {c[3]}, got {v} ({c[4]})")
    assert not refused and not accepted and not other
