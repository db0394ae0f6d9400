"""Store errors a user can meet; each message is one line that says what, where and what to do."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: str(error) is the one-line message shown to the user."""


class DatabaseLocked(StoreError):
    def __init__(self, path: str, holder: str) -> None:
        self.holder = holder
        super().__init__(
            f"{path} is in use by {holder}; close it there, or open it read-only (--read-only)"
        )


class DatabaseCorrupt(StoreError):
    def __init__(self, path: str, moved_to: str | None, detail: str, again: bool = False) -> None:
        self.moved_to = moved_to
        where = (
            f"it was moved aside to {moved_to}" if moved_to else "it was left as it is (read-only)"
        )
        if again:
            where = f"it was moved aside to {moved_to}; a new one is not started over it"
        super().__init__(
            f"{path} could not be read ({detail}); {where}. "
            "Run `quizapp db restore` to restore the newest good backup"
        )


class DatabaseReadOnly(StoreError):
    pass


class DatabaseWriteFailed(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass
