"""How the report's cost grows: per review at 1k / 10k / 100k / 1M reviews, per card at
1k / 10k / 50k cards.

Run: python tests/benchmarks/bench_report_scale.py [--largest 1000000]
Each size gets its own realistic mixed log (synthetic_history's `mix`) and is measured by
bench_report's child procedure in fresh processes: the full report as service.report makes it
(every figure, every format), the first time (the column cache filled) and three times more
(the cache used, as every later report; the median). Reviews vary over 1,000 cards; cards
vary under 10,000 reviews.
Cost per item = time / items; the target (issue 16) is that it stays flat within 1.5x from
the smallest size to the largest (`growth` = largest size's cost / smallest's; below 1 the
fixed costs are still being spread). Each size also gives the warm report's time and the
largest peak memory of its report processes. The last line is one JSON object. Nothing is
asserted.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.synthetic_history import START, build_history

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
LARGEST = int(sys.argv[sys.argv.index("--largest") + 1]) if "--largest" in sys.argv else 1_000_000
REVIEW_SIZES = (
    (500, 1_000, 2_000)
    if SMOKE
    else tuple(n for n in (1_000, 10_000, 100_000, 1_000_000) if n <= LARGEST)
)
CARD_SIZES = (100, 200, 400) if SMOKE else (1_000, 10_000, 50_000)
FIXED_CARDS, FIXED_REVIEWS = (100, 1_000) if SMOKE else (1_000, 10_000)
BENCH = Path(__file__).with_name("bench_report.py")


def report_ms(tmp: Path, reviews: int, cards: int) -> tuple[float, float, float]:
    """The report's time (ms) with the cache empty, then the median of three with it filled,
    and the largest peak memory (MB) of those four processes."""
    db, cache = tmp / f"db-{reviews}-{cards}", tmp / f"cache-{reviews}-{cards}"
    build_history(db, reviews, cards, mix=True)
    now = START + timedelta(days=reviews / 200 + 1)
    times, peaks = [], []
    for _ in range(4):
        child = [sys.executable, str(BENCH), "--child", str(db), str(cache), now.isoformat()]
        done = subprocess.run(child, capture_output=True, text=True, check=True)
        measured = json.loads(done.stdout.splitlines()[-1])
        times.append(measured["full"] * 1000)
        peaks.append(measured["peak_mb"])
    shutil.rmtree(db, ignore_errors=True)
    return times[0], statistics.median(times[1:]), max(peaks)


def sweep(tmp: Path, sizes: tuple[int, ...], per: str) -> dict[str, object]:
    out: dict[str, object] = {}
    costs = []
    for n in sizes:
        reviews, cards = (n, FIXED_CARDS) if per == "review" else (FIXED_REVIEWS, n)
        cold, warm, peak = report_ms(tmp, reviews, cards)
        cost = warm * 1000 / n  # microseconds per item
        costs.append(cost)
        out[f"us_per_{per}_{n}"] = round(cost, 2)
        out[f"us_per_{per}_{n}_cold"] = round(cold * 1000 / n, 2)
        out[f"report_ms_{per}_{n}"] = round(warm, 1)
        out[f"peak_mb_{per}_{n}"] = round(peak, 1)
        print(
            f"{n:>9,} {per}s: {warm:8.0f} ms warm, {cold:8.0f} ms cold, {cost:.2f} us per {per},"
            f" peak {peak:.0f} MB"
        )
    out[f"growth_per_{per}"] = round(costs[-1] / costs[0], 2)
    return out


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="quizapp-report-scale-"))
    try:
        out = sweep(tmp, REVIEW_SIZES, "review") | sweep(tmp, CARD_SIZES, "card")
        out["load_average"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(out))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
