"""Year options of one era: '753 BC' among 1914, 1945 and 1989 is picked for its era, not known.

An imported deck keeps its years as answer names, and multiple choice draws wrong options from
the deck's other answers of the same kind, so a card asking when Rome was founded stood out
among modern years, and offered among the modern cards it was the one option never right
(issue 12, session 24). Years are put in three eras here: before Christ, the first millennium
of our era (AD 79, 476) and the years since 1000. A wrong year is drawn only from the key's
era; where too few are left, the item is dropped, as any item short of fair options is. The
`one era` gate re-checks every choice item whose options are all years.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizapp.generate.dates import parse_date_era

if TYPE_CHECKING:
    from quizapp.generate.index import DeckIndex
    from quizapp.generate.question import Question

FIRST_MILLENNIUM_END = 1000  # years from here on are the modern era of this rule


@lru_cache(maxsize=65536)  # asked of every candidate's name: 12 s under cProfile at 2,000 facts
def era_of(name: str) -> str | None:
    """'bc', 'first millennium' or 'since 1000' for a name that is one year or date; None
    for anything else ('8', 'Paris')."""
    readings = parse_date_era(name)
    years = {year for (year, _, _), _ in readings}
    if len(years) != 1:
        return None
    year = years.pop()
    if year < 0:
        return "bc"
    return "first millennium" if year < FIRST_MILLENNIUM_END else "since 1000"


def same_era(key: str, other: str) -> bool:
    """Whether `other` may stand beside `key` as an option: not a year of another era."""
    era = era_of(key)
    return era is None or era_of(other) in (None, era)


def one_era(q: Question, ix: DeckIndex) -> str | None:
    """The gate: a choice item whose options are all years keeps them in the key's era."""
    if q.kind != "mcq" or not q.options or len(q.answer) != 1:
        return None
    eras = {option: era_of(option) for option in q.options}
    key = eras.get(q.answer[0])
    if key is None or None in eras.values():
        return None
    others = sorted({e for o, e in eras.items() if e is not None and e != key})
    return f"year options of another era than the key: {', '.join(others)}" if others else None
