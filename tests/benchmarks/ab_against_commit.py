"""This tree against an earlier commit: the same procedures in both, interleaved A/B.

Run: python tests/benchmarks/ab_against_commit.py COMMIT [--runs 3] [--reviews 100000]
     [--only store,startup,report,generation]

The commit's tree is exported with `git archive` into a temporary folder (no worktree is
added); both trees are byte-compiled first (a normal install has bytecode; a sandbox with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source on every start).
Each figure comes from a fresh process run with that tree first on PYTHONPATH, this venv's
Python and libraries, and its own user folders (database, decks, cache). Runs alternate the
order (A B, then B A, ...) so drift in the machine's load hits both alike. The procedures call
each tree's own benchmark helpers (bench_store, bench_session, bench_report, bench_startup),
whose procedures are the same in both trees as of issue 15's base (c9c826d):

- store: commit an answer (card + review, fsynced) at --reviews of history, median of 300;
  open + today's queue; answer + next question in a session over a 1,000-fact synthetic deck.
- startup: `quizapp status` on an empty database, wall and CPU seconds (after one warm-up run
  that compiles the decks); the home screen's first paint and its numbers (bench_startup's
  procedure) on --reviews of history.
- report: reading the log, and the full report in every format, at --reviews.
- generation: CPU seconds of `generate_deck(seed 0)` over each tree's bundled decks (their
  contents differ between trees), and over one synthetic 1,000-fact deck (the same in both;
  the number of items it yields is given, since the generators differ).

Output: one markdown table, figure by figure, min / median / max per tree and the ratio of the
medians (this tree / the commit); the last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAMILIES = ("store", "startup", "report", "generation")

STORE = """
import json, shutil, statistics, sys, tempfile
from datetime import timedelta
from pathlib import Path
import tests.benchmarks.bench_store as b
import tests.benchmarks.bench_session as s
n, tmp = int(sys.argv[1]), Path(tempfile.mkdtemp())
b.COMMITS = 300
commits = b.ours(tmp / "store", n)
now = b.START + timedelta(days=n / 200 + 1)
opens = [b.open_and_queue(tmp / "store", now) for _ in range(3)]
deck = s.synthetic_deck(1000, n_countries=200)
items = {}
for q in s.generate_deck(deck, seed=0).questions:
    items.setdefault(q.fact_ids[0], []).append(q)
facts = [f.id for f in deck.facts][:900]
end = s.build_history(tmp / "session", 9000, 900, deck=deck.id, fact_ids=facts)
s.ANSWERS = 100
turns = s.one_run(tmp / "session", deck, items, end, incremental=True)
shutil.rmtree(tmp, ignore_errors=True)
print(json.dumps({"commit_ms": statistics.median(commits),
    "open_queue_ms": statistics.median(opens), "answer_next_ms": statistics.median(turns)}))
"""

HOME = """
import json, shutil, sys, tempfile
from pathlib import Path
import tests.benchmarks.bench_startup as b
n, tmp = int(sys.argv[1]), Path(tempfile.mkdtemp())
b.build_history(tmp / "db", n, n // 10, learner="bench", deck="russia-central-asia")
b.timed(b.QUIZAPP, str(tmp / "db"), "data")  # the warm-up run leaves the home cache
paint = b.timed(b.QUIZAPP, str(tmp / "db"), "paint")
numbers = b.timed(b.QUIZAPP, str(tmp / "db"), "data")
minimal = b.timed(b.MINIMAL)
shutil.rmtree(tmp, ignore_errors=True)
print(json.dumps({"home_first_paint_ms": paint, "home_numbers_ms": numbers,
    "minimal_textual_ms": minimal}))
"""

REPORT = """
import contextlib, io, json, sys
import tests.benchmarks.bench_report as r
n = int(sys.argv[1])
r.REVIEWS, r.CARDS = n, n // 10
out = io.StringIO()
with contextlib.redirect_stdout(out):
    r.main()
got = json.loads(out.getvalue().strip().splitlines()[-1])
print(json.dumps({"read_log_ms": got["read_log_ms"], "full_report_ms": got["full_report_ms"]}))
"""

GENERATION = """
import json, time
from quizapp.facts.loader import load_deck
from quizapp.facts.locations import bundled_dir, deck_files
from quizapp.generate.registry import generate_deck
from tests.benchmarks.synthetic import synthetic_deck
figures, total = {}, 0.0
for path in deck_files(bundled_dir()):
    deck = load_deck(path)
    t = time.process_time()
    generate_deck(deck, seed=0)
    figures[f"cpu_s_{path.stem}"] = time.process_time() - t
    total += figures[f"cpu_s_{path.stem}"]
deck = synthetic_deck(1000, n_countries=200)
t = time.process_time()
items = len(generate_deck(deck, seed=0).questions)
figures["cpu_s_synthetic_1000"] = time.process_time() - t
figures["items_synthetic_1000"] = items
figures["cpu_s_bundled_total"] = total
print(json.dumps(figures))
"""

Figures = dict[str, float]


def export(commit: str, into: Path) -> Path:
    tree = into / commit[:12]
    tree.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def compile_tree(tree: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for part in ("quizapp", "tests"):
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(tree / part)],
            env=env,
            capture_output=True,
            check=False,
        )


def tree_env(tree: Path, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPATH=str(tree),
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QUIZAPP_CACHE=str(home / "cache" / "quizapp"),
        QUIZAPP_DECKS=str(home / "decks"),
        QUIZAPP_DB=str(home / "db"),
        COLUMNS="80",
        LINES="24",
        TZ="UTC",
    )
    return env


def child(tree: Path, env: dict[str, str], args: list[str]) -> tuple[str, float, float]:
    """Run one fresh process in `tree`: its stdout, wall seconds and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"{tree}: {' '.join(args[:2])} failed:\n{out.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out.stdout, wall, cpu


def measure(family: str, tree: Path, env: dict[str, str], reviews: int) -> Figures:
    def json_of(code: str) -> Figures:
        text, _, _ = child(tree, env, ["-c", code, str(reviews)])
        return {k: float(v) for k, v in json.loads(text.strip().splitlines()[-1]).items()}

    if family == "store":
        return json_of(STORE)
    if family == "report":
        return json_of(REPORT)
    if family == "generation":
        return json_of(GENERATION)
    status = ["-m", "quizapp", "status", "--db", str(Path(env["HOME"]) / "empty-db")]
    _, wall, cpu = child(tree, env, status)
    return {"status_wall_s": wall, "status_cpu_s": cpu, **json_of(HOME)}


def run_ab(commit: str, families: list[str], runs: int, reviews: int) -> dict[str, list[Figures]]:
    scratch = Path(tempfile.mkdtemp(prefix="quizapp-ab-"))
    try:
        trees = {commit[:12]: export(commit, scratch), "this": ROOT}
        envs = {name: tree_env(tree, scratch / f"home-{name}") for name, tree in trees.items()}
        for name, tree in trees.items():
            compile_tree(tree)
            warm = ["-m", "quizapp", "status", "--db", str(scratch / f"home-{name}" / "empty-db")]
            child(tree, envs[name], warm)  # compiles the bundled decks into its cache
        results: dict[str, list[Figures]] = {name: [] for name in trees}
        for r in range(runs):
            order = list(trees) if r % 2 == 0 else list(reversed(trees))
            merged: dict[str, Figures] = {name: {} for name in trees}
            for family in families:
                for name in order:
                    got = measure(family, trees[name], envs[name], reviews)
                    merged[name].update({f"{family}.{k}": v for k, v in got.items()})
                    print(f"run {r + 1} {family} {name}: {got}", file=sys.stderr, flush=True)
            for name in trees:
                results[name].append(merged[name])
        return results
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def table(results: dict[str, list[Figures]]) -> str:
    base, this = list(results)
    keys = sorted({k for runs in results.values() for figures in runs for k in figures})
    rows = [
        f"| figure | {base} min / median / max | this min / median / max | this / {base} |",
        "|---|---|---|---|",
    ]
    for key in keys:
        cells, medians = [], []
        for name in (base, this):
            values = [figures[key] for figures in results[name] if key in figures]
            if not values:
                cells.append("-")
                continue
            medians.append(statistics.median(values))
            cells.append(" / ".join(f"{v:.4g}" for v in (min(values), medians[-1], max(values))))
        ratio = f"{medians[1] / medians[0]:.2f}" if len(medians) == 2 and medians[0] else "-"
        rows.append(f"| {key} | {cells[0]} | {cells[1]} | {ratio} |")
    return "\n".join(rows)


def resolved(commit: str) -> str:
    """The commit's full id (git rev-parse), or CalledProcessError for no such commit."""
    return subprocess.run(
        ["git", "rev-parse", "--verify", f"{commit}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", help="the commit to compare against (e.g. c9c826d)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reviews", type=int, default=100_000, help="history size")
    parser.add_argument("--only", default=",".join(FAMILIES), help="families, comma-separated")
    args = parser.parse_args()
    families = [f for f in args.only.split(",") if f]
    unknown = sorted(set(families) - set(FAMILIES))
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    commit = resolved(args.commit)
    load = os.getloadavg()[0]
    results = run_ab(commit, families, args.runs, args.reviews)
    print(f"load {load:.1f} before, {os.getloadavg()[0]:.1f} after; {args.reviews:,} reviews")
    print(table(results))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
