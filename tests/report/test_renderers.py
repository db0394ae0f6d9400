"""The report as the learner sees it in each format (issue 19, mutation testing of
quizapp/report): the headings name the learner, the deck and the range; the overview lines up;
tables align and escape; charts appear only with something to draw and draw it to scale."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

import pytest

from quizapp.report.figures import Figures, compute
from quizapp.report.render_files import svg_bars, svg_heatmap, to_csv, to_html, to_json, to_markdown
from quizapp.report.render_text import bar_chart, render, table
from quizapp.report.tables import overview
from tests.report.test_figures import CARDS, MODELS, NOW, REVIEWS, SETTINGS, TOPICS

FIG = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
DECK = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW, deck_id="d", since=date(2026, 3, 5))
EMPTY = compute([], [], SETTINGS, TOPICS, NOW)
QUIET = compute([], CARDS, SETTINGS, TOPICS, NOW)  # cards due, no reviews


def test_text_heading_names_the_learner_the_deck_and_the_local_time() -> None:
    assert render(FIG).splitlines()[0] == "quizapp report for t - 2026-03-30 12:00 UTC"
    assert render(DECK).splitlines()[0] == "quizapp report for t - deck d - 2026-03-30 12:00 UTC"
    tokyo = compute([], [], SETTINGS.model_copy(update={"timezone": "Asia/Tokyo"}), TOPICS, NOW)
    assert render(tokyo).splitlines()[0] == "quizapp report for t - 2026-03-30 21:00 JST"


def test_text_overview_lines_up_after_its_heading() -> None:
    lines = render(FIG).split("\n\n")[1].splitlines()
    assert lines == [f"{k + ':':<30}{v}" for k, v in overview(FIG)]
    assert lines[0] == "Reviews:                      5 on 3 days, 2 minutes"


def test_text_table_aligns_columns_under_a_dashed_rule() -> None:
    assert table(["kind", "n"], [["multiple choice", "2"], ["why", "10"]]).splitlines() == [
        "kind             n",
        "---------------  --",
        "multiple choice  2",
        "why              10",
    ]
    text = render(FIG)
    assert "Accuracy by question kind\nkind               right  asked  rate\n" in text
    assert "\nfill in the blank  0      1      0%\nmultiple choice    2      2      100%\n" in text


def test_text_charts_and_the_no_review_line_appear_only_when_they_have_something() -> None:
    full, quiet, empty = render(FIG), render(QUIET), render(EMPTY)
    assert "Reviews per day, last 30 days" in full and "Cards due, next 30 days" in full
    assert "Activity, last 26 weeks" in full and "No reviews yet" not in full
    assert "Reviews per day" not in quiet and "Activity, last 26 weeks" not in quiet
    assert "Cards due, next 30 days" in quiet and "No reviews yet" in quiet
    assert "Cards due" not in empty and empty.endswith(
        "\n\nNo reviews yet in this range: study a little and come back.\n"
    )
    parts = full.split("\n\n")
    assert full.endswith("\n") and not full.endswith("\n\n") and len(parts) >= 8


def test_text_chart_labels_every_fifth_day_and_fits_its_size() -> None:
    chart = bar_chart([f"d{i}" for i in range(12)], [float(i) for i in range(12)], "Title")
    lines = chart.splitlines()
    assert lines[0].strip() == "Title" and len(lines) <= 12
    assert max(map(len, lines)) <= 78
    assert re.findall(r"d\d+", lines[-1]) == ["d0", "d5", "d10"]
    assert "\x1b" not in chart and all(line == line.rstrip() for line in lines)
    small = bar_chart(["a", "b", "c"], [1, 2, 3], "T", width=40, height=8, every=1)
    assert len(small.splitlines()) <= 8 and max(map(len, small.splitlines())) <= 40
    assert re.findall(r"\b[abc]\b", small.splitlines()[-1]) == ["a", "b", "c"]


def test_markdown_heading_range_and_escaped_cells() -> None:
    md = to_markdown(DECK)
    assert md.startswith("# quizapp report: t, d\n\nAs of 2026-03-30 12:00 UTC, from 2026-03-05.\n")
    assert to_markdown(FIG).startswith("# quizapp report: t\n\nAs of 2026-03-30 12:00 UTC.\n")
    assert "|  |  |\n|---|---|\n| Reviews | 2 on 2 days, 0 minutes |\n" in md
    assert (
        "## Accuracy by question kind\n\n| kind | right | asked | rate |\n|---|---|---|---|\n" in md
    )
    piped = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
    piped.fact_names = {"B": "Beta | Gamma"}
    assert "| Beta \\| Gamma | 0% | 2 |" in to_markdown(piped)
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_charts_only_with_something_to_draw() -> None:
    full, quiet = to_markdown(FIG), to_markdown(QUIET)
    for heading in ("## Activity\n\n```text\n", "## Activity calendar\n", "## Forecast\n"):
        assert heading in full
    assert "## Activity" not in quiet and "## Forecast\n\n```text\n" in quiet
    assert "## Forecast" not in to_markdown(EMPTY)
    assert "Reviews per day, last 30 days" in full.split("## Activity\n")[1].split("```\n")[0]


def test_html_heading_range_and_escaping() -> None:
    html = to_html(DECK)
    # the page's title, not the last table's (the browser tab showed "Sessions (newest first)")
    assert "<title>quizapp report: t, d</title>" in html and "<h1>quizapp report: t, d</h1>" in html
    assert "<p>As of 2026-03-30 12:00 UTC, from 2026-03-05.</p>" in html
    assert "<p>As of 2026-03-30 12:00 UTC.</p>" in to_html(FIG)
    named = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
    named.learner = "<b>&"
    named.fact_names = {"B": "x < y & z"}
    out = to_html(named)
    assert "<h1>quizapp report: &lt;b&gt;&amp;</h1>" in out and "<b>&" not in out
    assert "<td>x &lt; y &amp; z</td><td>0%</td><td>2</td>" in out
    assert "<h2>Weakest facts</h2><table><thead><tr><th>fact</th><th>rate</th><th>asked</th>" in out
    assert html.endswith("</body></html>\n")


def bars(svg: str) -> list[tuple[float, float, float, str]]:
    """Each bar's x, y, height and title."""
    return [
        (float(x), float(y), float(h), t)
        for x, y, h, t in re.findall(
            r'<rect x="([\d.]+)" y="([\d.-]+)" width="[\d.]+" height="([\d.]+)" '
            r'fill="#4a7bd0"><title>([^<]*)</title>',
            svg,
        )
    ]


def test_svg_bars_are_drawn_to_scale_left_to_right() -> None:
    svg = svg_bars([("a", 2), ("b", 4), ("c", 0), ("d", 1)], "Per day & more", 440, 200)
    drawn = bars(svg)
    assert [t for *_, t in drawn] == ["a: 2", "b: 4", "c: 0", "d: 1"]
    assert [h for _, _, h, _ in drawn] == [75.0, 150.0, 0.0, 37.5]  # of 150 px for the top
    assert all(y + h == 170 for _, y, h, _ in drawn)  # standing on one baseline
    assert [x for x, *_ in drawn] == [30.0, 130.0, 230.0, 330.0]  # (440 - 40) / 4 apart
    assert 'width="70.0"' in svg  # 70% of a slot
    assert '<text x="0" y="40" font-size="11">4</text>' in svg  # the scale's top
    assert 'aria-label="Per day &amp; more"' in svg and ">Per day &amp; more</text>" in svg
    assert svg.startswith('<svg role="img" width="440" height="200"')
    labels = re.findall(r'font-size="11">([a-z])</text>', svg)
    assert labels == ["a", "b", "c", "d"]  # four bars: every one labelled
    many = svg_bars([(f"l{i}", 1) for i in range(30)], "T")
    assert re.findall(r'font-size="11">(l\d+)</text>', many) == [f"l{i}" for i in range(0, 30, 5)]
    assert '<text x="0" y="40" font-size="11">1</text>' in svg_bars([], "Nothing")


def test_svg_heatmap_shades_by_share_of_the_busiest_day() -> None:
    svg = svg_heatmap([[0, 2], [4, 1]])
    cells = re.findall(r'<rect x="(\d+)" y="(\d+)" [^>]*fill-opacity="([\d.]+)"><title>(\d+)', svg)
    assert cells == [
        ("30", "24", "0.04", "0"),
        ("44", "24", "0.54", "2"),  # 0.08 + 0.92 / 2
        ("30", "38", "1.00", "4"),
        ("44", "38", "0.31", "1"),
    ]
    assert svg.startswith('<svg role="img" width="68" height="130" aria-label="Activity calendar">')
    assert 'width="40"' in svg_heatmap([])


def test_html_charts_show_the_last_30_days_and_the_forecast() -> None:
    html = to_html(FIG)
    days = [t for *_, t in bars(html.split('aria-label="Reviews per day')[1])][:30]
    assert days[0] == "03-01: 3" and days[-1] == "03-30: 1" and len(days) == 30
    forecast = bars(html.split('aria-label="Cards due')[1])
    assert forecast[0][3] == "03-30: 1" and len(forecast) == 30
    assert html.count("<svg") == 3


def test_a_figure_with_no_forecast_still_renders() -> None:
    bare = Figures("t", None, NOW, None, 0.9)
    bare.per_day = {date(2026, 3, 30) - timedelta(days=1): (1, 1000)}
    assert "Reviews per day" not in render(bare) and "<svg" in to_html(bare)


def test_one_bar_fills_its_slot_and_html_charts_have_their_size() -> None:
    (bar,) = bars(svg_bars([("a", 3)], "T", 440, 200))
    assert bar == (30.0, 20.0, 150.0, "a: 3")
    assert 'width="280.0"' in svg_bars([("a", 3)], "T", 440, 200)  # 70% of the one slot
    html = to_html(FIG)
    assert html.count('<svg role="img" width="720" height="200"') == 2


def test_json_file_is_indented_for_reading_and_keeps_non_ascii_text() -> None:
    named = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
    named.fact_names = {"B": "Kazakhstan's tenge — 40 %"}
    text = to_json(named)
    assert text.splitlines()[:3] == ["{", '  "learner": "t",', '  "deck": null,']
    assert "Kazakhstan's tenge — 40 %" in text


@pytest.mark.parametrize("response", ["\tcalc", "\r=1+1", "@x", "plain"])
def test_csv_cells_that_start_a_formula_or_a_control_get_a_quote(response: str) -> None:
    (row,) = csv.DictReader(
        io.StringIO(to_csv([MODELS[0].model_copy(update={"response": response})]))
    )
    assert row["response"] == ("" if response == "plain" else "'") + response


def test_csv_dates_are_iso_and_an_empty_field_is_empty() -> None:
    practice = MODELS[0].model_copy(update={"rating": None, "mode": "practice"})
    text = to_csv([practice])
    assert text.endswith("\r\n") and text.count("\r\n") == 2
    (row,) = csv.DictReader(io.StringIO(text))
    assert row["reviewed_at"] == "2026-03-01T10:00:00Z" and row["override"] == "False"
    assert row["rating"] == "" and row["mode"] == "practice"  # no rating: an empty cell


def test_html_tables_are_plain_rows_of_escaped_cells() -> None:
    from quizapp.report.render_files import _html_table

    assert _html_table(["a", "b"], [["x", "<y>"], ["z", "w"]]) == (
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>"
        "<tr><td>x</td><td>&lt;y&gt;</td></tr><tr><td>z</td><td>w</td></tr></tbody></table>"
    )
    html = to_html(FIG)
    assert "<table><thead><tr><th></th><th></th></tr></thead><tbody><tr><td>Reviews</td>" in html
