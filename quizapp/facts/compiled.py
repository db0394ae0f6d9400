"""Compiled decks: a deck file parsed and checked once, then kept in the user cache folder.

YAML is the authoring format; parsing it (and checking the deck) is by far the slowest part
of a start with a big deck. Once a deck file has loaded without problems, its validated
model is written as JSON under a key made of the file's bytes and of the code that read
them (the facts package's sources, the quizapp and pydantic versions). The next load of the
same bytes by the same code reads that JSON instead, with pydantic's JSON validator: the
same model, several times faster. Any change to the file or to the code gives another key,
so a stale entry is never used. A truncated or otherwise corrupt entry is ignored (and
replaced), and a one-line notice is kept for the front end to show (`take_notices`: on stderr
for the CLI, a notification in the TUI); the cache folder being unwritable only costs the
speed-up.

Folder: $QUIZAPP_CACHE if set, else the platform's user cache folder (platformdirs).
Other kinds of compiled data (the questions of a deck version) use the same helpers.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

import platformdirs

FORMAT = "1"  # bump when the entry layout changes
PACKAGE = Path(__file__).resolve().parents[1]  # quizapp/
_SOURCES: dict[int, tuple[object, str]] = {}  # id(deck) -> (the deck, its source's key)
_KEEP_SOURCES = 64  # decks remembered at most (a process loads a handful)
_NOTICES: list[str] = []  # one line per kind of damaged entry met, until taken
_WHAT = {
    "decks": "compiled deck",
    "deck-outlines": "deck outline",
    "questions-by-fact": "questions",
    "grading-vocabulary": "grading vocabulary",
}


def remember_source(deck: object, key: str) -> None:
    """Note the key of the bytes a (frozen) deck was loaded from: what is compiled from the
    deck (its questions) can then be keyed by it, with no need to serialise the deck again
    (dumping a 10k-fact deck to JSON cost a tenth of a start)."""
    if len(_SOURCES) >= _KEEP_SOURCES:
        _SOURCES.pop(next(iter(_SOURCES)))
    _SOURCES[id(deck)] = (deck, key)


def source_key(deck: object) -> str | None:
    """The key of the bytes this very deck object was loaded from, if it came from a file."""
    found = _SOURCES.get(id(deck))
    return found[1] if found is not None and found[0] is deck else None


def cache_dir() -> Path:
    override = os.environ.get("QUIZAPP_CACHE")
    if override:
        return Path(override)
    return platformdirs.user_cache_path("quizapp", appauthor=False)


@cache
def code_hash(*packages: str) -> str:
    """A digest of the sources of quizapp's given subpackages (and of the versions that
    shape the stored models): compiled data made by other code is never reused."""
    import pydantic

    from quizapp import __version__

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT}|{__version__}|{pydantic.VERSION}".encode())
    for name in packages:
        for path in sorted((PACKAGE / name).rglob("*.py")):
            h.update(str(path.relative_to(PACKAGE)).encode())
            try:
                h.update(path.read_bytes())
            except OSError:
                h.update(b"?")
    return h.hexdigest()


def key_for(kind: str, *parts: bytes | str) -> str:
    # SHA-256 (40 hex digits kept): with the CPU's SHA instructions about twice as fast as
    # BLAKE2b over a big deck's bytes, hashed at every open
    h = hashlib.sha256()
    h.update(kind.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:40]


def entry_path(kind: str, key: str) -> Path:
    return cache_dir() / kind / f"{key}.json"


def read_entry(kind: str, key: str) -> bytes | None:
    """The stored bytes under a key, checked to be a whole entry written for that key."""
    body = read_entry_view(kind, key)
    return None if body is None else body.tobytes()


def read_entry_view(kind: str, key: str) -> memoryview | None:
    """`read_entry`'s bytes, not copied out of the file's (a big deck's questions: 10 MB)."""
    try:
        data = entry_path(kind, key).read_bytes()
    except OSError:
        return None
    cut = data.find(b"\n")
    head, body = (data, b"") if cut < 0 else (data[:cut], memoryview(data)[cut + 1 :])
    if head != f"{key} {_digest(body)}".encode():
        note_damaged(kind)  # written for another key, truncated or damaged
        return None
    return memoryview(body)


def note_damaged(kind: str) -> None:
    """Keep a one-line notice that a damaged cache entry of this kind was met (and is being
    rebuilt): said once per kind until the front end takes the notices."""
    what = _WHAT.get(kind, kind)
    line = f"A damaged {what} cache entry was found and is rebuilt (folder {cache_dir()})."
    if line not in _NOTICES:
        _NOTICES.append(line)


def take_notices() -> list[str]:
    """The notices kept since the last call (each once), for the front end to show."""
    taken = list(_NOTICES)
    del _NOTICES[: len(taken)]
    return taken


def _digest(body: bytes | memoryview) -> str:
    return hashlib.sha256(body).hexdigest()[:32]  # as key_for: the fastest of hashlib's here


def write_entry(kind: str, key: str, body: bytes) -> None:
    """Store atomically (a reader sees the old entry, the new one, or none); never raises."""
    folder = cache_dir() / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(f"{key} {_digest(body)}\n".encode())
                f.write(body)
            Path(tmp).replace(folder / f"{key}.json")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return
