"""Generators over random decks: one key, distinct homogeneous options, no leak, determinism."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts import Deck
from quizapp.facts.normalise import normalise
from quizapp.generate import generate_deck
from tests.property.random_decks import decks

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(decks(), st.integers(0, 2**16))
def test_items_hold_up_on_random_decks(deck: Deck, seed: int) -> None:
    names = {normalise(e.name): e for e in deck.entities}
    triples = {(f.subject, f.relation, f.object) for f in deck.facts if isinstance(f.object, str)}
    facts = {f.id: f for f in deck.facts}
    for q in generate_deck(deck, seed=seed).questions:
        if q.options:
            folded = [normalise(o) for o in q.options]
            assert len(set(folded)) == len(folded)
        if q.kind in ("mcq", "multi_select", "odd_one_out"):
            assert q.options
            kinds = {names[normalise(o)].kind for o in q.options}
            assert len(kinds) == 1
            fact = facts[q.fact_ids[0]]
            for o in q.options:
                e = names[normalise(o)].id
                if q.kind == "mcq" and q.template == "forward":
                    true = (fact.subject, fact.relation, e) in triples
                elif q.kind == "odd_one_out":
                    true = (e, fact.relation, fact.object) not in triples
                else:
                    true = (e, fact.relation, fact.object) in triples
                assert true == (o in q.answer), (q.prompt, q.options, q.answer)
        if q.kind in ("mcq", "typed", "cloze", "numeric"):
            for a in q.answer:
                assert f" {normalise(a)} " not in f" {normalise(q.prompt)} "


@SETTINGS
@given(decks(), st.integers(0, 2**16))
def test_generation_is_deterministic(deck: Deck, seed: int) -> None:
    a = [q.public() for q in generate_deck(deck, seed=seed).questions]
    b = [q.public() for q in generate_deck(deck, seed=seed).questions]
    assert a == b
