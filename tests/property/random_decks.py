"""A Hypothesis strategy for random but valid decks: countries, blocs, memberships, shares."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from quizapp.facts import Deck, parse_deck

NAMES = [
    "Arvia",
    "Belmora",
    "Cantor",
    "Delvia",
    "Estora",
    "Fenwick",
    "Galdor",
    "Helvia",
    "Ismor",
    "Jandra",
    "Kelvia",
    "Lorca",
]
BLOCS = ["Union", "Pact", "Forum", "League", "Council"]


def _deck(
    n_countries: int, n_blocs: int, member: list[list[bool]], shares: list[int], leader: list[int]
) -> dict[str, Any]:
    countries = [{"id": n.lower(), "kind": "country", "name": n} for n in NAMES[:n_countries]]
    blocs = [
        {"id": b.lower(), "kind": "bloc", "name": f"{b} of States", "article": "the"}
        for b in BLOCS[:n_blocs]
    ]
    prov = {"source": "s", "section": 1, "paragraph": 1}
    facts: list[dict[str, Any]] = []
    for i, c in enumerate(countries):
        for j, b in enumerate(blocs):
            if member[i][j]:
                facts.append(
                    {
                        "id": f"{c['id']}-in-{b['id']}",
                        "subject": c["id"],
                        "relation": "member-of",
                        "object": b["id"],
                        "explanation": "Listed as a member.",
                        "topics": ["t"],
                        "provenance": prov,
                    }
                )
        facts.append(
            {
                "id": f"{c['id']}-share",
                "subject": c["id"],
                "relation": "share",
                "object": {"kind": "percentage", "value": shares[i]},
                "explanation": "A made-up share.",
                "topics": ["t"],
                "provenance": prov,
            }
        )
    for j, b in enumerate(blocs):
        facts.append(
            {
                "id": f"{b['id']}-led",
                "subject": b["id"],
                "relation": "led-by",
                "object": countries[leader[j] % n_countries]["id"],
                "explanation": "A made-up leader.",
                "topics": ["t"],
                "provenance": prov,
            }
        )
    return {
        "id": "random",
        "title": "Random",
        "sources": [{"id": "s", "title": "S"}],
        "topics": [{"id": "t", "title": "T"}],
        "entities": countries + blocs,
        "relations": [
            {
                "id": "member-of",
                "subject_kinds": ["country"],
                "object_type": "entity",
                "object_kinds": ["bloc"],
                "functional": False,
                "closed_world": True,
                "templates": {
                    "forward": "Which bloc is {subject} in?",
                    "inverse": "Which country is in {object}?",
                    "plural_inverse": "Which countries are in {object}?",
                    "statement": "{subject} is in {object}.",
                },
            },
            {
                "id": "share",
                "subject_kinds": ["country"],
                "object_type": "percentage",
                "functional": True,
                "templates": {
                    "forward": "What share does {subject} hold?",
                    "statement": "{subject} holds {object}.",
                },
            },
            {
                "id": "led-by",
                "subject_kinds": ["bloc"],
                "object_type": "entity",
                "object_kinds": ["country"],
                "functional": True,
                "templates": {
                    "forward": "Who leads {subject}?",
                    "inverse": "Which bloc does {object} lead?",
                    "statement": "{subject} is led by {object}.",
                },
            },
        ],
        "facts": facts,
    }


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    n_c = draw(st.integers(4, len(NAMES)))
    n_b = draw(st.integers(2, len(BLOCS)))
    member = [[draw(st.booleans()) for _ in range(n_b)] for _ in range(n_c)]
    shares = [draw(st.integers(1, 99)) for _ in range(n_c)]
    leader = [draw(st.integers(0, n_c - 1)) for _ in range(n_b)]
    import json

    return parse_deck(json.dumps(_deck(n_c, n_b, member, shares, leader)), "random.yaml")
