"""Cross-reference checks on a deck that does not validate as a whole, so one pass reports
every problem: an unknown field in one fact no longer hides an unknown entity in another.

Each item is validated on its own; the whole-deck checks run over the valid ones, with their
findings mapped back to the items' places in the file. A reference to an item that exists but
is itself invalid is not reported again (its own problem is).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from quizapp.facts.checks import Finding, check_deck
from quizapp.facts.model import Deck, Entity, Fact, RelationType, Source, Topic

SECTIONS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "topics": Topic,
    "entities": Entity,
    "relations": RelationType,
    "facts": Fact,
}
_UNKNOWN = re.compile(r"unknown (entity|relation|topic|source) '([^']*)'")
_KIND_SECTION = {"entity": "entities", "relation": "relations", "topic": "topics"}
_KIND_SECTION["source"] = "sources"


def partial_checks(data: dict[str, Any]) -> list[Finding]:
    parts: dict[str, list[Any]] = {}
    places: dict[str, list[int]] = {}
    invalid_ids: dict[str, set[str]] = {}
    for section, model in SECTIONS.items():
        items = data.get(section)
        parts[section], places[section], invalid_ids[section] = [], [], set()
        for i, item in enumerate(items if isinstance(items, list) else []):
            valid = _validate(model, item)
            if valid is not None:
                parts[section].append(valid)
                places[section].append(i)
            elif isinstance(item, dict) and isinstance(item.get("id"), str):
                invalid_ids[section].add(item["id"])
    deck = Deck.model_construct(
        id="partial",
        title="partial",
        sources=parts["sources"],
        topics=parts["topics"],
        entities=parts["entities"],
        relations=parts["relations"],
        facts=parts["facts"],
    )
    out = _invalid_facts_references(data, places["facts"])
    for loc, message in check_deck(deck):
        m = _UNKNOWN.search(message)
        if m and m.group(2) in invalid_ids[_KIND_SECTION[m.group(1)]]:
            continue  # it exists; its own problem is reported
        if len(loc) >= 2 and loc[0] in places and isinstance(loc[1], int):
            loc = (loc[0], places[str(loc[0])][loc[1]], *loc[2:])
        out.append((loc, _renumber(message, places)))
    return out


def _validate(model: type[BaseModel], item: Any) -> BaseModel | None:
    """The item as a model, or None; an item whose only fault is an unknown field is checked
    without it, so a misspelt key does not hide the item's other references."""
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        errors = exc.errors()
        unknown = {e["loc"][0] for e in errors if e["type"] == "extra_forbidden" and e["loc"]}
        if not isinstance(item, dict) or len(unknown) != len(errors):
            return None
    try:
        return model.model_validate({k: v for k, v in item.items() if k not in unknown})
    except ValidationError:
        return None


def _renumber(message: str, places: dict[str, list[int]]) -> str:
    """'(first at facts[2])' names the item's place in the file, not in the valid subset."""

    def place(m: re.Match[str]) -> str:
        section, i = m.group(1), int(m.group(2))
        return f"{section}[{places[section][i]}]"

    return re.sub(r"\b(sources|topics|entities|relations|facts)\[(\d+)\]", place, message)


def _invalid_facts_references(data: dict[str, Any], valid: list[int]) -> list[Finding]:
    """The plain references (subject, relation, topics, source) of facts that are themselves
    invalid: a fact with a bad value ('30 February', an object written as text) no longer
    hides its unknown entity or relation (issue 12)."""
    ids = {section: _ids(data.get(section)) for section in SECTIONS}
    facts = data.get("facts")
    out: list[Finding] = []
    for i, item in enumerate(facts if isinstance(facts, list) else []):
        if i in valid or not isinstance(item, dict):
            continue
        refs: list[tuple[tuple[str | int, ...], str, Any]] = [
            (("subject",), "entity", item.get("subject")),
            (("relation",), "relation", item.get("relation")),
        ]
        topics = item.get("topics")
        refs += [
            (("topics", j), "topic", t)
            for j, t in enumerate(topics if isinstance(topics, list) else [])
        ]
        if isinstance(item.get("provenance"), dict):
            refs.append((("provenance", "source"), "source", item["provenance"].get("source")))
        for at, kind, ref in refs:
            if isinstance(ref, str) and ref not in ids[_KIND_SECTION[kind]]:
                out.append((("facts", i, *at), f"unknown {kind} {ref!r}"))
    return out


def _ids(items: Any) -> set[str]:
    """The ids of a section's items, valid or not."""
    listed = items if isinstance(items, list) else []
    return {
        item["id"] for item in listed if isinstance(item, dict) and isinstance(item.get("id"), str)
    }
