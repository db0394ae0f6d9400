"""Where a report's tally is kept between reports, and when a kept one still holds.

A report counts every review ever made; at a million reviews, reading and counting the months
again was most of its time, though the months before the current one never change (issue 16).
So after a report, the tally of the log's settled months (every month file but the last, up
to the first month held in memory) is written to the cache folder with the stamps of those
files (device, inode, size, modification and change times, as month_cache uses them); the next
report whose first month files still have those stamps starts from it and reads only the
months after them (report.tally_state). A compaction that rewrites a month, an undo in an old
month, a restored or copied database: the stamps differ and the report counts from the first
month, keeping a new tally. There is one kept tally per database, learner, deck (or all decks),
study-day setting and version of the report and store code. An entry is checked by its CRC
before use; a damaged or unreadable one is ignored and rewritten; writing is best effort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from quizapp.facts.compiled import code_hash, key_for
from quizapp.report.figures import Figures, compute_months
from quizapp.report.tally_state import Resume, State
from quizapp.store.records import CardState
from quizapp.store.repository import TinyProgressStore
from quizapp.store.review_columns import ReviewColumns
from quizapp.store.sealed import read_sealed, write_sealed

MAGIC = b"quizapp-report-tally-1\n"
Stamps = list[list[int] | None]


def report_figures(
    store: TinyProgressStore,
    learner: str,
    columns: Path | None,
    cards: list[CardState],
    topics: dict[str, str],
    at: datetime,
    deck_id: str | None,
    since: date | None,
) -> Figures:
    """The report's figures from the log (months read through the column cache `columns`),
    starting from the tally the last report kept beside it when the months it counted are
    unchanged, and keeping the new one."""
    settings = store.settings(learner)
    months = partial(store.review_months, learner, columns)
    if columns is None or store.root is None or since is not None:
        return compute_months(months, cards, settings, topics, at, deck_id, since, until=at)
    day = f"{settings.day_starts_at_hour} {settings.timezone}"
    entry = entry_for(columns.parent / "report-tally", store.root, learner, deck_id, day)
    stamps = store.review_month_stamps()
    resume = resume_from(entry, stamps, months)
    figures = compute_months(months, cards, settings, topics, at, deck_id, until=at, resume=resume)
    keep(entry, stamps, resume)
    return figures


def entry_for(cache: Path, root: Path, learner: str, deck_id: str | None, day: str) -> Path:
    """The kept tally's file for this database, learner, deck and study day ("4 Europe/Paris")."""
    code = code_hash("report", "store")
    key = key_for("report-tally", code, str(root.resolve()), learner, deck_id or "", day)
    return cache / f"{key}.tally"


def resume_from(
    entry: Path, stamps: Stamps, months_after: Callable[[int], Iterable[ReviewColumns]]
) -> Resume:
    """Where the report starts: the kept tally if the month files it counted are unchanged."""
    settled = next((i for i, s in enumerate(stamps) if s is None), len(stamps))
    keep_after = min(settled, len(stamps) - 1)  # the last month changes with each compaction
    kept = _load(entry)
    if kept is not None:
        counted, state = kept
        if 0 < len(counted) <= keep_after and counted == stamps[: len(counted)]:
            return Resume(state, len(counted), months_after, keep_after)
    return Resume(None, 0, months_after, keep_after)


def keep(entry: Path, stamps: Stamps, resume: Resume) -> None:
    """Write the tally the report kept, if it counted more months than the one it began from."""
    if resume.kept is not None and resume.keep_after > (resume.covered if resume.state else 0):
        _save(entry, [stamps[: resume.keep_after], resume.kept])


def _load(entry: Path) -> tuple[Stamps, State] | None:
    value = read_sealed(entry, MAGIC)
    if not isinstance(value, list) or len(value) != 2:
        return None
    stamps, state = value
    if not isinstance(stamps, list) or not isinstance(state, list):
        return None
    return stamps, state


def _save(entry: Path, value: list[Any]) -> None:
    write_sealed(entry, MAGIC, value)
