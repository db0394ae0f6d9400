"""Fault injection on the journal: damage of six kinds at several positions never costs an
intact, acknowledged commit, is copied to corrupt/ with its position, and is reported by
`db check`; a commit made after the damage is durable (nothing is appended behind it)."""

from __future__ import annotations

import json
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.store import journal, open_store
from quizapp.store.check import check_database
from quizapp.store.errors import DatabaseCorrupt
from tests.store.helpers import card, review

BASE = 3  # answers folded into the files before the journal
LINES = 8  # answers that live only in the journal


def _populated(tmp_path: Path) -> tuple[Path, bytes]:
    """A database whose last LINES answers are only in its journal (as after a crash)."""
    root = tmp_path / "db"
    s = open_store(root)
    for i in range(BASE):
        s.commit_answer(card(f"f{i}", reps=i), review(i))
    s.close()
    base = tmp_path / "base"
    shutil.copytree(root, base)
    s = open_store(root)
    for i in range(BASE, BASE + LINES):
        s.commit_answer(card(f"f{i}", reps=i), review(i))
    lines = (root / "journal.jsonl").read_bytes()
    s.close()
    shutil.rmtree(root)
    shutil.copytree(base, root)
    return root, lines


def _split(data: bytes) -> list[bytes]:
    return [line + b"\n" for line in data.split(b"\n") if line]


def _crc_line(payload: object) -> bytes:
    text = json.dumps(payload, separators=(",", ":")).encode()
    return f"{zlib.crc32(text):08x} ".encode() + text + b"\n"


def _invalid_record(line: bytes) -> bytes:
    ops = json.loads(line.partition(b" ")[2])
    ops[0][3]["rating"] = 9  # valid JSON, valid CRC, a review no model accepts
    return _crc_line(ops)


def _bad_partition(line: bytes) -> bytes:
    ops = json.loads(line.partition(b" ")[2])
    ops[0][0] = "../../../outside"
    return _crc_line(ops)


def _flip(line: bytes) -> bytes:
    i = len(line) // 2
    return line[:i] + bytes([line[i] ^ 0x20]) + line[i + 1 :]


# damage of one line: (name, how the line is replaced). The line's own answer is lost (the
# damage destroyed it); every other line survives.
LINE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "flip": _flip,
    "zero": lambda line: line[:12] + b"\0" * (len(line) - 13) + b"\n",
    "garbage": lambda line: b"\x93garbage{{[[ not a commit\n",
    "invalid-record": _invalid_record,
    "bad-partition": _bad_partition,
    "malformed-op": lambda line: _crc_line([["main", "cards"]]),
}


def _answers(root: Path) -> set[str]:
    reader = open_store(root, read_only=True)
    try:
        return {r.id for r in reader.reviews("ann")}
    finally:
        reader.close()


def _all_ids() -> set[str]:
    return {f"s-{i}" for i in range(BASE + LINES)}


def _after_writer_and_new_commit(root: Path) -> set[str]:
    """A writer opens (deals with the damage), commits one more answer and 'crashes' (its
    journal is read back by a reader without a close); what survives?"""
    s = open_store(root)
    s.commit_answer(card("late", reps=1), review(99))
    survived = _answers(root)
    s.close()
    assert "s-99" in survived, "a commit after the damage was not durable"
    assert _answers(root) == survived
    assert check_database(root).ok, check_database(root).problems
    return survived - {"s-99"}


@pytest.mark.parametrize("position", [0, 1, LINES // 2, LINES - 1])
@pytest.mark.parametrize("kind", sorted(LINE_DAMAGE))
def test_one_damaged_line_costs_only_itself(tmp_path: Path, kind: str, position: int) -> None:
    root, data = _populated(tmp_path)
    lines = _split(data)
    original = lines[position]
    lines[position] = LINE_DAMAGE[kind](original)
    (root / "journal.jsonl").write_bytes(b"".join(lines))
    lost = f"s-{BASE + position}"

    report = check_database(root)
    assert not report.ok
    assert any(f"line {position + 1} " in p for p in report.problems), report.problems
    assert report.journal_commits == LINES - 1
    assert _answers(root) == _all_ids() - {lost}  # a reader replays every intact line

    assert _after_writer_and_new_commit(root) == _all_ids() - {lost}
    kept = [p for p in (root / "corrupt").iterdir() if "journal" in p.name]
    assert len(kept) == 1 and f"line{position + 1}-" in kept[0].name
    assert kept[0].read_bytes() == lines[position].rstrip(b"\n")  # byte for byte
    assert not list(tmp_path.glob("**/outside*"))  # nothing written outside the folder


@pytest.mark.parametrize("cut", [1, 9, 0.5])
@pytest.mark.parametrize("position", [0, LINES // 2, LINES - 1])
def test_truncated_journal_keeps_every_line_before_the_cut(
    tmp_path: Path, position: int, cut: float
) -> None:
    root, data = _populated(tmp_path)
    lines = _split(data)
    keep = int(len(lines[position]) * cut) if cut < 1 else int(cut)
    torn = b"".join(lines[:position]) + lines[position][:keep]
    (root / "journal.jsonl").write_bytes(torn)
    report = check_database(root)
    assert [p for p in report.problems if "damaged last line" in p], report.problems
    expected = {f"s-{i}" for i in range(BASE + position)}
    assert _answers(root) == expected
    assert _after_writer_and_new_commit(root) == expected


def test_torn_first_line_does_not_poison_later_commits(tmp_path: Path) -> None:
    """B2: with the damage on line 1 (no intact commit counted), the journal is still emptied."""
    root, _ = _populated(tmp_path)
    (root / "journal.jsonl").write_bytes(b'1234abcd [["main","sessions","1",{"id":"x"')
    assert _after_writer_and_new_commit(root) == {f"s-{i}" for i in range(BASE)}


def test_empty_journal_and_a_journal_that_is_a_folder(tmp_path: Path) -> None:
    root, _ = _populated(tmp_path)
    (root / "journal.jsonl").write_bytes(b"")
    assert check_database(root).ok
    assert _answers(root) == {f"s-{i}" for i in range(BASE)}
    (root / "journal.jsonl").unlink()
    (root / "journal.jsonl").mkdir()
    assert not check_database(root).ok
    with pytest.raises(DatabaseCorrupt, match=r"journal\.jsonl.*moved aside"):
        open_store(root)
    assert _after_writer_and_new_commit(root) == {f"s-{i}" for i in range(BASE)}


def test_several_damaged_lines_and_check_says_what_it_found(tmp_path: Path) -> None:
    root, data = _populated(tmp_path)
    lines = _split(data)
    lines[1] = _flip(lines[1])
    lines[4] = b"garbage\n"
    lines[-1] = lines[-1][:20]  # and a torn tail
    (root / "journal.jsonl").write_bytes(b"".join(lines))
    problems = check_database(root).problems
    assert any("line 2 (byte" in p for p in problems)
    assert any("line 5 (byte" in p for p in problems)
    assert any("damaged last line" in p for p in problems)
    assert any(
        "5 intact commit(s) are replayed (4 after the first damaged line)" in p for p in problems
    )
    lost = {f"s-{BASE + 1}", f"s-{BASE + 4}", f"s-{BASE + LINES - 1}"}
    assert _after_writer_and_new_commit(root) == _all_ids() - lost
    assert len(list((root / "corrupt").iterdir())) == 3


def test_scan_reports_each_line_on_its_own() -> None:
    good = journal.encode([("main", "meta", "1", {"schema_version": 2})])
    raw = good + b"junk\n" + good
    path_lines = raw.split(b"\n")
    assert journal.parse_line(path_lines[0])
    with pytest.raises(ValueError):
        journal.parse_line(path_lines[1])
