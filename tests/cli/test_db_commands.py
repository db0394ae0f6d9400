"""`quizapp db ...` as a user runs it: one line per problem, exit 2, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

from quizapp.store import open_store
from tests.cli.test_deck_commands import run
from tests.store.helpers import card, review


def make_db(root: Path) -> None:
    s = open_store(root)
    s.commit_answer(card(), review(1))
    s.close()


def test_backup_check_restore_cycle(tmp_path: Path) -> None:
    root = tmp_path / "db"
    make_db(root)
    out = run("db", "backup", "--db", str(root))
    assert out.returncode == 0 and "Backed up to" in out.stdout
    assert run("db", "check", "--db", str(root)).returncode == 0
    (root / "main.json").write_text("{ not json")
    out = run("db", "check", "--db", str(root))
    assert (
        out.returncode == 2 and "not readable JSON" in out.stderr and "Traceback" not in out.stderr
    )
    out = run("db", "backup", "--db", str(root))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "moved aside" in out.stderr
    out = run("db", "restore", "--db", str(root))
    assert out.returncode == 0, out.stderr
    assert run("db", "check", "--db", str(root)).returncode == 0
    listing = run("db", "backups", "--db", str(root)).stdout
    assert "manual" in listing and "before-restore" in listing


def test_quizapp_db_environment_variable_is_the_default(tmp_path: Path) -> None:
    root = Path(os.environ["QUIZAPP_DB"])
    make_db(root)
    out = run("db", "check")
    assert out.returncode == 0 and str(root) in out.stdout


def test_missing_database_and_unknown_backup(tmp_path: Path) -> None:
    out = run("db", "check", "--db", str(tmp_path / "none"))
    assert out.returncode == 2 and "no database here" in out.stderr
    make_db(tmp_path / "db")
    out = run("db", "restore", "nope", "--db", str(tmp_path / "db"))
    assert out.returncode == 2 and "no backup named 'nope'" in out.stderr
