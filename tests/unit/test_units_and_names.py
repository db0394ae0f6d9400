"""Matching and ordering over one unit, and verb agreement with plural names (issue 12,
item 2): '88 days' beside '29.5 years' gives a matching away; 'the Philippines lies' is
wrong while 'the lowest point of the Philippines is' is right."""

from __future__ import annotations

import pytest

from quizapp.facts.loader import parse_deck
from quizapp.generate.gates import grammar
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question, item_id
from quizapp.generate.registry import generate_deck

PERIODS = """\
id: periods
title: Orbital periods
sources:
  - {id: src, title: A source, sections: [{number: 1, label: only, paragraphs: 9}]}
topics:
  - {id: t, title: T}
entities:
  - {id: mercury, kind: planet, name: Mercury}
  - {id: venus, kind: planet, name: Venus}
  - {id: mars, kind: planet, name: Mars}
  - {id: jupiter, kind: planet, name: Jupiter}
  - {id: saturn, kind: planet, name: Saturn}
  - {id: uranus, kind: planet, name: Uranus}
relations:
  - id: period
    subject_kinds: [planet]
    object_type: quantity
    functional: true
    templates:
      forward: How long does {subject} take to go round the Sun?
      statement: "{subject} takes {object} to go round the Sun."
facts:
"""
FACT = """\
  - id: {id}
    subject: {id}
    relation: period
    object: {{kind: quantity, value: {value}, unit: {unit}, measure: true}}
    explanation: An orbital period for this test.
    topics: [t]
    provenance: {{source: src, section: 1, paragraph: 1}}
"""
ROWS = [
    ("mercury", 88, "days"),
    ("venus", 225, "days"),
    ("mars", 687, "days"),
    ("jupiter", 11.9, "years"),
    ("saturn", 29.5, "years"),
    ("uranus", 84, "years"),
]
DECK = parse_deck(PERIODS + "".join(FACT.format(id=i, value=v, unit=u) for i, v, u in ROWS))
DAYS = {"mercury": 88, "venus": 225, "mars": 687, "jupiter": 11.9 * 365.25}
DAYS |= {"saturn": 29.5 * 365.25, "uranus": 84 * 365.25}


@pytest.mark.parametrize("seed", range(5))
def test_a_matching_round_shows_values_in_one_unit(seed: int) -> None:
    rounds = [q for q in generate_deck(DECK, seed=seed).questions if q.kind == "matching"]
    assert rounds
    for q in rounds:
        units = {o.split()[-1] for o in q.options or []}
        assert len(units) == 1, q.options


def test_ordering_converts_days_and_years_to_compare() -> None:
    names = {e.name: e.id for e in DECK.entities}
    short = {"mercury", "venus", "mars"}
    rounds = [
        [names[n] for n in q.answer]
        for seed in range(10)
        for q in generate_deck(DECK, seed=seed).questions
        if q.kind == "ordering" and q.template == "by-number"
    ]
    assert rounds
    for ids in rounds:
        periods = [DAYS[i] for i in ids]
        assert periods == sorted(periods, reverse=True), ids
    assert any(short & set(ids) and set(ids) - short for ids in rounds)  # days with years


PLURAL = """\
id: names
title: Names
sources:
  - {id: src, title: A source, sections: [{number: 1, label: only, paragraphs: 9}]}
topics:
  - {id: t, title: T}
entities:
  - {id: ph, kind: country, name: Philippines, article: the, plural: true}
  - {id: nl, kind: country, name: Netherlands, article: the, plural: true}
relations: []
facts: []
"""
IX = DeckIndex(parse_deck(PLURAL))


@pytest.mark.parametrize(
    ("prompt", "wrong"),
    [
        ("Where the Philippines lies, what sea is nearest?", True),
        ("The Philippines borders which sea?", True),
        ("The Netherlands is how large?", True),
        ("The Netherlands has how many provinces?", True),
        ("How low is the lowest point of the Philippines?", False),
        ("The lowest point of the Netherlands is how far below sea level?", False),
        ("The Philippines lie in which ocean?", False),
        ("In the Philippines, which language is spoken most?", False),
        ("How large are the Netherlands as a country?", False),
        ("Do the Netherlands always vote first?", False),
    ],
)
def test_verb_agreement_with_plural_names(prompt: str, wrong: bool) -> None:
    q = Question(
        id=item_id("typed", ["x"], prompt),
        kind="typed",
        template="forward",
        prompt=prompt,
        answer=["x"],
        fact_ids=["x"],
        explanation="x",
        citation="x",
        topic="t",
        difficulty=0.5,
    )
    reason = grammar(q, IX)
    assert (reason is not None and "plural" in reason) == wrong, reason
