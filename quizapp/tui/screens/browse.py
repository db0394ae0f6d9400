"""Browse: search facts and cards, see a card's history and next due date, suspend, reset.

The search box has the focus when browse opens, so typing searches at once; Down or Enter
moves to the list, and from the list any letter other than the list's own keys (s, x, u)
goes back to the search. A reset asks first and can be undone with u.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Header, Input, Static

from quizapp.tui.keys import keys
from quizapp.tui.safe_text import safe
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.footer import AppFooter
from quizapp.wording import kind_label

if TYPE_CHECKING:
    from quizapp.service import FactRow
    from quizapp.store.records import CardState, Review


class HistoryLoaded(Message):
    def __init__(self, history: dict[str, list[Review]]) -> None:
        self.history = history
        super().__init__()


class BrowseScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys("""
        escape | app.pop_screen | Back
        s      | suspend        | Suspend/unsuspend
        x      | reset          | Reset card
        u      | undo_reset     | Undo reset | hidden
        slash  | search         | Search     | hidden
    """)
    LIST_KEYS = frozenset({"s", "x", "u", "/"})

    def __init__(self, deck_id: str) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.rows: dict[str, FactRow] = {}
        self.history: dict[str, list[Review]] | None = None  # by fact, once loaded
        self.last_reset: tuple[str, CardState | None] | None = None  # for undo

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="browse"):
            yield Input(
                placeholder="type to search (words, topic or id); ↓ goes to the list", id="search"
            )
            yield DataTable(id="facts", cursor_type="row", zebra_stripes=True)
            yield Static("", id="fact-detail")
        yield self.too_small()
        yield AppFooter()

    def on_mount(self) -> None:
        self.query_one("#facts", DataTable).add_columns(
            "Fact", "Topic", "Phase", "Due", "Lapses", "Flag"
        )
        self.refill()
        search = self.query_one("#search", Input)
        search.cursor_blink = bool(self.quiz.blink)  # off for snapshot tests
        search.focus()
        self._load_history()

    @work(thread=True, exclusive=True, group="history")
    def _load_history(self) -> None:
        """The review log is read once, off the UI thread, and grouped by fact."""
        from quizapp.store.errors import StoreError

        try:
            log = self.quiz.ensure_service().review_log(self.quiz.learner, self.deck_id)
        except StoreError:
            return  # the list already said why the database cannot be read

        grouped: dict[str, list[Review]] = {}
        for review in log:
            grouped.setdefault(review.fact_id, []).append(review)
        self.post_message(HistoryLoaded(grouped))

    def on_history_loaded(self, message: HistoryLoaded) -> None:
        self.history = message.history
        self._detail()

    def refill(self, keep: str | None = None) -> None:
        query = self.query_one("#search", Input).value
        service = self.quiz.service_or_say()
        if service is None:
            return
        rows = service.browse(self.quiz.learner, self.deck_id, query)
        self.rows = {r.fact_id: r for r in rows}
        table = self.query_one("#facts", DataTable)
        table.clear()
        for r in rows:
            flag = "leech" if r.leech else "suspended" if r.suspended else ""
            due = r.due.strftime("%Y-%m-%d") if r.due else "-"
            short = r.statement if len(r.statement) <= 52 else r.statement[:51] + "…"
            table.add_row(
                safe(short), safe(r.topic), r.phase, due, str(r.lapses), flag, key=r.fact_id
            )
        if keep in self.rows:
            table.move_cursor(row=table.get_row_index(keep))
        self._detail()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#facts", DataTable).focus()

    def on_key(self, event: events.Key) -> None:
        """Down leaves the search for the list; a letter typed in the list goes to the search."""
        search = self.query_one("#search", Input)
        table = self.query_one("#facts", DataTable)
        if search.has_focus and event.key == "down":
            event.stop()
            table.focus()
        elif (
            table.has_focus
            and event.is_printable
            and event.character
            and event.character not in self.LIST_KEYS
        ):
            event.stop()
            search.focus()
            search.insert_text_at_cursor(event.character)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def _current(self) -> str | None:
        table = self.query_one("#facts", DataTable)
        if table.row_count == 0:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._detail()

    def _detail(self) -> None:
        fact = self._current()
        detail = self.query_one("#fact-detail", Static)
        if fact is None:
            detail.update("No fact matches.")
            return
        r = self.rows[fact]
        due = "not yet studied"
        if r.due is not None:  # in the learner's zone (the service gives it so), and relative
            from quizapp.review.humanize import short_wait

            due = f"{r.due:%Y-%m-%d %H:%M} ({short_wait(r.due, self.quiz.clock())})"
        lines = [
            safe(r.statement),
            safe(r.explanation),
            f"Source: {safe(r.citation)}",
            f"Next due: {due}",
        ]
        history = None if self.history is None else self.history.get(fact, [])
        if history is None:
            lines.append("History: loading…")
        elif history:
            lines.append(
                "History: "
                + ", ".join(
                    f"{h.reviewed_at:%m-%d} {kind_label(h.kind)} {h.verdict.replace('_', ' ')}"
                    + (" (undone)" if h.undone else "")
                    for h in history[-6:]
                )
            )
        detail.update("\n".join(lines))

    def action_suspend(self) -> None:
        fact = self._current()
        if fact is not None:
            suspended = not self.rows[fact].suspended
            self._change(
                lambda: self.quiz.ensure_service().set_suspended(
                    self.quiz.learner, self.deck_id, fact, suspended
                ),
                fact,
            )

    def action_reset(self) -> None:
        from quizapp.tui.screens.pickers import Confirm

        fact = self._current()
        if fact is None:
            return
        row = self.rows[fact]

        def answered(yes: object) -> None:
            if yes is True:
                self._reset(fact)

        self.app.push_screen(
            Confirm(
                "Reset this card?",
                f"{row.statement}\n\nIts schedule is forgotten and it comes back as new "
                "(its history is kept). u undoes the reset.",
            ),
            answered,
        )

    def _reset(self, fact: str) -> None:
        before: list[CardState | None] = []
        service = self.quiz.ensure_service()
        if self._change(
            lambda: before.append(service.reset(self.quiz.learner, self.deck_id, fact)), fact
        ):
            self.last_reset = (fact, before[0])
            self.notify("Card reset: it will come back as new. u undoes this.")

    def action_undo_reset(self) -> None:
        if self.last_reset is None:
            self.notify("No reset to undo.")
            return
        fact, card = self.last_reset
        service = self.quiz.ensure_service()
        if self._change(
            lambda: service.restore_card(self.quiz.learner, self.deck_id, fact, card), fact
        ):
            self.last_reset = None
            self.notify("Reset undone: the card has its schedule back.")

    def _change(self, change: Callable[[], None], fact: str) -> bool:
        from quizapp.store.errors import StoreError

        try:
            change()
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return False
        self.refill(keep=fact)
        return True
