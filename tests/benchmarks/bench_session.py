"""Answer + next question in a real study session, as the learner waits, at 1k and 10k cards.

Run: python tests/benchmarks/bench_session.py
Each timed step is what happens between pressing Enter and seeing the next question:
`session.answer` (check, FSRS, the durable commit with its fsync), `session.next_question`
and `session.progress` (the header's count). The database is on disk, written as the app
writes it: a synthetic deck's facts, 90% of them with cards (about 40% due), 10 reviews of
history per card. The baseline is the same session with its queue rebuilt from every card
after each answer (`incremental=False`, the code before issue 16), measured A/B interleaved
in the same run, each round on a fresh copy of the database. The last line is one JSON
object; `ratio_*` is rebuilt / incremental (higher is better).
Target (issue 16): answer + next question <= 1.0x Anki's answerCard + get_queued_cards,
which is about one fsync (3.9-4.0 ms measured on the review machine, see bench_store's commit).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.review.session import StudySession
from quizapp.store import open_store
from tests.benchmarks.synthetic import synthetic_deck
from tests.benchmarks.synthetic_history import build_history
from tests.review.learner import right_answer

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
SIZES = (200, 400) if SMOKE else (1_000, 10_000)
ANSWERS = 10 if SMOKE else 100
ROUNDS = 1 if SMOKE else 3


def one_run(
    root: Path, deck: object, items: dict[str, list[Question]], end: datetime, *, incremental: bool
) -> list[float]:
    store = open_store(root)
    at = [end]
    session = StudySession(
        store=store,
        deck=deck,  # type: ignore[arg-type]
        items=items,
        vocabulary={},
        learner="bench",
        mode="scheduled",
        clock=lambda: at[0],
        rng=random.Random(1),
        session_id="bench",
        incremental=incremental,
    )
    times = []
    question = session.next_question()
    for _ in range(ANSWERS):
        if question is None:
            break
        t = time.perf_counter()
        session.answer(right_answer(question), 6000)
        question = session.next_question()
        session.progress()
        times.append((time.perf_counter() - t) * 1000)
        at[0] += timedelta(seconds=8)
    store.close()
    return times


def main() -> None:
    out: dict[str, object] = {"answers": ANSWERS, "rounds": ROUNDS}
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            deck = synthetic_deck(n, n_countries=max(8, n // 5))
            items: dict[str, list[Question]] = {}
            for q in generate_deck(deck, seed=0).questions:
                items.setdefault(q.fact_ids[0], []).append(q)
            facts = [f.id for f in deck.facts]
            cards = int(n * 0.9)
            fixture = Path(tmp) / f"fixture-{n}"
            end = build_history(fixture, cards * 10, cards, deck=deck.id, fact_ids=facts[:cards])
            medians: dict[bool, list[float]] = {True: [], False: []}
            for r in range(ROUNDS):
                for incremental in (r % 2 == 0, r % 2 != 0):  # A/B, order alternating
                    root = Path(tmp) / f"run-{n}-{r}-{incremental}"
                    shutil.copytree(fixture, root)
                    times = one_run(root, deck, items, end, incremental=incremental)
                    medians[incremental].append(statistics.median(times))
                    shutil.rmtree(root)
            fast, slow = medians[True], medians[False]
            ratios = [s / f for s, f in zip(slow, fast, strict=True)]
            out[f"answer_next_ms_{n}"] = [
                round(min(fast), 3),
                round(statistics.median(fast), 3),
                round(max(fast), 3),
            ]
            out[f"rebuilt_answer_next_ms_{n}"] = [
                round(min(slow), 3),
                round(statistics.median(slow), 3),
                round(max(slow), 3),
            ]
            out[f"ratio_{n}"] = round(statistics.median(ratios), 2)
            print(f"{n} cards: answer+next {fast} ms, rebuilt {slow} ms", file=sys.stderr)
    small, big = SIZES
    fast_small = out[f"answer_next_ms_{small}"]
    fast_big = out[f"answer_next_ms_{big}"]
    assert isinstance(fast_small, list) and isinstance(fast_big, list)
    out["growth_big_vs_small"] = round(fast_big[1] / fast_small[1], 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
