"""Where decks live: bundled with the package, the user's decks folder, and paths given.

Listing every deck parses every file, but a deck asked for by id need not: `find_deck` reads
only each file's top-level `id:` line (a regular expression over its bytes, no YAML parse) and
parses the files that declare that id, in listing order, until one loads with it. A file whose
id line cannot be read that way (quoted oddly, a tag, a flow mapping, two `id:` lines) is
parsed to learn its id, so the deck found is always the one `find_decks` would pick first. A
cold start asking for one deck thus validates that deck alone (not, say, the elements deck,
whose measured units need pint).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import MAX_DECK_BYTES, load_deck
from quizapp.facts.locations import DECK_SUFFIXES, bundled_dir, deck_files, user_dir
from quizapp.facts.model import Deck
from quizapp.facts.outline import DeckOutline, load_outline, plain_bytes

Origin = Literal["bundled", "user", "path"]


@dataclass(frozen=True)
class DeckEntry:
    path: Path
    origin: Origin
    deck: Deck | None
    error: DeckError | None

    @property
    def id(self) -> str:
        return self.deck.id if self.deck else self.path.stem


def _entry(path: Path, origin: Origin, known: Mapping[Path, Deck] | None = None) -> DeckEntry:
    if known and path in known:  # parsed already in this process (a lookup by id)
        return DeckEntry(path, origin, known[path], None)
    try:
        return DeckEntry(path, origin, load_deck(path), None)
    except DeckError as exc:
        return DeckEntry(path, origin, None, exc)


_ID_LINE = re.compile(rb"^id:[^\n]*$", re.M)  # what id_lines finds, for the tests to compare
_PLAIN_ID = re.compile(rb"id:[ \t]*(['\"]?)([A-Za-z0-9][A-Za-z0-9_.-]*)\1[ \t]*(?:#.*)?\r?")


def id_lines(raw: bytes, most: int = 2) -> list[bytes]:
    """The file's lines that begin with `id:` (without their newline), the first `most` of
    them: what `_ID_LINE.findall` gives, found with bytes.find instead of a regular
    expression tried at every line start (15 ms of a 3 MB deck's open)."""
    starts = [0] if raw.startswith(b"id:") else []
    at = raw.find(b"\nid:")
    while at != -1 and len(starts) < most:
        starts.append(at + 1)
        at = raw.find(b"\nid:", at + 1)
    lines = []
    for start in starts[:most]:
        end = raw.find(b"\n", start)
        lines.append(raw[start : len(raw) if end == -1 else end])
    return lines


def header_id(path: Path) -> str | None:
    """The id a deck file declares on its one top-level `id:` line, read without parsing the
    YAML; None when it is not plainly there (the file must then be parsed to know)."""
    try:
        if not path.is_file():  # a FIFO would hang: the loader says what is wrong with it
            return None
        with path.open("rb") as f:
            raw = f.read(MAX_DECK_BYTES + 1)
    except OSError:
        return None
    return declared_id(raw)


def declared_id(raw: bytes) -> str | None:
    """`header_id` of a file's bytes read already."""
    lines = id_lines(raw)  # two are enough to tell that there is not exactly one
    if len(lines) != 1:
        return None
    found = _PLAIN_ID.fullmatch(lines[0])
    return found.group(2).decode() if found else None


def deck_paths(extra: list[Path] | None = None, include_user: bool = True) -> list[Path]:
    """Every deck file in listing order (bundled, the user's, then the paths given)."""
    paths = deck_files(bundled_dir()) + (deck_files(user_dir()) if include_user else [])
    for path in extra or []:
        paths += deck_files(path) if path.is_dir() else [path]
    return paths


def find_deck(ref: str, extra: list[Path] | None = None, include_user: bool = True) -> Deck:
    """The first deck with this id in `find_decks`' order. Raises DeckError."""
    return locate_deck(ref, extra, include_user)[1]


def locate_deck(
    ref: str, extra: list[Path] | None = None, include_user: bool = True
) -> tuple[Path, Deck]:
    """The file and deck of the first deck with this id in `find_decks`' order, parsing only
    the files that declare it (or whose id line is unclear). Raises DeckError."""
    for path in deck_paths(extra, include_user):
        declared = header_id(path)
        if declared is not None and declared != ref:
            continue
        entry = _entry(path, "path")
        if entry.deck is not None and entry.deck.id == ref:
            return path, entry.deck
    return Path(ref), pick_deck(ref, [])


def locate_outline(
    ref: str, extra: list[Path] | None = None, include_user: bool = True
) -> tuple[Path, DeckOutline]:
    """`locate_deck`, giving the deck's outline: the same files tried in the same order, the
    deck built only for a file whose compiled outline is not kept. Raises DeckError."""
    for path in deck_paths(extra, include_user):
        raw = plain_bytes(path)  # read once, for the id line and the outline's key
        declared = header_id(path) if raw is None else declared_id(raw)
        if declared is not None and declared != ref:
            continue
        try:
            found = load_outline(path, raw)
        except DeckError:
            continue
        if found.id == ref:
            return path, found
    raise no_deck(ref)


def find_decks(
    extra: list[Path] | None = None,
    include_user: bool = True,
    known: Mapping[Path, Deck] | None = None,
) -> list[DeckEntry]:
    """Every deck we can see, bundled first; a broken file is listed with its error. Files in
    `known` (path -> deck parsed already) are not parsed again."""
    entries = [_entry(p, "bundled", known) for p in deck_files(bundled_dir())]
    if include_user:
        entries += [_entry(p, "user", known) for p in deck_files(user_dir())]
    return entries + read_deck_files(extra or [], known)


def read_deck_files(paths: list[Path], known: Mapping[Path, Deck] | None = None) -> list[DeckEntry]:
    """The decks in these files (a folder: the deck files in it), each loaded or with its error."""
    entries = []
    for path in paths:
        files = deck_files(path) if path.is_dir() else [path]
        entries += [_entry(p, "path", known) for p in files]
    return entries


def is_deck_path(ref: str) -> bool:
    """Whether a deck reference names a file (rather than a deck id)."""
    return Path(ref).suffix in DECK_SUFFIXES or os.sep in ref


def pick_deck(ref: str, entries: list[DeckEntry]) -> Deck:
    """The deck with this id among the entries. Raises DeckError."""
    for entry in entries:
        if entry.deck and entry.deck.id == ref:
            return entry.deck
    raise no_deck(ref)


def no_deck(ref: str) -> DeckError:
    """The one-line error for a deck id that no deck file declares."""
    from quizapp.facts.errors import Problem

    return DeckError([Problem(ref, 1, "no deck with this id (see `quizapp decks`)")])


def open_deck(ref: str, extra: list[Path] | None = None) -> Deck:
    """A deck by id (searching every folder) or by file path. Raises DeckError."""
    if is_deck_path(ref):
        return load_deck(Path(ref))
    return find_deck(ref, extra)
