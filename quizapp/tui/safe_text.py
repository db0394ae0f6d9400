"""Text from decks, imports and learner names is data: never markup, never terminal control.

Textual parses markup in Static, Option and DataTable strings: an unbalanced ``[/]`` raises,
and ``[@click=app.quit]`` would become a live action. Every place that shows deck text or a
learner name passes it through `safe` (for strings parsed as markup) or `plain` (for Rich
Text built piece by piece). Decks may not contain control characters (the loader refuses them
with FILE:LINE), but learner names and older stored text might: both helpers strip them, so
an escape sequence never reaches the terminal.
"""

from __future__ import annotations

import re

from textual.markup import escape

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """`text` without control characters (newline and tab stay)."""
    return CONTROL.sub("", text)


def safe(text: str) -> str:
    """`text` to put in a string that Textual parses as markup: shown exactly as written."""
    return escape(plain(text))
