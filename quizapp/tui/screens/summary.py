"""The end of a session: score, by kind and topic, what was learnt, what comes next."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Static

from quizapp.review.session import Summary
from quizapp.tui.safe_text import safe
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.footer import AppFooter
from quizapp.wording import kind_label


class SummaryScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "home", "Home"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        s = self.summary
        yield Header()
        with VerticalScroll(id="summary"):
            yield Static("Session over", id="summary-title")
            yield Static(
                f"Answered {s.answered}, right {s.correct} ({s.accuracy:.0%}).  "
                f"New facts: {s.learned}.  Time: {s.seconds / 60:.1f} min.",
                id="summary-score",
            )
            yield DataTable(id="by-kind", cursor_type="none")
            yield DataTable(id="by-topic", cursor_type="none")
            lines = [f"Next card due: {s.next_due_text()}."]
            if s.leeches:
                names = [safe(s.fact_names.get(f, f)) for f in s.leeches]
                lines.append(f"Suspended as leeches: {'; '.join(names)}")
            yield Static("\n".join(lines), id="summary-next")
        yield self.too_small()
        yield AppFooter()

    def on_mount(self) -> None:
        for table_id, counts, right in (
            ("#by-kind", self.summary.by_kind, self.summary.right_by_kind),
            ("#by-topic", self.summary.by_topic, self.summary.right_by_topic),
        ):
            table = self.query_one(table_id, DataTable)
            table.add_columns(
                "Kind" if table_id == "#by-kind" else "Topic", "Right", "Asked", "Accuracy"
            )
            titles = self.summary.topic_titles
            for key, n in sorted(counts.items()):
                if n:
                    label = kind_label(key) if table_id == "#by-kind" else titles.get(key, key)
                    table.add_row(safe(label), str(right[key]), str(n), f"{right[key] / n:.0%}")

    def action_home(self) -> None:
        self.app.pop_screen()
