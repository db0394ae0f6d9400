"""The span of time a deck's story covers, so no false date falls outside it.

'Apollo 17 was launched on 7 August 1973' is false on its face to anyone who knows the
programme ended in December 1972: the learner rejects it without recalling the launch. So a
wrong year or date stays within the span of the true dates of its relation (Apollo's
launches, October 1968 to December 1972) and within the span the deck as a whole covers (its
facts' dates and the years they hold as of), besides any bounds the author declares. The
tiers that widen a quantity's spread (plausible.py) do not widen these. Spans are kept in
months, a year covering its twelve; a deck or relation with fewer than SPAN_FACTS distinct
dates sets no span.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, Year
from quizapp.generate.index import DeckIndex

Span = tuple[float, float]  # first and last month, inclusive
SPAN_FACTS = 3  # distinct dates before they set a span
END_OF_YEAR = 11.99  # a year or month runs to the end of its last month
END_OF_MONTH = 0.99


def months_of(value: Year | Date) -> Span:
    """The months a year or date covers: 1972 is January to December 1972."""
    if isinstance(value, Year) or value.month is None:
        start = value.signed * 12.0
        return start, start + END_OF_YEAR
    start = float(math.floor(value.magnitude))
    return start, start + END_OF_MONTH


def _span(found: Iterable[Span]) -> Span | None:
    spans = set(found)
    if len(spans) < SPAN_FACTS:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def time_spans(ix: DeckIndex) -> dict[str, Span]:
    """Per relation: the span of its true years and dates, worked out once per deck and kept
    on its index (as plausible._spreads keeps the figures' ranges)."""
    found = ix.__dict__.get("_time_spans")
    if isinstance(found, dict):
        return found
    table: dict[str, Span] = {}
    for relation, rows in ix.numeric_by_relation.items():
        span = _span(months_of(v) for _, v, _, _ in rows if isinstance(v, Year | Date))
        if span is not None:
            table[relation] = span
    ix.__dict__["_time_spans"] = table
    return table


def deck_span(ix: DeckIndex) -> Span | None:
    """The span the whole deck covers: its facts' years and dates, and the years its facts
    hold as of ('in 2023')."""
    if "_deck_span" in ix.__dict__:
        found: Span | None = ix.__dict__["_deck_span"]
        return found
    spans = [months_of(v) for _, v in _time_values(ix)]
    for fact in ix.deck.facts:
        when = fact.qualifiers.as_of
        if when is not None:
            start = when.year * 12.0 + (when.month - 1 if when.month else 0)
            spans.append((start, start + (END_OF_MONTH if when.month else END_OF_YEAR)))
    span = _span(spans)
    ix.__dict__["_deck_span"] = span
    return span


def _time_values(ix: DeckIndex) -> list[tuple[Fact, Year | Date]]:
    return [
        (f, v)
        for rows in ix.numeric_by_relation.values()
        for f, v, _, _ in rows
        if isinstance(v, Year | Date)
    ]


def time_bounds(
    value: Year | Date, span: Span | None, margin: float = 0.0
) -> Sequence[float] | None:
    """The span widened by `margin` of its length, in the value's own magnitude (years for a
    year, months for a date); None without a span."""
    if span is None:
        return None
    low, high = span
    room = margin * (high - low)
    low, high = low - room, high + room
    if isinstance(value, Year):
        return float(math.floor(low / 12)), float(math.floor(high / 12))
    return low, high


def story_bounds(ix: DeckIndex, fact: Fact) -> list[Sequence[float]]:
    """Where any wrong year or date for this fact must lie, whatever the tier: within the
    span of its relation's true dates and within the deck's span. A tier never widens them:
    a launch a month after the last launch is as false on its face as one a year after.
    Nothing for an imported card (its relation holds cards of any subject): the cards' own
    span kept the earliest key always the first option and the latest always the last (r460 F)."""
    value = ix.numeric_value(fact)
    if not isinstance(value, Year | Date) or ix.relations[fact.relation].subject_is_question:
        return []  # an imported card's years tell no story (review r460 F)
    spans = (time_spans(ix).get(fact.relation), deck_span(ix))
    return [b for span in spans if (b := time_bounds(value, span)) is not None]
