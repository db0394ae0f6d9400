"""Reports: today's numbers and the last seven days as a chart."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual_plotext import PlotextPlot

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp


class ReportsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="reports"):
            yield Static("", id="report-today")
            yield PlotextPlot(id="week-chart")
        yield Footer()

    def on_mount(self) -> None:
        quiz: QuizApp = self.app  # type: ignore[assignment]
        today = quiz.ensure_service().today(quiz.learner)
        accuracy = f"{today.correct / today.answered:.0%}" if today.answered else "-"
        self.query_one("#report-today", Static).update(
            f"Today: {today.answered} answered, {accuracy} right, {today.ms / 60000:.0f} min. "
            f"Streak: {today.streak} day(s)."
        )
        plot = self.query_one(PlotextPlot)
        plt = plot.plt
        labels = [t.day.strftime("%a %d") for t in today.week]
        stacked_bar = plt.stacked_bar  # plotext's own stubs name the keyword 'label'
        stacked_bar(  # type: ignore[call-arg]
            labels,
            [[t.correct for t in today.week], [t.answered - t.correct for t in today.week]],
            labels=["right", "wrong"],
        )
        plt.title("Answers, last 7 days")
