"""Helpers shared by commands: printing problems, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

from quizapp.facts.errors import DeckError

EXIT_OK = 0
EXIT_USAGE = 2  # a bad deck, bad arguments, a missing file: the user can fix it
EXIT_INTERRUPTED = 130


def report_deck_error(error: DeckError) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    return EXIT_USAGE


def write_output(text: str, output: Path | None) -> int:
    """Write to a file (atomically enough: whole text at once) or stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return EXIT_OK
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"{output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK
