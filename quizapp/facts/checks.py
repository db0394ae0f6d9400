"""Whole-deck checks that a single model cannot make: references, kinds, duplicates, clashes.

Each check yields ``(loc, message)``; the loader turns locs into file lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.facts.background_checks import check_background
from quizapp.facts.bound_checks import check_bounds
from quizapp.facts.claim_checks import check_claims
from quizapp.facts.errors import Loc
from quizapp.facts.model import Deck, Entity, Fact, RelationType, Source
from quizapp.facts.normalise import normalise
from quizapp.facts.physical import known_unit
from quizapp.facts.templates import template_slots
from quizapp.facts.values import SCALES, Quantity, Range

Finding = tuple[Loc, str]
_DATE_LIKE = re.compile(r"^\d{1,4}(-\d{1,2}){0,2}$")
DATE_HINT = (
    "write a date as {kind: date, year: 1846, month: 9, day: 23} and a year as "
    "{kind: year, value: 1846}"
)
VALUE_HINT = (
    "write a value as a mapping with its kind, such as {kind: quantity, value: 12, unit: km} "
    "(docs/authoring.md lists every kind)"
)


def check_deck(deck: Deck) -> list[Finding]:
    return [
        *_duplicate_ids(deck),
        *_name_clashes(deck),
        *_relation_refs(deck),
        *_fact_refs(deck),
        *_functional_conflicts(deck),
        *check_claims(deck),
        *_measured_units(deck),
        *check_bounds(deck),
    ]


def _duplicate_ids(deck: Deck) -> Iterator[Finding]:
    for section in ("sources", "topics", "entities", "relations", "facts"):
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(deck, section)):
            if item.id in seen:
                yield (
                    (section, i, "id"),
                    f"duplicate id {item.id!r} (first at {section}[{seen[item.id]}])",
                )
            else:
                seen[item.id] = i


def _name_clashes(deck: Deck) -> Iterator[Finding]:
    """Two entities answering to the same name would make typed answers ambiguous."""
    owner: dict[str, str] = {}
    for i, entity in enumerate(deck.entities):
        for name in {normalise(n) for n in entity.all_names()}:
            if name in owner and owner[name] != entity.id:
                yield (
                    ("entities", i, "aliases"),
                    f"name {name!r} is also used by entity {owner[name]!r}",
                )
            owner.setdefault(name, entity.id)
    symbols: dict[str, str] = {}
    for i, entity in enumerate(deck.entities):
        if entity.symbol in symbols:
            yield (
                ("entities", i, "symbol"),
                f"symbol {entity.symbol!r} is also used by entity {symbols[entity.symbol]!r}",
            )
        symbols.setdefault(entity.symbol or "", entity.id)


def _relation_refs(deck: Deck) -> Iterator[Finding]:
    ids = {e.id: e for e in deck.entities}
    for i, entity in enumerate(deck.entities):
        for j, other in enumerate(entity.named_after):
            if other not in ids:
                yield ("entities", i, "named_after", j), f"unknown entity {other!r}"
        for j, other in enumerate(entity.near):
            if other not in ids or ids[other].kind != entity.kind:
                yield ("entities", i, "near", j), f"{other!r} is no {entity.kind} of this deck"
    for i, rel in enumerate(deck.relations):
        for j, subject in enumerate(rel.universe or []):
            if subject not in ids:
                yield ("relations", i, "universe", j), f"unknown entity {subject!r}"
            elif ids[subject].kind not in rel.subject_kinds:
                yield (
                    ("relations", i, "universe", j),
                    (f"{subject!r} is a {ids[subject].kind}, not one of {rel.subject_kinds}"),
                )
        for j, obj in enumerate(rel.complete_for):
            if obj not in ids:
                yield ("relations", i, "complete_for", j), f"unknown entity {obj!r}"
        if rel.unit and rel.object_type != "quantity":
            yield ("relations", i, "unit"), "unit only applies to quantity relations"


def _fact_refs(deck: Deck) -> Iterator[Finding]:
    entities = {e.id: e for e in deck.entities}
    relations = {r.id: r for r in deck.relations}
    topics = {t.id for t in deck.topics}
    sources = {s.id: s for s in deck.sources}
    for i, fact in enumerate(deck.facts):
        at = ("facts", i)
        subject = entities.get(fact.subject)
        rel = relations.get(fact.relation)
        if subject is None:
            yield (*at, "subject"), f"unknown entity {fact.subject!r}"
        if rel is None:
            yield (*at, "relation"), f"unknown relation {fact.relation!r}"
        if rel is not None and subject is not None and subject.kind not in rel.subject_kinds:
            yield (
                (*at, "subject"),
                (
                    f"relation {rel.id!r} takes a subject of kind "
                    f"{' or '.join(rel.subject_kinds)}, "
                    f"but {subject.id!r} is a {subject.kind}"
                ),
            )
        if rel is not None:
            yield from _object_fits(fact, rel, entities, at)
            yield from _qualifiers_fit(fact, rel, at)
        for j, topic in enumerate(fact.topics):
            if topic not in topics:
                yield (*at, "topics", j), f"unknown topic {topic!r}"
        yield from _provenance_fits(fact, sources, at)


def _object_fits(
    fact: Fact, rel: RelationType, entities: dict[str, Entity], at: Loc
) -> Iterator[Finding]:
    obj = fact.object
    if isinstance(obj, str):
        if rel.object_type != "entity":
            wants = f"relation {rel.id!r} takes {_wants(rel)}"
            if _DATE_LIKE.match(obj):
                yield (*at, "object"), f"{wants}, not the text {obj!r}; {DATE_HINT}"
            elif obj in entities:
                yield (*at, "object"), f"{wants}, not an entity id"
            else:
                yield (*at, "object"), f"{wants}, not the text {obj!r}; {VALUE_HINT}"
            return
        target = entities.get(obj)
        if target is None:
            yield (*at, "object"), f"unknown entity {obj!r}"
        elif target.kind not in rel.object_kinds:
            yield (
                (*at, "object"),
                (
                    f"relation {rel.id!r} takes an object of kind {' or '.join(rel.object_kinds)}, "
                    f"but {obj!r} is a {target.kind}"
                ),
            )
        if obj == fact.subject:
            yield (*at, "object"), "subject and object are the same entity"
        return
    if obj.kind != rel.object_type:
        yield (
            (*at, "object", "kind"),
            f"relation {rel.id!r} takes {_wants(rel)}, not a {obj.kind} value",
        )
    elif isinstance(obj, Quantity) and rel.unit and obj.unit != rel.unit:
        yield (*at, "object", "unit"), f"relation {rel.id!r} counts {rel.unit!r}, not {obj.unit!r}"


def _wants(rel: RelationType) -> str:
    return "an entity id" if rel.object_type == "entity" else f"a {rel.object_type} value"


def _qualifiers_fit(fact: Fact, rel: RelationType, at: Loc) -> Iterator[Finding]:
    uses_scope = any(
        "scope" in template_slots(t)
        for t in (rel.templates.forward, rel.templates.inverse, rel.templates.statement)
        if t
    )
    if rel.time_bound and fact.qualifiers.as_of is None:
        yield (*at, "qualifiers"), f"relation {rel.id!r} is time-bound: give qualifiers.as_of"
    if uses_scope and not fact.qualifiers.scope:
        yield (
            (*at, "qualifiers"),
            f"relation {rel.id!r} templates use {{scope}}: give qualifiers.scope",
        )


def _provenance_fits(fact: Fact, sources: dict[str, Source], at: Loc) -> Iterator[Finding]:
    prov = fact.provenance
    source = sources.get(prov.source)
    if source is None:
        yield (*at, "provenance", "source"), f"unknown source {prov.source!r}"
        return
    if prov.background or not source.sections:
        return
    sections = {s.number: s for s in source.sections}
    section = sections.get(prov.section or 0)
    if section is None:
        yield (*at, "provenance", "section"), f"source {source.id!r} has no section {prov.section}"
    elif (prov.paragraph or 0) > section.paragraphs:
        yield (
            (*at, "provenance", "paragraph"),
            (
                f"section {section.number} of {source.id!r} has {section.paragraphs} paragraphs, "
                f"not {prov.paragraph}"
            ),
        )


def _functional_conflicts(deck: Deck) -> Iterator[Finding]:
    """A functional relation holds one object per subject (per as_of date and per scope:
    nitrogen's and oxygen's share of the air are two facts); no fact twice."""
    functional = {r.id for r in deck.relations if r.functional}
    by_subject: dict[tuple[str, str, object, str | None], int] = {}
    by_triple: dict[tuple[str, str, str, object, str | None], int] = {}
    for i, fact in enumerate(deck.facts):
        when = fact.qualifiers.as_of
        scope = fact.qualifiers.scope
        triple = (fact.subject, fact.relation, repr(fact.object), when, scope)
        if triple in by_triple:
            yield ("facts", i), f"the same fact is stated in facts[{by_triple[triple]}]"
            continue
        by_triple[triple] = i
        key = (fact.subject, fact.relation, when, scope)
        if fact.relation in functional and key in by_subject:
            yield (
                ("facts", i, "object"),
                (
                    f"relation {fact.relation!r} is functional, but {fact.subject!r} "
                    "already has an "
                    f"object in facts[{by_subject[key]}]"
                ),
            )
        by_subject.setdefault(key, i)


def _measured_units(deck: Deck) -> Iterator[Finding]:
    """A measured quantity's unit must be one the units library knows ('million km' is a
    scale and a unit: the scale goes in `scale`)."""
    for i, fact in enumerate(deck.facts):
        obj = fact.object
        if not isinstance(obj, Quantity | Range) or not obj.measure:
            continue
        words = obj.unit.split()
        if len(words) > 1 and words[0] in SCALES:
            yield (
                ("facts", i, "object", "unit"),
                f"unit {obj.unit!r} holds a scale: write unit: {' '.join(words[1:])!r} and "
                f"scale: {words[0]}",
            )
        elif not known_unit(obj.unit):
            yield (
                ("facts", i, "object", "unit"),
                f"unit {obj.unit!r} is not a physical unit the units library knows (pint); "
                "use its symbol or name (km, °C, kg/m³), or drop measure: true for a count",
            )


def deck_warnings(deck: Deck) -> list[Finding]:
    """What is allowed but likely a slip: an entity or a relation no fact uses (it yields no
    question and no distractor of its own). `quizapp validate --strict` makes these errors."""
    used: set[str] = set()
    relations: set[str] = set()
    for fact in deck.facts:
        used.add(fact.subject)
        relations.add(fact.relation)
        if isinstance(fact.object, str):
            used.add(fact.object)
    for rel in deck.relations:
        used.update(rel.universe or [], rel.complete_for)
    out: list[Finding] = [
        (("entities", i), f"warning: entity {e.id!r} is used by no fact")
        for i, e in enumerate(deck.entities)
        if e.id not in used
    ]
    out += [
        (("relations", i), f"warning: relation {r.id!r} is used by no fact")
        for i, r in enumerate(deck.relations)
        if r.id not in relations
    ]
    return [*out, *check_background(deck)]
