"""The HTML report carries its own style sheet (issue 19: a mutant that emptied it survived)."""

from __future__ import annotations

import re

from quizapp.report.render_files import to_html
from tests.report.test_outputs import FIG


def test_the_html_report_styles_its_page_tables_and_charts_itself() -> None:
    html = to_html(FIG)
    sheets = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert len(sheets) == 1
    rules = dict(re.findall(r"([^{}]+)\{([^{}]*)\}", sheets[0]))
    # a readable column of text, tables with visible cell borders, charts on their own lines
    assert "max-width" in rules["body"] and "font-family" in rules["body"]
    assert "border-collapse:collapse" in rules["table"]
    assert "border:" in rules["td,th"]
    assert "display:block" in rules["svg"]
