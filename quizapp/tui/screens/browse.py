"""Browse: search facts and cards, see a card's history and next due date, suspend, reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from quizapp.tui.safe_text import safe

if TYPE_CHECKING:
    from quizapp.service import FactRow
    from quizapp.store.records import Review
    from quizapp.tui.app import QuizApp


class HistoryLoaded(Message):
    def __init__(self, history: dict[str, list[Review]]) -> None:
        self.history = history
        super().__init__()


class BrowseScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("s", "suspend", "Suspend/unsuspend"),
        Binding("x", "reset", "Reset card"),
        Binding("slash", "search", "Search"),
    ]

    def __init__(self, deck_id: str) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.rows: dict[str, FactRow] = {}
        self.history: dict[str, list[Review]] | None = None  # by fact, once loaded

    @property
    def quiz(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="browse"):
            yield Input(placeholder="search facts (words, topic or id)", id="search")
            yield DataTable(id="facts", cursor_type="row", zebra_stripes=True)
            yield Static("", id="fact-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#facts", DataTable).add_columns(
            "Fact", "Topic", "Phase", "Due", "Lapses", ""
        )
        self.refill()
        self.query_one("#facts", DataTable).focus()
        self._load_history()

    @work(thread=True, exclusive=True, group="history")
    def _load_history(self) -> None:
        """The review log is read once, off the UI thread, and grouped by fact."""
        log = self.quiz.ensure_service().review_log(self.quiz.learner, self.deck_id)
        grouped: dict[str, list[Review]] = {}
        for review in log:
            grouped.setdefault(review.fact_id, []).append(review)
        self.post_message(HistoryLoaded(grouped))

    def on_history_loaded(self, message: HistoryLoaded) -> None:
        self.history = message.history
        self._detail()

    def refill(self, keep: str | None = None) -> None:
        query = self.query_one("#search", Input).value
        rows = self.quiz.ensure_service().browse(self.quiz.learner, self.deck_id, query)
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
        due = r.due.strftime("%Y-%m-%d %H:%M") if r.due else "not yet studied"
        lines = [safe(r.statement), safe(r.explanation), f"Source: {safe(r.citation)}"]
        lines.append(f"Next due: {due}")
        history = None if self.history is None else self.history.get(fact, [])
        if history is None:
            lines.append("History: loading…")
        elif history:
            lines.append(
                "History: "
                + ", ".join(
                    f"{h.reviewed_at:%m-%d} {h.kind} {h.verdict}"
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
        fact = self._current()
        if fact is not None and self._change(
            lambda: self.quiz.ensure_service().reset(self.quiz.learner, self.deck_id, fact), fact
        ):
            self.notify("Card reset: it will come back as new. Its history is kept.")

    def _change(self, change: Callable[[], None], fact: str) -> bool:
        from quizapp.store.errors import StoreError

        try:
            change()
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return False
        self.refill(keep=fact)
        return True
