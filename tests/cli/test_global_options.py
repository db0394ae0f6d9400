"""--db, --learner and --read-only are defined once, and mean the same before or after the
command: `quizapp --db X --learner bob status` reads X for bob (a command's own default
used to reset them, so the default database was read instead)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

NOW = "2026-11-29T10:00:00+00:00"


def quizapp(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def _learning(out: str) -> int:
    (row,) = [r for r in json.loads(out) if r["deck"] == "russia-central-asia"]
    return int(row["learning"]) + int(row["due"])


def test_options_before_the_command_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "db"
    answered = quizapp(
        "--db", str(db), "--learner", "bob", "study", "--plain", "--limit", "1", "--seed", "2",
        "--now", NOW, stdin="?\n",
    )  # fmt: skip
    assert answered.returncode == 0, answered.stderr
    assert db.is_dir()  # the database named before the command, not the default one
    before = quizapp("--db", str(db), "--learner", "bob", "status", "--json", "--now", NOW)
    after = quizapp("status", "--db", str(db), "--learner", "bob", "--json", "--now", NOW)
    other = quizapp("--db", str(db), "--learner", "ann", "status", "--json", "--now", NOW)
    assert before.returncode == after.returncode == other.returncode == 0
    assert _learning(before.stdout) == _learning(after.stdout) == 1
    assert _learning(other.stdout) == 0


def test_read_only_before_the_command_is_kept(tmp_path: Path) -> None:
    out = quizapp("--db", str(tmp_path / "db"), "--read-only", "study", "--plain")
    assert out.returncode == 2 and "--read-only" in out.stderr
    assert not (tmp_path / "db").exists()
