"""A card table written to a file and read back: what `quizapp import` makes of its text."""

from __future__ import annotations

from pathlib import Path

from quizapp.facts.importer import ImportResult, read_table


def table_of(path: Path, text: str) -> ImportResult:
    """Write the text to the path and read it as `quizapp import` does."""
    path.write_text(text, encoding="utf-8")
    return read_table(path)
