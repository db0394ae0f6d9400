"""The report as files a learner or a teacher can keep: Markdown, HTML (self-contained, with
inline SVG charts and no external reference of any kind), CSV (one row per review), JSON."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from html import escape

from quizapp.report.figures import Figures, local_time
from quizapp.report.json_text import dumps
from quizapp.report.render_text import bar_chart
from quizapp.report.tables import (
    as_json,
    heatmap_grid,
    heatmap_text,
    last_days,
    overview,
    sections,
)
from quizapp.store.records import Review
from quizapp.store.review_columns import ANSWER_FIELDS

# One row per review, its columns in this order (the order exported files have always had).
CSV_FIELDS = [
    "reviewed_at",
    "learner",
    *ANSWER_FIELDS,
    "mode",
    "card_state",
    "override",
    "session_id",
    "item_id",
    "response",
]


def to_json(f: Figures) -> str:
    return dumps(as_json(f))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _cell(value: object) -> object:
    """A field a spreadsheet shows as text: a leading =, +, -, @ (or tab, CR) would start a
    formula, so it gets a ' before it; control characters become U+FFFD."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("\ufffd", value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(reviews: Iterable[Review]) -> str:
    out = io.StringIO()
    # \r\n line ends (RFC 4180): a field holding a CR or LF is quoted
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for r in reviews:
        if not r.undone:
            row = r.model_dump(mode="json")
            writer.writerow([_cell("" if row[k] is None else row[k]) for k in CSV_FIELDS])
    return out.getvalue()


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _tables(f: Figures) -> list[tuple[str, list[str], list[list[str]]]]:
    """The report's tables, in order, with their headers; empty ones left out."""
    return [section for section in sections(f).values() if section[2]]


def to_markdown(f: Figures) -> str:
    parts = [
        f"# quizapp report: {escape(f.learner)}" + (f", {f.deck_id}" if f.deck_id else ""),
        f"As of {local_time(f)}" + (f", from {f.since}" if f.since else "") + ".",
        _md_table(["", ""], [[k, v] for k, v in overview(f)]),
    ]
    days = last_days(f, 30)
    if any(n for _, n, _ in days):
        chart = bar_chart(
            [d for d, _, _ in days], [n for _, n, _ in days], "Reviews per day, last 30 days"
        )
        parts.append("## Activity\n\n```text\n" + chart + "\n```")
    if heatmap_text(f):
        parts.append("## Activity calendar\n\n```text\n" + heatmap_text(f) + "\n```")
    if any(n for _, n in f.forecast):
        chart = bar_chart(
            [d.strftime("%m-%d") for d, _ in f.forecast],
            [n for _, n in f.forecast],
            "Cards due, next 30 days",
        )
        parts.append("## Forecast\n\n```text\n" + chart + "\n```")
    for title, head, body in _tables(f):
        parts.append(f"## {title}\n\n" + _md_table(head, body))
    return "\n\n".join(parts) + "\n"


def svg_bars(
    values: list[tuple[str, float]], title: str, width: int = 720, height: int = 200
) -> str:
    """An inline SVG bar chart: no scripts, no fonts, no links."""
    top = max((v for _, v in values), default=0) or 1
    n = max(1, len(values))
    slot = (width - 40) / n
    bars = []
    for i, (label, v) in enumerate(values):
        h = (height - 50) * v / top
        x = 30 + i * slot
        bars.append(
            f'<rect x="{x:.1f}" y="{height - 30 - h:.1f}" width="{slot * 0.7:.1f}" '
            f'height="{h:.1f}" fill="#4a7bd0"><title>{escape(label)}: {v:g}</title></rect>'
        )
        if i % max(1, n // 6) == 0:
            bars.append(
                f'<text x="{x:.1f}" y="{height - 12}" font-size="11">{escape(label)}</text>'
            )
    return (
        f'<svg role="img" width="{width}" height="{height}" '
        f'aria-label="{escape(title)}"><text x="30" y="16" font-size="14">{escape(title)}</text>'
        f'<text x="0" y="40" font-size="11">{top:g}</text>{"".join(bars)}</svg>'
    )


def svg_heatmap(grid: list[list[int]]) -> str:
    """Days as squares, weeks as columns; darker for more answers."""
    top = max((n for row in grid for n in row), default=0) or 1
    cells = []
    for r, row in enumerate(grid):
        for c, n in enumerate(row):
            shade = 0.08 + 0.92 * n / top if n else 0.04
            cells.append(
                f'<rect x="{30 + c * 14}" y="{24 + r * 14}" width="12" height="12" '
                f'fill="#2a6ad0" fill-opacity="{shade:.2f}"><title>{n}</title></rect>'
            )
    width = 40 + 14 * (len(grid[0]) if grid else 0)
    return (
        f'<svg role="img" width="{width}" height="130" aria-label="Activity calendar">'
        f'<text x="30" y="16" font-size="14">Activity, last 26 weeks</text>{"".join(cells)}</svg>'
    )


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(f: Figures) -> str:
    title = f"quizapp report: {f.learner}" + (f", {f.deck_id}" if f.deck_id else "")
    sections = [
        f"<h1>{escape(title)}</h1>",
        f"<p>As of {f.now:%Y-%m-%d %H:%M} UTC" + (f", from {f.since}" if f.since else "") + ".</p>",
        _html_table(["", ""], [[k, v] for k, v in overview(f)]),
    ]
    days = last_days(f, 30)
    sections.append(svg_bars([(d, n) for d, n, _ in days], "Reviews per day, last 30 days"))
    sections.append(svg_heatmap(heatmap_grid(f)))
    sections.append(
        svg_bars([(d.strftime("%m-%d"), n) for d, n in f.forecast], "Cards due, next 30 days")
    )
    for heading, head, body in _tables(f):
        sections.append(f"<h2>{escape(heading)}</h2>" + _html_table(head, body))
    style = (
        "body{font-family:system-ui,sans-serif;max-width:760px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .6em;"
        "text-align:left}svg{display:block;margin:1em 0}"
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{style}</style></head><body>{''.join(sections)}</body></html>\n"
    )
