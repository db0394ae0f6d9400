"""Judge a sample of mutants without mutmut's mapping pass (tests/mutation/run.sh, QUICK=1).

Run inside a mutmut scratch copy's `mutants/` folder, after `tests.mutation.sample draw` has
generated the mutants:

    python -m tests.mutation.quick NAMES RESULTS [JOBS] -- PYTEST_ARGS...

1. One clean run of the fast tests (PYTEST_ARGS) with no mutant active and the plugin
   tests/mutation/hits.py noting which tests reach which mutated functions and how long each
   test takes. It must pass, and reach some mutated code, or nothing is judged.
2. For each mutant named in NAMES (the sample): the tests that reached its function run in a
   fresh `pytest -x` process with MUTANT_UNDER_TEST set to it. Exit code 1 (a test failed) or 3
   (pytest's internal error): killed; 0: survived; no test reached the function: "no tests"
   (scored as surviving by tests/mutation/sample.py).
3. The time limit follows mutmut 3's rule: mutmut gives a mutant a wall limit of 15 x (the
   reaching tests' time in its clean run + 1 s) and counts a mutant that exceeds it as killed
   ("timeout"). Here the limit is the same plus the clean run's start-up and collection time
   (a fresh process pays it again), and such a mutant is reported as "timeout", counted killed
   as mutmut counts it.

RESULTS gets one `name: status` line a mutant, the format of `mutmut results --all true`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

MULTIPLIER = 15.0  # mutmut 3's default timeout_multiplier
CONSTANT = 1.0  # and its timeout_constant, in seconds
STATUS = {0: "survived", 1: "killed", 3: "killed", 5: "no tests"}
PLUGIN = ["-p", "tests.mutation.hits", "-p", "no:xdist", "-p", "no:cacheprovider", "-q"]


@dataclass(frozen=True)
class Reach:
    """Each test's duration, and the tests (in run order) reaching each mutated function."""

    secs: dict[str, float]
    tests_of: dict[str, list[str]]
    startup: float


def function_of(mutant: str) -> str:
    """`quizapp.store.journal.x_read__mutmut_3` -> `quizapp.store.journal.x_read`."""
    return mutant.split("__mutmut_")[0]


def read_hits(lines: list[str], wall: float) -> Reach:
    secs: dict[str, float] = {}
    tests_of: dict[str, list[str]] = {}
    for line in lines:
        row = json.loads(line)
        secs[row["test"]] = float(row["secs"])
        for key in row["hits"]:
            tests_of.setdefault(key, []).append(row["test"])
    return Reach(secs, tests_of, max(0.0, wall - sum(secs.values())))


def limit_for(reach: Reach, tests: list[str]) -> float:
    """mutmut's wall limit for these tests, plus a fresh process's start-up."""
    return MULTIPLIER * (sum(reach.secs[t] for t in tests) + CONSTANT) + reach.startup


def _env(mutant: str, **more: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QUIZAPP_MUTATION_HITS", None)
    env.pop("QUIZAPP_MUTATION_SELECT", None)
    env["MUTANT_UNDER_TEST"] = mutant
    env.update(more)
    return env


def clean_run(pytest_args: list[str], work: Path) -> Reach:
    """The fast tests once, no mutant active, noting what each test reaches."""
    hits = work / "hits.jsonl"
    hits.unlink(missing_ok=True)
    start = time.monotonic()
    cmd = [sys.executable, "-m", "pytest", *PLUGIN, *pytest_args]
    done = subprocess.run(cmd, env=_env("", QUIZAPP_MUTATION_HITS=str(hits)), check=False)
    wall = time.monotonic() - start
    if done.returncode != 0:
        raise SystemExit(f"the clean run failed (exit {done.returncode}): nothing judged")
    reach = read_hits(hits.read_text(encoding="utf-8").splitlines(), wall)
    if not reach.tests_of:
        raise SystemExit("the clean run reached no mutated code: is quizapp read from mutants/?")
    print(f"clean run: {len(reach.secs)} tests in {wall:.0f} s", flush=True)
    return reach


def judge(mutant: str, reach: Reach, work: Path) -> str:
    tests = reach.tests_of.get(function_of(mutant), [])
    if not tests:
        return "no tests"
    with tempfile.NamedTemporaryFile("w", dir=work, suffix=".txt", delete=False) as f:
        f.write("\n".join(tests) + "\n")
    files = sorted({t.split("::")[0] for t in tests})
    cmd = [sys.executable, "-m", "pytest", "-x", *PLUGIN, *files]
    env = _env(mutant, QUIZAPP_MUTATION_SELECT=f.name)
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, timeout=limit_for(reach, tests))
    except subprocess.TimeoutExpired:
        return "timeout"
    finally:
        Path(f.name).unlink(missing_ok=True)
    return STATUS.get(done.returncode, "suspicious")


def main(args: list[str]) -> int:
    split = args.index("--")
    names_file, results, *rest = args[:split]
    jobs = int(rest[0]) if rest else 1
    text = Path(names_file).read_text(encoding="utf-8")
    names = [x.strip() for x in text.splitlines() if "__mutmut_" in x]
    work = Path(results).resolve().parent
    reach = clean_run(args[split + 1 :], work)

    def one(name: str) -> str:
        start = time.monotonic()
        status = judge(name, reach, work)
        print(f"{name}: {status} ({time.monotonic() - start:.0f} s)", flush=True)
        return status

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        statuses = list(pool.map(one, names))
    lines = [f"{n}: {s}" for n, s in zip(names, statuses, strict=True)]
    Path(results).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
