"""The store's refusals, each given the bad input it exists to refuse (issue 19, session 25,
found by coverage of run.sh's store list): a journal line whose checksum holds but whose ops
are not the store's, a database file that is not one, a settings record out of range, a
folder that is no database, and `db check` over such damage. Each message is checked whole,
as the user reads it."""

from __future__ import annotations

import getpass
import json
import os
import zlib
from pathlib import Path
from typing import Any

import pytest

from quizapp.store import location, open_store, verify
from quizapp.store.backups import create_backup
from quizapp.store.check import check_database
from quizapp.store.errors import DatabaseCorrupt, DatabaseReadOnly, StoreError
from quizapp.store.journal import parse_line
from quizapp.store.restore import READY, finish_pending, restore
from quizapp.store.verify import Damage, parse_tables, read_regular
from tests.store.helpers import card, one_answer_db, review


def _line(ops: Any) -> bytes:
    """A journal line with a true checksum over whatever `ops` holds."""
    payload = json.dumps(ops).encode()
    return f"{zlib.crc32(payload):08x} ".encode() + payload


@pytest.mark.parametrize(
    ("ops", "what"),
    [
        ([["main", "cards", "1"]], "an op is not [partition, table, id, document]"),
        ([["1999-1", "cards", "1", None]], "an op names an unknown partition '1999-1'"),
        ([["main", "cards", "x", None]], "an op has a bad table or document id"),
        ([["main", 5, "1", None]], "an op has a bad table or document id"),
        ([["main", "cards", "1", [1]]], "an op's document is not an object"),
        ([["2026-11", "reviews", "1", {"id": "r"}]], "a reviews record: learner: Field required"),
        ({"main": 1}, "not a list of ops"),
    ],
)
def test_a_journal_line_with_a_true_checksum_but_foreign_ops_is_refused(
    ops: Any, what: str
) -> None:
    with pytest.raises(Damage) as info:
        parse_line(_line(ops))
    assert str(info.value) == what


def test_a_journal_line_of_the_store_s_own_ops_is_read() -> None:
    ops = [["main", "cards", "1", None], ["2026-11", "reviews", "12", None]]
    assert parse_line(_line(ops)) == [tuple(op) for op in ops]


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"", "empty (0 bytes of data)"),
        (b"  \n", "empty (0 bytes of data)"),
        (b"[1]", "not a TinyDB database"),
        (b'{"cards": {', "not readable JSON: truncated or damaged"),
        (b'{"cards": [1]}', "table 'cards' is not a mapping of documents"),
        (b'{"cards": {"1": 5}}', "table 'cards' is not a mapping of documents"),
        (b'{"cards": {"a": {}}}', "cards[a]: document id is not a number"),
        (
            b'{"cards": {"1": {"learner": 5}}}',
            "a cards record: learner: Input should be a valid string",
        ),
        (
            b'{"settings": {"1": {"learner": "ann", "timezone": "Mars/Olympus"}}}',
            "a settings record: timezone: Value error, unknown time zone 'Mars/Olympus'",
        ),
        (
            b'{"settings": {"1": {"learner": "ann", "deck_retention": {"geo": 0.5}}}}',
            "a settings record: deck_retention: Value error, retention for geo must be between "
            "0.70 and 0.99",
        ),
    ],
)
def test_a_database_file_that_is_not_the_store_s_is_refused_saying_why(
    raw: bytes, what: str
) -> None:
    with pytest.raises(Damage) as info:
        parse_tables(raw)
    assert str(info.value) == what


def test_settings_at_the_edges_of_their_ranges_are_read() -> None:
    doc = {
        "learner": "ann",
        "timezone": "Pacific/Kiritimati",
        "deck_retention": {"a": 0.7, "b": 0.99},
    }
    assert parse_tables(json.dumps({"settings": {"1": doc}}).encode())["settings"]["1"] == doc


def test_a_file_over_the_size_limit_or_not_a_regular_file_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify, "MAX_FILE", 1 << 20)
    big = tmp_path / "main.json"
    big.write_bytes(b" " * (1 << 20))
    assert read_regular(big) == b" " * (1 << 20)  # the limit itself is read
    big.write_bytes(b" " * ((1 << 20) + 1))
    with pytest.raises(Damage, match=r"^larger than 1 MiB$"):
        read_regular(big)
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(Damage, match=r"^not a regular file$"):
        read_regular(fifo)


def test_db_check_of_a_folder_that_is_no_database_says_so(tmp_path: Path) -> None:
    report = check_database(tmp_path / "none")
    assert (report.ok, report.problems) == (False, [f"{tmp_path / 'none'}: no database here"])


def test_db_check_names_a_reviews_file_where_the_folder_should_be(tmp_path: Path) -> None:
    root = one_answer_db(tmp_path)
    for month in (root / "reviews").iterdir():
        month.unlink()
    (root / "reviews").rmdir()
    (root / "reviews").write_text("not a folder")
    report = check_database(root)
    assert report.problems == [f"{root / 'reviews'}: not a folder"]
    assert report.records == 1  # the card in main.json is still counted


def test_db_check_names_a_damaged_journal_line_and_what_opening_will_do(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.commit_answer(card("f1", reps=2), review(2))
    s.commit_answer(card("f1", reps=3), review(3))
    path = root / "journal.jsonl"
    lines = path.read_bytes().split(b"\n")  # the schema's line, then one line per answer
    assert len(lines) == 5 and lines[-1] == b""
    offset = len(lines[0]) + len(lines[1]) + 2
    lines[2] = lines[2].replace(b'"reps":2', b'"reps":7')  # the second answer's line
    path.write_bytes(b"\n".join(lines))
    report = check_database(root)
    s.close()
    assert report.problems == [
        f"{path}: line 3 (byte {offset}) is damaged (checksum mismatch); it is skipped",
        f"{path}: 3 intact commit(s) are replayed (1 after the first damaged line); opening "
        "the database as a writer copies each damaged line to corrupt/ and folds the rest "
        "into the files",
    ]


def test_opening_or_restoring_a_folder_that_is_no_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseReadOnly) as read:
        open_store(tmp_path / "none", read_only=True)
    assert str(read.value) == f"{tmp_path / 'none'}: no database here"
    assert not (tmp_path / "none").exists()  # a reader makes nothing
    with pytest.raises(StoreError) as restoring:
        restore(tmp_path / "none")
    assert str(restoring.value) == f"{tmp_path / 'none'}: no database here"


@pytest.mark.parametrize("name", ["journal.jsonl", "main.json"])
def test_a_reader_finding_a_folder_where_a_file_should_be_leaves_it_and_says_so(
    tmp_path: Path, name: str
) -> None:
    root = one_answer_db(tmp_path)
    (root / name).unlink()
    (root / name).mkdir()
    with pytest.raises(DatabaseCorrupt) as info:
        reader = open_store(root, read_only=True)
        reader.cards("ann", "d")
    assert str(info.value) == (
        f"{root / name} could not be read (not a regular file); it was left as it is "
        "(read-only). Run `quizapp db restore` to restore the newest good backup"
    )
    assert (root / name).is_dir() and not (root / "corrupt").exists()


def test_the_database_lives_where_quizapp_db_says_else_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("QUIZAPP_DB", "~/studies/db")
    assert location.default_db_path() == tmp_path / "studies" / "db"
    monkeypatch.setenv("QUIZAPP_DB", "")
    assert location.default_db_path() == tmp_path / "data" / "quizapp" / "progress"


def test_the_learner_is_the_login_name_or_learner_when_there_is_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_user() -> str:
        raise OSError("no login")

    monkeypatch.setattr(getpass, "getuser", lambda: "ann")
    assert location.default_learner() == "ann"
    monkeypatch.setattr(getpass, "getuser", lambda: "")
    assert location.default_learner() == "learner"
    monkeypatch.setattr(getpass, "getuser", no_user)
    assert location.default_learner() == "learner"


def test_finishing_a_restore_whose_plan_is_gone_only_clears_its_folder(tmp_path: Path) -> None:
    """Every file was moved before a crash and the plan removed: the data stays as it is."""
    root = one_answer_db(tmp_path)
    before = {p.name: p.read_bytes() for p in root.rglob("*.json")}
    (root / READY / "reviews").mkdir(parents=True)
    assert finish_pending(root)
    assert not (root / READY).exists()
    assert {p.name: p.read_bytes() for p in root.rglob("*.json")} == before
    assert not finish_pending(root)  # nothing left to finish


def test_a_restore_reports_its_progress_once_every_file_is_staged(tmp_path: Path) -> None:
    root = one_answer_db(tmp_path)
    made = create_backup(root, "manual", keep=None)
    seen: list[tuple[int, int]] = []
    restore(root, made.name, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(3, 3)]  # main.json, the journal, the month
