"""When the statements of the argument happened, where the deck dates them.

A wrong reason that happened after the thing it is offered to explain ('the Apollo 13 tank
exploded' as a reason for the 1969 landing) is ruled out by the calendar alone: the learner
needs no understanding to drop it (Apollo reviews, seeds 709 and 743). A fact is dated by its
own date value (a launch on 16 July 1969) or, for an event, by when it happened; a claim by the
facts the deck gives as its evidence. Undated nodes are never ruled out.
"""

from __future__ import annotations

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, Year
from quizapp.generate.argument import Argument

Day = tuple[int, int, int]  # year (negative BC), month, day; 0 where not known


def fact_day(argument: Argument, fact: Fact) -> Day | None:
    obj = fact.object
    if isinstance(obj, Date):
        return (obj.signed, obj.month or 0, obj.day or 0)
    if isinstance(obj, Year):
        return (obj.signed, 0, 0)
    when = fact.qualifiers.as_of
    if when is not None and argument.ix.relations[fact.relation].event:
        return when.sort_key
    return None


def days(argument: Argument, node: str) -> list[Day]:
    """The dates the deck gives a node: a fact's own, or those of a claim's evidence facts; a
    claim none of whose evidence is dated takes the dates of the facts about what it names
    ('Apollo 8 was sent to orbit the Moon ...': Apollo 8's launch and splashdown), so a reason
    from July 1969 is not offered for it (seed-9419 author's reading #26)."""
    facts = argument.ix.facts
    ids = [node] if node in facts else argument.evidence(node)
    found = [d for i in ids if (d := fact_day(argument, facts[i])) is not None]
    if found or node in facts:
        return found
    named = argument.named(node)
    about = [f for f in argument.ix.deck.facts if f.subject in named]
    return [d for f in about if (d := fact_day(argument, f)) is not None]


def later(a: Day, b: Day) -> bool:
    """a is surely after b: a later year, or a later month (a later day) where both know it."""
    if a[0] != b[0]:
        return a[0] > b[0]
    if not (a[1] and b[1]) or a[1] != b[1]:
        return bool(a[1] and b[1]) and a[1] > b[1]
    return bool(a[2] and b[2]) and a[2] > b[2]


def after(argument: Argument, candidate: str, node: str) -> bool:
    """Everything dated in `candidate` came after everything dated in `node`."""
    mine, theirs = days(argument, candidate), days(argument, node)
    return bool(mine and theirs) and all(later(a, b) for a in mine for b in theirs)
