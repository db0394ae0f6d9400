"""Judge a sample of mutants without mutmut's mapping pass (tests/mutation/run.sh with SAMPLE).

Run inside a mutmut scratch copy's `mutants/` folder, after `tests.mutation.sample draw` has
generated the mutants:

    python -m tests.mutation.quick NAMES RESULTS [JOBS] -- PYTEST_ARGS...

1. One clean run of the fast tests (PYTEST_ARGS) with no mutant active and the plugin
   tests/mutation/hits.py noting which tests reach which mutated functions and how long each
   test takes. It must pass, and reach some mutated code, or nothing is judged.
2. For each mutant named in NAMES (the sample): the tests that reached its function run with
   `pytest -x` in a child forked from this process (which has imported pytest, its plugins and
   the heavy libraries, not quizapp) with MUTANT_UNDER_TEST set to it. Exit code 1 (a test
   failed) or 3 (pytest's internal error): killed; 2 (a collection error: a test module's
   import-time set-up failed under the mutant): "collection error", a kill; 0: survived; no
   test reached the function: "no tests" (scored as surviving by tests/mutation/sample.py);
   anything else, or a clean exit that never met the mutant's function: "suspicious".
3. The time limit follows mutmut 3's rule: mutmut gives a mutant a wall limit of 15 x (the
   reaching tests' time in its clean run + 1 s) and counts a mutant that exceeds it as killed
   ("timeout"). Here the limit is the same plus the clean run's start-up and collection time
   (generous: a forked child pays only its collection); such a mutant is reported as
   "timeout" and counted killed, as mutmut counts it. Each test also has its own budget, the
   same rule applied to its own clean time (tests/mutation/hits.py ends the child with SIGALRM
   past it), so a mutant that hangs its first test is judged without waiting for the others'.
   The score lists timeouts apart from the kills by a failing test.
4. Cheaper runs: in the child only the mutant's own function keeps its trampoline (hits.py);
   with QUIZAPP_MUTATION_SHARED_CACHE=1 (run.sh sets it for generate and review, whose tests
   never look into the cache folder) the child's tests share one fresh QUIZAPP_CACHE, so a
   deck parsed or a deck's questions generated under this mutant are made once, not by every
   test. The clean run keeps a fresh cache per test, so its times (the budgets) stay the
   uncached ones.

RESULTS gets one `name: status` line a mutant as it is judged, the format of `mutmut results
--all true`; a stopped run started again skips the mutants RESULTS already holds and reuses the
clean run's map (work/clean.json).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.metadata
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MULTIPLIER = 15.0  # mutmut 3's default timeout_multiplier
CONSTANT = 1.0  # and its timeout_constant, in seconds
# 2: pytest stopped at collection; the clean run collected the same files, so the mutant broke
# a test module's set-up (a deck generated at import): a kill, named apart in the score
STATUS = {0: "survived", 1: "killed", 2: "collection error", 3: "killed", 5: "no tests"}
STATUS[-signal.SIGALRM] = "timeout"  # a test over its own budget (hits.py)
HARNESS = 70  # the child's exit when the harness, not a test, failed: "suspicious"
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


def read_hits(lines: list[str], wall: float, jobs: int = 1) -> Reach:
    """The clean run's lines; `jobs` xdist workers shared its wall time (`wall` - the tests'
    time / `jobs` is what it spent starting and collecting)."""
    secs: dict[str, float] = {}
    tests_of: dict[str, list[str]] = {}
    for line in lines:
        row = json.loads(line)
        secs[row["test"]] = float(row["secs"])
        for key in row["hits"]:
            tests_of.setdefault(key, []).append(row["test"])
    return Reach(secs, tests_of, max(0.0, wall - sum(secs.values()) / max(1, jobs)))


def limit_for(reach: Reach, tests: list[str]) -> float:
    """mutmut's wall limit for these tests, plus a fresh process's start-up."""
    return MULTIPLIER * (sum(reach.secs[t] for t in tests) + CONSTANT) + reach.startup


def budgets(reach: Reach, tests: list[str]) -> dict[str, float]:
    """Each test's own wall limit: mutmut's rule on its clean time, plus the start-up."""
    return {t: MULTIPLIER * (reach.secs[t] + CONSTANT) + reach.startup for t in tests}


def quickest_first(reach: Reach, tests: list[str]) -> list[str]:
    """A mutant's tests by their clean time, quickest first (mutmut's order: with `-x` a
    killed mutant stops at its first failing test, so the quick ones should come first)."""
    return sorted(tests, key=lambda t: reach.secs[t])


def _env(mutant: str, **more: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QUIZAPP_MUTATION_HITS", None)
    env.pop("QUIZAPP_MUTATION_SELECT", None)
    env["MUTANT_UNDER_TEST"] = mutant
    env.update(more)
    return env


def clean_command(pytest_args: list[str], jobs: int) -> list[str]:
    """The clean run's pytest command: with more than one job, over that many xdist workers
    (each mutant's own tests then run in one process, as before)."""
    plugin = PLUGIN if jobs <= 1 else [*PLUGIN[:2], *PLUGIN[4:], "-n", str(jobs)]
    return [sys.executable, "-m", "pytest", *plugin, *pytest_args]


def clean_run(pytest_args: list[str], work: Path, jobs: int = 1) -> Reach:
    """The fast tests once, no mutant active, noting what each test reaches (kept in
    work/clean.json, so a stopped run resumes without it)."""
    saved = work / "clean.json"
    if saved.exists():
        data = json.loads(saved.read_text(encoding="utf-8"))
        return read_hits(data["lines"], data["wall"], data.get("jobs", 1))
    hits = work / "hits.jsonl"
    hits.unlink(missing_ok=True)
    start = time.monotonic()
    cmd = clean_command(pytest_args, jobs)
    done = subprocess.run(cmd, env=_env("", QUIZAPP_MUTATION_HITS=str(hits)), check=False)
    wall = time.monotonic() - start
    if done.returncode != 0:
        raise SystemExit(f"the clean run failed (exit {done.returncode}): nothing judged")
    lines = hits.read_text(encoding="utf-8").splitlines()
    reach = read_hits(lines, wall, jobs)
    if not reach.tests_of:
        raise SystemExit("the clean run reached no mutated code: is quizapp read from mutants/?")
    saved.write_text(json.dumps({"lines": lines, "wall": wall, "jobs": jobs}), encoding="utf-8")
    print(f"clean run: {len(reach.secs)} tests in {wall:.0f} s", flush=True)
    return reach


def child_env(mutant: str, select: Path, budget: Path, cache: Path | None) -> dict[str, str]:
    """A mutant's run: its tests (in `select`), their budgets, only its trampoline kept, and
    (if asked) one cache folder for all its tests."""
    more = {
        "QUIZAPP_MUTATION_SELECT": str(select),
        "QUIZAPP_MUTATION_BUDGET": str(budget),
        "QUIZAPP_MUTATION_ONLY": "1",
        "QUIZAPP_MUTATION_KNOWN": str(select.parent / "known.txt"),
    }
    if cache is not None:
        more["QUIZAPP_MUTATION_CACHE"] = more["QUIZAPP_CACHE"] = str(cache)
    return _env(mutant, **more)


def cache_for(work: Path, pid: int) -> Path | None:
    if os.environ.get("QUIZAPP_MUTATION_SHARED_CACHE") != "1":
        return None
    return work / f"cache-{pid}"


def _child(
    mutant: str, tests: list[str], limits: dict[str, float], work: Path
) -> None:  # pragma: no cover
    """In a forked child: the tests that reach the mutant, with it active, then exit."""
    try:
        os.setpgid(0, 0)  # its own group, so a timeout ends the test's own children too
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        select = work / f"select-{os.getpid()}.txt"
        select.write_text("\n".join(tests) + "\n", encoding="utf-8")
        budget = work / f"budget-{os.getpid()}.json"
        budget.write_text(json.dumps(limits), encoding="utf-8")
        os.environ.clear()
        os.environ.update(child_env(mutant, select, budget, cache_for(work, os.getpid())))
        import pytest

        files = sorted({t.split("::")[0] for t in tests})
        code = int(pytest.main(["-x", *PLUGIN, *files]))
        select.unlink(missing_ok=True)
        budget.unlink(missing_ok=True)
        seen = getattr(sys.modules.get("tests.mutation.hits"), "TARGET_SEEN", None)
        if code == 0 and not seen:
            code = HARNESS  # the mutant's function was never decorated: nothing was judged
    except BaseException:
        code = HARNESS  # the harness failed, not a test: "suspicious"
    os._exit(code)


def _reap(pid: int, work: Path) -> None:
    """End what a finished or timed-out child left in its group; drop its files."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    for name in (f"select-{pid}.txt", f"budget-{pid}.json"):
        (work / name).unlink(missing_ok=True)
    cache = cache_for(work, pid)
    if cache is not None:
        shutil.rmtree(cache, ignore_errors=True)


def _preload() -> None:
    """Import the libraries every test run needs once, before forking (not quizapp itself:
    a module-level value computed here would escape the mutant)."""
    plugins = [e.value.split(":")[0] for e in importlib.metadata.entry_points(group="pytest11")]
    libs = ["pytest", "hypothesis", "pydantic", "fsrs", "yaml", "genanki", "tinydb", "textual.app"]
    for name in libs + plugins:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def judge_all(names: list[str], reach: Reach, work: Path, jobs: int) -> Iterator[tuple[str, str]]:
    """Each mutant in a forked child (at most `jobs` at once); yields (name, status)."""
    todo = list(reversed(names))
    running: dict[int, tuple[str, float]] = {}
    while todo or running:
        while todo and len(running) < jobs:
            name = todo.pop()
            tests = quickest_first(reach, reach.tests_of.get(function_of(name), []))
            if not tests:
                yield name, "no tests"
                continue
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                _child(name, tests, budgets(reach, tests), work)
            running[pid] = (name, time.monotonic() + limit_for(reach, tests))
        time.sleep(0.05)
        for pid, (name, deadline) in list(running.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                del running[pid]
                _reap(pid, work)
                yield name, STATUS.get(os.waitstatus_to_exitcode(status), "suspicious")
            elif time.monotonic() > deadline:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                del running[pid]
                _reap(pid, work)
                yield name, "timeout"


def main(args: list[str]) -> int:
    split = args.index("--")
    names_file, results, *rest = args[:split]
    jobs = int(rest[0]) if rest else 1
    text = Path(names_file).read_text(encoding="utf-8")
    out = Path(results)
    done = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    judged = {line.rpartition(": ")[0] for line in done}
    names = [x.strip() for x in text.splitlines() if "__mutmut_" in x and x.strip() not in judged]
    work = out.resolve().parent
    reach = clean_run(args[split + 1 :], work, jobs)
    (work / "known.txt").write_text("\n".join(reach.secs) + "\n", encoding="utf-8")
    _preload()
    start = time.monotonic()
    with out.open("a", encoding="utf-8") as f:
        for name, status in judge_all(names, reach, work, jobs):
            f.write(f"{name}: {status}\n")
            f.flush()
            print(f"{name}: {status} ({time.monotonic() - start:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
