"""Synthetic decks of any size for benchmarks: countries, blocs, memberships, shares, years."""

from __future__ import annotations

import random
from typing import Any

from quizapp.facts import Deck
from quizapp.facts.model import Deck as DeckModel


def synthetic_deck(
    n_facts: int,
    seed: int = 0,
    n_countries: int | None = None,
    n_blocs: int | None = None,
    members: float = 0.6,
) -> Deck:
    """`n_countries` defaults to a tenth of the facts, `n_blocs` to a hundredth; small decks
    need more countries (a country has one share and at most one membership per bloc).
    `members`: the share of draws that make a membership fact (the rest make share facts, which
    have typed items; memberships mostly true/false only)."""
    rng = random.Random(seed)
    n_countries = n_countries or max(8, n_facts // 10)
    n_blocs = n_blocs or max(4, n_facts // 100)
    countries = [
        {"id": f"c{i}", "kind": "country", "name": f"Country {i}"} for i in range(n_countries)
    ]
    blocs = [
        {"id": f"b{i}", "kind": "bloc", "name": f"Bloc {i}", "article": "the"}
        for i in range(n_blocs)
    ]
    if n_facts > n_countries * (n_blocs + 1):  # one share and one membership per bloc each
        raise ValueError(f"{n_facts} facts need more than {n_countries} countries")
    prov = {"source": "s", "section": 1, "paragraph": 1}
    facts: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    while len(facts) < n_facts:
        c = rng.randrange(n_countries)
        roll = rng.random()
        if roll < members:
            b = rng.randrange(n_blocs)
            if (f"c{c}", f"b{b}") in seen:
                continue
            seen.add((f"c{c}", f"b{b}"))
            facts.append(
                {
                    "id": f"m{len(facts)}",
                    "subject": f"c{c}",
                    "relation": "member-of",
                    "object": f"b{b}",
                    "qualifiers": {"as_of": {"year": 2000 + b % 20}},
                }
            )
        elif (f"c{c}", "share") not in seen:
            seen.add((f"c{c}", "share"))
            facts.append(
                {
                    "id": f"s{len(facts)}",
                    "subject": f"c{c}",
                    "relation": "share",
                    "object": {"kind": "percentage", "value": rng.randint(1, 99)},
                }
            )
        else:
            continue
    for f in facts:
        f |= {"explanation": "A synthetic fact.", "topics": ["t"], "provenance": prov}
    data = {
        "id": "synthetic",
        "title": "Synthetic",
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
                "time_bound": True,
                "templates": {
                    "forward": "Which bloc did {subject} join {when}?",
                    "inverse": "Which country joined {object} {when}?",
                    "plural_inverse": "Which countries joined {object} {when}?",
                    "statement": "{subject} joined {object} {when}.",
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
        ],
        "facts": facts,
    }
    return DeckModel.model_validate(data)
