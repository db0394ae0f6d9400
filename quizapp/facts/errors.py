"""Deck errors: every problem names the file, the line and the field path."""

from __future__ import annotations

from dataclasses import dataclass

Loc = tuple[str | int, ...]


def format_loc(loc: Loc) -> str:
    """('facts', 12, 'object') -> 'facts[12].object'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str
    loc: Loc = ()

    def __str__(self) -> str:
        where = f" (at {format_loc(self.loc)})" if self.loc else ""
        return f"{self.file}:{self.line}: {self.message}{where}"


class DeckError(Exception):
    """A deck file that cannot be used; carries every problem found, in line order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))
