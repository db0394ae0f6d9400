"""SIGKILL during `db backup` and `db restore`, 30+ times each: the next open finds the old
state or the new one, complete, and no half-made folder is left."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from quizapp.store import open_store
from quizapp.store.backups import create_backup, list_backups, verify
from quizapp.store.check import check_database
from quizapp.store.engine import doc_id
from tests.conftest import ROOT
from tests.store.helpers import T0, card, review

KILLS = 32
MONTHS = 12
PER_MONTH = 300


def _state(root: Path) -> tuple[int, int]:
    """(reviews, cards) as a fresh writer sees them; the open also finishes or cleans up."""
    s = open_store(root)
    try:
        return sum(1 for _ in s.reviews()), len(s.engine.rows("main", "cards"))
    finally:
        s.close()


def _grow(root: Path, months: range) -> None:
    s = open_store(root)
    for m in months:
        at = T0 + timedelta(days=31 * m)
        part = s.engine.partition(at.strftime("%Y-%m"))
        for j in range(PER_MONTH):
            r = review(m * PER_MONTH + j, at + timedelta(minutes=j))
            part.put("reviews", doc_id(r.id), r.model_dump(mode="json"))
        s.commit_answer(card(f"f{m}", reps=m), review(10**6 + m, at))
    s.close()


def _no_leftovers(root: Path) -> None:
    assert not list((root / "backups").glob(".*")), "a .partial backup was left"
    assert not list(root.glob(".restore*")), "a restore folder was left"


def _child(root: Path, action: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.restore_child", str(root), action],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def _run(child: subprocess.Popen[str], kill_after: float | None) -> bool:
    """Start the child's work; kill it after `kill_after` seconds. True if it finished."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("\n")
    child.stdin.flush()
    if kill_after is None:
        done = child.stdout.readline().strip() == "done"
    else:
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
        done = "done" in child.stdout.read()
    child.wait()
    return done


def _timed(root: Path, action: str) -> float:
    child = _child(root, action)
    start = time.monotonic()
    assert _run(child, None)
    return time.monotonic() - start


def test_sigkill_during_restore_leaves_old_or_new_state(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _grow(root, range(MONTHS // 2))
    small = create_backup(root, "manual", keep=10).name
    _grow(root, range(MONTHS // 2, MONTHS))
    big = create_backup(root, "manual", keep=10).name
    states = {small: _state_of(root, small), big: _state(root)}
    assert states[small] != states[big]
    current = big
    duration = _timed(root, small)
    current = small
    assert _state(root) == states[small]
    rng = random.Random(7)
    outcomes = {"old": 0, "new": 0}
    for trial in range(KILLS):
        target = big if current == small else small
        child = _child(root, target)
        _run(child, rng.uniform(0, duration * 1.2))
        got = _state(root)  # opening finishes a committed restore or drops a partial one
        _no_leftovers(root)
        assert got in (states[current], states[target]), f"trial {trial}: a mixed state {got}"
        outcomes["new" if got == states[target] else "old"] += 1
        current = target if got == states[target] else current
        assert check_database(root).ok
        for b in list_backups(root):
            if b.reason == "before-restore":
                shutil.rmtree(b.path)
    print(f"restore kills: {outcomes}")
    assert sum(outcomes.values()) == KILLS


def _state_of(root: Path, name: str) -> tuple[int, int]:
    scratch = root.parent / f"scratch-{name}"
    scratch.mkdir()
    for f in (root / "backups" / name).rglob("*"):
        if f.is_file():
            (scratch / f.relative_to(root / "backups" / name)).parent.mkdir(exist_ok=True)
            shutil.copy2(f, scratch / f.relative_to(root / "backups" / name))
    try:
        return _state(scratch)
    finally:
        shutil.rmtree(scratch)


def test_sigkill_during_backup_leaves_only_complete_backups(tmp_path: Path) -> None:
    root = tmp_path / "db"
    _grow(root, range(MONTHS))
    before = _state(root)
    duration = _timed(root, "backup")
    rng = random.Random(11)
    for trial in range(KILLS):
        _run(_child(root, "backup"), rng.uniform(0, duration * 1.2))
        assert _state(root) == before, f"trial {trial}"
        _no_leftovers(root)
        for b in list_backups(root):
            assert not verify(b.path), f"trial {trial}: {b.name} is listed but incomplete"
        for b in list_backups(root)[3:]:
            shutil.rmtree(b.path)  # keep the disk small
