"""Cache entries written whole or not at all, read back only when intact: a magic line naming
the format, the payload's CRC-32, then the payload (marshal). The month-column cache
(month_cache.py) and the report's kept tally (service/kept_tally.py) keep their entries so; a
damaged, foreign or half-written entry reads as None, and the caller counts afresh."""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from pathlib import Path
from typing import Any


def read_sealed(entry: Path, magic: bytes) -> Any:
    """The entry's value, or None if it is missing, damaged or of another format."""
    try:
        data = entry.read_bytes()
        head, payload = data[: len(magic) + 8], data[len(magic) + 8 :]
        if head[: len(magic)] != magic or int(head[len(magic) :], 16) != zlib.crc32(payload):
            return None
        return marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_sealed(entry: Path, magic: bytes, value: Any) -> None:
    """Write the entry whole or not at all (a temporary file renamed over it); a cache that
    cannot be written is no error."""
    payload = marshal.dumps(value)
    tmp = entry.with_suffix(f".{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(magic + f"{zlib.crc32(payload):08x}".encode() + payload)
        tmp.replace(entry)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
