"""Readers are readers: status, report, export and db check/backups take no lock and change no
file, even on a database with a damaged journal; --read-only is accepted by every command."""

from __future__ import annotations

from pathlib import Path

from quizapp.store import open_store
from tests.cli.test_deck_commands import run
from tests.store.helpers import card, review


def _snapshot(root: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def test_reading_commands_change_nothing(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    for i in range(3):
        s.commit_answer(card(f"f{i}"), review(i))
    s.close()
    s = open_store(root)
    s.commit_answer(card("f9"), review(9))
    journal = (root / "journal.jsonl").read_bytes()
    s.close()
    (root / "journal.jsonl").write_bytes(journal + b"garbage\n" + journal[:30])  # damage
    (root / "backups" / ".x.partial").mkdir(parents=True)
    before = _snapshot(root)
    for command in (
        ["status"],
        ["status", "--json", "--deck", "russia-central-asia"],
        ["report", "--learner", "ann"],
        ["export", "--format", "csv", "--learner", "ann"],
        ["db", "check"],
        ["db", "backups"],
        ["--read-only", "status"],
        ["status", "--read-only"],
    ):
        out = run(*command, "--db", str(root))
        assert "Traceback" not in out.stderr, (command, out.stderr)
        assert out.returncode in (0, 2), (command, out.stderr)
        assert _snapshot(root) == before, command


def test_read_only_is_accepted_everywhere_and_refused_clearly_by_writers(tmp_path: Path) -> None:
    root = tmp_path / "db"
    open_store(root).close()
    for command in (["study", "--plain"], ["db", "backup"], ["db", "restore"]):
        for args in (["--read-only", *command], [*command, "--read-only"]):
            out = run(*args, "--db", str(root))
            assert out.returncode == 2, (args, out.stderr)
            assert len(out.stderr.strip().splitlines()) == 1 and "--read-only" in out.stderr
    out = run("--read-only", "status", "--db", str(tmp_path / "none"))
    assert out.returncode == 0 and not (tmp_path / "none").exists()
