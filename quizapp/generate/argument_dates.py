"""When the statements of the argument happened, where the deck dates them.

A wrong reason that happened after the thing it is offered to explain ('the Apollo 13 tank
exploded' as a reason for the 1969 landing) is ruled out by the calendar alone: the learner
needs no understanding to drop it (Apollo reviews, seeds 709 and 743). A fact is dated by its
own date value (a launch on 16 July 1969) or, for an event, by when it happened; a fact without
one by the dated facts about what it names (Apollo 13's planned site by Apollo 13's flight); a
claim by the facts the deck gives as its evidence. A statement the deck dates nowhere is bounded
by what it explains, as a cause comes before its effect: the redesign after the Apollo 1 fire is
no later than the first crewed flight it delayed (October 1968), so the rover (1971) is no
reason for it (session-20 review 20203 #9). Undated nodes are never ruled out.
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


def entity_days(argument: Argument, entity: str) -> list[Day]:
    """The own dates of the facts about an entity (Apollo 15's launch, landing, splashdown),
    kept per entity: every undated fact naming it asks them (the list is shared)."""
    memo: dict[str, list[Day]] = argument.__dict__.setdefault("_entity_days", {})
    found = memo.get(entity)
    if found is None:
        about = argument.ix.facts_of_subject.get(entity, [])  # in deck order
        found = memo[entity] = [d for f in about if (d := fact_day(argument, f)) is not None]
    return found


def fact_days(argument: Argument, fact: Fact) -> list[Day]:
    """A fact's own date, else the dates of what it names ('the rover was first carried by
    Apollo 15': Apollo 15's flight)."""
    own = fact_day(argument, fact)
    if own is not None:
        return [own]
    return [d for e in sorted(argument.named(fact.id)) for d in entity_days(argument, e)]


def days(argument: Argument, node: str) -> tuple[Day, ...]:
    """The dates the deck gives a node: a fact's (fact_days), or those of a claim's evidence
    facts; a claim none of whose evidence is dated takes the dates of the facts about what it
    names ('Apollo 8 was sent to orbit the Moon ...': Apollo 8's launch and splashdown), so a
    reason from July 1969 is not offered for it (seed-9419 author's reading #26). Kept per
    node: every wrong reason tried against every claim asks them (800 times a deck)."""
    memo: dict[str, tuple[Day, ...]] = argument.__dict__.setdefault("_days", {})
    if node not in memo:
        memo[node] = tuple(_days(argument, node))
    return memo[node]


def _days(argument: Argument, node: str) -> list[Day]:
    facts = argument.ix.facts
    if node in facts:
        return fact_days(argument, facts[node])
    found = [d for i in argument.evidence(node) for d in fact_days(argument, facts[i])]
    if found:
        return found
    about = argument.ix.facts_of_subject  # by subject, not a pass over the deck per claim
    return [
        d
        for e in sorted(argument.named(node))
        for f in about.get(e, [])
        for d in fact_days(argument, f)
    ]


def no_later_than(argument: Argument, node: str) -> list[Day]:
    """Dates the node cannot postdate: its own, else those of what it explains (a cause comes
    before its effect). Kept per node, as `days` is; the list is shared."""
    memo: dict[str, list[Day]] = argument.__dict__.setdefault("_no_later", {})
    found = memo.get(node)
    if found is None:
        own = days(argument, node)
        found = (
            list(own) if own else [d for n in effects(argument, node) for d in days(argument, n)]
        )
        memo[node] = found
    return found


def effects(argument: Argument, node: str) -> list[str]:
    """What the deck gives the node as a reason for, in deck order (`explained`'s): one table
    per deck, not a pass over every explained node per question (issue 12)."""
    table = argument.__dict__.get("_effects")
    if not isinstance(table, dict):
        table = {}
        for n in argument.explained:
            for cause in argument.causes(n):
                table.setdefault(cause, []).append(n)
        argument.__dict__["_effects"] = table
    return list(table.get(node, ()))


def later(a: Day, b: Day) -> bool:
    """a is surely after b: a later year, or a later month (a later day) where both know it."""
    if a[0] != b[0]:
        return a[0] > b[0]
    if not (a[1] and b[1]) or a[1] != b[1]:
        return bool(a[1] and b[1]) and a[1] > b[1]
    return bool(a[2] and b[2]) and a[2] > b[2]


def after(argument: Argument, candidate: str, node: str) -> bool:
    """Everything dated in `candidate` came after everything dated in `node` (or, where the
    deck dates it nowhere, in what it explains)."""
    mine, theirs = days(argument, candidate), no_later_than(argument, node)
    return bool(mine and theirs) and all(later(a, b) for a in mine for b in theirs)
