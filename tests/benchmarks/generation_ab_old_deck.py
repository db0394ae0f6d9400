"""Generation CPU of this tree against an earlier commit, both on the *same* deck file.

Run: python tests/benchmarks/generation_ab_old_deck.py [COMMIT] [--runs 21] [--seeds 4]
     [--deck questions/russia-central-asia.yaml]

ab_against_commit.py's generation figures run each tree on its own bundled decks, whose
contents differ; here both trees load one deck file, taken from the commit (its version of
--deck, so c9c826d's Central Asia deck by default), and generate seeds 0 to --seeds - 1 in one
fresh process. The figure is the CPU seconds (time.process_time) of those generations alone:
the deck is loaded and the generation package imported first, while imports the generators
make on their first call count, as they would in the app. Runs alternate the order (A B, then
B A, ...) and the machine is shared, so take many runs and read the medians.

Output: min / median / max per tree, the ratio of the medians (this tree / the commit) and the
median of each run's own ratio (its two processes ran back to back, under the same load), the
items each tree made, and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.ab_against_commit import ROOT, child, compile_tree, export, resolved, tree_env

BASE = "c9c826d"  # issue 15's base: generation must be at least as fast as there

GENERATE = """
import json, sys, time
from pathlib import Path
from quizapp.facts.loader import load_deck
from quizapp.generate.registry import generate_deck
deck = load_deck(Path(sys.argv[1]))
t, items = time.process_time(), 0
for seed in range(int(sys.argv[2])):
    items += len(generate_deck(deck, seed=seed).questions)
print(json.dumps({"cpu_s": time.process_time() - t, "items": items}))
"""


def deck_of(commit: str, deck: str, into: Path) -> Path:
    """The commit's version of the deck file, written to `into`."""
    text = subprocess.run(
        ["git", "show", f"{commit}:{deck}"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    path = into / Path(deck).name
    path.write_bytes(text)
    return path


def run_ab(commit: str, deck: str, runs: int, seeds: int) -> dict[str, list[dict[str, float]]]:
    scratch = Path(tempfile.mkdtemp(prefix="quizapp-gen-ab-"))
    try:
        path = deck_of(commit, deck, scratch)
        trees = {commit[:12]: export(commit, scratch), "this": ROOT}
        envs = {name: tree_env(tree, scratch / f"home-{name}") for name, tree in trees.items()}
        results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for name, tree in trees.items():
            compile_tree(tree)
            child(tree, envs[name], ["-c", GENERATE, str(path), "1"])  # warm caches
        for r in range(runs):
            for name in list(trees) if r % 2 == 0 else list(reversed(trees)):
                text, _, _ = child(trees[name], envs[name], ["-c", GENERATE, str(path), str(seeds)])
                results[name].append(json.loads(text.strip().splitlines()[-1]))
            print(f"run {r + 1}: {[results[n][-1]['cpu_s'] for n in trees]}", file=sys.stderr)
        return results
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def summary(results: dict[str, list[dict[str, float]]]) -> list[str]:
    lines, medians = [], []
    for name, runs in results.items():
        cpu = [r["cpu_s"] for r in runs]
        medians.append(statistics.median(cpu))
        items = sorted({int(r["items"]) for r in runs})
        lines.append(
            f"{name}: cpu s min {min(cpu):.4f} / median {medians[-1]:.4f} / max {max(cpu):.4f}"
            f" ({len(cpu)} runs, items {items})"
        )
    base, this = results.values()
    paired = statistics.median(b["cpu_s"] / a["cpu_s"] for a, b in zip(base, this, strict=True))
    lines.append(f"ratio of medians (this / {next(iter(results))}): {medians[1] / medians[0]:.3f}")
    lines.append(f"median of the runs' own ratios (each run's pair, same load): {paired:.3f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", nargs="?", default=BASE)
    parser.add_argument("--deck", default="questions/russia-central-asia.yaml")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--seeds", type=int, default=4)
    args = parser.parse_args()
    commit = resolved(args.commit)
    load = os.getloadavg()[0]
    results = run_ab(commit, args.deck, args.runs, args.seeds)
    print(f"load {load:.1f} before, {os.getloadavg()[0]:.1f} after; deck {commit[:12]}:{args.deck}")
    print("\n".join(summary(results)))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
