"""Which things the deck lists all the partners of, of one kind: a remark that puts another
thing of that kind with them is then false, not merely unknown (review r408 A).

Apollo 15's commander, command module pilot and lunar module pilot are all in the deck, so
'Apollo 15, with John Young' is false: Young is none of them. Apollo 9 has only its commander
in the deck, so 'Apollo 9, with Dave Scott' says nothing the deck can refute (Scott was its
command module pilot). Uranium has its one discoverer, so '1789, by Davy' is false.

A thing's list of partners of a kind is full when, for every relation between its kind and
that kind that allows it at most one partner (a mission has one commander; an element one
discoverer), the deck gives it that partner. The lists sit in the grading vocabulary under one
key with no words of its own, as the fact ties do (fact_links.py): 'mission:apollo-15>person'.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from quizapp.facts.model import Deck
from quizapp.facts.time_values import Date, Year
from quizapp.facts.values import Percentage, Quantity
from quizapp.generate.fact_links import kind_group

FULL_LISTS = "\x05"  # the vocabulary's key; its value joins 'thing>kind' with '|'


def full_lists(deck: Deck) -> dict[str, str]:
    """{FULL_LISTS: 'mission:apollo-15>person|...'}, or {} when the deck has none."""
    kinds = {e.id: e.kind for e in deck.entities}
    relations = {r.id: r for r in deck.relations}
    needed: dict[tuple[str, str], set[str]] = defaultdict(set)  # (group, other group) -> sides
    given: dict[tuple[str, str], set[str]] = defaultdict(set)  # (thing, other group) -> sides
    open_ended: set[tuple[str, str]] = set()
    for fact in deck.facts:
        relation, obj = relations.get(fact.relation), fact.object_id
        if relation is None or fact.subject not in kinds or obj not in kinds:
            continue
        ends = [(fact.subject, obj, relation.functional, "s")]
        ends.append((obj, fact.subject, relation.inverse_functional, "o"))
        for own, other, single, end in ends:
            side = f"{fact.relation}:{end}"
            thing, group = f"{kinds[own]}:{own}", kind_group(f"{kinds[other]}:")
            pair = (kind_group(thing), group)
            if single:
                needed[pair].add(side)
                given[(thing, group)].add(side)
            else:  # a thing of this kind may have many partners: no list is known full
                open_ended.add(pair)
    full = sorted(
        f"{thing}>{group}"
        for (thing, group), sides in given.items()
        if (pair := (kind_group(thing), group)) not in open_ended and sides >= needed[pair]
    )
    return ({FULL_LISTS: "|".join(full)} if full else {}) | dated_things(deck)


def listed_in_full(vocabulary: dict[str, str], thing: str, group: str) -> bool:
    """Whether the deck gives `thing` ('kind:id') every partner of kind `group` it can have."""
    return f"{thing}>{group}" in _read(vocabulary.get(FULL_LISTS, ""))


@cache
def _read(joined: str) -> frozenset[str]:
    return frozenset(filter(None, joined.split("|")))


DATED = (
    "\x06"  # 'element:francium>discovery-year>y>1939~1939|element:sodium>melting-point>q:°C>...'
)


def dated_things(deck: Deck) -> dict[str, str]:
    """The years and figures the deck gives each thing, by relation ('y' a year, 'q' a figure),
    with the readings it also allows: a figure beside a right answer is checked against them
    (figure_claims.py)."""
    kinds = {e.id: e.kind for e in deck.entities}
    found = []
    for fact in deck.facts:
        spans = _spans(fact.object)
        if fact.subject in kinds and spans:
            unit = getattr(fact.object, "unit", None) or ""
            kind = "y" if isinstance(fact.object, Year | Date) else f"q:{unit}"
            found.append(f"{kinds[fact.subject]}:{fact.subject}>{fact.relation}>{kind}>{spans}")
    return {DATED: "|".join(sorted(found))} if found else {}


def _spans(value: object) -> str:
    """'1868~1922,1895~1895': the readings of a year (AD only) or of a figure, lowest~highest."""
    if isinstance(value, Year | Date):
        spread = value.circa if isinstance(value, Year) else 0
        years = [value.signed, *(value.readings if isinstance(value, Year) else [])]
        return ",".join(f"{y - spread}~{y + spread}" for y in years if y > 0)
    if isinstance(value, Quantity | Percentage):
        room = max(value.tolerance, abs(value.value) * NEAR_SHARE)
        readings = [value.value, *(value.also if isinstance(value, Quantity) else [])]
        return ",".join(f"{v - room:g}~{v + room:g}" for v in readings)
    return ""


Spans = tuple[tuple[float, float], ...]
NEAR_SHARE = 0.03  # a figure in a remark within 3% of the deck's reads as the same


def dated(vocabulary: dict[str, str], thing: str) -> dict[str, tuple[str, Spans]]:
    """{relation: ('y' for a year or 'q:UNIT', ((lowest, highest), ...))}: what the deck gives
    `thing` ('kind:id')."""
    return _dates(vocabulary.get(DATED, "")).get(thing, {})


@cache
def _dates(joined: str) -> dict[str, dict[str, tuple[str, Spans]]]:
    out: dict[str, dict[str, tuple[str, Spans]]] = defaultdict(dict)
    for entry in filter(None, joined.split("|")):
        thing, relation, kind, spans = entry.split(">")
        pairs = (span.split("~") for span in spans.split(","))
        out[thing][relation] = kind, tuple((float(a), float(b)) for a, b in pairs)
    return dict(out)
