"""Where a report's tally is kept between reports, and when a kept one still holds.

A report counts every review ever made; at a million reviews, reading and counting the months
again was most of its time, though the months before the current one never change (issue 16).
So after a report, the tally of the log's settled months (every month file but the last, up
to the first month held in memory) is written to the cache folder with what identifies each
of those files: its month, its stamp (device, inode, size, modification and change times, as
month_cache uses them) and its contents (length and CRC-32). The next report whose first month
files are those months, each with the same stamp or else the same bytes (a copy of the
database, a restore), starts from it and reads only the months after them
(report.tally_state). A compaction that rewrites a month, an undo in an old month, another
database: the months differ and the report counts from the first month, keeping a new tally.
There is one kept tally per learner, deck (or all decks), study-day setting and version of the
report and store code, whatever the database; the months it counted say whether it holds. An
entry is checked by its CRC before use; a damaged or unreadable one is ignored and rewritten;
writing is best effort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from quizapp.facts.compiled import code_hash, key_for
from quizapp.report.figures import Figures, compute_months
from quizapp.report.tally_state import Resume, State
from quizapp.store.month_cache import file_contents, file_stamp
from quizapp.store.records import CardState
from quizapp.store.repository import TinyProgressStore
from quizapp.store.review_columns import ReviewColumns
from quizapp.store.sealed import read_sealed, write_sealed

MAGIC = b"quizapp-report-tally-2\n"
Stamps = list[list[int] | None]
Counted = list[list[Any]]
"""Per settled month the tally counted: [month, stamp, length, CRC-32]."""


@dataclass(frozen=True)
class MonthFiles:
    """The log's months as they are now: names, files (None: in memory) and stamps."""

    names: list[str]
    paths: list[Path | None]
    stamps: Stamps

    @classmethod
    def of(cls, store: TinyProgressStore) -> MonthFiles:
        files = store.review_month_files()
        paths = [path for _, path in files]
        return cls([name for name, _ in files], paths, list(map(file_stamp, paths)))

    def settled(self) -> int:
        """How many months a kept tally may cover: those before the first in memory, and
        never the last (which changes with each compaction)."""
        first_loaded = next((i for i, s in enumerate(self.stamps) if s is None), len(self.stamps))
        return min(first_loaded, len(self.stamps) - 1)

    def holds(self, counted: Counted) -> bool:
        """Whether these are the first months a kept tally counted: the same month names,
        each file with the same stamp or else the same length and CRC (a copy, a restore)."""
        if not 0 < len(counted) <= self.settled():
            return False
        for i, (name, stamp, size, crc) in enumerate(counted):
            path = self.paths[i]
            if name != self.names[i] or path is None:
                return False
            if stamp != self.stamps[i] and file_contents(path) != [size, crc]:
                return False
        return True

    def restamped(self, counted: Counted) -> Counted | None:
        """The months a kept tally counted, with these files' stamps, if any differs (the
        same bytes in other files: a copy, a restore); None if all are the same."""
        stamps = self.stamps[: len(counted)]
        if all(month[1] == stamp for month, stamp in zip(counted, stamps, strict=True)):
            return None
        return [[m[0], stamp, *m[2:]] for m, stamp in zip(counted, stamps, strict=True)]

    def counted(self, n: int) -> Counted | None:
        """The first n months as a kept tally records them; None if a file cannot be read or
        has changed since these stamps were taken (before the report read it), when the bytes
        read now might not be those counted."""
        out: Counted = []
        for name, path, stamp in zip(self.names[:n], self.paths, self.stamps, strict=False):
            contents = file_contents(path) if path is not None else None
            if contents is None or file_stamp(path) != stamp:
                return None
            out.append([name, stamp, *contents])
        return out


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
    entry = entry_for(columns.parent / "report-tally", learner, deck_id, day)
    files = MonthFiles.of(store)
    resume = resume_from(entry, files, months)
    figures = compute_months(months, cards, settings, topics, at, deck_id, until=at, resume=resume)
    keep(entry, files, resume)
    return figures


def entry_for(cache: Path, learner: str, deck_id: str | None, day: str) -> Path:
    """The kept tally's file for this learner, deck and study day ("4 Europe/Paris")."""
    code = code_hash("report", "store")
    key = key_for("report-tally", code, learner, deck_id or "", day)
    return cache / f"{key}.tally"


def resume_from(
    entry: Path, files: MonthFiles, months_after: Callable[[int], Iterable[ReviewColumns]]
) -> Resume:
    """Where the report starts: the kept tally if the month files it counted are unchanged."""
    keep_after = files.settled()
    kept = _load(entry)
    if kept is not None and files.holds(kept[0]):
        counted, state = kept
        if (moved := files.restamped(counted)) is not None:
            _save(entry, [moved, state])  # the next report here need not read the months
        return Resume(state, len(counted), months_after, keep_after)
    return Resume(None, 0, months_after, keep_after)


def keep(entry: Path, files: MonthFiles, resume: Resume) -> None:
    """Write the tally the report kept, if it counted more months than the one it began from."""
    if resume.kept is not None and resume.keep_after > (resume.covered if resume.state else 0):
        counted = files.counted(resume.keep_after)
        if counted is not None:
            _save(entry, [counted, resume.kept])


def _load(entry: Path) -> tuple[Counted, State] | None:
    value = read_sealed(entry, MAGIC)
    if not isinstance(value, list) or len(value) != 2:
        return None
    counted, state = value
    if not isinstance(counted, list) or not isinstance(state, list):
        return None
    if not all(isinstance(month, list) and len(month) == 4 for month in counted):
        return None
    return counted, state


def _save(entry: Path, value: list[Any]) -> None:
    write_sealed(entry, MAGIC, value)
