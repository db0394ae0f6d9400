"""The report's rows as the learner reads them (issue 19, mutation testing of quizapp/report):
the overview's wording and plurals, the last 30 days, sessions newest first, Bloom's order,
names in place of ids, the activity calendar's shades. Expected text is worked out by hand
from the history in tests/report/test_figures.py."""

from __future__ import annotations

from datetime import date, timedelta

from quizapp.report.figures import Figures, Rate, compute
from quizapp.report.tables import (
    as_json,
    heatmap_grid,
    heatmap_text,
    last_days,
    level_rows,
    overview,
    pct,
    rate_rows,
    session_rows,
    topic_rows,
    weakest_fact_rows,
    weakest_topic_rows,
)
from quizapp.wording import kind_label
from tests.report.test_figures import CARDS, NOW, REVIEWS, SETTINGS, TOPICS

FIG = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
MONDAY = date(2026, 3, 30)  # NOW's study day


def bare(**kw: object) -> Figures:
    """Figures built by hand, today being MONDAY."""
    f = Figures("t", None, NOW, None, 0.9)
    f.forecast = [(MONDAY + timedelta(days=i), 0) for i in range(30)]
    for k, v in kw.items():
        setattr(f, k, v)
    return f


def test_the_overview_of_the_hand_built_history() -> None:
    decay = 0.1542
    factor = 0.9 ** (-1 / decay) - 1
    known = 2 + (1 + factor * 2 / 5.0) ** -decay  # as in test_figures: A, B at R = 1, E
    assert overview(FIG) == [
        ("Reviews", "5 on 3 days, 2 minutes"),  # 150 s of answers
        ("Practice and exam", "1 answer (not counted as reviews)"),
        ("True retention, young", "100% of 1 (target 90%)"),
        ("True retention, mature", "0% of 1 (target 90%)"),
        ("Scheduling", "FSRS-6 default parameters, aiming at 90% retention"),
        ("Facts known now (estimated)", f"{known:.1f}"),
        ("Streak", "1 day"),
        ("Cards", "new 1, learning 1, young 1, mature 1, suspended 1, leech 1"),
        ("Due now", "1"),  # B, in relearning since this morning
    ]


def test_the_overview_says_one_or_several_and_dashes_an_empty_rate() -> None:
    one = dict(overview(bare(per_day={MONDAY: (1, 60_000)}, practice=2, streak=2)))
    assert one["Reviews"] == "1 on 1 day, 1 minute"
    assert one["Practice and exam"] == "2 answers (not counted as reviews)"
    assert one["Streak"] == "2 days"
    none = dict(overview(bare()))
    assert none["Reviews"] == "0 on 0 days, 0 minutes" and none["Streak"] == "0 days"
    assert none["True retention, young"] == "- of 0 (target 90%)"
    assert pct(None) == "-" and pct(0.5) == "50%" and pct(1 / 3) == "33%"


def test_the_last_30_days_end_today_with_gaps_as_zero() -> None:
    days = last_days(FIG)
    assert len(days) == 30 and days[0][0] == "03-01" and days[-1][0] == "03-30"
    assert {label: (n, m) for label, n, m in days if n} == {
        "03-01": (3, 2),  # two minutes of answers
        "03-05": (1, 0),  # 20 s rounds to no minute
        "03-30": (1, 0),
    }
    assert [label for label, _, _ in last_days(FIG, 3)] == ["03-28", "03-29", "03-30"]
    assert last_days(bare(forecast=[])) == []


def test_sessions_newest_first_with_their_rate() -> None:
    assert session_rows(FIG) == [
        ["2026-03-30 09:00", "1", "2", "50%"],
        ["2026-03-05 09:00", "1", "1", "100%"],
        ["2026-03-02 03:30", "1", "1", "100%"],
        ["2026-03-01 10:00", "1", "2", "50%"],
    ]
    assert [row[0] for row in session_rows(FIG, 2)] == ["2026-03-30 09:00", "2026-03-05 09:00"]
    many = bare(sessions=[(f"s{i}", NOW - timedelta(hours=20 - i), 1, 1) for i in range(12)])
    assert len(session_rows(many)) == 10  # the last ten by default
    assert session_rows(many)[0][0] == f"{NOW - timedelta(hours=9):%Y-%m-%d %H:%M}"


def test_rates_by_kind_level_and_topic_in_their_own_words_and_order() -> None:
    assert rate_rows(FIG.by_kind) == [
        [kind_label("cloze"), "0", "1", "0%"],
        ["multiple choice", "2", "2", "100%"],
        ["type the answer", "1", "2", "50%"],
    ]
    levels = bare(
        by_level={
            "analyse": Rate(1, 4),
            "apply": Rate(0, 1),
            "remember": Rate(3, 3),
            "understand": Rate(2, 3),
        }
    )
    assert level_rows(levels) == [
        ["remember", "3", "3", "100%"],
        ["understand", "2", "3", "67%"],
        ["apply", "0", "1", "0%"],
        ["analyse", "1", "4", "25%"],
    ]
    named = bare(by_topic={"t1": Rate(1, 2), "t2": Rate(2, 2)}, topic_names={"t1": "Energy"})
    assert topic_rows(named) == [["Energy", "1", "2", "50%"], ["t2", "2", "2", "100%"]]


def test_weakest_rows_show_statements_and_titles() -> None:
    f = bare(
        weakest_facts=[("f1", 0.25, 4), ("f2", 0.5, 2)],
        weakest_topics=[("t1", 0.0, 3)],
        fact_names={"f1": "Astana is the capital of Kazakhstan."},
        topic_names={"t1": "Capitals"},
    )
    assert weakest_fact_rows(f) == [
        ["Astana is the capital of Kazakhstan.", "25%", "4"],
        ["f2", "50%", "2"],  # no statement known: its id
    ]
    assert weakest_topic_rows(f) == [["Capitals", "0%", "3"]]
    data = as_json(f)
    assert data["weakest_facts"][0] == {
        "fact": "f1",
        "text": "Astana is the capital of Kazakhstan.",
        "rate": 0.25,
        "total": 4,
    }
    assert data["weakest_topics"] == [{"topic": "t1", "title": "Capitals", "rate": 0.0, "total": 3}]


def test_the_json_figures_of_the_hand_built_history() -> None:
    since = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW, since=date(2026, 3, 5))
    data = as_json(since)
    assert data["since"] == "2026-03-05" and as_json(FIG)["since"] is None
    assert data["now"] == "2026-03-30T12:00:00+00:00" and data["deck"] is None
    assert data["per_day"] == [
        {"day": "2026-03-05", "reviews": 1, "ms": 20_000},
        {"day": "2026-03-30", "reviews": 1, "ms": 10_000},
    ]
    assert data["minutes"] == 0.5 and data["reviews"] == 2
    assert data["accuracy_by_level"] == {"remember": {"right": 1, "total": 2, "rate": 0.5}}
    assert data["true_retention"]["young"] == {"passed": 1, "total": 1, "rate": 1.0}
    assert data["forecast"][0] == {"day": "2026-03-30", "due": 1} and len(data["forecast"]) == 30
    assert data["heatmap"] == {"2026-03-05": 1, "2026-03-30": 2}
    assert data["sessions"] == [
        {"id": "s3", "started": "2026-03-05T09:00:00+00:00", "right": 1, "answered": 1},
        {"id": "s4", "started": "2026-03-30T09:00:00+00:00", "right": 1, "answered": 2},
    ]
    assert data["card_states"]["mature"] == 1 and data["due_now"] == 1
    assert data["streak"] == 1 and data["practice_answers"] == 1
    assert data["learner"] == "t" and data["desired_retention"] == 0.9
    assert data["fsrs_parameters"] is None
    assert data["parameters"] == "FSRS-6 default parameters"
    assert data["accuracy_by_kind"]["typed"] == {"right": 1, "total": 1, "rate": 1.0}
    assert data["accuracy_by_fact"]["B"] == {"right": 0, "total": 1, "rate": 0.0}
    assert data["accuracy_by_topic"]["t2"] == {"right": 0, "total": 1, "rate": 0.0}


def test_the_activity_calendar_shades_by_share_of_the_busiest_day() -> None:
    # Monday 23 to Thursday 26 March: 1, 2, 3 and 4 answers; one day before the calendar
    start = MONDAY - timedelta(days=7 * 25)  # its first Monday
    heat = {MONDAY - timedelta(days=7 - i): i + 1 for i in range(4)}
    f = bare(heatmap={**heat, start - timedelta(days=1): 9})
    grid = heatmap_grid(f)
    assert len(grid) == 7 and all(len(row) == 26 for row in grid)
    assert [grid[i][24] for i in range(4)] == [1, 2, 3, 4] and sum(map(sum, grid)) == 10
    lines = heatmap_text(f).splitlines()
    assert lines[0] == "Activity, last 26 weeks (darker = more answers)"
    assert [line[:4] for line in lines[1:]] == [
        "Mon ",
        "Tue ",
        "Wed ",
        "Thu ",
        "Fri ",
        "Sat ",
        "Sun ",
    ]
    assert [lines[1 + i][4 + 24] for i in range(4)] == ["░", "▒", "▓", "█"]
    assert lines[1] == "Mon " + " " * 24 + "░ "  # nothing before, nothing yet today
    f.heatmap[start] = 4
    assert heatmap_grid(f)[0][0] == 4  # the calendar's first day is in
    assert heatmap_text(bare()) == "" and heatmap_grid(bare(forecast=[])) == []


def test_a_day_far_busier_than_the_rest_leaves_quiet_days_the_lightest_shade() -> None:
    f = bare(heatmap={MONDAY - timedelta(days=1): 100, MONDAY - timedelta(days=2): 1})
    lines = heatmap_text(f).splitlines()
    assert lines[7][4 + 24] == "█" and lines[6][4 + 24] == "░"  # Sunday, Saturday
