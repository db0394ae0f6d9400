"""Reading a CSV/TSV card file for import: its bytes within limits, its `#name:` header lines,
separator and columns, and its rows; a file that cannot be read at all raises `Unreadable`
with the one-line problem to show."""

from __future__ import annotations

import csv
import io
import re
import stat
from dataclasses import dataclass
from pathlib import Path

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", "space": " "}
MAX_FILE = 20 * 1024 * 1024


def _read(path: Path) -> bytes:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise OSError(0, "not a regular file")
    if info.st_size > MAX_FILE:
        raise OSError(0, f"larger than {MAX_FILE >> 20} MiB")
    return path.read_bytes()


class Unreadable(Exception):
    """The file cannot be imported at all; the message is its one problem line."""


@dataclass
class Layout:
    """Where a file's cards are: its header lines, separator and columns."""

    headers: dict[str, str]
    body_start: int  # the index of the first line after the headers
    sep: str
    columns: list[str]  # the #columns: names, lower case; empty without the header

    def column(self, words: tuple[str, ...], default: int) -> int:
        found = self.extra_column(words)
        return default if found is None else found

    def extra_column(self, words: tuple[str, ...]) -> int | None:
        return next((i for i, c in enumerate(self.columns) if any(w in c for w in words)), None)


def read_text(path: Path, name: str) -> str:
    """The file's text; a file that is missing or cannot be read is one line without a line
    number (it has no lines), text that is not UTF-8 is named by the line of its first bad
    byte."""
    try:
        data = _read(path)
    except FileNotFoundError:
        raise Unreadable(f"No such file: {name}") from None
    except OSError as exc:
        raise Unreadable(f"Cannot read {name}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise Unreadable(f"{name}:{line}: not UTF-8 text") from None


def layout_of(lines: list[str], name: str) -> Layout:
    headers: dict[str, str] = {}
    body_start = 0
    for i, line in enumerate(lines):
        m = re.match(r"#(\w+):(.*)$", line)
        if not m:
            break
        headers[m.group(1).lower()] = m.group(2).strip()
        body_start = i + 1
    sep = headers.get("separator")
    sep = (
        SEPARATORS.get(sep.lower(), sep)
        if sep
        else ("\t" if "\t" in "\n".join(lines[body_start:]) else ",")
    )
    if len(sep) != 1 or sep in '"\r\n':
        at = next(i for i, line in enumerate(lines, 1) if line.lower().startswith("#separator:"))
        raise Unreadable(
            f"{name}:{at}: #separator: is one character or one of "
            "Comma, Semicolon, Tab, Pipe, Space"
        )
    columns = (
        [c.strip().lower() for c in headers.get("columns", "").split(sep)]
        if "columns" in headers
        else []
    )
    if "columns" in headers and len(columns) < 2:
        raise Unreadable(_one_column(lines, headers["columns"], sep, name))
    return Layout(headers, body_start, sep, columns)


def _one_column(lines: list[str], names: str, sep: str, name: str) -> str:
    """Why `#columns:` naming one column stops the import (review r221: '#separator:tab' over
    comma lines read every line as one column, which was its own question and answer)."""
    at = next(i for i, line in enumerate(lines, 1) if line.lower().startswith("#columns:"))
    said = next((k for k, c in SEPARATORS.items() if c == sep), repr(sep))
    other = next((k for k, c in SEPARATORS.items() if c in names and c not in (sep, " ")), None)
    fix = f"say #separator:{other}" if other else "name a question and an answer column"
    return f"{name}:{at}: #columns: names one column when split by the separator ({said}); {fix}"


def rows_of(lines: list[str], layout: Layout, name: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO("\n".join(lines[layout.body_start :])), delimiter=layout.sep)
    try:
        return list(reader)
    except csv.Error as exc:  # a field over the csv module's limit, a stray quote...
        line = layout.body_start + reader.line_num
        raise Unreadable(f"{name}:{line}: cannot be read as CSV ({exc})") from None
