"""One writer per database: an advisory lock file that says who holds it."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from quizapp.store.errors import DatabaseLocked, DatabaseReadOnly

LOCK_NAME = "quizapp.lock"


class WriterLock:
    """Held for as long as a writable store is open; released by close() or process exit."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        try:
            # never through a symlink: the lock's contents would overwrite whatever it points at
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            self._f = os.fdopen(fd, "r+")
        except PermissionError:
            raise DatabaseReadOnly(
                f"{folder} is not writable; open it read-only (--read-only) or choose --db"
            ) from None
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            raise DatabaseReadOnly(
                f"{self.path} is a symbolic link; remove it (quizapp writes its lock there)"
            ) from None
        try:
            fcntl.flock(self._f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._f.seek(0)
            holder = _describe(self._f.read())
            self._f.close()
            raise DatabaseLocked(str(folder), holder) from None
        self._f.seek(0)
        self._f.truncate()
        self._f.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "since": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        )
        self._f.flush()

    def release(self) -> None:
        if not self._f.closed:
            fcntl.flock(self._f.fileno(), fcntl.LOCK_UN)
            self._f.close()


def _describe(text: str) -> str:
    try:
        info = json.loads(text)
        return f"quizapp process {info['pid']} on {info['host']} (since {info['since']})"
    except (ValueError, KeyError, TypeError):
        return "another quizapp process"
