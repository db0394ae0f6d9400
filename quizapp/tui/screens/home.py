"""Home: the decks with new / learning / due counts, today's progress and streak, actions.

Each deck's row also shows a bar of known / learning / new facts, when its next card falls
due, and a sparkline of what falls due over the coming 7 days; under the table, a line says
what the highlighted deck has now, or when it will ("Nothing due. Next card at 05:12 (in 4
min); 117 new facts wait for tomorrow (daily limit 20)").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from quizapp.facts.locations import DEFAULT_DECK
from quizapp.tui.keys import keys
from quizapp.tui.safe_text import safe
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.screens.home_data import COLUMNS as COLUMNS
from quizapp.tui.screens.home_data import HomeData as HomeData
from quizapp.tui.screens.home_data import HomeLoaded as HomeLoaded
from quizapp.tui.screens.home_data import broken_text as broken_text
from quizapp.tui.screens.home_data import deck_rows
from quizapp.tui.screens.home_data import plan_line as plan_line
from quizapp.tui.widgets.footer import AppFooter

if TYPE_CHECKING:
    from quizapp.review.marks import Counts


class HomeScreen(QuizScreen[None]):
    # hidden: the footer must fit 80 columns (F1 and the palette list them)
    BINDINGS: ClassVar[list[BindingType]] = keys("""
        s     | study('scheduled') | Study
        p     | study('practice')  | Practise
        e     | exam               | Exam
        b     | browse             | Browse
        r     | app.open_reports   | Reports
        comma | app.open_settings  | Settings
        l     | learner            | Learner        | hidden
        o     | read_only          | Open read-only | hidden
        q     | app.quit           | Quit           | hidden
    """)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            with Horizontal(id="home-top"):
                yield Static("Your decks", id="home-title")
                yield Static("", id="home-learner")
            yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
            yield Static("", id="home-plan")
            yield Static("Loading…", id="home-today")
            yield Static("", id="home-note")
            yield Static("", id="home-broken", markup=False)
        yield self.too_small()
        yield AppFooter()

    def on_mount(self) -> None:
        self._preparing: set[str] = set()  # decks whose questions are loaded or loading
        table = self.query_one("#decks", DataTable)
        table.add_columns(*COLUMNS)
        self._show_cached()
        self.set_interval(30, self._refresh_times)

    plans: dict[str, str]  # deck id -> the line saying what it has now or next

    def _refresh_times(self) -> None:
        """ "Next" and "in 4 min" age: reload now and then while home is up."""
        if self.app.screen is self and self.loaded:
            self.reload()

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
                service.read_only,
                theme,
                tuple(service.broken_decks()),
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
            note.update(f"{safe(str(message.error))}\nPress o to open it read-only, or q to quit.")
            self.query_one("#home-today", Static).update("")
            return
        data = message.data
        assert data is not None
        if data.theme in self.app.available_themes and self.app.theme != data.theme:
            self.app.theme = data.theme
        t = data.today
        self.plans = {d.deck_id: plan_line(d) for d in data.decks}
        self._show(
            [(d.deck_id, d.title, d.counts) for d in data.decks],
            data.learner,
            data.read_only,
            (t.answered, t.correct, t.ms, t.streak) if t else None,
            data.decks[0].timezone if data.decks else "UTC",
        )
        note.update(
            "" if data.decks else "No decks found. Put deck files (.yaml) in your decks folder."
        )
        self.query_one("#home-broken", Static).update(broken_text(data.broken))
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
                cached.timezone,
            )

    def _show(
        self,
        decks: list[tuple[str, str, Counts]],
        learner: str,
        read_only: bool,
        today: tuple[int, int, int, int] | None,
        timezone: str,
    ) -> None:
        table = self.query_one("#decks", DataTable)
        keep = self.selected_deck() or DEFAULT_DECK  # the cursor stays on its deck
        now = self.quiz.clock()
        self._last = (decks, learner, read_only, today, timezone)
        rows = deck_rows(decks, now, timezone)
        widths = [
            max([len(head)] + [len(r[i + 2]) for r in rows]) for i, head in enumerate(COLUMNS[1:])
        ]
        room = (table.size.width or self.app.size.width - 6) - sum(widths) - 2 * len(COLUMNS)
        room = max(12, room)
        table.clear()
        for deck_id, title, *cells in rows:
            short = title if len(title) <= room else title[: room - 1] + "…"
            table.add_row(safe(short), *cells, key=deck_id)
        if keep is not None and keep in {d for d, _, _ in decks}:
            table.move_cursor(row=table.get_row_index(keep), animate=False)
        self.show_plan()
        self._show_learner(learner, read_only, today)
        table.focus()
        self.numbers_shown()

    def _show_learner(
        self, learner: str, read_only: bool, today: tuple[int, int, int, int] | None
    ) -> None:
        """Who is learning, and what they did today (answered, right, minutes, streak)."""
        who = f"Learner: {safe(learner)}" + ("  (read-only)" if read_only else "")
        self.query_one("#home-learner", Static).update(who)
        if today is not None:
            answered, correct, ms, streak = today
            accuracy = f" ({correct / answered:.0%} right)" if answered else ""
            days = f"{streak}-day streak" if streak else "no streak yet"
            self.query_one("#home-today", Static).update(
                f"Today: {answered} answered{accuracy}, {ms / 60000:.0f} min · {days}"
            )

    def numbers_shown(self) -> None:
        """Called whenever the deck counts are on screen (the start-up benchmark hooks it)."""

    def selected_deck(self) -> str | None:
        table = self.query_one("#decks", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    _last: tuple[list[tuple[str, str, Counts]], str, bool, tuple[int, int, int, int] | None, str]

    _fitted_width = 0  # the screen width the titles were last fitted to

    def on_resize(self, event: events.Resize) -> None:
        """Refit the shortened titles when the width changes, not the height: a rebuild lays
        out the screen, and two start sizes (headless 80x25, 80x24) then ping-ponged forever."""
        if hasattr(self, "_last") and event.size.width != self._fitted_width:
            self._fitted_width = event.size.width
            self.call_after_refresh(self._show, *self._last)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_plan()
        deck = self.selected_deck()
        if deck is not None and not self.quiz.read_only and deck not in self._preparing:
            self._preparing.add(deck)  # once per deck: a worker is never cancelled halfway
            self._prepare(deck)

    @work(thread=True, group="prepare")
    def _prepare(self, deck: str) -> None:
        """While home is up, the highlighted deck's questions and study code load, so `s` waits
        for none of it (issue 16). What the user can fix `s` says; a bug is said now, logged."""
        from quizapp.facts.errors import DeckError
        from quizapp.store.errors import StoreError

        try:
            self.quiz.ensure_service().prepare_study(deck)
        except (DeckError, StoreError, OSError):
            pass
        except Exception as exc:
            logging.getLogger(__name__).exception("preparing deck %s to study", deck)
            line = f"Could not load {deck} ahead: {type(exc).__name__}: {exc}"
            line += " (a bug: please report it)"
            self.app.call_from_thread(self.notify, line, severity="error", markup=False)
        self.quiz.say_cache_notices()  # damage met here or loading home (issue 16)

    def show_plan(self, preparing: bool = False) -> None:
        deck = self.selected_deck()
        line = getattr(self, "plans", {}).get(deck, "") if deck is not None else ""
        line = "Preparing questions… (once per new or changed deck)" if preparing else line
        self.query_one("#home-plan", Static).update(line)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_study("scheduled")

    def _ask(self, picker: Screen[object], then: Callable[[Any], None]) -> None:
        """Push a picker; `then` gets its answer, unless the learner cancelled (None)."""
        self.app.push_screen(picker, lambda answer: None if answer is None else then(answer))

    def action_study(self, mode: str) -> None:
        deck = self.selected_deck()
        if deck is None:
            return
        if mode == "practice":
            from quizapp.tui.screens.pickers import topic_picker

            service = self.quiz.service_or_say()
            if service is not None:
                start = partial(self.quiz.start_study, deck, "practice")
                self._ask(topic_picker(service.deck(deck)), lambda topic: start(topic=topic))
            return
        self.quiz.start_study(deck, "scheduled")

    def action_exam(self) -> None:
        from quizapp.tui.screens.pickers import exam_date_picker

        deck = self.selected_deck()
        if deck is not None:
            start = partial(self.quiz.start_study, deck, "exam")
            self._ask(exam_date_picker(self.quiz.clock()), lambda when: start(exam_date=when))

    def action_browse(self) -> None:
        deck = self.selected_deck()
        if deck is not None:
            self.quiz.open_browse(deck)

    def action_learner(self) -> None:
        from quizapp.tui.screens.pickers import learner_picker

        def switch(name: str) -> None:  # the picker answers a name of 1 to 64 characters
            self.quiz.learner = name
            self.reload()

        service = self.quiz.service_or_say()
        if service is not None:
            self._ask(learner_picker(service.learners(), self.quiz.learner), switch)

    def action_read_only(self) -> None:
        self.quiz.reopen_read_only()
        self.query_one("#home-note", Static).update("")
        self.reload()
