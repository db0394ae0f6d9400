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
from quizapp.review.day import day_ends, day_start, study_day, zone
from quizapp.review.marks import Counts, streak_and_week
from quizapp.review.personal import format_deck_retention as format_deck_retention
from quizapp.review.personal import parse_deck_retention as parse_deck_retention
from quizapp.review.plan import Plan, done_today, plan, plan_text
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
    vocabulary: dict[str, str]  # name -> 'kind:id', for the answer checker


@dataclass(frozen=True)
class DeckStatus:
    deck_id: str
    title: str
    counts: Counts
    plan: Plan | None = None  # what a review session would ask now, or when next
    timezone: str = "UTC"  # the learner's, for showing the plan's times


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
        self._broken: list[tuple[str, int]] = []

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
                elif entry.error is not None:
                    self._broken.append((str(entry.path), len(entry.error.problems)))
        return self._deck_list

    def broken_decks(self) -> list[tuple[str, int]]:
        """(path, number of problems) of every deck file that does not load."""
        self.deck_ids()
        return self._broken

    def load_deck(self, ref: str) -> LoadedDeck:
        from quizapp.generate.index import DeckIndex
        from quizapp.question_cache import generated_questions

        if ref not in self._decks:
            deck = self.deck(ref)
            items: dict[str, list[Question]] = {}
            for question in generated_questions(deck, self.seed or 0):
                items.setdefault(question.fact_ids[0], []).append(question)
            self._decks[ref] = LoadedDeck(deck, items, DeckIndex(deck).grading_vocabulary)
        return self._decks[ref]

    def status(
        self, learner: str, deck_refs: list[str], now: datetime | None = None
    ) -> list[DeckStatus]:
        at = now or self.clock()
        s = self.store.settings(learner)
        ends = day_ends(at, s.day_starts_at_hour, s.timezone)
        start = day_start(
            study_day(at, s.day_starts_at_hour, s.timezone), s.day_starts_at_hour, s.timezone
        )
        today = list(self.store.reviews(learner, since=start))
        out = []
        for ref in deck_refs:
            deck = self.deck(ref)
            cards = self.store.cards(learner, deck.id)
            facts = [f.id for f in deck.facts]
            ahead = plan(facts, cards, at, s, *done_today(cards, today, deck.id, start))
            out.append(
                DeckStatus(deck.id, deck.title, counts(facts, cards, at, ends), ahead, s.timezone)
            )
        return out

    def plan_text(self, learner: str, deck_ref: str) -> tuple[bool, str]:
        """Whether a review session of the deck has anything to ask (now or within the
        learn-ahead window), and the line that says what is due or what comes next."""
        (row,) = self.status(learner, [deck_ref])
        assert row.plan is not None
        return row.plan.ready, plan_text(row.plan, row.timezone)

    def topic_id(self, deck_ref: str, name: str) -> str | None:
        """The topic a learner names, by id or by title (any case), or None if none matches."""
        wanted = normalise(name)
        for t in self.deck(deck_ref).topics:
            if wanted in (normalise(t.id), normalise(t.title)):
                return t.id
        return None

    def practice_facts(self, learner: str, deck_ref: str, topic: str | None) -> int:
        """How many facts a practice session of the deck (or one topic) could ask."""
        deck = self.deck(deck_ref)
        cards = self.store.cards(learner, deck.id)
        return sum(
            1
            for f in deck.facts
            if (topic is None or topic in f.topics)
            and not ((c := cards.get(f.id)) is not None and c.suspended)
        )

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
                # named and ordered by the real clock, never by a pretended --now
                create_backup(self.db, "session", self.store.settings(learner).backups_to_keep)
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
        local = zone(self.store.settings(learner).timezone)  # times in the learner's zone
        titles = {t.id: t.title for t in deck.topics}
        needle = normalise(query)
        rows = []
        for fact in deck.facts:
            statement = ix.say(ix.relations[fact.relation].templates.statement, fact)
            words = " ".join(
                [statement, fact.id, *fact.topics, *(titles.get(t, t) for t in fact.topics)]
            )
            if needle and needle not in normalise(words):
                continue
            card = cards.get(fact.id)
            rows.append(
                FactRow(
                    fact.id,
                    statement,
                    titles.get(fact.topics[0], fact.topics[0]),
                    phase(card),
                    due_at(card).astimezone(local) if card and card.seen else None,
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

    def reset(self, learner: str, deck_ref: str, fact_id: str) -> CardState | None:
        """Forget the card's schedule: it becomes new again (its review history stays).
        Returns the card as it was, for `restore_card` (undo)."""
        deck_id = self.deck(deck_ref).id
        before = self.store.cards(learner, deck_id).get(fact_id)
        self.store.put_card(
            CardState(
                learner=learner,
                deck_id=deck_id,
                fact_id=fact_id,
                fsrs=new_card(fact_id, self.clock()),
            )
        )
        return before

    def restore_card(
        self, learner: str, deck_ref: str, fact_id: str, card: CardState | None
    ) -> None:
        """Undo a reset: put the card back as `reset` returned it (None: it was never studied)."""
        if card is None:
            self.reset(learner, deck_ref, fact_id)
        else:
            self.store.put_card(card)

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
        figures = compute(reviews, cards, self.store.settings(learner), topics, at, deck_id, since)
        figures.fact_names, figures.topic_names = self._names(decks)
        return figures

    def _names(self, decks: list[Deck]) -> tuple[dict[str, str], dict[str, str]]:
        """Fact statements and topic titles, so reports speak in words, not ids."""
        from quizapp.generate.index import DeckIndex

        facts: dict[str, str] = {}
        topics: dict[str, str] = {}
        for deck in decks:
            ix = DeckIndex(deck)
            for fact in deck.facts:
                facts[fact.id] = ix.say(ix.relations[fact.relation].templates.statement, fact)
            topics |= {t.id: t.title for t in deck.topics}
        return facts, topics

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
