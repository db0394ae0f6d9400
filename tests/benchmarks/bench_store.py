"""Committing an answer at 1k, 10k and 100k reviews of history: our store against stock TinyDB.

Run: python tests/benchmarks/bench_store.py
One commit = a card state and a review log entry, durable (journal fsynced) before it returns.
Stock TinyDB (JSONStorage, all reviews in one table) does the same two writes, each rewriting
its whole file (and without fsync, which only flatters it). The last line is one JSON object.
Targets: median commit <= 10 ms at 100k and within 2x of the 1k figure; >= 50x faster than
stock at 100k; open + today's queue <= 300 ms at 100k reviews / 10k cards.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tinydb import TinyDB

from quizapp.store import open_store
from quizapp.store.records import Review
from tests.benchmarks.synthetic_history import START, build_history

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"  # tiny sizes: the suite checks it runs
SIZES = (100, 300, 1_000) if SMOKE else (1_000, 10_000, 100_000)
COMMITS = 50 if SMOKE else 2_100  # past JOURNAL_LIMIT: one compaction is among them (see max)


def review(i: int, at: object) -> Review:
    return Review(
        id=f"bench-{i}",
        learner="bench",
        deck_id="bench-deck",
        fact_id=f"f{i % 50}",
        item_id="mcq-1",
        kind="mcq",
        verdict="correct",
        rating=3,
        response="2",
        duration_ms=3000,
        reviewed_at=at,
        session_id="bench",
    )


def ours(root: Path, n: int) -> list[float]:
    end = build_history(root, n, min(10_000, max(100, n // 10)))
    store = open_store(root)
    cards = store.cards("bench", "bench-deck")
    sample = list(cards.values())[:50]
    times = []
    for i in range(COMMITS):
        card = sample[i % len(sample)].model_copy(update={"reps": i})
        at = end + timedelta(seconds=i)
        t = time.perf_counter()
        store.commit_answer(card, review(i, at))
        times.append((time.perf_counter() - t) * 1000)
    store.close()
    return times


def stock(root: Path, n: int, commits: int) -> list[float]:
    """Stock TinyDB doing the same work: one file, reviews and cards tables, two writes."""
    end = build_history(root, n, min(10_000, max(100, n // 10)))
    main = json.loads((root / "main.json").read_text())
    reviews: dict[str, object] = {}
    for f in sorted((root / "reviews").glob("*.json")):
        reviews.update(json.loads(f.read_text())["reviews"])
    single = root / "stock.json"
    single.write_text(json.dumps({"cards": main["cards"], "reviews": reviews}))
    db = TinyDB(single)
    cards, log = db.table("cards"), db.table("reviews")
    first_card = next(iter(main["cards"]))
    times = []
    for i in range(commits):
        at = end + timedelta(seconds=i)
        t = time.perf_counter()
        log.insert(review(i, at).model_dump(mode="json"))
        cards.update({"reps": i}, doc_ids=[int(first_card)])
        times.append((time.perf_counter() - t) * 1000)
    db.close()
    return times


def open_and_queue(root: Path, now: datetime) -> float:
    """Open the database and build today's queue exactly as a study session does."""
    from quizapp.review.queue import build_queue

    t = time.perf_counter()
    store = open_store(root)
    cards = store.cards("bench", "bench-deck")
    queue = build_queue(list(cards), cards, now, store.settings("bench"))
    elapsed = (time.perf_counter() - t) * 1000
    assert queue
    store.close()
    return elapsed


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="quizapp-bench-"))
    result: dict[str, object] = {}
    try:
        med, p99, worst = {}, {}, {}
        for n in SIZES:
            t = ours(tmp / f"ours-{n}", n)
            med[str(n)] = round(statistics.median(t), 3)
            p99[str(n)] = round(sorted(t)[int(len(t) * 0.99) - 1], 3)
            worst[str(n)] = round(max(t), 1)
            print(
                f"ours   {n:>7,} reviews: commit median {med[str(n)]:.2f} ms, "
                f"p99 {p99[str(n)]:.2f} ms, "
                f"max {worst[str(n)]:.1f} ms (the commit that compacts the journal)"
            )
        s = stock(tmp / "stock", SIZES[-1], 5)
        stock_med = statistics.median(s)
        print(f"stock  {SIZES[-1]:>7,} reviews: commit median {stock_med:.1f} ms")
        now = START + timedelta(days=SIZES[-1] / 200 + 1)
        opens = [open_and_queue(tmp / f"ours-{SIZES[-1]}", now) for _ in range(5)]
        open_ms = statistics.median(opens)
        print(f"open + today's queue at {SIZES[-1]:,} reviews: {open_ms:.0f} ms")
        result = {
            "commit_ms_median": med,
            "commit_ms_p99": p99,
            "commit_ms_max": worst,
            "stock_commit_ms_median_100000": round(stock_med, 1),
            "speedup_vs_stock_100000": round(stock_med / med[str(SIZES[-1])], 1),
            "growth_100000_vs_1000": round(med[str(SIZES[-1])] / med[str(SIZES[0])], 2),
            "open_and_queue_ms_100000": round(open_ms, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
