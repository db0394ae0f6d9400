"""Grade every answer of the grading corpus; print the time per answer.

Run: python tests/benchmarks/bench_checker.py
Target: < 1 ms per answer on a 2-core machine, once the unit registry is loaded. Loading pint
(the first answer that names a unit other than the key's) is timed apart: it happens at most
once per process, never at start-up.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.generate.checker import check  # noqa: E402
from quizapp.service import StudyService  # noqa: E402
from tests.support.grading_corpus import CorpusDecks, read_cases  # noqa: E402


def main() -> None:
    rounds = 1 if os.environ.get("QUIZAPP_BENCH_SMOKE") else 5
    service = StudyService(None, seed=0)
    decks = CorpusDecks(service)
    cases = []
    for deck, item, response, _, _ in read_cases():
        question, vocabulary = decks.question(deck, item)
        cases.append((question, response, vocabulary))
    t = time.perf_counter()
    from quizapp.generate.units import convert

    convert(1.0, "mile", "km")
    pint_load_s = time.perf_counter() - t
    per_answer = []
    for _ in range(rounds):
        t = time.perf_counter()
        for question, response, vocabulary in cases:
            check(question, response, vocabulary)
        per_answer.append((time.perf_counter() - t) / len(cases) * 1000)
    worst = 0.0
    for question, response, vocabulary in cases:
        t = time.perf_counter()
        check(question, response, vocabulary)
        worst = max(worst, (time.perf_counter() - t) * 1000)
    ms = statistics.median(per_answer)
    print(f"{len(cases)} answers graded, {ms:.3f} ms per answer (median of {rounds} rounds)")
    print(f"first round, with cold caches: {per_answer[0]:.3f} ms per answer")
    print(f"slowest single answer {worst:.3f} ms; loading pint once {pint_load_s:.2f} s")
    result = {
        "answers": len(cases),
        "ms_per_answer": round(ms, 4),
        "first_round_ms_per_answer": round(per_answer[0], 4),
        "slowest_ms": round(worst, 3),
        "pint_load_s": round(pint_load_s, 3),
        "target_met": per_answer[0] < 1.0,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
