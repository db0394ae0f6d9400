"""The reports screen finds every table it shows by name among the report's sections; a name
that went missing would hide that table without a word (issue 19: a renamed key survived)."""

from __future__ import annotations

from quizapp.report.tables import sections
from quizapp.tui.screens.reports import SECTIONS
from tests.report.test_outputs import FIG


def test_every_table_the_reports_screen_shows_is_a_section_of_the_report() -> None:
    tables = sections(FIG)
    shown = [n for n in SECTIONS if n != "heatmap"]  # the heatmap is drawn, not a table
    assert [n for n in shown if n not in tables] == []
    assert tables["kinds"][0] == "Accuracy by question kind"
    assert tables["kinds"][2], "the example history has answers of several kinds"
