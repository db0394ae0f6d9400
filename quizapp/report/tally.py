"""The review figures of a report, counted month by month over columns (see figures.py for
what each figure means).

The log arrives in chunks (a month each from the store), each a set of columns in time order
and the chunks in time order. Each chunk is counted with whole-column operations (Counter over
a column, dict(zip(...)), prefix sums over the days, which are sorted) and then dropped, so a
report holds one month of reviews at a time. Only true retention walks the reviews one by
one, since it needs each fact's previous review. What is carried from chunk to chunk is small:
one time per fact, one start per session, and the tallies.

Every dict keeps the order in which its keys first appear in the log, as one pass over the
whole sorted log would (the renderers list kinds, facts and sessions in that order when their
rates tie).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import accumulate, compress

from quizapp.store.review_columns import ReviewColumns

MATURE_DAYS = 21
MATURE = timedelta(days=MATURE_DAYS)
PASSING = frozenset({"correct", "near_miss"})


class ReviewTally:
    """Everything a report counts from the log, fed chunk by chunk with `add`."""

    def __init__(
        self, days_of: Callable[[list[datetime]], list[date]], since: date | None, heat_from: date
    ) -> None:
        """`days_of` gives the study day of each of a sorted list of moments; reviews before
        `since` only say when a fact was last seen and which days were studied; the heat map
        counts the days after `heat_from`."""
        self.days_of, self.since, self.heat_from = days_of, since, heat_from
        self.last_seen: dict[str, datetime] = {}
        self.all_days: set[date] = set()
        self.retention = {True: [0, 0], False: [0, 0]}  # young? -> [right, total]
        self.per_day: dict[date, list[int]] = {}  # answers, ms
        self.activity: Counter[date] = Counter()  # answers of any mode per day, from `since`
        self.started: dict[str, datetime] = {}
        self.sessions = (Counter[str](), Counter[str]())  # answered, right
        self.kinds = (Counter[str](), Counter[str]())  # scheduled: total, right
        self.facts = (Counter[str](), Counter[str]())
        self.practice = 0

    def add(self, c: ReviewColumns) -> None:
        """Count one chunk: the next reviews in time order (undone and other decks left out)."""
        if not c.size:
            return
        days = self.days_of(c.reviewed_at)
        oks = [
            v in PASSING or (v == "self_graded" and (r or 1) > 1)
            for v, r in zip(c.verdict, c.rating, strict=True)
        ]
        cut = bisect_left(days, self.since) if self.since else 0
        self._retention(c, oks, cut)
        self.all_days.update(days)
        if cut:
            c = c.each(lambda column: column[cut:])
            days, oks = days[cut:], oks[cut:]
        self.activity.update(days)
        self._sessions(c.session_id, c.reviewed_at, oks)
        scheduled = [m == "scheduled" for m in c.mode]
        self.practice += len(scheduled) - sum(scheduled)
        if not all(scheduled):
            c = c.select(scheduled)
            days, oks = list(compress(days, scheduled)), list(compress(oks, scheduled))
        self._per_day(days, c.duration_ms)
        for (total, right), keys in ((self.kinds, c.kind), (self.facts, c.fact_id)):
            total.update(keys)
            right.update(compress(keys, oks))

    @property
    def heatmap(self) -> dict[date, int]:
        """Answers of any mode per day, the days after `heat_from`."""
        return {d: n for d, n in self.activity.items() if d > self.heat_from}

    def _retention(self, c: ReviewColumns, oks: list[bool], cut: int) -> None:
        """Young and mature true retention of the scheduled reviews of cards in review, from
        row `cut` on; every row says when its fact was last seen."""
        last_seen, tallies = self.last_seen, self.retention
        rows = zip(c.fact_id, c.reviewed_at, c.card_state, c.mode, oks, strict=True)
        for n, (fact, when, phase, mode, ok) in enumerate(rows):
            previous = last_seen.get(fact)
            last_seen[fact] = when
            if phase == "review" and mode == "scheduled" and previous is not None and n >= cut:
                tally = tallies[(when - previous) < MATURE]
                tally[0] += ok
                tally[1] += 1

    def _sessions(self, ids: list[str], times: list[datetime], oks: list[bool]) -> None:
        # the first time of each session: the earliest, so the last written when reversed
        for sid, start in dict(zip(reversed(ids), reversed(times), strict=True)).items():
            self.started.setdefault(sid, start)
        answered, right = self.sessions
        answered.update(ids)
        right.update(compress(ids, oks))

    def _per_day(self, days: list[date], ms: list[int]) -> None:
        """Answers and milliseconds per day: the days are sorted, so each is one run and its
        time a difference of prefix sums."""
        sums = list(accumulate(ms, initial=0))
        start = 0
        for d in dict.fromkeys(days):
            end = bisect_right(days, d, start)
            entry = self.per_day.setdefault(d, [0, 0])
            entry[0] += end - start
            entry[1] += sums[end] - sums[start]
            start = end
