"""A month of reviews as columns, for reports: read without building a model or a dict per row.

A report reads every review ever made (a million for a daily learner of some years). Validating
each row with pydantic was a third of the report's time, and a million row dicts held well over
a gigabyte. Here a month file is parsed with orjson and its fields are copied into one list per
field; only the timestamps are converted (datetime.fromisoformat). This is the trusted fast
path: the files are written by quizapp from validated records, and `quizapp db check`
validates every record. A month whose documents do not read this way (a missing field, a
timestamp that is not ISO 8601, a file that is not JSON) is read the validated way instead,
which says what is wrong with it or moves a corrupt file aside, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from itertools import compress
from operator import itemgetter
from typing import Any, NamedTuple

from quizapp.store.records import ReviewRow

# What was answered and how it went: the run of review fields both the columns here and the
# report's CSV export (report/render_files.CSV_FIELDS) list in this order.
ANSWER_FIELDS = ("deck_id", "fact_id", "kind", "verdict", "rating", "duration_ms")
FIELDS = (*ANSWER_FIELDS, "reviewed_at", "session_id", "mode", "undone", "card_state")


class ReviewColumns(NamedTuple):
    """Reviews in time order, one list per field (the fields of `ReviewRow` reports use)."""

    deck_id: list[str]
    fact_id: list[str]
    kind: list[str]
    verdict: list[str]
    rating: list[int | None]
    duration_ms: list[int]
    reviewed_at: list[datetime]
    session_id: list[str]
    mode: list[str]
    undone: list[bool]
    card_state: list[str | None]

    @property
    def size(self) -> int:
        """The number of reviews (len() is the number of fields, as for any tuple)."""
        return len(self.reviewed_at)

    def each(self, change: Callable[[list[Any]], list[Any]]) -> ReviewColumns:
        """The same change (a selection, an order) made to every column."""
        columns: list[list[Any]] = [change(column) for column in self]
        return ReviewColumns(*columns)

    @classmethod
    def joined(cls, chunks: Iterable[ReviewColumns]) -> ReviewColumns:
        """The chunks one after the other, as one."""
        chunks = list(chunks)
        columns: list[list[Any]] = [[v for c in chunks for v in c[i]] for i in range(len(FIELDS))]
        return cls(*columns)

    def select(self, keep: list[bool]) -> ReviewColumns:
        """The reviews where `keep` is true."""
        return self if all(keep) else self.each(lambda column: list(compress(column, keep)))

    def in_time_order(self) -> ReviewColumns:
        """Sorted by time, keeping the stored order of equal times (as a stable sort does)."""
        times = self.reviewed_at
        if len(times) < 2 or times == sorted(times):
            return self
        order = sorted(range(len(times)), key=times.__getitem__)
        pick = itemgetter(*order)
        return self.each(lambda column: list(pick(column)))


def _as_is(value: Any) -> Any:
    return value


_STORED = ("learner", *FIELDS)
_TIMES = FIELDS.index("reviewed_at")
_STORED_OF = itemgetter(*_STORED)


def raw_columns(docs: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """Stored documents as one list per field (the learner's first, then FIELDS), as stored:
    one tuple of fields per review (itemgetter), then one list per field (zip), all in C.
    Raises KeyError or TypeError on a document that is not a stored review."""
    columns = [list(field) for field in zip(*map(_STORED_OF, docs), strict=True)]
    return columns or [[] for _ in _STORED]


def from_raw(
    raw: list[list[Any]], learner: str | None, to_time: Callable[[Any], datetime] = _as_is
) -> ReviewColumns:
    """One learner's reviews (every learner's when None) of raw columns, in time order, the
    timestamps converted by `to_time`. Raises ValueError on a timestamp it cannot read."""
    learners, *fields = raw
    if len(fields) != len(FIELDS) or any(len(f) != len(learners) for f in fields):
        raise ValueError("not the columns of a month")
    if to_time is not _as_is:
        fields[_TIMES] = list(map(to_time, fields[_TIMES]))
    columns = ReviewColumns(*fields)
    if learner is not None and learners.count(learner) != len(learners):
        columns = columns.select([who == learner for who in learners])
    return columns.in_time_order()


def columns_of(
    docs: Iterable[Mapping[str, Any]],
    learner: str | None,
    to_time: Callable[[Any], datetime] = _as_is,
) -> ReviewColumns:
    """One learner's reviews among `docs` (stored documents or ReviewRows; every learner's when
    `learner` is None), in time order; `to_time` converts a stored timestamp (the rows of the
    validated path are datetimes). Raises KeyError, TypeError or ValueError on a document
    that is not a stored review."""
    return from_raw(raw_columns(docs), learner, to_time)


def columns_of_rows(rows: Iterable[ReviewRow]) -> ReviewColumns:
    """Validated review rows (any learner's) as columns, in time order."""
    return columns_of(rows, None)
