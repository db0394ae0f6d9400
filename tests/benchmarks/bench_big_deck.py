"""A real 50,000-fact deck through `quizapp validate` and `quizapp study --plain`.

Run: python tests/benchmarks/bench_big_deck.py [FACTS]
Issue 18 asks that the bounded-deck limits (file size, YAML events and nodes, depth) let a
genuine big deck through. This writes a synthetic deck of FACTS facts (default 50,000) as a
YAML file, the way a person would keep it, then runs the real commands in fresh processes:
`quizapp validate FILE` and `quizapp study --plain` answering a few questions ("?" reveals).
Each run's wall time and peak memory (the child's max RSS) are printed; the last line is one
JSON object. The script exits non-zero if a command fails, so a limit that refuses the deck
shows up here. A benchmark: the figures are printed, not asserted.
"""

from __future__ import annotations

import ast
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.synthetic import synthetic_deck  # noqa: E402

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
FACTS = int(sys.argv[1]) if len(sys.argv) > 1 else 300 if SMOKE else 50_000
ANSWERS = 3

MEASURED = """
import resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[2:], input=sys.argv[1], text=True, capture_output=True)
ms = (time.perf_counter() - t) * 1000
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(done.returncode, round(ms), round(rss), repr((done.stdout + done.stderr)[-400:]))
"""


def measured(command: list[str], stdin: str, env: dict[str, str]) -> dict[str, object]:
    """Run `command` in a fresh process; its exit code, wall time and peak memory (MiB)."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURED, stdin, *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    code, ms, rss, tail = out.stdout.strip().split(" ", 3)
    return {
        "exit": int(code),
        "ms": int(ms),
        "max_rss_mib": int(rss),
        "tail": ast.literal_eval(tail),
    }


def main() -> int:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        decks = base / "decks"
        decks.mkdir()
        t = time.perf_counter()
        deck = synthetic_deck(FACTS, n_countries=max(8, FACTS // 5))
        data = deck.model_dump(mode="json", by_alias=True, exclude_none=True)
        path = decks / "synthetic.yaml"
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: seconds, not minutes
        path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False), encoding="utf-8")
        written_ms = (time.perf_counter() - t) * 1000
        env = {
            **os.environ,
            "QUIZAPP_DECKS": str(decks),
            "QUIZAPP_CACHE": str(base / "cache"),
            "PYTHONPATH": str(ROOT),
        }
        quizapp = [sys.executable, "-m", "quizapp"]
        runs = {
            "validate": measured([*quizapp, "validate", str(path)], "", env),
            "study_plain_cold": measured(
                [
                    *quizapp,
                    "study",
                    "--plain",
                    "--deck",
                    "synthetic",
                    "--db",
                    str(base / "db"),
                    "--limit",
                    str(ANSWERS),
                    "--seed",
                    "1",
                    "--learner",
                    "bench",
                ],
                "?\n\n" * ANSWERS,
                env,
            ),
            "study_plain_warm": measured(
                [
                    *quizapp,
                    "study",
                    "--plain",
                    "--deck",
                    "synthetic",
                    "--db",
                    str(base / "db"),
                    "--limit",
                    str(ANSWERS),
                    "--seed",
                    "1",
                    "--learner",
                    "bench",
                ],
                "?\n\n" * ANSWERS,
                env,
            ),
        }
        result: dict[str, object] = {
            "facts": FACTS,
            "deck_bytes": path.stat().st_size,
            "deck_written_ms": round(written_ms),
            "writer_max_rss_mib": round(own / 1024),
        }
        failed = False
        for name, run in runs.items():
            tail = str(run.pop("tail"))
            print(f"{name}: exit {run['exit']}, {run['ms']} ms, {run['max_rss_mib']} MiB")
            print("   ..." + tail.strip().replace("\n", "\n   ")[-300:])
            failed |= run["exit"] != 0
            result[name] = run
        print(json.dumps(result))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
