"""Bounds must hold the fact's own value: a relation's range in the world ('an atomic number
is 1 to 118') and a fact's range of plausible wrong values (see generate/plausible.py)."""

from __future__ import annotations

from collections.abc import Iterator

from quizapp.facts.errors import Loc
from quizapp.facts.model import Deck, Fact
from quizapp.facts.values import Date, NumericValue, is_numeric

Finding = tuple[Loc, str]
Bounds = list[float | None]


def check_bounds(deck: Deck) -> Iterator[Finding]:
    relations = {r.id: r for r in deck.relations}
    for i, relation in enumerate(deck.relations):
        low, high = relation.bounds or (None, None)
        if low is not None and high is not None and low > high:
            yield (("relations", i, "bounds"), "bounds go lowest first: [lowest, highest]")
    for i, fact in enumerate(deck.facts):
        rel = relations.get(fact.relation)
        given = [("its own", fact.bounds)]
        if rel is not None:
            given.append((f"relation {fact.relation!r}'s", rel.bounds))
        for owner, bounds in given:
            if bounds is not None and not _holds(fact, bounds):
                yield (("facts", i, "object"), f"the value lies outside {owner} bounds")


def _holds(fact: Fact, bounds: Bounds) -> bool:
    if not is_numeric(fact.object):
        return False  # bounds are for numbers, years and dates
    value: NumericValue = fact.object  # type: ignore[assignment]
    low, high = bounds
    if isinstance(value, Date):  # a date's bounds are years; the last runs to December
        year = value.magnitude / 12
        return (low is None or year >= low) and (high is None or year < high + 1)
    x = value.magnitude
    return (low is None or x >= low) and (high is None or x <= high)
