"""The Textual application: thin. Screens do the work; the service holds the logic."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import get_current_worker

from quizapp.clock import Clock, utc_now
from quizapp.store.location import default_db_path, default_learner
from quizapp.tui.commands import QuizCommands
from quizapp.tui.launch import Launch
from quizapp.tui.screens.home import HomeScreen

if TYPE_CHECKING:  # the domain loads in a worker, after the first paint
    from quizapp.review.session import StudySession
    from quizapp.service import StudyService
    from quizapp.service.catalog import DeckCatalog
    from quizapp.store.records import Mode

MIN_WIDTH, MIN_HEIGHT = 60, 20
SCREEN_TITLES = {
    "HomeScreen": "Home",
    "StudyScreen": "Study",
    "SummaryScreen": "Session summary",
    "BrowseScreen": "Browse",
    "ReportsScreen": "Reports",
    "SettingsScreen": "Settings",
}


def _own_actions(node: object) -> set[str]:
    """The actions of the bindings quizapp's own classes declare on this node."""
    return {
        b.action
        for cls in type(node).__mro__
        if cls.__module__.startswith("quizapp.")
        for b in cls.__dict__.get("BINDINGS", [])
        if isinstance(b, Binding)
    }


class QuizApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "quizapp"
    SUB_TITLE = "study what sticks"
    COMMANDS = App.COMMANDS | {QuizCommands}
    BINDINGS: ClassVar[list[BindingType]] = [Binding("f1", "help", "Help")]

    def __init__(
        self,
        db: Path | None = None,
        learner: str | None = None,
        *,
        clock: Clock = utc_now,
        seed: int | None = None,
        read_only: bool = False,
        backups: bool = True,
        timer: Callable[[], float] = time.monotonic,
        blink: bool = True,
        launch: Launch | None = None,
    ) -> None:
        super().__init__()
        self.launch = launch  # a session the command line asked for, opened at mount
        self.db = db if db is not None else default_db_path()
        self.learner = learner or default_learner()
        self.clock = clock
        self.seed = seed
        self.read_only = read_only
        self.backups = backups
        self.timer = timer  # answer durations and the elapsed clock (fixed in tests)
        self.blink = blink  # cursor blink (off for snapshot tests)
        self.service: StudyService | None = None
        self._service_lock = threading.Lock()
        self._catalog: DeckCatalog | None = None

    def ensure_service(self) -> StudyService:
        """The study service, opened on first use (may raise a StoreError the caller shows)."""
        with self._service_lock:  # two workers must not open the database twice
            return self._open_service()

    def service_or_say(self) -> StudyService | None:
        """The service for a screen about to open; if the database cannot be opened (another
        process holds it, say), a one-line message instead of a crash, and None."""
        from quizapp.store.errors import StoreError

        try:
            return self.ensure_service()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return None

    def _open_service(self) -> StudyService:
        from quizapp.service import StudyService

        if self.service is None:
            self.service = StudyService(
                self.db,
                read_only=self.read_only,
                clock=self.clock,
                seed=self.seed,
                catalog=self._catalog,  # decks parsed once per process, even after reopening
            )
            self._catalog = self.service.catalog
        return self.service

    def reopen_read_only(self) -> None:
        """Drop the current service (closing it releases its writer lock, if it held one):
        the next use opens the database read-only."""
        with self._service_lock:
            old, self.service = self.service, None
            self.read_only = True
        if old is not None:
            old.close()

    def get_default_screen(self) -> HomeScreen:
        """Home is the first screen itself: no blank screen is mounted before it."""
        return HomeScreen()

    def on_mount(self) -> None:
        self._fit(self.size.width, self.size.height)
        if self.launch is not None:
            self.call_after_refresh(self.start_launch, self.launch)
            self.launch = None

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        """Below the minimum size, every screen shows one message instead of a broken layout."""
        self.set_class(width < MIN_WIDTH or height < MIN_HEIGHT, "too-small")

    def start_study(
        self, deck: str, mode: Mode, *, topic: str | None = None, exam_date: datetime | None = None
    ) -> None:
        self.start_launch(Launch(deck, mode, topic or None, exam_date=exam_date))

    def start_launch(self, launch: Launch) -> None:
        if self.read_only:
            self.notify("The database is open read-only: studying is off.", severity="warning")
            return
        self._start(launch)

    @work(thread=True, exclusive=True, group="start")
    def _start(self, launch: Launch) -> None:
        """Loading a deck, generating its questions and taking a backup: off the UI thread."""
        deck, mode = launch.deck, launch.mode
        try:
            service = self.ensure_service()
            topic = None if launch.topic is None else service.topic_id(deck, launch.topic)
            if launch.topic is not None and topic is None:
                raise ValueError(f"Deck {deck} has no topic {launch.topic!r}.")
            empty = self._nothing_to_ask(service, deck, mode, topic)
            if empty is not None:
                self.call_from_thread(self.notify, empty, markup=False)
                return
            if not service.questions_ready(deck):  # a first start: `s` waits for the rest
                self.call_from_thread(self._say_preparing, True)
            session = service.start(
                self.learner,
                deck,
                mode,
                limit=launch.limit,
                topic=topic,
                exam_date=launch.exam_date,
                exam_target=launch.exam_target,
                backup=self.backups,
            )
            title = service.deck(deck).title
        except Exception as exc:
            self.call_from_thread(self._say_preparing, False)
            self.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        finally:
            self.say_cache_notices()
        if not get_current_worker().is_cancelled:  # a second `s` while waiting opens one
            self.call_from_thread(self._open_study, session, title)

    def _say_preparing(self, preparing: bool) -> None:
        if isinstance(self.screen, HomeScreen):
            self.screen.show_plan(preparing)

    def say_cache_notices(self) -> None:
        """From a worker: each damaged cache entry met (and rebuilt) is said in a notification."""
        service = self.service
        for line in service.cache_notices() if service is not None else []:
            self.call_from_thread(self.notify, line, severity="warning", markup=False)

    def _nothing_to_ask(
        self, service: StudyService, deck: str, mode: Mode, topic: str | None
    ) -> str | None:
        """Why a session would be empty (then none is opened), or None."""
        if mode == "scheduled":
            ready, line = service.plan_text(self.learner, deck)
            return None if ready else line
        if mode == "practice" and service.practice_facts(self.learner, deck, topic) == 0:
            return "Nothing to practise: " + (
                "this topic has no facts you have not suspended."
                if topic
                else "every fact is suspended."
            )
        return None

    def _open_study(self, session: StudySession, title: str) -> None:
        from quizapp.tui.screens.study import StudyScreen

        self.push_screen(StudyScreen(session, title))

    # -- navigation: screens open other screens through the app --------------------------
    def open_browse(self, deck: str) -> None:
        from quizapp.tui.screens.browse import BrowseScreen

        self.push_screen(BrowseScreen(deck))

    def action_open_reports(self) -> None:
        from quizapp.tui.screens.reports import ReportsScreen

        self.push_screen(ReportsScreen())

    def action_open_settings(self) -> None:
        from quizapp.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def action_help(self) -> None:
        from quizapp.tui.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        keys: dict[str, str] = {}
        for key, active in screen.active_bindings.items():
            description = active.binding.description
            ours = active.binding.action in _own_actions(active.node)  # not Textual's own
            if ours and active.enabled and description and key not in ("f1", "ctrl+p"):
                keys.setdefault(self.get_key_display(active.binding), description)
        name = type(screen).__name__
        title = getattr(screen, "help_title", None) or SCREEN_TITLES.get(name, name)
        self.push_screen(HelpScreen(title, list(keys.items())))

    def on_unmount(self) -> None:
        """Close the database; if that fails (a full disk, say), one line after the app ends,
        not a traceback: the answers are already safe in the journal."""
        from rich.text import Text

        from quizapp.store.errors import StoreError

        if self.service is not None:
            try:
                self.service.close(home_cache_for=self.learner)
            except StoreError as exc:
                self.exit(return_code=2, message=Text(f"quizapp: {exc}"))
