"""The append-only journal: one line per commit, each with a CRC, fsynced before we return.

Why a journal: TinyDB rewrites a whole JSON file per write, so the cost of one answer would
grow with history. Appending one short line and fsyncing it costs the same at 1k or 100k
reviews. The JSON snapshots catch up at compaction (close, or when the journal grows long).

A crash mid-append leaves a torn last line; its CRC fails and it is ignored. It was never
acknowledged, since acknowledgement comes only after fsync returns. Replay is idempotent:
every op puts a whole document (or deletes one), so replaying twice changes nothing.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

# (partition, table, doc_id, document or None to delete)
Op = tuple[str, str, str, dict[str, Any] | None]


def encode(ops: list[Op]) -> bytes:
    payload = json.dumps(ops, separators=(",", ":"), ensure_ascii=False)
    return f"{zlib.crc32(payload.encode()):08x} {payload}\n".encode()


def read(path: Path) -> tuple[list[list[Op]], bool]:
    """Every intact commit in order, and whether a damaged tail was found (and skipped)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return [], False
    commits: list[list[Op]] = []
    for line in raw.split(b"\n"):
        if not line:
            continue
        head, _, payload = line.partition(b" ")
        try:
            ok = int(head, 16) == zlib.crc32(payload)
            ops = json.loads(payload) if ok else None
        except ValueError:
            ok, ops = False, None
        if not ok or not isinstance(ops, list):
            return commits, True  # a torn or damaged tail: nothing after it was acknowledged
        commits.append([(str(p), str(t), str(d), doc) for p, t, d, doc in ops])
    return commits, False


class JournalWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._f = path.open("ab")
        self.count = len(read(path)[0])

    def append(self, ops: list[Op]) -> None:
        """Write and fsync one commit; on failure, cut the file back so no partial line stays."""
        size = self._f.tell()
        try:
            self._f.write(encode(ops))
            self._f.flush()
            os.fsync(self._f.fileno())
        except OSError:
            try:
                self._f.truncate(size)
                self._f.seek(size)
            except OSError:
                pass
            raise
        self.count += 1

    def reset(self) -> None:
        """Empty the journal once every commit in it is safe in the snapshots."""
        self._f.truncate(0)
        self._f.seek(0)
        self._f.flush()
        os.fsync(self._f.fileno())
        self.count = 0

    def close(self) -> None:
        self._f.close()
