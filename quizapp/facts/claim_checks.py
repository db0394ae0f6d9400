"""Whole-deck checks for claims, links and comparisons: every reference resolves, ids are
unique across facts and claims (a link end may be either), claims cite a real paragraph, no
claim lists as evidence a fact the deck sets against it (`despite`, `contrasts_with`: that is
counter-evidence), no `because`, `so` or `despite` link has a fact that only dates an event on
its explained side (a cause explains the event, not its date), and a comparison names a
numeric relation and, for a percentage change, says 'percentage'. Each yields
``(loc, message)`` like ``checks.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.facts.errors import Loc
from quizapp.facts.model import Deck

Finding = tuple[Loc, str]
NUMERIC = ("quantity", "percentage", "money")
AGAINST = ("despite", "contrasts_with")  # links that set one end against the other
CHANGE = re.compile(r"\b(rise|rose|fall|fell|growth|grew|increase|decrease|drop|change)", re.I)
MEASURE = re.compile(r"\b(percentage|per ?cent|proportion|share|rate)\b|%", re.I)


def check_claims(deck: Deck) -> list[Finding]:
    return [*_claims(deck), *_links(deck), *_comparisons(deck), *_lengths(deck)]


def _lengths(deck: Deck) -> Iterator[Finding]:
    """A section's `words` gives one length per paragraph (the coverage report's density)."""
    for i, source in enumerate(deck.sources):
        for j, sec in enumerate(source.sections):
            if sec.words is not None and len(sec.words) != sec.paragraphs:
                yield (
                    ("sources", i, "sections", j, "words"),
                    f"{len(sec.words)} paragraph length(s) for {sec.paragraphs} paragraph(s)",
                )
            elif sec.words is not None and min(sec.words) < 1:
                yield ("sources", i, "sections", j, "words"), "a paragraph has at least one word"


def _claims(deck: Deck) -> Iterator[Finding]:
    facts = {f.id for f in deck.facts}
    seen: dict[str, int] = {}
    sections = {
        (src.id, sec.number): sec.paragraphs for src in deck.sources for sec in src.sections
    }
    sources = {src.id: src for src in deck.sources}
    against: dict[tuple[str, str], str] = {}
    for link in deck.links:
        if link.type in AGAINST:
            against[(link.source, link.target)] = against[(link.target, link.source)] = link.type
    for i, claim in enumerate(deck.claims):
        at: Loc = ("claims", i)
        if claim.id in facts:
            yield (
                (*at, "id"),
                f"id {claim.id!r} is also a fact's id (links could not tell them apart)",
            )
        if claim.id in seen:
            yield (*at, "id"), f"duplicate id {claim.id!r} (first at claims[{seen[claim.id]}])"
        seen.setdefault(claim.id, i)
        for j, fact in enumerate(claim.evidence):
            if fact not in facts:
                yield (*at, "evidence", j), f"unknown fact {fact!r}"
            elif (how := against.get((claim.id, fact))) is not None:
                yield (
                    (*at, "evidence", j),
                    f"{fact!r} is set against the claim by a {how!r} link: it is "
                    "counter-evidence, not evidence",
                )
        prov = claim.provenance
        source = sources.get(prov.source)
        if source is None:
            yield (*at, "provenance", "source"), f"unknown source {prov.source!r}"
        elif source.sections and not prov.background:
            paragraphs = sections.get((prov.source, prov.section or 0))
            if paragraphs is None:
                yield (
                    (*at, "provenance", "section"),
                    f"source {prov.source!r} has no section {prov.section}",
                )
            elif (prov.paragraph or 0) > paragraphs:
                yield (
                    (*at, "provenance", "paragraph"),
                    f"section {prov.section} has {paragraphs} paragraphs, not {prov.paragraph}",
                )


def _links(deck: Deck) -> Iterator[Finding]:
    ends = {f.id for f in deck.facts} | {c.id for c in deck.claims}
    dated = _dated_facts(deck)
    seen: dict[tuple[str, str, str], int] = {}
    for i, link in enumerate(deck.links):
        at: Loc = ("links", i)
        for field in ("source", "target"):
            end = getattr(link, field)
            if end not in ends:
                yield (*at, field), f"unknown claim or fact {end!r}"
        if link.source == link.target:
            yield (*at, "target"), "a link joins two different claims or facts"
        key = (link.source, link.type, link.target)
        if key in seen:
            yield at, f"the same link is stated in links[{seen[key]}]"
        seen.setdefault(key, i)
        back = (link.target, link.type, link.source)
        if link.type in ("because", "so") and back in seen:
            yield at, f"a {link.type!r} link both ways (see links[{seen[back]}]) is circular"
        explained = link.source if link.type in ("because", "despite") else link.target
        if link.type in EXPLAINING and explained in dated:
            field = "source" if explained == link.source else "target"
            yield (
                (*at, field),
                f"{explained!r} states a date or year, which a {link.type!r} link cannot "
                "explain (a cause explains that the event happened, not its date): link a "
                "claim that states the event instead",
            )


EXPLAINING = ("because", "so", "despite")  # links whose one end is explained by the other
DATED = ("date", "year")


EVENT_KIND = "event"  # an entity that names an event ('the Apollo 1 fire')


def _dated_facts(deck: Deck) -> set[str]:
    """Facts that only date an event: an entity of kind `event` and a date or year ('The
    Apollo 1 fire took place on 27 January 1967'). As the explained side of a link, the
    assertion would be the date, which no cause explains. (A fact whose relation is the
    action, 'The SCO held its largest exercise in 2014', states the event itself.)"""
    relations = {r.id: r.object_type for r in deck.relations}
    events = {e.id for e in deck.entities if e.kind == EVENT_KIND}
    return {f.id for f in deck.facts if relations.get(f.relation) in DATED and f.subject in events}


def _comparisons(deck: Deck) -> Iterator[Finding]:
    relations = {r.id: r for r in deck.relations}
    for i, comp in enumerate(deck.comparisons):
        at: Loc = ("comparisons", i, "relation")
        rel = relations.get(comp.relation)
        if rel is None:
            yield at, f"unknown relation {comp.relation!r}"
        elif rel.object_type not in NUMERIC:
            yield at, f"relation {rel.id!r} takes {rel.object_type} values, not numbers"
        elif not rel.functional:
            yield at, f"relation {rel.id!r} is not functional: one value per subject is needed"
        elif rel.object_type == "percentage":
            for form in ("more", "most"):
                said = getattr(comp, form)
                if CHANGE.search(said) and not MEASURE.search(said):
                    yield (
                        ("comparisons", i, form),
                        f"{said!r} compares a percentage change without saying so: "
                        "write 'percentage rise' (a larger rise could mean more people)",
                    )
