"""The report for the terminal: a summary, small charts (plotext), and tables."""

from __future__ import annotations

import re

import plotext as plt

from quizapp.report.figures import Figures, local_time
from quizapp.report.tables import (
    heatmap_text,
    last_days,
    overview,
    sections,
)

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def bar_chart(
    labels: list[str],
    values: list[float],
    title: str,
    width: int = 78,
    height: int = 12,
    every: int = 5,
) -> str:
    """A bar chart as plain text; every `every`-th label is shown under its bar."""
    plt.clear_figure()
    plt.theme("clear")
    plt.plotsize(width, height)
    xs = list(range(1, len(values) + 1))
    plt.bar(xs, values, width=0.6)
    plt.xticks(xs[::every], labels[::every])
    plt.title(title)
    return "\n".join(line.rstrip() for line in _ANSI.sub("", plt.build()).splitlines())


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]

    def line(cells: list[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def render(f: Figures) -> str:
    parts = [
        f"quizapp report for {f.learner}"
        + (f" - deck {f.deck_id}" if f.deck_id else "")
        + f" - {local_time(f)}"
    ]
    parts.append("\n".join(f"{k + ':':<30}{v}" for k, v in overview(f)))
    days = last_days(f, 30)
    if any(n for _, n, _ in days):
        parts.append(
            bar_chart(
                [d for d, _, _ in days], [n for _, n, _ in days], "Reviews per day, last 30 days"
            )
        )
    grid = heatmap_text(f)
    if grid:
        parts.append(grid)
    if any(n for _, n in f.forecast):
        parts.append(
            bar_chart(
                [d.strftime("%m-%d") for d, _ in f.forecast],
                [n for _, n in f.forecast],
                "Cards due, next 30 days",
            )
        )
    for title, head, rows in sections(f).values():
        if rows:
            parts.append(f"{title}\n" + table(head, rows))
    if not f.reviews:
        parts.append("No reviews yet in this range: study a little and come back.")
    return "\n\n".join(parts) + "\n"
