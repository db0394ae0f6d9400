"""What the home screen shows, kept beside the database so it can be shown at once.

When the app closes, after the journal has been folded into the JSON files, it writes
home-cache.json: each deck's title and the marks of each fact's card (seen, suspended, leech,
in learning, due, buried until), the learner's day tallies, and a signature of the files the
numbers came from (the database's main.json and journal, every deck file). On the next start,
if the signature still matches, the counts are worked out for the present moment from the
marks, by the same rules as the study queue, so they are exact, not stale; otherwise the cache
is ignored. Reading it needs only json: no pydantic, no deck parsing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from quizapp.facts.locations import all_deck_files
from quizapp.review.marks import Counts, Marks, count_marks, streak_and_week

FILE = "home-cache.json"
VERSION = 1


@dataclass(frozen=True)
class CachedDeck:
    id: str
    title: str
    counts: Counts


@dataclass(frozen=True)
class CachedHome:
    decks: list[CachedDeck]
    answered: int
    correct: int
    ms: int
    streak: int
    timezone: str = "UTC"


def signature(db: Path) -> list[list[Any]]:
    """Size and modification time of every file the numbers depend on."""
    files = [db / "main.json", db / "journal.jsonl", *all_deck_files()]
    out: list[list[Any]] = []
    for f in files:
        try:
            st = f.stat()
            out.append([str(f), st.st_size, st.st_mtime_ns])
        except OSError:
            out.append([str(f), None, None])
    return out


def write(
    db: Path,
    learner: str,
    decks: list[tuple[str, str, list[Marks | None]]],
    tallies: dict[date, tuple[int, int, int]],
    day_hour: int,
    timezone: str,
) -> None:
    data = {
        "version": VERSION,
        "learner": learner,
        "signature": signature(db),
        "day": {"hour": day_hour, "timezone": timezone},
        "decks": [
            {"id": i, "title": t, "marks": [None if m is None else list(m) for m in marks]}
            for i, t, marks in decks
        ],
        "tallies": [[d.isoformat(), *v] for d, v in sorted(tallies.items())],
    }
    from quizapp.store.files import write_atomic

    write_atomic(db / FILE, json.dumps(data, separators=(",", ":")).encode())


def read(db: Path, learner: str, now: datetime) -> CachedHome | None:
    """The home numbers at `now`, or None if there is no valid cache for this learner."""
    try:
        data = json.loads((db / FILE).read_bytes())
        if data.get("version") != VERSION or data.get("learner") != learner:
            return None
        if data.get("signature") != signature(db):
            return None
        from quizapp.review.day import day_ends, study_day

        now_ts = now.timestamp()
        hour, tz = int(data["day"]["hour"]), str(data["day"]["timezone"])
        ends = [e.timestamp() for e in day_ends(now, hour, tz)]
        decks = [
            CachedDeck(
                d["id"],
                d["title"],
                count_marks((None if m is None else Marks(*m) for m in d["marks"]), now_ts, ends),
            )
            for d in data["decks"]
        ]
        today = study_day(now, hour, tz)
        tallies = {date.fromisoformat(d): (a, c, ms) for d, a, c, ms in data["tallies"]}
        streak, week = streak_and_week({d: v for d, v in tallies.items() if v[0]}, today)
        _, answered, correct, ms = week[-1]
        numbers = (answered, correct, ms, streak)
        if not all(type(x) is int for x in numbers) or not all(
            isinstance(d.id, str) and isinstance(d.title, str) for d in decks
        ):
            return None  # valid JSON of another shape: not ours
        return CachedHome(decks, answered, correct, ms, streak, tz)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError):
        return None  # no cache, or one we cannot trust: the worker will load the real numbers
