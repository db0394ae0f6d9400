"""A month file's review columns kept between reports, so a report parses only what changed.

A month file changes only when the database compacts (the journal folded in), and old months
never do; yet every report parsed every month's JSON again (at a million reviews, most of the
report's time). Here each month file read for a report leaves its columns (review_columns'
raw columns, all learners, timestamps as stored) in a cache folder, in marshal's format, with
equal strings stored once.

An entry is used only for the very file it was made from: it records the file's size,
modification and change times (nanoseconds) and inode, taken from the open file it was read
from. A compaction writes a new file (a new inode and times), so the entry no longer matches
and is replaced on the next read. An entry is checked by a CRC and its shape before use; a
damaged, stale or unreadable entry is ignored and rewritten. Writing an entry is best effort
(a read-only or full disk only means no cache). Months still in memory (in the journal) are
read from memory, never cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import zlib
from pathlib import Path
from typing import Any

import orjson

from quizapp.store.review_columns import raw_columns

MAGIC = b"quizapp-review-columns-1\n"


def read_month(path: Path, cache: Path | None) -> list[list[Any]]:
    """The raw columns of a month file, from the cache when it holds this very file.
    Raises OSError, ValueError, KeyError, TypeError or AttributeError if the file does not
    read as a month of stored reviews (the caller then reads it the validated way)."""
    with path.open("rb") as f:
        st = os.fstat(f.fileno())
        key = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        entry = _entry(cache, path) if cache is not None else None
        if entry is not None and (cached := _load(entry, key)) is not None:
            return cached
        columns = raw_columns(orjson.loads(f.read())["reviews"].values())
    if entry is not None:
        _save(entry, key, columns)
    return columns


def _entry(cache: Path, path: Path) -> Path:
    name = hashlib.blake2b(str(path.resolve()).encode(), digest_size=16).hexdigest()
    return cache / f"{name}.columns"


def _load(entry: Path, key: list[int]) -> list[list[Any]] | None:
    try:
        data = entry.read_bytes()
        head, payload = data[: len(MAGIC) + 8], data[len(MAGIC) + 8 :]
        if head[: len(MAGIC)] != MAGIC or int(head[len(MAGIC) :], 16) != zlib.crc32(payload):
            return None
        stored_key, columns = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if stored_key != key or not isinstance(columns, list):
        return None
    if not all(isinstance(c, list) and len(c) == len(columns[0]) for c in columns):
        return None
    return columns


def _save(entry: Path, key: list[int], columns: list[list[Any]]) -> None:
    """Write the entry whole or not at all (a temporary file renamed over it)."""
    pool: dict[str, str] = {}
    shared = [  # one copy of each string (marshal then writes a reference for the others)
        [pool.setdefault(v, v) if type(v) is str else v for v in column] for column in columns
    ]
    payload = marshal.dumps([key, shared])
    tmp = entry.with_suffix(f".{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(MAGIC + f"{zlib.crc32(payload):08x}".encode() + payload)
        tmp.replace(entry)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
