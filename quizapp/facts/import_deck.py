"""The deck an import writes: its one source (a section per line of the file, so a card
cites its own line), its topics, and one relation per kind of answer the cards use."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol


class Cards(Protocol):
    entities: list[dict[str, Any]]
    facts: list[dict[str, Any]]


def deck_of(
    path: Path, deck_id: str, title: str, topics: list[tuple[str, str]], cards: Cards
) -> dict[str, Any]:
    """The deck of the cards read from `path`, with one topic per (id, tag)."""
    entities, facts = cards.entities, cards.facts
    return {
        "id": deck_id,
        "title": title,
        "description": f"Imported from {path.name}.",
        "sources": [
            {
                "id": "import",
                "title": path.name,
                # one section per line, so a card cites its own line: 'capitals.csv, line 6'
                "sections": [
                    {"number": n, "label": f"line {n}", "heading": f"(line {n})", "paragraphs": 1}
                    for n in sorted({f["provenance"]["section"] for f in facts})
                ],
            }
        ],
        "topics": [{"id": t, "title": tag} for t, tag in topics],
        "entities": entities,
        "relations": _relations(entities, facts),
        "facts": facts,
    }


def _relations(entities: list[dict[str, Any]], facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One relation per kind of answer the cards use: an answer entity, or a value (a
    quantity, percentage or money: 'answer-quantity')."""
    used = dict.fromkeys(f["relation"] for f in facts)
    out = []
    for rel in sorted(used, key=lambda r: (r != "answer", r)):
        shape: dict[str, Any] = {"object_type": rel.removeprefix("answer-")}
        if rel == "answer":
            kinds = sorted({e["kind"] for e in entities if e["kind"] != "prompt"})
            shape = {"object_type": "entity", "object_kinds": kinds}
        out.append(
            {
                "id": rel,
                "subject_kinds": ["prompt"],
                **shape,
                "functional": True,
                "exclusive": True,  # one answer per card: the deck's other answers are wrong
                "subject_is_question": True,
                "templates": {"forward": "{subject}", "statement": "{subject} {object}"},
            }
        )
    return out
