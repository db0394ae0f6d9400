"""Reports: the report figures with charts, over the last 7 days, 30 days or everything."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual_plotext import PlotextPlot

from quizapp.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from quizapp.report.figures import Figures
    from quizapp.tui.app import QuizApp

RANGES = {"7": ("last 7 days", 7), "3": ("last 30 days", 30), "a": ("everything", None)}


class ReportReady(Message):
    def __init__(self, figures: Figures | None, error: str | None) -> None:
        self.figures = figures
        self.error = error
        super().__init__()


class ReportsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("7", "range('7')", "7 days"),
        Binding("3", "range('3')", "30 days"),
        Binding("a", "range('a')", "Everything"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.range = "7"

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="reports"):
            yield Static("", id="report-today")
            yield Static("Computing…", id="report-overview")
            with Horizontal(id="report-charts"):
                yield PlotextPlot(id="activity-chart")
                yield PlotextPlot(id="forecast-chart")
            yield DataTable(id="report-kinds", cursor_type="none")
        yield TooSmall()
        yield Footer()

    @property
    def quiz(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def on_mount(self) -> None:
        self.query_one("#report-kinds", DataTable).add_columns(
            "Question kind", "Right", "Asked", "Rate"
        )
        self.action_range("7")

    def action_range(self, key: str) -> None:
        self.range = key
        self.query_one("#report-overview", Static).update(f"Computing ({RANGES[key][0]})…")
        self._compute(RANGES[key][1])

    @work(thread=True, exclusive=True, group="report")
    def _compute(self, days: int | None) -> None:
        """A long history takes a moment to add up: off the UI thread."""
        try:
            service = self.quiz.ensure_service()
            learner = self.quiz.learner
            today = service.today(learner)
            since = None if days is None else today.week[-1].day - timedelta(days=days - 1)
            figures = service.report(learner, since=since)
            self.post_message(ReportReady(figures, None))
        except Exception as exc:
            self.post_message(ReportReady(None, str(exc)))

    def on_report_ready(self, message: ReportReady) -> None:
        from quizapp.report.tables import overview, rate_rows

        if message.figures is None:
            self.query_one("#report-overview", Static).update(f"Could not compute: {message.error}")
            return
        f = message.figures
        today = f.per_day.get(f.forecast[0][0], (0, 0)) if f.forecast else (0, 0)
        self.query_one("#report-today", Static).update(
            f"Today: {today[0]} answered, {today[1] / 60000:.0f} min.   "
            f"Range: {RANGES[self.range][0]}   (7 / 3 / a to change)"
        )
        self.query_one("#report-overview", Static).update(
            "\n".join(f"{k + ':':<30}{v}" for k, v in overview(f))
        )
        days = sorted(f.per_day.items())[-30:]
        self._bars(
            "#activity-chart",
            [d.strftime("%m-%d") for d, _ in days],
            [n for _, (n, _) in days],
            "Answers per day",
        )
        self._bars(
            "#forecast-chart",
            [d.strftime("%m-%d") for d, _ in f.forecast[:14]],
            [n for _, n in f.forecast[:14]],
            "Due, next 14 days",
        )
        table = self.query_one("#report-kinds", DataTable)
        table.clear()
        for row in rate_rows(f.by_kind):
            table.add_row(*row)

    def _bars(self, selector: str, labels: list[str], values: list[float], title: str) -> None:
        plot = self.query_one(selector, PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if any(values):
            xs = [float(x) for x in range(1, len(values) + 1)]
            plt.bar(xs, values)
            step = max(1, len(xs) // 5)
            plt.xticks(xs[::step], labels[::step])
            plt.title(title)
        else:
            plt.title(f"{title}: none yet")
            plt.xticks([], [])
            plt.yticks([], [])
        plot.refresh()
