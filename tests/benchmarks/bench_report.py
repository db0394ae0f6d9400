"""The full report over 100k reviews and 10k cards: figures plus every renderer.

Run: python tests/benchmarks/bench_report.py
Baseline in the same run: reading the review log alone (what any report must do).
Target: the full report (reading included) in <= 1 s.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.report.figures import compute
from quizapp.report.render_files import to_html, to_json, to_markdown
from quizapp.report.render_text import render
from quizapp.store.repository import open_store
from tests.benchmarks.synthetic_history import START, build_history

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
REVIEWS, CARDS = (2_000, 200) if SMOKE else (100_000, 10_000)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="quizapp-report-"))
    try:
        db = tmp / "db"
        build_history(db, REVIEWS, CARDS)
        now = START + timedelta(days=REVIEWS / 200 + 1)
        reads, fulls = [], []
        for _ in range(3):
            t = time.perf_counter()
            store = open_store(db, read_only=True)
            reviews = store.review_rows("bench")
            reads.append(time.perf_counter() - t)
            store.close()
            t = time.perf_counter()
            store = open_store(db, read_only=True)
            reviews = store.review_rows("bench")
            cards = list(store.cards("bench", "bench-deck").values())
            figures = compute(reviews, cards, store.settings("bench"), {}, now, "bench-deck")
            outputs = [render(figures), to_markdown(figures), to_html(figures), to_json(figures)]
            fulls.append(time.perf_counter() - t)
            store.close()
            assert all(outputs) and figures.reviews == REVIEWS
        read, full = statistics.median(reads), statistics.median(fulls)
        print(f"reading {REVIEWS:,} reviews: {read * 1000:.0f} ms")
        print(
            f"full report ({REVIEWS:,} reviews, {CARDS:,} cards, all formats): {full * 1000:.0f} ms"
        )
        print(
            json.dumps(
                {
                    "read_log_ms": round(read * 1000, 1),
                    "full_report_ms": round(full * 1000, 1),
                    "ratio_vs_read": round(full / read, 2),
                    "target_met": full <= 1.0,
                }
            )
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
