"""A month file's review columns kept between reports, so a report parses only what changed.

A month file changes only when the database compacts (the journal folded in), and old months
never do; yet every report parsed every month's JSON again (at a million reviews, most of the
report's time). Here each month file read for a report leaves its columns (review_columns'
raw columns, all learners, timestamps as stored) in a cache folder, in marshal's format, with
equal strings stored once.

There is one entry per month name. It is used for the very file it was made from (same
device, inode, size, modification and change times, from the open file it was read from:
then the file is not even read), or for a file with the same bytes (same length and CRC-32:
a copy of the database, a restore); otherwise (a compaction wrote a new month, another
database's month of that name) the file is parsed and the entry replaced. An entry is checked
by its own CRC and its shape before use; a damaged or unreadable entry is ignored and
rewritten. Writing an entry is best effort (a read-only or full disk only means no cache).
Months still in memory (in the journal) are read from memory, never cached.
"""

from __future__ import annotations

import mmap
import os
import sys
import zlib
from pathlib import Path
from typing import Any

import orjson

from quizapp.store.review_columns import raw_columns
from quizapp.store.sealed import read_sealed, write_sealed

MAGIC = b"quizapp-review-columns-2\n"


def read_month(path: Path, cache: Path | None) -> list[list[Any]]:
    """The raw columns of a month file, from the cache when it holds this file's contents.
    Raises OSError, ValueError, KeyError, TypeError or AttributeError if the file does not
    read as a month of stored reviews (the caller then reads it the validated way)."""
    with path.open("rb") as f:
        stamp = _stamp(os.fstat(f.fileno()))
        entry = cache / f"{path.stem}.columns" if cache is not None else None
        stored = _load(entry) if entry is not None else None
        if stored is not None and stored[0] == stamp:
            return stored[2]  # this very file, unchanged since the entry was made
        data = f.read()
    crc = zlib.crc32(data)
    if stored is not None and stored[1] == [len(data), crc]:
        return stored[2]  # the same bytes in another file (a copy of the database, a restore)
    columns = raw_columns(orjson.loads(data)["reviews"].values())
    if entry is not None:
        _save(entry, [stamp, [len(data), crc], columns])
    return columns


def file_stamp(path: Path | None) -> list[int] | None:
    """What identifies a file as it is now: device, inode, size, modification and change
    times (None if it cannot be read)."""
    try:
        return _stamp(path.stat()) if path is not None else None
    except OSError:
        return None


def file_contents(path: Path) -> list[int] | None:
    """What a file holds, as this cache compares it: its length and CRC-32 (None if it
    cannot be read)."""
    try:
        with path.open("rb") as f:
            if not os.fstat(f.fileno()).st_size:
                return [0, zlib.crc32(b"")]
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:  # no copy made
                return [len(data), zlib.crc32(data)]
    except (OSError, ValueError):  # ValueError: emptied since
        return None


def _stamp(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _load(entry: Path) -> tuple[list[int], list[int], list[list[Any]]] | None:
    value = read_sealed(entry, MAGIC)
    if not isinstance(value, list) or len(value) != 3:
        return None
    stamp, contents, columns = value
    if not isinstance(columns, list) or not columns:
        return None
    if not all(isinstance(c, list) and len(c) == len(columns[0]) for c in columns):
        return None
    return stamp, contents, columns


def _save(entry: Path, value: list[Any]) -> None:
    """Strings are interned first, so marshal writes each distinct one once and refers to it
    after."""
    value[-1] = [_interned(column) for column in value[-1]]
    write_sealed(entry, MAGIC, value)


def _interned(column: list[Any]) -> list[Any]:
    try:
        return list(map(sys.intern, column))
    except TypeError:  # not all strings (ratings, flags, phases with None)
        return column
