"""The decks a process can see: each parsed once, indexed once, its questions generated once.

Every deck file is read by `entries()` the first time the list of decks is asked for, then
kept. A deck named by id is looked up in that list once it is read; before, only the files that
declare that id are parsed (`find_deck`), so a command or a study start by id validates one
deck, not all of them. A deck named by path is parsed once and kept under its path. So
`quizapp status` with N decks parses N files (not N + N² as when each lookup scanned every
folder again), and the TUI's home, browse, reports and study all share one parse.
Questions are generated (or read from the question cache) on the first session of a deck.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.facts.catalog import (
    DeckEntry,
    find_decks,
    is_deck_path,
    locate_deck,
    locate_outline,
    pick_deck,
    read_deck_files,
)
from quizapp.facts.errors import DeckError, Problem
from quizapp.facts.loader import deck_warnings_of, load_deck
from quizapp.facts.model import Deck
from quizapp.facts.outline import DeckOutline, load_outline, outline_of
from quizapp.gc_pause import gc_paused
from quizapp.store.fast_load import no_settling, settle

__all__ = ["DeckCatalog", "DeckEntry", "LoadedDeck", "SessionDeck"]

if TYPE_CHECKING:  # generation loads when a study session starts, not at start-up
    from quizapp.generate.index import DeckIndex
    from quizapp.generate.question import Question


@dataclass(frozen=True)
class LoadedDeck:
    deck: Deck
    items: Mapping[str, list[Question]]  # fact id -> questions anchored on it (lazy)
    vocabulary: dict[str, str]  # name -> 'kind:id', for the answer checker


@dataclass(frozen=True)
class SessionDeck:
    """What a study session starts with: the deck's outline, its questions and vocabulary,
    and the deck itself on demand (built only when first asked for)."""

    outline: DeckOutline
    items: Mapping[str, list[Question]]
    vocabulary: dict[str, str]
    full: Callable[[], Deck]


class DeckCatalog:
    def __init__(
        self, seed: int | None = None, extra: list[Path] | None = None, include_user: bool = True
    ) -> None:
        self.seed = seed
        self.extra, self.include_user = extra, include_user  # more folders; the user's decks?
        self._entries: list[DeckEntry] | None = None
        self._by_id: dict[str, Deck] = {}
        self._by_path: dict[str, Deck] = {}
        self._by_file: dict[Path, Deck] = {}  # files parsed by a lookup by id
        self._indexes: dict[str, DeckIndex] = {}
        self._loaded: dict[str, LoadedDeck] = {}
        self._outlines: dict[str, DeckOutline] = {}
        self._outline_files: dict[str, Path] = {}  # id -> the file its outline was read from
        self._starts: dict[str, SessionDeck] = {}
        # the TUI loads a deck's questions ahead on one thread while others read decks or
        # start a session: one lock for the decks, another (held longer) for the questions
        self._lock = threading.RLock()
        self._questions_lock = threading.Lock()

    def entries(self) -> list[DeckEntry]:
        """Every deck file seen (bundled, then the user's), loaded or with its error."""
        with self._lock:
            return self._find_entries()

    def _find_entries(self) -> list[DeckEntry]:
        if self._entries is None:
            self._entries = find_decks(self.extra, self.include_user, self._by_file)
            for entry in self._entries:
                if entry.deck is not None:
                    self._by_id.setdefault(entry.deck.id, entry.deck)  # the first one wins
        return self._entries

    def add(self, deck: Deck) -> None:
        """A deck held in memory, not in a file (simulations, benchmarks): found by its id."""
        self._by_id[deck.id] = deck

    @staticmethod
    def files(paths: list[Path]) -> list[DeckEntry]:
        """Only the decks in these files or folders (no other deck is read)."""
        return read_deck_files(paths)

    @staticmethod
    def warnings(entry: DeckEntry) -> list[Problem]:
        """The authoring warnings of a deck that loaded (unused entities and relations), by line."""
        return deck_warnings_of(entry.path, entry.deck) if entry.deck is not None else []

    def ids(self) -> list[tuple[str, str]]:
        """(id, title) of every deck that loads."""
        return [(e.deck.id, e.deck.title) for e in self.entries() if e.deck is not None]

    def broken(self) -> list[tuple[str, int]]:
        """(path, number of problems) of every deck file that does not load."""
        return [(str(e.path), len(e.error.problems)) for e in self.entries() if e.error]

    def deck(self, ref: str) -> Deck:
        """A deck by id or by file path (no questions generated). Raises DeckError. The
        collector is paused while a deck's thousands of models are built: it would otherwise
        scan them (and everything already loaded) many times over, most of a big deck's load."""
        with self._lock, gc_paused():
            known = len(self._by_id) + len(self._by_path)
            deck = self._deck(ref)
            if len(self._by_id) + len(self._by_path) != known:
                settle()  # a deck just loaded: kept for the process, no collection need walk it
            return deck

    def _deck(self, ref: str) -> Deck:
        if is_deck_path(ref):
            if ref not in self._by_path:
                self._by_path[ref] = load_deck(Path(ref))
            return self._by_path[ref]
        if ref not in self._by_id and ref in self._outline_files:  # the file the outline named
            path = self._outline_files.pop(ref)
            try:
                deck: Deck | None = load_deck(path)
            except DeckError:  # changed since: looked for again below
                deck = None
            if deck is not None and deck.id == ref:
                self._by_id[ref] = self._by_file[path] = deck
        if ref not in self._by_id:
            if self._entries is not None:  # every file read already
                pick_deck(ref, self._entries)  # raises the one-line "no deck with this id"
            else:
                path, self._by_id[ref] = locate_deck(ref, self.extra, self.include_user)
                self._by_file[path] = self._by_id[ref]  # the listing will not parse it again
        return self._by_id[ref]

    def index(self, ref: str) -> DeckIndex:
        """The deck's index (names, templates, citations), built once."""
        from quizapp.generate.index import DeckIndex

        with self._lock:
            if ref not in self._indexes:
                self._indexes[ref] = DeckIndex(self.deck(ref))
            return self._indexes[ref]

    def _vocabulary(self, ref: str) -> dict[str, str]:
        return self.index(ref).grading_vocabulary

    def prepared(self, ref: str) -> bool:
        """Whether the deck's questions are loaded already (a study start waits for none)."""
        return ref in self._loaded

    def loaded(self, ref: str) -> LoadedDeck:
        """The deck with its generated questions, by fact, and the checker's vocabulary."""
        from quizapp.question_cache import grading_vocabulary, questions_by_fact

        with self._questions_lock, gc_paused():
            if ref not in self._loaded:
                deck = self.deck(ref)
                with no_settling():  # generating leaves cycles: never frozen, collectable
                    items = questions_by_fact(deck, self.seed or 0)
                    vocabulary = grading_vocabulary(deck, lambda: self._vocabulary(ref))
                self._loaded[ref] = LoadedDeck(deck, items, vocabulary)
            return self._loaded[ref]

    def outline(self, ref: str) -> DeckOutline:
        """What a study start needs of a deck (facts/outline.py), by id or by path: from the
        deck if it is built already, else from its compiled outline, without building it."""
        with self._lock, gc_paused():
            if ref not in self._outlines:
                self._outlines[ref] = self._find_outline(ref)
                settle()  # kept for the process, like the decks
            return self._outlines[ref]

    def _find_outline(self, ref: str) -> DeckOutline:
        built = self._by_path.get(ref) if is_deck_path(ref) else self._by_id.get(ref)
        if built is not None or (self._entries is not None and not is_deck_path(ref)):
            return outline_of(self.deck(ref))
        if is_deck_path(ref):
            return load_outline(Path(ref))
        path, found = locate_outline(ref, self.extra, self.include_user)
        self._outline_files[ref] = path
        return found

    def session_deck(self, ref: str) -> SessionDeck:
        """The outline, questions and vocabulary a session starts with: from the cache, with
        no deck built when all three are kept there (the deck is built when first needed)."""
        outline = self.outline(ref)
        source = outline.source
        if source is None or ref in self._loaded:  # a deck made in memory, or loaded already
            loaded = self.loaded(ref)
            return SessionDeck(outline, loaded.items, loaded.vocabulary, lambda: loaded.deck)
        from quizapp.question_cache import questions_of_source, vocabulary_of_source

        with self._questions_lock, gc_paused():
            if ref not in self._starts:

                def full() -> Deck:
                    return self.deck(ref)

                with no_settling():  # generating leaves cycles: never frozen, collectable
                    items = questions_of_source(source, self.seed or 0, full)
                    vocabulary = vocabulary_of_source(source, lambda: self._vocabulary(ref))
                self._starts[ref] = SessionDeck(outline, items, vocabulary, full)
            return self._starts[ref]
