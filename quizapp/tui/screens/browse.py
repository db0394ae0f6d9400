"""Browse: search facts and cards, see a card's history and next due date, suspend, reset."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from quizapp.service import FactRow

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp


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
            table.add_row(short, r.topic, r.phase, due, str(r.lapses), flag, key=r.fact_id)
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
        history = self.quiz.ensure_service().history(self.quiz.learner, self.deck_id, fact)
        lines = [
            r.statement,
            r.explanation,
            f"Source: {r.citation}",
            f"Next due: {r.due.strftime('%Y-%m-%d %H:%M') if r.due else 'not yet studied'}",
        ]
        if history:
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
        if fact is None:
            return
        self._guard(
            lambda: self.quiz.ensure_service().set_suspended(
                self.quiz.learner, self.deck_id, fact, not self.rows[fact].suspended
            )
        )
        self.refill(keep=fact)

    def action_reset(self) -> None:
        fact = self._current()
        if fact is None:
            return
        self._guard(lambda: self.quiz.ensure_service().reset(self.quiz.learner, self.deck_id, fact))
        self.notify("Card reset: it will come back as new. Its history is kept.")
        self.refill(keep=fact)

    def _guard(self, change: object) -> None:
        from quizapp.store.errors import StoreError

        try:
            change()  # type: ignore[operator]
        except StoreError as exc:
            self.notify(str(exc), severity="error")
