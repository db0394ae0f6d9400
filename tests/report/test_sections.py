"""The report's tables have one list (report/tables.sections): the terminal and the file
reports show exactly its non-empty tables, in its order."""

from __future__ import annotations

from html import escape

from quizapp.report.figures import Figures, compute
from quizapp.report.render_files import to_html, to_markdown
from quizapp.report.render_text import render
from quizapp.report.tables import sections
from tests.report.test_figures import CARDS, NOW, REVIEWS, SETTINGS, TOPICS

FIG = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
TITLES = [title for title, _, _ in sections(FIG).values()]


def shown(text: str, heading: str) -> list[str]:
    """The section titles in `text` as headings (`heading` with {} for the title), in order."""
    found = [t for t in TITLES if heading.format(escape(t)) in text]
    return sorted(found, key=lambda t: text.index(heading.format(escape(t))))


def every_format(f: Figures) -> list[tuple[str, str]]:
    return [(render(f), "\n{}\n"), (to_markdown(f), "## {}\n"), (to_html(f), "<h2>{}</h2>")]


def test_every_renderer_shows_the_non_empty_tables_in_order() -> None:
    wanted = [title for title, _, rows in sections(FIG).values() if rows]
    assert len(wanted) >= 4  # the fixture has kinds, levels, topics and sessions at least
    for text, heading in every_format(FIG):
        assert shown(text, heading) == wanted


def test_an_empty_table_is_left_out_everywhere() -> None:
    empty = compute([], CARDS, SETTINGS, TOPICS, NOW)
    assert all(not rows for _, _, rows in sections(empty).values())
    for text, heading in every_format(empty):
        assert shown(text, heading) == []
