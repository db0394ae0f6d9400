"""The Markdown report's chart sections are real headings and fenced blocks (issue 19: a
mutant that put text before the heading and inside the fence survived)."""

from __future__ import annotations

from quizapp.report.render_files import to_markdown
from tests.report.test_outputs import FIG


def _fenced_after(lines: list[str], heading: str) -> list[str]:
    at = lines.index(heading)  # a heading is a line of its own
    assert lines[at + 1 : at + 3] == ["", "```text"], lines[at : at + 3]
    end = lines.index("```", at + 3)
    return lines[at + 3 : end]


def test_the_activity_chart_sits_in_a_text_fence_under_its_own_heading() -> None:
    lines = to_markdown(FIG).splitlines()
    chart = _fenced_after(lines, "## Activity")
    assert chart[0].strip() == "Reviews per day, last 30 days"  # the chart starts with its title
    assert any("█" in row for row in chart)  # and has its bars
    assert all("```" not in row for row in chart)
