"""The append-only journal: one line per commit, each with a CRC, fsynced before we return.

Why a journal: TinyDB rewrites a whole JSON file per write, so the cost of one answer would
grow with history. Appending one short line and fsyncing it costs the same at 1k or 100k
reviews. The JSON snapshots catch up at compaction (close, or when the journal grows long).

Every line is checked on its own (CRC, then each op's shape and record). A damaged line, wherever
it is, is skipped and the intact lines after it are still replayed: a flipped bit costs at most
the one commit it hit. A crash mid-append leaves a torn last line; it was never acknowledged,
since acknowledgement comes only after fsync returns. A writer that finds any damage copies the
damaged lines to corrupt/ (named by their position) and compacts, which empties the journal, so
no later commit is ever appended behind damaged bytes. Replay is idempotent: every op puts a
whole document (or deletes one), so replaying twice changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from quizapp.store.verify import Damage, check_op, json_of, read_regular

# (partition, table, doc_id, document or None to delete)
Op = tuple[str, str, str, dict[str, Any] | None]


def encode(ops: list[Op]) -> bytes:
    """One journal line. orjson writes it (a tenth of the standard encoder's time, once per
    answer); what orjson would write otherwise than `json.dumps` goes through json.dumps as
    before: a float that is not finite (orjson writes null, json NaN or Infinity, which read
    back as such) and an integer beyond 64 bits (which orjson refuses)."""
    try:
        payload = None if _has_non_finite(ops) else orjson.dumps(ops)
    except orjson.JSONEncodeError:
        payload = None
    if payload is None:
        payload = json.dumps(ops, separators=(",", ":"), ensure_ascii=False).encode()
    return b"%08x %b\n" % (zlib.crc32(payload), payload)


def _has_non_finite(value: object) -> bool:
    """Whether a float that is not finite is anywhere in `value` (lists, tuples, dicts)."""
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, (list, tuple)):
        return False
    # most values are strings, integers, booleans or None: passed over without a call
    return any(_has_non_finite(v) for v in value if v.__class__ not in _PLAIN)


_PLAIN = frozenset((str, int, bool, type(None)))


@dataclass(frozen=True)
class BadLine:
    number: int  # 1-based line number
    offset: int  # byte offset of the line in the file
    raw: bytes
    reason: str
    torn_tail: bool  # the last line, cut short (no newline): an unacknowledged write

    def describe(self) -> str:
        if self.torn_tail:
            return (
                f"a damaged last line (line {self.number}, byte {self.offset}: an unacknowledged "
                "write cut short by a crash; it is dropped when the database opens)"
            )
        return f"line {self.number} (byte {self.offset}) is damaged ({self.reason}); it is skipped"


@dataclass
class Scan:
    commits: list[list[Op]] = field(default_factory=list)
    good_lines: list[int] = field(default_factory=list)  # line number of each commit
    bad: list[BadLine] = field(default_factory=list)
    clean_end: bool = True  # the file is empty or ends with a newline
    unreadable: str | None = None  # the journal itself cannot be read (a folder, a device...)

    @property
    def needs_reset(self) -> bool:
        """Appending to this file would put a commit behind damage: compact it away first."""
        return bool(self.bad) or not self.clean_end


def parse_line(line: bytes) -> list[Op]:
    """The ops of one line (without its newline), or Damage saying why not."""
    head, sep, payload = line.partition(b" ")
    if not sep or len(head) != 8:
        raise Damage("no checksum")
    try:
        crc = int(head, 16)
    except ValueError:
        raise Damage("no checksum") from None
    if crc != zlib.crc32(payload):
        raise Damage("checksum mismatch")
    ops = json_of(payload, list, "not JSON", "not a list of ops")
    return [check_op(op) for op in ops]


def scan(path: Path) -> Scan:
    """Every intact commit in order, and every damaged line with its position."""
    result = Scan()
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        return result
    except (OSError, Damage) as exc:
        result.unreadable = str(exc.strerror if isinstance(exc, OSError) else exc)
        return result
    result.clean_end = not raw or raw.endswith(b"\n")
    lines = raw.split(b"\n")
    offset = 0
    for number, line in enumerate(lines, 1):
        start, offset = offset, offset + len(line) + 1
        if not line:
            continue
        try:
            result.commits.append(parse_line(line))
            result.good_lines.append(number)
        except Damage as exc:
            last = number == len(lines) and not result.clean_end
            result.bad.append(BadLine(number, start, line, str(exc), torn_tail=last))
    return result


def read(path: Path) -> tuple[list[list[Op]], bool]:
    """Every intact commit in order, and whether any damage was found (and skipped)."""
    found = scan(path)
    return found.commits, bool(found.bad)


class JournalWriter:
    """Appends through an unbuffered descriptor: a failed write leaves nothing in a buffer that
    a later close() would try to flush (and fail on) again."""

    def __init__(self, path: Path, count: int = 0) -> None:
        self.path = path
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        self._fd: int | None = os.open(path, flags, 0o644)
        self.count = count

    def _size(self) -> int:
        assert self._fd is not None
        return os.lseek(self._fd, 0, os.SEEK_END)

    def append(self, ops: list[Op]) -> None:
        """Write and fsync one commit; on failure, cut the file back so no partial line stays."""
        assert self._fd is not None
        size = self._size()
        data = memoryview(encode(ops))
        try:
            while data:
                data = data[os.write(self._fd, data) :]
            os.fsync(self._fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, size)
            raise
        self.count += 1

    def reset(self) -> None:
        """Empty the journal once every commit in it is safe in the snapshots."""
        assert self._fd is not None
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)
        self.count = 0

    @property
    def empty(self) -> bool:
        return self.count == 0 and self._size() == 0

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
