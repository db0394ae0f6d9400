"""Run every benchmark several times and print one markdown table of min / median / max.

Run: python -m tests.benchmarks.run_all [--full] [--runs N] [--only a,b] [--skip a,b] [--out F]

Without --full each benchmark runs at its tiny size (QUIZAPP_BENCH_SMOKE=1, as the suite
runs them); with --full at the size it is written for (minutes each on a busy 2-core
machine). Each run is a fresh process; the figures of its last line (one JSON object) are
collected, and for every numeric figure the table gives the min, median and max over the
runs. A figure that is itself [min, median, max] within one run counts by its median.
Figures measured A/B within one run (ratios) are what to compare across machines and loads;
absolute times depend on the load, which is printed before and after each benchmark.

With --out, the table so far is rewritten after every benchmark, so a long run that is
stopped keeps what finished. The last line is one JSON object: the figures and seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# quickest first, so a stopped full run has the most benchmarks
BENCHMARKS = [
    "bench_checker",
    "bench_generate",
    "bench_session",
    "bench_report",
    "bench_report_scale",
    "bench_store",
    "bench_startup",
    "bench_vs_anki",
    "bench_study_start",
    "bench_big_deck",
    "bench_learning",
]

Figures = dict[str, float]


def numeric_figures(result: dict[str, object]) -> Figures:
    """The numbers of a benchmark's JSON line, nested keys joined by '.'; a [min, median,
    max] triple by its median; booleans and text left out."""
    out: Figures = {}
    for key, value in result.items():
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float):
            out[key] = float(value)
        elif isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in numeric_figures(value).items()})
        elif (
            isinstance(value, list)
            and len(value) == 3
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            out[key] = float(value[1])
    return out


def load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def run_once(name: str, full: bool) -> tuple[Figures, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not full:
        env["QUIZAPP_BENCH_SMOKE"] = "1"
    else:
        env.pop("QUIZAPP_BENCH_SMOKE", None)
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    last = done.stdout.strip().splitlines()[-1]
    return numeric_figures(json.loads(last)), seconds


def spread(xs: list[float]) -> tuple[float, float, float]:
    return min(xs), statistics.median(xs), max(xs)


def fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.3g}" if abs(x) < 10 else f"{x:.1f}"


def table(results: dict[str, list[Figures]], notes: dict[str, str]) -> str:
    lines = [
        "| benchmark | figure | min | median | max |",
        "|---|---|---:|---:|---:|",
    ]
    for name, runs in results.items():
        keys = [k for k in runs[0] if all(k in r for r in runs)]
        for key in keys:
            lo, mid, hi = spread([r[key] for r in runs])
            lines.append(f"| {name} | {key} | {fmt(lo)} | {fmt(mid)} | {fmt(hi)} |")
        lines.append(f"| {name} | *{notes[name]}* | | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="the sizes written for, not tiny")
    parser.add_argument("--runs", type=int, default=None, help="runs of each (3 with --full)")
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--skip", default="", help="comma-separated benchmark names")
    parser.add_argument("--out", type=Path, default=None, help="keep the table here as it grows")
    args = parser.parse_args(argv)
    runs = args.runs if args.runs is not None else 3 if args.full else 1
    only = {n.strip() for n in args.only.split(",") if n.strip()}
    skip = {n.strip() for n in args.skip.split(",") if n.strip()}
    unknown = (only | skip) - set(BENCHMARKS)
    if unknown:
        parser.error(f"no such benchmark: {', '.join(sorted(unknown))}")
    chosen = [b for b in BENCHMARKS if (not only or b in only) and b not in skip]
    started = datetime.now(UTC)
    header = (
        f"{'Full' if args.full else 'Tiny'} size, {runs} run(s) each, "
        f"started {started:%Y-%m-%d %H:%M} UTC, load average at start {load()}"
    )
    print(header, flush=True)
    results: dict[str, list[Figures]] = {}
    notes: dict[str, str] = {}
    seconds: dict[str, float] = {}
    for name in chosen:
        before = load()
        figures: list[Figures] = []
        took: list[float] = []
        for done in range(1, runs + 1):
            one, s = run_once(name, args.full)
            figures.append(one)
            took.append(s)
            # every run is kept as it ends: a long benchmark stopped halfway keeps its runs
            print(f"{name} run {done}: {json.dumps(one)}", flush=True)
            results[name], seconds[name] = figures, round(sum(took), 1)
            so_far = f"{runs} runs" if done == runs else f"{done} of {runs} runs so far"
            notes[name] = (
                f"{so_far}, {sum(took):.0f} s in all; load {before} before, {load()} after"
            )
            if args.out is not None:
                args.out.write_text(header + "\n\n" + table(results, notes) + "\n")
        print(f"{name}: {notes[name]}", flush=True)
    print()
    print(table(results, notes))
    print(json.dumps({"runs": runs, "full": args.full, "seconds": seconds, "figures": results}))


if __name__ == "__main__":
    main()
