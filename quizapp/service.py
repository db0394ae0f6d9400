"""The façade every front end uses (the TUI, the plain study mode, the CLI reports).

It opens the progress store and the decks, generates each deck's questions once, and hands
out study sessions. The clock and the random seed are injected, so front ends and tests can
fix time. The TUI never reaches past this module into the domain.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.facts.catalog import find_decks, open_deck
from quizapp.facts.model import Deck
from quizapp.facts.normalise import normalise
from quizapp.review.day import study_day
from quizapp.review.marks import Counts, streak_and_week
from quizapp.review.personal import format_deck_retention as format_deck_retention
from quizapp.review.personal import parse_deck_retention as parse_deck_retention
from quizapp.review.queue import counts
from quizapp.review.scheduler import due_at, new_card, phase
from quizapp.store.records import CardState, DayTally, Mode, OptimizeRun, Review, Settings
from quizapp.store.repository import TinyProgressStore, open_store

if TYPE_CHECKING:  # generation and sessions load when a study session starts, not at start-up
    from quizapp.generate.question import Question
    from quizapp.report.figures import Figures
    from quizapp.review.session import StudySession

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


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
        self._parsed: dict[str, Deck] = {}
        self._deck_list: list[tuple[str, str]] | None = None

    def deck(self, ref: str) -> Deck:
        """The deck alone (no questions generated): enough for counts and browsing."""
        if ref not in self._parsed:
            self._parsed[ref] = open_deck(ref)
        return self._parsed[ref]

    def deck_ids(self) -> list[tuple[str, str]]:
        """(id, title) of every deck that loads; the deck files are read once per service."""
        if self._deck_list is None:
            self._deck_list = []
            for entry in find_decks():
                if entry.deck is not None:
                    self._parsed.setdefault(entry.deck.id, entry.deck)
                    self._deck_list.append((entry.deck.id, entry.deck.title))
        return self._deck_list

    def load_deck(self, ref: str) -> LoadedDeck:
        from quizapp.generate.index import DeckIndex
        from quizapp.generate.registry import generate_deck

        if ref not in self._decks:
            deck = self.deck(ref)
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
            deck = self.deck(ref)
            cards = self.store.cards(learner, deck.id)
            out.append(
                DeckStatus(deck.id, deck.title, counts([f.id for f in deck.facts], cards, at))
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
        from quizapp.review.session import StudySession
        from quizapp.store.backups import create_backup

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

    # -- what the home, browse and settings screens show ---------------------------------
    def learners(self) -> list[str]:
        return [lr.name for lr in self.store.learners()]

    def settings(self, learner: str) -> Settings:
        return self.store.settings(learner)

    def save_settings(self, settings: Settings) -> None:
        self.store.save_settings(settings)

    def optimize(self, learner: str) -> OptimizeRun:
        """Fit FSRS parameters to the learner's log; adopted (and saved) if they predict the
        held-out reviews better. Raises review.optimize.OptimizeError if the log is too short."""
        from quizapp.review.optimize import apply, fit

        settings = self.store.settings(learner)
        result = fit(self.store.reviews(learner), settings, self.clock())
        if not self.store.read_only:
            self.store.save_settings(apply(settings, result))
        return result.run

    def optimize_status(self, learner: str) -> str:
        """When personal parameters were last fitted, and whether they are in use."""
        from quizapp.review.personal import last_run

        return last_run(self.store.settings(learner))

    def optimize_suggestion(self, learner: str) -> str | None:
        """A one-line nudge once the learner has answered enough (from the day tallies)."""
        from quizapp.review.personal import suggestion

        answered = sum(t.answered for t in self.store.day_tallies(learner))
        return suggestion(self.store.settings(learner), answered)

    def today(self, learner: str, now: datetime | None = None) -> Today:
        """Today's answers, the streak of study days, and the last 7 days, from the day tallies."""
        at = now or self.clock()
        s = self.store.settings(learner)
        streak, week = streak_and_week(
            self._tallies(learner), study_day(at, s.day_starts_at_hour, s.timezone)
        )
        days = [
            DayTally(learner=learner, day=d, answered=a, correct=c, ms=ms) for d, a, c, ms in week
        ]
        return Today(days[-1].answered, days[-1].correct, days[-1].ms, streak, days)

    def _tallies(self, learner: str) -> dict[date, tuple[int, int, int]]:
        return {
            t.day: (t.answered, t.correct, t.ms)
            for t in self.store.day_tallies(learner)
            if t.answered
        }

    def write_home_cache(self, learner: str) -> None:
        """After closing: what the home screen needs next time, keyed to the files' state."""
        from quizapp import home_cache
        from quizapp.review.queue import marks_of

        if self.db is None or self.store.read_only:
            return
        decks = []
        for deck_id, title in self.deck_ids():
            cards = self.store.cards(learner, deck_id)
            marks = [
                marks_of(cards[f.id]) if f.id in cards else None for f in self.deck(deck_id).facts
            ]
            decks.append((deck_id, title, marks))
        s = self.store.settings(learner)
        home_cache.write(
            self.db, learner, decks, self._tallies(learner), s.day_starts_at_hour, s.timezone
        )

    def browse(self, learner: str, deck_ref: str, query: str = "") -> list[FactRow]:
        from quizapp.generate.index import DeckIndex

        deck = self.deck(deck_ref)
        cards = self.store.cards(learner, deck.id)
        ix = DeckIndex(deck)
        needle = normalise(query)
        rows = []
        for fact in deck.facts:
            statement = ix.say(ix.relations[fact.relation].templates.statement, fact)
            if needle and needle not in normalise(f"{statement} {fact.id} {' '.join(fact.topics)}"):
                continue
            card = cards.get(fact.id)
            rows.append(
                FactRow(
                    fact.id,
                    statement,
                    fact.topics[0],
                    phase(card),
                    due_at(card) if card and card.seen else None,
                    card.lapses if card else 0,
                    bool(card and card.suspended),
                    bool(card and card.leech),
                    ix.citation(fact),
                    fact.explanation,
                )
            )
        return rows

    def set_suspended(self, learner: str, deck_ref: str, fact_id: str, suspended: bool) -> None:
        deck_id = self.deck(deck_ref).id
        card = self.store.cards(learner, deck_id).get(fact_id) or CardState(
            learner=learner, deck_id=deck_id, fact_id=fact_id, fsrs=new_card(fact_id, self.clock())
        )
        self.store.put_card(
            card.model_copy(update={"suspended": suspended, "leech": card.leech and suspended})
        )

    def reset(self, learner: str, deck_ref: str, fact_id: str) -> None:
        """Forget the card's schedule: it becomes new again (its review history stays)."""
        deck_id = self.deck(deck_ref).id
        self.store.put_card(
            CardState(
                learner=learner,
                deck_id=deck_id,
                fact_id=fact_id,
                fsrs=new_card(fact_id, self.clock()),
            )
        )

    def report(
        self,
        learner: str,
        deck_ref: str | None = None,
        since: date | None = None,
        now: datetime | None = None,
    ) -> Figures:
        """Every report figure for a learner (one deck, or all), from the log and the cards."""
        from quizapp.report.figures import compute

        at = now or self.clock()
        refs = [deck_ref] if deck_ref else [d for d, _ in self.deck_ids()]
        decks = [self.deck(r) for r in refs]
        topics = {f.id: f.topics[0] for d in decks for f in d.facts}
        cards: list[CardState] = []
        for d in decks:
            stored = self.store.cards(learner, d.id)
            cards += stored.values()
            cards += [
                CardState(learner=learner, deck_id=d.id, fact_id=f.id, fsrs={})  # never studied
                for f in d.facts
                if f.id not in stored
            ]
        # reviews from before `since` still matter: they say how long a fact had rested
        reviews = [r for r in self.store.review_rows(learner) if r["reviewed_at"] <= at]
        deck_id = decks[0].id if deck_ref else None
        return compute(reviews, cards, self.store.settings(learner), topics, at, deck_id, since)

    def review_log(self, learner: str, deck_ref: str | None = None) -> list[Review]:
        deck_id = self.deck(deck_ref).id if deck_ref else None
        return [r for r in self.store.reviews(learner) if deck_id is None or r.deck_id == deck_id]

    def close(self, home_cache_for: str | None = None) -> None:
        """Close the store; with a learner, first leave the home screen's cache for next time."""
        from quizapp.store.errors import StoreError

        if home_cache_for is not None:
            try:
                self.store.compact()
                self.write_home_cache(home_cache_for)
            except (OSError, StoreError):
                pass  # only a cache: the next start loads the numbers the slow way
        self.store.close()


@dataclass(frozen=True)
class Today:
    answered: int
    correct: int
    ms: int
    streak: int
    week: list[DayTally]


@dataclass(frozen=True)
class FactRow:
    fact_id: str
    statement: str
    topic: str
    phase: str
    due: datetime | None
    lapses: int
    suspended: bool
    leech: bool
    citation: str
    explanation: str
