"""The figures as plain rows, shared by every renderer (text, Markdown, HTML, JSON)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from quizapp.report.figures import Figures, Rate
from quizapp.review.day import zone
from quizapp.wording import kind_label


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def rate_rows(rates: dict[str, Rate], names: dict[str, str] | None = None) -> list[list[str]]:
    """Right / asked / rate per key; kinds in plain words, other keys by their names."""

    def label(key: str) -> str:
        return kind_label(key) if names is None else names.get(key, key)

    return [[label(k), str(r.right), str(r.total), pct(r.value)] for k, r in sorted(rates.items())]


def level_rows(f: Figures) -> list[list[str]]:
    """Remember, understand, apply, analyse: Bloom's order, not the alphabet's."""
    from quizapp.generate.question import LEVELS

    rows = rate_rows(f.by_level, {})
    order: dict[str, int] = {level: i for i, level in enumerate(LEVELS)}
    return sorted(rows, key=lambda row: order.get(row[0], len(order)))


def topic_rows(f: Figures) -> list[list[str]]:
    return rate_rows(f.by_topic, f.topic_names)


def weakest_fact_rows(f: Figures) -> list[list[str]]:
    return [[f.fact_names.get(k, k), pct(v), str(t)] for k, v, t in f.weakest_facts]


def weakest_topic_rows(f: Figures) -> list[list[str]]:
    return [[f.topic_names.get(k, k), pct(v), str(t)] for k, v, t in f.weakest_topics]


def session_rows(f: Figures, n: int = 10) -> list[list[str]]:
    """The last n sessions, newest first: start (in the learner's time zone, as the report's
    heading), right, answered, rate."""
    tz = zone(f.timezone)
    return [
        [f"{at.astimezone(tz):%Y-%m-%d %H:%M}", str(r), str(t), pct(r / t if t else None)]
        for _, at, r, t in reversed(f.sessions[-n:])
    ]


Section = tuple[str, list[str], list[list[str]]]  # title, header, rows
RATE_HEAD = ["right", "asked", "rate"]


def sections(f: Figures) -> dict[str, Section]:
    """Every table of the report by name, in the order shown, with rows or none: the one
    list the terminal, the files (Markdown, HTML) and the TUI's reports screen draw from."""
    return {
        "kinds": ("Accuracy by question kind", ["kind", *RATE_HEAD], rate_rows(f.by_kind)),
        "levels": ("Accuracy by level", ["level", *RATE_HEAD], level_rows(f)),
        "topics": ("Accuracy by topic", ["topic", *RATE_HEAD], topic_rows(f)),
        "weak-facts": ("Weakest facts", ["fact", "rate", "asked"], weakest_fact_rows(f)),
        "weak-topics": ("Weakest topics", ["topic", "rate", "asked"], weakest_topic_rows(f)),
        "sessions": (
            "Sessions (newest first)",
            ["started", "right", "answered", "rate"],
            session_rows(f),
        ),
    }


def _plural(n: float, word: str) -> str:
    return f"{n:.0f} {word}{'' if round(n) == 1 else 's'}"


def overview(f: Figures) -> list[tuple[str, str]]:
    days = len(f.per_day)
    return [
        (
            "Reviews",
            f"{f.reviews} on {_plural(days, 'day')}, {_plural(f.minutes, 'minute')}",
        ),
        ("Practice and exam", f"{_plural(f.practice, 'answer')} (not counted as reviews)"),
        (
            "True retention, young",
            f"{pct(f.retention_young.value)} of {f.retention_young.total} "
            f"(target {f.desired_retention:.0%})",
        ),
        (
            "True retention, mature",
            f"{pct(f.retention_mature.value)} of {f.retention_mature.total} "
            f"(target {f.desired_retention:.0%})",
        ),
        ("Scheduling", f"{f.parameters}, aiming at {f.desired_retention:.0%} retention"),
        ("Facts known now (estimated)", f"{f.known_now:.1f}"),
        ("Streak", f"{f.streak} day{'s' if f.streak != 1 else ''}"),
        ("Cards", ", ".join(f"{k} {v}" for k, v in f.states.items())),
        ("Due now", str(f.due_now)),
    ]


def last_days(f: Figures, n: int = 30) -> list[tuple[str, int, int]]:
    """(label, answers, minutes) for the last n study days up to today, gaps as zero."""
    if not f.forecast:
        return []
    today = f.forecast[0][0]
    out = []
    for i in range(n - 1, -1, -1):
        d = today - timedelta(days=i)
        answers, ms = f.per_day.get(d, (0, 0))
        out.append((d.strftime("%m-%d"), answers, round(ms / 60000)))
    return out


def _rates_json(rs: dict[str, Rate]) -> dict[str, Any]:
    return {k: {"right": r.right, "total": r.total, "rate": r.value} for k, r in sorted(rs.items())}


def _retention_json(r: Rate) -> dict[str, Any]:
    return {"passed": r.right, "total": r.total, "rate": r.value}


def as_json(f: Figures) -> dict[str, Any]:
    """Every figure, with stable keys (documented in the README)."""
    return {
        "learner": f.learner,
        "deck": f.deck_id,
        "now": f.now.isoformat(),
        "since": f.since.isoformat() if f.since else None,
        "desired_retention": f.desired_retention,
        "parameters": f.parameters,
        "fsrs_parameters": f.fsrs_parameters,
        "reviews": f.reviews,
        "minutes": round(f.minutes, 2),
        "per_day": [
            {"day": d.isoformat(), "reviews": n, "ms": ms} for d, (n, ms) in f.per_day.items()
        ],
        "accuracy_by_kind": _rates_json(f.by_kind),
        "accuracy_by_level": _rates_json(f.by_level),
        "accuracy_by_topic": _rates_json(f.by_topic),
        "accuracy_by_fact": _rates_json(f.by_fact),
        "true_retention": {
            "young": _retention_json(f.retention_young),
            "mature": _retention_json(f.retention_mature),
        },
        "forecast": [{"day": d.isoformat(), "due": n} for d, n in f.forecast],
        "card_states": f.states,
        "due_now": f.due_now,
        "known_now": round(f.known_now, 3),
        "streak": f.streak,
        "heatmap": {d.isoformat(): n for d, n in f.heatmap.items()},
        "practice_answers": f.practice,
        "weakest_facts": [
            {"fact": k, "text": f.fact_names.get(k, k), "rate": v, "total": t}
            for k, v, t in f.weakest_facts
        ],
        "weakest_topics": [
            {"topic": k, "title": f.topic_names.get(k, k), "rate": v, "total": t}
            for k, v, t in f.weakest_topics
        ],
        "sessions": [
            {"id": sid, "started": at.isoformat(), "right": r, "answered": n}
            for sid, at, r, n in f.sessions
        ],
    }


SHADES = " ░▒▓█"


def heatmap_grid(f: Figures) -> list[list[int]]:
    """Seven rows (Monday first) by week columns, ending with the current week: answers."""
    if not f.forecast:
        return []
    today = f.forecast[0][0]
    first = today - timedelta(days=today.weekday() + 7 * 25)  # a Monday, 26 weeks back
    weeks = (today - first).days // 7 + 1
    grid = [[0] * weeks for _ in range(7)]
    for d, n in f.heatmap.items():
        if first <= d <= today:
            offset = (d - first).days
            grid[offset % 7][offset // 7] = n
    return grid


def heatmap_text(f: Figures) -> str:
    grid = heatmap_grid(f)
    top = max((n for row in grid for n in row), default=0)
    if not top:
        return ""

    def shade(n: int) -> str:
        return SHADES[0] if n == 0 else SHADES[min(4, 1 + (n * 4 - 1) // top)]

    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    lines = [f"{names[i]} " + "".join(shade(n) for n in row) for i, row in enumerate(grid)]
    return "Activity, last 26 weeks (darker = more answers)\n" + "\n".join(lines)
