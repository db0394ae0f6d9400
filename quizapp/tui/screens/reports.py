"""Reports: the whole report (as `quizapp report` prints it) with charts, over the last 7
days, 30 days or everything. With nothing to show it says what to do, not empty frames."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Header, Static
from textual_plotext import PlotextPlot

from quizapp.tui.keys import keys
from quizapp.tui.safe_text import plain
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.footer import AppFooter

if TYPE_CHECKING:
    from quizapp.report.figures import Figures

RANGES = {"7": ("last 7 days", 7), "3": ("last 30 days", 30), "a": ("everything", None)}
EMPTY = (
    "No scheduled reviews in this range yet. Go back (Esc) and press s to study a deck, "
    "or a to see everything."
)
SECTIONS = ("kinds", "topics", "weak-facts", "weak-topics", "heatmap", "sessions")


class ReportReady(Message):
    def __init__(self, figures: Figures | None, error: str | None) -> None:
        self.figures = figures
        self.error = error
        super().__init__()


def rich_table(title: str, head: list[str], rows: list[list[str]]) -> Table:
    """A table that wraps long text (fact statements) at word boundaries in its own column.
    Cells are Text, not strings: Rich would parse markup in a topic title or fact statement."""
    table = Table(title=title, title_justify="left", title_style="bold", box=None, expand=False)
    for i, name in enumerate(head):
        table.add_column(name, justify="left" if i == 0 else "right", overflow="fold")
    for row in rows:
        table.add_row(*(Text(plain(cell)) for cell in row))
    return table


class ReportsScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys("""
        escape | app.pop_screen | Back
        7      | range('7')     | 7 days
        3      | range('3')     | 30 days
        a      | range('a')     | All
    """)

    def __init__(self) -> None:
        super().__init__()
        self.range = "7"
        self.figures: Figures | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="reports"):
            yield Static("", id="report-today")
            yield Static("Computing…", id="report-overview")
            yield Static("", id="report-empty")
            with Horizontal(id="report-charts"):
                yield PlotextPlot(id="activity-chart")
                yield PlotextPlot(id="forecast-chart")
            for name in SECTIONS:
                yield Static("", id=f"report-{name}", classes="report-section")
        yield self.too_small()
        yield AppFooter()

    def on_mount(self) -> None:
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
        if message.figures is None:
            self.query_one("#report-overview", Static).update(
                Text(plain(f"Could not compute: {message.error}"))
            )
            return
        f = self.figures = message.figures
        self._show_overview(f)
        self._show_charts(f)
        self._show_tables(f)

    def _show_overview(self, f: Figures) -> None:
        """Today's line, the overview grid, and the note shown when nothing was reviewed."""
        from quizapp.report.tables import overview

        today = f.per_day.get(f.forecast[0][0], (0, 0)) if f.forecast else (0, 0)
        self.query_one("#report-today", Static).update(
            f"Today: {today[0]} reviews, {today[1] / 60000:.0f} min.   "
            f"Range: {RANGES[self.range][0]}   (7 / 3 / a to change)"
        )
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in overview(f):
            grid.add_row(label + ":", Text(plain(value)))
        self.query_one("#report-overview", Static).update(grid)
        empty = not f.reviews
        self.query_one("#report-empty", Static).update(EMPTY if empty else "")
        self.query_one("#report-empty").display = empty

    def _show_charts(self, f: Figures) -> None:
        """Reviews per day over the range and the next 14 days' forecast; hidden when empty."""
        from quizapp.report.tables import last_days

        days = last_days(f, RANGES[self.range][1] or 30)
        charts = [
            self._bars(
                "#activity-chart",
                [d for d, _, _ in days],
                [n for _, n, _ in days],
                "Reviews per day",
            ),
            self._bars(
                "#forecast-chart",
                [d.strftime("%m-%d") for d, _ in f.forecast[:14]],
                [n for _, n in f.forecast[:14]],
                "Due, next 14 days",
            ),
        ]
        self.query_one("#report-charts").display = any(charts)

    def _show_tables(self, f: Figures) -> None:
        """The accuracy, weakest and session tables and the heatmap; an empty one is hidden."""
        from quizapp.report.tables import heatmap_text, sections

        tables = sections(f)
        for name in (n for n in SECTIONS if n in tables):  # the heatmap is no table
            title, head, rows = tables[name]
            widget = self.query_one(f"#report-{name}", Static)
            widget.update(rich_table(title, head, rows) if rows else "")
            widget.display = bool(rows)
        heat = self.query_one("#report-heatmap", Static)
        heat.update(heatmap_text(f))
        heat.display = bool(heatmap_text(f))

    def _bars(self, selector: str, labels: list[str], values: list[float], title: str) -> bool:
        """Draw a bar chart; a chart with nothing in it is hidden, not drawn as an empty frame."""
        plot = self.query_one(selector, PlotextPlot)
        plot.display = any(values)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if any(values):
            xs = [float(x) for x in range(1, len(values) + 1)]
            plt.bar(xs, values)
            step = max(1, len(xs) // 5)
            plt.xticks(xs[::step], labels[::step])
            plt.title(title)
        plot.refresh()
        return bool(plot.display)
