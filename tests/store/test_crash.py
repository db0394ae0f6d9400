"""SIGKILL at random moments, 50 times: the database always opens, checks clean, and holds
every answer the child acknowledged (printed after commit_answer returned)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, cast

from quizapp.store import open_store
from quizapp.store.check import check_database
from tests.conftest import ROOT

TRIALS = 50


def test_sigkill_never_loses_an_acknowledged_answer(tmp_path: Path) -> None:
    root = tmp_path / "db"
    rng = random.Random(1234)
    acknowledged: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    next_id = 0
    for trial in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_child", str(root), str(next_id)],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        out = cast(IO[bytes], child.stdout)  # a PIPE: never None (a cast, not a vacuous assert)
        # wait for the first acknowledgement, then kill at a random moment
        first = out.readline()
        assert first, f"trial {trial}: child died before committing"
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        rest = out.read()
        child.wait()
        ids = [int(x) for x in (first + rest).split()]
        acknowledged |= {f"s-{i}" for i in ids}
        next_id = max(ids) + 1
        report = check_database(root)
        damaged_tail_only = all("damaged last line" in p for p in report.problems)
        assert damaged_tail_only, report.problems
        store = open_store(root)  # also proves the lock of the killed child was released
        stored = {r.id for r in store.reviews("ann")}
        store.close()
        missing = acknowledged - stored
        assert not missing, f"trial {trial}: lost {sorted(missing)[:5]}"
        assert check_database(root).ok
    assert len(acknowledged) > TRIALS
