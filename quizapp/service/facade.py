"""The façade every front end uses: the TUI, the plain study mode and the CLI commands.

The rule, checked by import contracts and tests/unit/test_architecture.py: a front end
(quizapp.tui, quizapp.commands) reads and changes a learner's progress only through
`StudyService` and opens decks only through its `DeckCatalog`; it never opens the store or
reads the deck files itself, and never reaches through the façade to its `store`. It may
use the domain's value types (a Question, a Feedback, Settings) and pure helpers such as the
answer checker and the renderers. `quizapp db` (check, backup, restore) administers the
store files themselves and is the one command that opens them directly.

The façade holds one manager per noun and each method is a one-line call into one of them:
`catalog` (decks parsed, indexed and generated once per process), `decks` (a deck's
standing for a learner), `cards` (browse, suspend, reset), `progress` (learners, settings,
personal parameters, today), `reports` (figures and the log), and study sessions. The clock
and the random seed are injected, so front ends and tests can fix time.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.clock import Clock, utc_now
from quizapp.facts.model import Deck
from quizapp.review.personal import format_deck_retention as format_deck_retention
from quizapp.review.personal import parse_deck_retention as parse_deck_retention
from quizapp.service.cards import Cards, FactRow
from quizapp.service.catalog import DeckCatalog, LoadedDeck
from quizapp.service.decks import DeckProgress, DeckStatus
from quizapp.service.progress import LearnerProgress, Today
from quizapp.service.reports import Reports
from quizapp.store.records import CardState, Mode, OptimizeRun, Review, Settings
from quizapp.store.repository import TinyProgressStore, open_store

if TYPE_CHECKING:  # generation and sessions load when a study session starts, not at start-up
    from quizapp.report.figures import Figures
    from quizapp.review.session import StudySession

__all__ = ["Clock", "DeckStatus", "FactRow", "LoadedDeck", "StudyService", "Today", "utc_now"]


class StudyService:
    def __init__(
        self,
        db: Path | None,
        *,
        read_only: bool = False,
        clock: Clock = utc_now,
        seed: int | None = None,
        catalog: DeckCatalog | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.seed = seed
        # nothing recorded yet: reading shows every card as new, and nothing is created
        missing = read_only and db is not None and not db.exists()
        self.store: TinyProgressStore = open_store(None if missing else db, read_only=read_only)
        self.catalog = catalog if catalog is not None else DeckCatalog(seed)
        self.decks = DeckProgress(self.store, self.catalog)
        self.cards = Cards(self.store, self.catalog)
        self.progress = LearnerProgress(self.store)
        self.reports = Reports(self.store, self.catalog)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def notices(self) -> list[str]:
        """Damage found in the database at open and kept aside, one line each."""
        return [str(n) for n in self.store.engine.notices]

    def cache_notices(self) -> list[str]:
        """Damaged cache entries met since the last call (each rebuilt), one line each."""
        from quizapp.facts import compiled

        return compiled.take_notices()

    # -- decks ---------------------------------------------------------------------------
    def deck(self, ref: str) -> Deck:
        """The deck alone (no questions generated): enough for counts and browsing."""
        return self.catalog.deck(ref)

    def deck_ids(self) -> list[tuple[str, str]]:
        """(id, title) of every deck that loads; the deck files are read once per catalog."""
        return self.catalog.ids()

    def broken_decks(self) -> list[tuple[str, int]]:
        """(path, number of problems) of every deck file that does not load."""
        return self.catalog.broken()

    def load_deck(self, ref: str) -> LoadedDeck:
        return self.catalog.loaded(ref)

    def status(
        self, learner: str, deck_refs: list[str], now: datetime | None = None
    ) -> list[DeckStatus]:
        return self.decks.status(learner, deck_refs, now or self.clock())

    def plan_text(self, learner: str, deck_ref: str) -> tuple[bool, str]:
        return self.decks.plan_text(learner, deck_ref, self.clock())

    def topic_id(self, deck_ref: str, name: str) -> str | None:
        return self.decks.topic_id(deck_ref, name)

    def practice_facts(self, learner: str, deck_ref: str, topic: str | None) -> int:
        return self.decks.practice_facts(learner, deck_ref, topic)

    # -- study ---------------------------------------------------------------------------
    def prepare_study(self, deck_ref: str) -> None:
        """Load ahead what starting to study this deck needs and the learner's choices do not
        change: the session code, the deck's questions (read from the cache, or generated)
        and its grading vocabulary. The TUI calls it while home is up, so `s` then waits for
        none of it; calling it is never needed, only faster."""
        import gc

        from quizapp.service.study import import_session_code

        import_session_code()
        if not self.catalog.prepared(deck_ref):
            self.catalog.loaded(deck_ref)
            # generating leaves cyclic garbage (a deck index and its argument point at each
            # other): a full collection of it took 0.25 s at load 25, and it fell on the first
            # `s` about as often as not; collected here, while home is up, it never does
            gc.collect()

    def questions_ready(self, deck_ref: str) -> bool:
        """Whether starting to study this deck waits for none of its questions (loaded ahead
        by prepare_study); else the first start of a deck version generates them."""
        return self.catalog.prepared(deck_ref)

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
        from quizapp.service.study import start_session

        return start_session(
            self.store,
            self.catalog,
            self.decks,
            self.db,
            self.clock,
            learner,
            deck_ref,
            mode,
            limit=limit,
            topic=topic,
            exam_date=exam_date,
            exam_target=exam_target,
            backup=backup,
        )

    # -- learners, settings, personal parameters -----------------------------------------
    def learners(self) -> list[str]:
        return self.progress.learners()

    def settings(self, learner: str) -> Settings:
        return self.progress.settings(learner)

    def save_settings(self, settings: Settings) -> None:
        self.progress.save_settings(settings)

    def optimize(self, learner: str) -> OptimizeRun:
        return self.progress.optimize(learner, self.clock())

    def optimize_status(self, learner: str) -> str:
        return self.progress.optimize_status(learner)

    def optimize_suggestion(self, learner: str) -> str | None:
        return self.progress.optimize_suggestion(learner)

    def today(self, learner: str, now: datetime | None = None) -> Today:
        return self.progress.today(learner, now or self.clock())

    # -- cards ---------------------------------------------------------------------------
    def browse(self, learner: str, deck_ref: str, query: str = "") -> list[FactRow]:
        return self.cards.browse(learner, deck_ref, query)

    def set_suspended(self, learner: str, deck_ref: str, fact_id: str, suspended: bool) -> None:
        self.cards.set_suspended(learner, deck_ref, fact_id, suspended, self.clock())

    def reset(self, learner: str, deck_ref: str, fact_id: str) -> CardState | None:
        return self.cards.reset(learner, deck_ref, fact_id, self.clock())

    def restore_card(
        self, learner: str, deck_ref: str, fact_id: str, card: CardState | None
    ) -> None:
        self.cards.restore(learner, deck_ref, fact_id, card, self.clock())

    def stored_cards(self, learner: str, deck_ref: str) -> list[CardState]:
        """The cards stored for the deck (a card never studied has none)."""
        return list(self.store.cards(learner, self.deck(deck_ref).id).values())

    # -- reports -------------------------------------------------------------------------
    def report(
        self,
        learner: str,
        deck_ref: str | None = None,
        since: date | None = None,
        now: datetime | None = None,
    ) -> Figures:
        return self.reports.figures(learner, deck_ref, since, now or self.clock())

    def review_log(self, learner: str, deck_ref: str | None = None) -> list[Review]:
        return self.reports.review_log(learner, deck_ref)

    # -- closing -------------------------------------------------------------------------
    def write_home_cache(self, learner: str) -> None:
        """After closing: what the home screen needs next time, keyed to the files' state."""
        from quizapp.service.home import write_home_cache

        if self.db is not None and not self.store.read_only:
            write_home_cache(self.db, self.store, self.catalog, learner)

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
