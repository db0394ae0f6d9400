"""The full report over a realistic review log: figures plus every renderer.

Run: python tests/benchmarks/bench_report.py [REVIEWS] [CARDS]   (default 100k reviews, 10k cards)
The log mixes every kind, verdict, rating, mode and card phase (synthetic_history's `mix`).
Each round runs in a fresh process, so its peak memory (ru_maxrss, imports included) is the
report's own: first parsing every month file of the log (the baseline in the same run), then
the full report as service.report makes it (reading included) from a newly opened store, its
months read through the column cache (store.month_cache) and counted from the tally the last
report kept of the settled months (service.kept_tally): round 1 finds both empty and fills
them (cold_cache_report_ms), rounds 2 and 3 use them, as every report after the first does
(each still reads and counts the last month, which changes as the learner studies).
Targets: the full report in <= 1 s at 100k reviews; under 2 s and 400 MB at 1M reviews.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.synthetic_history import START, build_history

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
ARGS = [] if "--child" in sys.argv else sys.argv[1:]
REVIEWS = int(ARGS[0]) if ARGS else 2_000 if SMOKE else 100_000
CARDS = int(ARGS[1]) if len(ARGS) > 1 else min(10_000, max(200, REVIEWS // 10))
ROUNDS = 3


def measure(db: Path, now: datetime, cache: Path) -> dict[str, float]:
    """One round (in the child process): read the log, then the full report as
    service.report makes it (months through the column cache in `cache`)."""
    from quizapp.report.render_files import to_html, to_json, to_markdown
    from quizapp.report.render_text import render
    from quizapp.service.kept_tally import report_figures
    from quizapp.store.repository import open_store

    t = time.perf_counter()
    store = open_store(db, read_only=True)
    months = sum(m.size for m in store.review_months("bench"))  # parsing every month file
    read = time.perf_counter() - t
    store.close()
    t = time.perf_counter()
    store = open_store(db, read_only=True)
    cards = list(store.cards("bench", "bench-deck").values())
    figures = report_figures(store, "bench", cache, cards, {}, now, "bench-deck", None)
    outputs = [render(figures), to_markdown(figures), to_html(figures), to_json(figures)]
    full = time.perf_counter() - t
    store.close()
    assert all(outputs) and figures.reviews + figures.practice > 0 and months
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"read": read, "full": full, "peak_mb": peak_mb}


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="quizapp-report-"))
    try:
        db = tmp / "db"
        build_history(db, REVIEWS, CARDS, mix=True)
        now = START + timedelta(days=REVIEWS / 200 + 1)
        rounds = []
        for _ in range(ROUNDS):
            child = [
                sys.executable,
                __file__,
                "--child",
                str(db),
                str(tmp / "cache"),
                now.isoformat(),
            ]
            done = subprocess.run(child, capture_output=True, text=True, check=True)
            rounds.append(json.loads(done.stdout.splitlines()[-1]))
        read = statistics.median(r["read"] for r in rounds)
        full = statistics.median(r["full"] for r in rounds)  # rounds 2 and 3 find the cache
        cold = rounds[0]["full"]
        peak = max(r["peak_mb"] for r in rounds)
        print(f"reading {REVIEWS:,} reviews: {read * 1000:.0f} ms")
        print(
            f"full report ({REVIEWS:,} reviews, {CARDS:,} cards, all formats): {full * 1000:.0f} ms"
        )
        print(f"peak memory of a report process: {peak:.0f} MB")
        limit_s, limit_mb = (2.0, 400) if REVIEWS >= 1_000_000 else (1.0, None)
        print(
            json.dumps(
                {
                    "reviews": REVIEWS,
                    "cards": CARDS,
                    "read_log_ms": round(read * 1000, 1),
                    "full_report_ms": round(full * 1000, 1),
                    "full_report_ms_spread": [round(r["full"] * 1000, 1) for r in rounds],
                    "cold_cache_report_ms": round(cold * 1000, 1),
                    "ratio_vs_read": round(full / read, 2),
                    "peak_rss_mb": round(peak, 1),
                    "target_met": full <= limit_s and (limit_mb is None or peak <= limit_mb),
                    "load_average": [round(x, 2) for x in os.getloadavg()],
                }
            )
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if "--child" in sys.argv:
        at = datetime.fromisoformat(sys.argv[-1])
        print(json.dumps(measure(Path(sys.argv[-3]), at, Path(sys.argv[-2]))))
    else:
        main()
