"""The façade every front end uses (the TUI, the plain study mode, the CLI reports).

It opens the progress store and the decks, generates each deck's questions once, and hands
out study sessions. The clock and the random seed are injected, so front ends and tests can
fix time. The TUI never reaches past this module into the domain.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.facts.catalog import find_decks, open_deck
from quizapp.facts.model import Deck
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.review.queue import Counts, counts
from quizapp.review.session import StudySession
from quizapp.store import open_store
from quizapp.store.backups import create_backup
from quizapp.store.records import Mode
from quizapp.store.repository import TinyProgressStore

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DeckSummary:
    id: str
    title: str
    path: Path
    origin: str
    facts: int
    entities: int
    relations: int
    problem: str | None = None  # first problem of a deck that did not load


def list_decks(extra: list[Path] | None = None) -> list[DeckSummary]:
    rows: list[DeckSummary] = []
    for entry in find_decks(extra):
        if entry.deck is not None:
            d = entry.deck
            rows.append(
                DeckSummary(
                    d.id,
                    d.title,
                    entry.path,
                    entry.origin,
                    len(d.facts),
                    len(d.entities),
                    len(d.relations),
                )
            )
        else:
            assert entry.error is not None
            first = entry.error.problems[0] if entry.error.problems else None
            rows.append(
                DeckSummary(
                    entry.id,
                    "(cannot be loaded)",
                    entry.path,
                    entry.origin,
                    0,
                    0,
                    0,
                    str(first) if first else "unknown problem",
                )
            )
    return rows


@dataclass(frozen=True)
class LoadedDeck:
    deck: Deck
    items: dict[str, list[Question]]  # fact id -> questions anchored on it
    vocabulary: dict[str, str]


@dataclass(frozen=True)
class DeckStatus:
    deck_id: str
    title: str
    counts: Counts


class StudyService:
    def __init__(
        self,
        db: Path | None,
        *,
        read_only: bool = False,
        clock: Clock = utc_now,
        seed: int | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.seed = seed
        # nothing recorded yet: reading shows every card as new, and nothing is created
        missing = read_only and db is not None and not db.exists()
        self.store: TinyProgressStore = open_store(None if missing else db, read_only=read_only)
        self._decks: dict[str, LoadedDeck] = {}

    def load_deck(self, ref: str) -> LoadedDeck:
        if ref not in self._decks:
            deck = open_deck(ref)
            items: dict[str, list[Question]] = {}
            for question in generate_deck(deck, seed=self.seed or 0).questions:
                items.setdefault(question.fact_ids[0], []).append(question)
            self._decks[ref] = LoadedDeck(deck, items, DeckIndex(deck).vocabulary)
        return self._decks[ref]

    def status(
        self, learner: str, deck_refs: list[str], now: datetime | None = None
    ) -> list[DeckStatus]:
        at = now or self.clock()
        out = []
        for ref in deck_refs:
            loaded = self.load_deck(ref)
            cards = self.store.cards(learner, loaded.deck.id)
            out.append(
                DeckStatus(
                    loaded.deck.id,
                    loaded.deck.title,
                    counts([f.id for f in loaded.deck.facts], cards, at),
                )
            )
        return out

    def start(
        self,
        learner: str,
        deck_ref: str,
        mode: Mode = "scheduled",
        *,
        limit: int | None = None,
        topic: str | None = None,
        exam_date: datetime | None = None,
        exam_target: float = 0.9,
        backup: bool = True,
    ) -> StudySession:
        loaded = self.load_deck(deck_ref)
        now = self.clock()
        if not self.store.read_only:
            self.store.ensure_learner(learner, now)
            if backup and self.db is not None:
                self.store.compact()
                create_backup(self.db, "session", self.store.settings(learner).backups_to_keep, now)
        seed = self.seed if self.seed is not None else random.SystemRandom().randrange(2**32)
        rng = random.Random(seed)
        return StudySession(
            store=self.store,
            deck=loaded.deck,
            items=loaded.items,
            vocabulary=loaded.vocabulary,
            learner=learner,
            mode=mode,
            clock=self.clock,
            rng=rng,
            session_id=f"{now.strftime('%Y%m%dT%H%M%S')}-{rng.getrandbits(24):06x}",
            limit=limit,
            topic=topic,
            exam_date=exam_date,
            exam_target=exam_target,
        )

    def close(self) -> None:
        self.store.close()
