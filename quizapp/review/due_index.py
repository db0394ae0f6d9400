"""Today's queue kept up to date answer by answer, instead of rebuilt from every card.

`DueIndex.queue` returns exactly what `queue.build_queue` returns for the same cards, moment,
settings and day counts (a property test checks this after random answers), but:
- each card's timestamps are parsed once, when the index is built or the card changes;
- a card that is not ready yet waits in a heap keyed by the moment it becomes ready (its due
  time, or the end of its burial), and moves to the due reviews when that moment passes;
- an answer updates one card in O(log n) (`update`); nothing is rebuilt.
The due reviews are ordered by how overdue they are relative to stability (lowest
retrievability first) at the moment asked, so that part costs O(d log d) in the cards that
are due now, never in the deck's size. Ties keep the order of the cards' mapping, as the
from-scratch build does (a card first answered in this session comes after the older ones).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from quizapp.review.due_entries import Entry, entry_of, micros
from quizapp.review.marks import Counts, count_marks
from quizapp.review.queue import NOTHING_DONE, DoneToday, learn_ahead
from quizapp.store.records import CardState, Settings

MARGIN = 1e-3  # seconds: a kept queue is given up this long before it could change


class _Kept(NamedTuple):
    """A queue worked out at `since`, and what it holds for: the index's changes, the settings
    (the very object) and the day's counts it was worked out with, until `until`."""

    changes: int
    settings: Settings
    done: DoneToday
    since: float
    until: float
    queue: list[str]


class DueIndex:
    def __init__(self, facts: list[str], cards: dict[str, CardState]) -> None:
        self._position = {f: i for i, f in enumerate(dict.fromkeys(facts))}
        self._facts = list(self._position)
        self._seq: dict[str, int] = {}  # the cards mapping's insertion order
        self._next_seq = 0
        self._entries: dict[str, Entry] = {}
        self._version: dict[str, int] = {}
        self._learning: set[str] = set()
        self._waiting: list[tuple[float, int, str]] = []  # (ready_ts, version, fact)
        self._due: set[str] = set()  # reviews whose ready moment has passed
        self._added = 0  # bumped when a card joins the due reviews (not when one leaves)
        self._order: tuple[int, float, float, list[str]] | None = None  # see _ordered_due
        self._new: list[int] = []  # deck positions of facts never studied, sorted
        self._drained_to = float("-inf")
        self._changes = 0  # bumped by every update: a kept queue (_Kept) no longer holds
        self._kept: _Kept | None = None
        self._build(cards)
        self._new = [
            i
            for i, f in enumerate(self._facts)
            if f not in self._entries or not self._entries[f].seen
        ]

    def _build(self, cards: dict[str, CardState]) -> None:
        """What _remember and _file do for each card in turn, in one loop (each fact once,
        so every version is 1), every waiting card pushed unordered and heapified once."""
        position, entries, version = self._position, self._entries, self._version
        seq, waiting, learning = self._seq, self._waiting, self._learning
        for f, card in cards.items():
            if f not in position:
                continue
            seq[f] = len(seq)
            entries[f] = e = entry_of(card)
            version[f] = 1
            if not e.seen or e.suspended:
                continue
            if e.learning:
                learning.add(f)
            else:
                waiting.append((e.ready_ts, 1, f))
        self._next_seq = len(seq)
        heapq.heapify(waiting)  # in O(n), not n pushes

    def _remember(self, fact_id: str) -> None:
        if fact_id not in self._seq:
            self._seq[fact_id] = self._next_seq
            self._next_seq += 1

    def _file(self, fact_id: str, card: CardState) -> None:
        e = entry_of(card)
        self._entries[fact_id] = e
        version = self._version.get(fact_id, 0) + 1
        self._version[fact_id] = version
        if not e.seen or e.suspended:
            return
        if e.learning:
            self._learning.add(fact_id)
        elif self._drained_to == float("inf"):
            self._waiting.append((e.ready_ts, version, fact_id))
        elif e.ready_ts <= self._drained_to:
            self._due.add(fact_id)
            self._added += 1
        else:
            heapq.heappush(self._waiting, (e.ready_ts, version, fact_id))

    def _unfile(self, fact_id: str) -> None:
        self._learning.discard(fact_id)
        self._due.discard(fact_id)
        self._entries.pop(fact_id, None)
        pos = self._position[fact_id]
        i = bisect.bisect_left(self._new, pos)
        if i < len(self._new) and self._new[i] == pos:
            del self._new[i]

    def update(self, fact_id: str, card: CardState | None) -> None:
        """The card of a fact changed (None: it left the cards mapping, as an undone first
        answer does). O(log n)."""
        if fact_id not in self._position:
            return
        self._changes += 1
        self._unfile(fact_id)
        if card is None:
            self._seq.pop(fact_id, None)
            self._version[fact_id] = self._version.get(fact_id, 0) + 1
            bisect.insort(self._new, self._position[fact_id])
            return
        self._remember(fact_id)
        self._file(fact_id, card)
        if not card.seen:
            bisect.insort(self._new, self._position[fact_id])

    def _drain(self, now_ts: float) -> None:
        if now_ts < self._drained_to:  # time went back: what is due must be worked out again
            for f in self._due:
                e = self._entries[f]
                heapq.heappush(self._waiting, (e.ready_ts, self._version[f], f))
            self._due.clear()
            self._order = None
        if self._drained_to == float("-inf"):  # the first time: split the heap in one pass
            self._drain_all(now_ts)
        self._drained_to = now_ts
        while self._waiting and self._waiting[0][0] <= now_ts:
            _, version, f = heapq.heappop(self._waiting)
            if self._version.get(f) == version:
                self._due.add(f)
                self._added += 1

    def _drain_all(self, now_ts: float) -> None:
        """What _drain's loop does, in O(n) rather than a pop per card: at an open most of
        the deck may be due at once."""
        ready = [w for w in self._waiting if w[0] <= now_ts]
        self._waiting = [w for w in self._waiting if w[0] > now_ts]
        heapq.heapify(self._waiting)
        version = self._version
        for _, v, f in ready:  # a set: the order they join it in makes no difference
            if version.get(f) == v:
                self._due.add(f)
                self._added += 1

    def _ordered_due(self, now: datetime, now_ts: float) -> list[str]:
        """Every due review (and some that left since), most overdue first, ties in the
        mapping's order. Each card's overdueness grows linearly in time at its own rate
        (1 / stability), so an order worked out at t0 stays right until two neighbours in it
        cross; it is reused until half-way to the first crossing, unless a card joined."""
        cached = self._order
        if cached is not None:
            added, at, safe_until, order = cached
            if added == self._added and at <= now_ts < safe_until:
                return order
        keyed = sorted(self._keyed_due(now))
        entries = self._entries
        safe_until = float("inf")
        for (ka, _, fa), (kb, _, fb) in itertools.pairwise(keyed):
            rate_a, rate_b = entries[fa].rate, entries[fb].rate
            if rate_b <= rate_a:
                continue  # b never catches up with a
            gap = kb - ka  # a's overdueness minus b's, >= 0
            if gap <= 1e-9 * max(1.0, abs(ka)):
                safe_until = now_ts  # a tie that breaks at once: work it out every time
                break
            safe_until = min(safe_until, now_ts + 0.5 * gap / (rate_b - rate_a))
        order = [f for _, _, f in keyed]
        self._order = (self._added, now_ts, safe_until, order)
        return order

    def _keyed_due(self, now: datetime) -> list[tuple[float, int, str]]:
        """(minus overdueness, mapping order, fact) of every due review. Overdueness is what
        queue._overdue computes, `(now - last).total_seconds() / 86400 / stability`, to the
        last bit: the same integer microseconds over 10**6, then the same two divisions."""
        now_us, seq, entries = micros(now), self._seq, self._entries
        return [
            (
                -0.0
                if (e := entries[f]).last_us is None
                else -((now_us - e.last_us) / 1_000_000 / 86400 / e.stability),
                seq[f],
                f,
            )
            for f in self._due
        ]

    def counts(self, now: datetime, day_ends: Sequence[datetime] = ()) -> Counts:
        """The same counts as queue.counts(facts, cards, now, day_ends), from the parsed
        entries: a fact with no card counts as new, whatever order the cards come in."""
        entries = self._entries.values()
        never_studied = itertools.repeat(None, len(self._facts) - len(self._entries))
        # the entries themselves: count_marks reads only fields they share with Marks (and
        # an entry's due moment only when seen, where it is the marks' too)
        return count_marks(
            itertools.chain(entries, never_studied),
            now.timestamp(),
            [d.timestamp() for d in day_ends],
        )

    def queue(self, now: datetime, settings: Settings, done: DoneToday = NOTHING_DONE) -> list[str]:
        """The same list as queue.build_queue(facts, cards, now, settings, done). Kept until a
        card changes, the settings or the day's counts do, or `now` reaches the first moment
        at which any card could join or leave it (_Kept): a session asks twice an answer (the
        next question, then the progress), and nothing changed in between."""
        now_ts = now.timestamp()
        kept = self._kept
        if (
            kept is not None
            and kept.changes == self._changes
            and kept.settings is settings
            and kept.done == done
            and kept.since <= now_ts < kept.until
        ):
            return list(kept.queue)
        self._drain(now_ts)
        ahead = learn_ahead(settings)
        ahead_ts = (now + ahead).timestamp()
        learning, until = self._learning_now(now_ts, ahead_ts, ahead.total_seconds())
        if self._waiting:  # the next card to become due (or a stale entry before it)
            until = min(until, self._waiting[0][0])
        wanted_reviews = done.reviews_left(settings)
        reviews: list[str] = []
        if wanted_reviews:  # the first wanted of the order still due, picked out in C
            due_now = filter(self._due.__contains__, self._ordered_due(now, now_ts))
            reviews = list(itertools.islice(due_now, wanted_reviews))
            assert self._order is not None
            until = min(until, self._order[2])  # the order holds until then
        new, unburied = self._new_now(now_ts, done.new_left(settings))
        made = learning + reviews + new
        self._kept = _Kept(
            self._changes, settings, done, now_ts, min(until, unburied) - MARGIN, made
        )
        return list(made)

    @property
    def kept(self) -> object:
        """What stands for the queue `queue` last gave: the same object as long as `queue`
        gives that very queue again (callers may keep what they worked out from it)."""
        return self._kept

    def _learning_now(
        self, now_ts: float, ahead_ts: float, ahead_s: float
    ) -> tuple[list[str], float]:
        """The learning cards due within the learn-ahead window and not buried, by due time,
        and the first moment another one could join them (one left out comes within the
        window, or its burial ends)."""
        entries, seq = self._entries, self._seq
        picked, until = [], float("inf")
        for f in self._learning:
            e = entries[f]
            if e.due_ts <= ahead_ts and e.available(now_ts):
                picked.append(f)
            elif not e.suspended:
                if e.due_ts > ahead_ts:
                    until = min(until, e.due_ts - ahead_s)
                if e.buried_ts is not None and e.buried_ts > now_ts:
                    until = min(until, e.buried_ts)
        picked.sort(key=lambda f: (entries[f].due_ts, seq[f]))
        return picked, until

    def _new_now(self, now_ts: float, wanted: int) -> tuple[list[str], float]:
        """The first `wanted` facts never studied, in deck order, not buried or suspended,
        and the first moment a buried one among those passed over could join them."""
        entries, new, until = self._entries, [], float("inf")
        if wanted:
            for pos in self._new:
                f = self._facts[pos]
                card = entries.get(f)
                if card is None or card.available(now_ts):
                    new.append(f)
                    if len(new) == wanted:
                        break
                elif not card.suspended and card.buried_ts is not None:
                    until = min(until, card.buried_ts)
        return new, until
