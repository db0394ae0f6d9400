"""Home: the decks with new / learning / due counts, today's progress and streak, actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

if TYPE_CHECKING:
    from quizapp.review.marks import Counts
    from quizapp.service import DeckStatus, Today
    from quizapp.tui.app import QuizApp


@dataclass(frozen=True)
class HomeData:
    decks: list[DeckStatus]
    today: Today | None
    learner: str
    read_only: bool
    theme: str
    suggestion: str | None = None  # e.g. run `quizapp optimize`


class HomeLoaded(Message):
    def __init__(self, data: HomeData | None, error: str | None) -> None:
        self.data = data
        self.error = error
        super().__init__()


class HomeScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "study('scheduled')", "Study"),
        Binding("p", "study('practice')", "Practise"),
        Binding("e", "exam", "Exam"),
        Binding("b", "browse", "Browse"),
        Binding("r", "reports", "Reports"),
        Binding("comma", "settings", "Settings"),
        Binding("l", "learner", "Learner"),
        Binding("o", "read_only", "Open read-only", show=False),
        Binding("q", "app.quit", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            with Horizontal(id="home-top"):
                yield Static("Your decks", id="home-title")
                yield Static("", id="home-learner")
            yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
            yield Static("Loading…", id="home-today")
            yield Static("", id="home-note")
        yield Static("Make the window larger (at least 60 x 20) to use quizapp.", id="too-small")
        yield Footer()

    @property
    def quiz(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def on_mount(self) -> None:
        table = self.query_one("#decks", DataTable)
        table.add_columns("Deck", "New", "Learning", "Due", "Suspended")
        self._show_cached()

    def on_screen_resume(self) -> None:
        """Shown first, and shown again after studying or browsing: (re)load the numbers,
        after the screen has painted, so loading never delays the first picture."""
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        self.loaded = False
        self._load()

    @work(thread=True, exclusive=True, group="home")
    def _load(self) -> None:
        """Opening the database and reading the decks is I/O: done off the UI thread."""
        try:
            service = self.quiz.ensure_service()
            learner = self.quiz.learner
            decks = service.status(learner, [d for d, _ in service.deck_ids()])
            today = service.today(learner)
            theme = service.settings(learner).theme
            data = HomeData(
                decks,
                today,
                learner,
                service.store.read_only,
                theme,
                service.optimize_suggestion(learner),
            )
            self.post_message(HomeLoaded(data, None))
        except Exception as exc:
            self.post_message(HomeLoaded(None, str(exc)))

    loaded = False  # set once the numbers (or an error) have been shown
    suggested = False  # the optimiser is suggested once per visit to the app

    def on_home_loaded(self, message: HomeLoaded) -> None:
        self.loaded = True
        note = self.query_one("#home-note", Static)
        if message.error is not None:
            note.update(f"{message.error}\nPress o to open it read-only, or q to quit.")
            self.query_one("#home-today", Static).update("")
            return
        data = message.data
        assert data is not None
        if data.theme in self.app.available_themes and self.app.theme != data.theme:
            self.app.theme = data.theme
        t = data.today
        self._show(
            [(d.deck_id, d.title, d.counts) for d in data.decks],
            data.learner,
            data.read_only,
            (t.answered, t.correct, t.ms, t.streak) if t else None,
        )
        note.update(
            "" if data.decks else "No decks found. Put deck files (.yaml) in your decks folder."
        )
        if data.suggestion and not self.suggested:
            self.suggested = True
            self.notify(data.suggestion, title="Personal parameters", timeout=12)

    def _show_cached(self) -> None:
        """The numbers from the cache the app left when it last closed, if they still hold."""
        from quizapp import home_cache

        cached = home_cache.read(self.quiz.db, self.quiz.learner, self.quiz.clock())
        if cached is not None:
            self._show(
                [(d.id, d.title, d.counts) for d in cached.decks],
                self.quiz.learner,
                self.quiz.read_only,
                (cached.answered, cached.correct, cached.ms, cached.streak),
            )

    def _show(
        self,
        decks: list[tuple[str, str, Counts]],
        learner: str,
        read_only: bool,
        today: tuple[int, int, int, int] | None,
    ) -> None:
        table = self.query_one("#decks", DataTable)
        table.clear()
        for deck_id, title, c in decks:
            table.add_row(
                title, str(c.new), str(c.learning), str(c.due), str(c.suspended), key=deck_id
            )
        who = f"Learner: {learner}" + ("  (read-only)" if read_only else "")
        self.query_one("#home-learner", Static).update(who)
        if today is not None:
            answered, correct, ms, streak = today
            accuracy = f" ({correct / answered:.0%} right)" if answered else ""
            days = f"{streak}-day streak" if streak else "no streak yet"
            self.query_one("#home-today", Static).update(
                f"Today: {answered} answered{accuracy}, {ms / 60000:.0f} min · {days}"
            )
        table.focus()
        self.numbers_shown()

    def numbers_shown(self) -> None:
        """Called whenever the deck counts are on screen (the start-up benchmark hooks it)."""

    def selected_deck(self) -> str | None:
        table = self.query_one("#decks", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_study("scheduled")

    def action_study(self, mode: str) -> None:
        deck = self.selected_deck()
        if deck is None:
            return
        if mode == "practice":
            from quizapp.tui.screens.pickers import TopicPicker

            self.app.push_screen(
                TopicPicker(self.quiz.ensure_service().deck(deck)),
                lambda topic: (
                    self.quiz.start_study(deck, "practice", topic=topic)
                    if topic is not None
                    else None
                ),
            )
            return
        self.quiz.start_study(deck, "scheduled")

    def action_exam(self) -> None:
        from quizapp.tui.screens.pickers import ExamDatePicker

        deck = self.selected_deck()
        if deck is not None:
            self.app.push_screen(
                ExamDatePicker(self.quiz.clock()),
                lambda when: (
                    self.quiz.start_study(deck, "exam", exam_date=when)
                    if when is not None
                    else None
                ),
            )

    def action_browse(self) -> None:
        from quizapp.tui.screens.browse import BrowseScreen

        deck = self.selected_deck()
        if deck is not None:
            self.app.push_screen(BrowseScreen(deck))

    def action_reports(self) -> None:
        from quizapp.tui.screens.reports import ReportsScreen

        self.app.push_screen(ReportsScreen())

    def action_settings(self) -> None:
        from quizapp.tui.screens.settings import SettingsScreen

        self.app.push_screen(SettingsScreen())

    def action_learner(self) -> None:
        from quizapp.tui.screens.pickers import LearnerPicker

        def switch(name: object) -> None:
            if isinstance(name, str) and name:
                self.quiz.learner = name
                self.reload()

        self.app.push_screen(
            LearnerPicker(self.quiz.ensure_service().learners(), self.quiz.learner), switch
        )

    def action_read_only(self) -> None:
        self.quiz.read_only = True
        self.quiz.service = None
        self.query_one("#home-note", Static).update("")
        self.reload()
