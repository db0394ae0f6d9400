"""Entities one fact away from what a claim names. A wrong option about one of them may be
argued to support the claim: 'Harrison Schmitt was the twelfth person to walk on the Moon' backs
'Apollo 17 was the last crewed landing' for a learner who knows Schmitt flew on Apollo 17, which
the deck says (review r402, Apollo #26). Such a candidate is never offered as wrong."""

from __future__ import annotations

from collections import defaultdict

from quizapp.generate.argument import Argument
from quizapp.generate.person_names import PERSON_KINDS

SATELLITE = 2  # an entity linked to at most this many others is known by those links


def bonded(argument: Argument, *nodes: str) -> frozenset[str]:
    """The people that a fact about an entity the nodes name has as its object and that are
    known by few links: a crew member by the mission. Not a stance or a policy of a country
    (which would shut out most of a policy deck's options), nor a member state by each bloc it
    is in. Protagonists are left out."""
    table, owned = _tables(argument)
    named = frozenset().union(*(argument.named(n) for n in nodes))
    near = {b for e in named for b in owned.get(e, ()) if len(table[b]) <= SATELLITE}
    people = {b for b in near if argument.ix.entities[b].kind in PERSON_KINDS}
    return frozenset(people) - argument.ix.protagonists


def _tables(argument: Argument) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each entity to the entities it shares a fact with, and to those its own facts name as
    their object (a mission's crew, an element's discoverer; not the elements whose state is
    'gas'); built once per argument."""
    found = argument.__dict__.get("_bond_tables")
    if isinstance(found, tuple):
        return found
    both: dict[str, set[str]] = defaultdict(set)
    owned: dict[str, set[str]] = defaultdict(set)
    for fact in argument.ix.facts.values():
        if fact.object_id and fact.object_id != fact.subject:
            owned[fact.subject].add(fact.object_id)
            both[fact.subject].add(fact.object_id)
            both[fact.object_id].add(fact.subject)
    tables = (
        {e: frozenset(v) for e, v in both.items()},
        {e: frozenset(v) for e, v in owned.items()},
    )
    argument.__dict__["_bond_tables"] = tables
    return tables
