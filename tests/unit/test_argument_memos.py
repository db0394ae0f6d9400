"""Issue 12 (s281): the argument kinds' memos answer as the work they replace, and keep it.

The Central Asia deck spent most of its generation on the argument items, much of it making
the same thing again (the reverse claim-evidence item's wrong claims on every draft) or
measuring every node against every statement to find those on its topic."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_balance import (
    chosen_by_anchor,
    chosen_links,
    evidence_claims,
    why_nodes,
)
from quizapp.generate.argument_dates import days, entity_days, fact_day, fact_days
from quizapp.generate.argument_item import near_ones, one_of_each
from quizapp.generate.argument_limbs import limbs_of, subjects_of
from quizapp.generate.argument_pools import alike, closeness, safely_wrong
from quizapp.generate.argument_topic import SHARED_TOPIC, level, on_topic_nodes
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import claim_evidence, evidence_claim
from quizapp.generate.kinds.claim_evidence import evidence_keys
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck


def _twice() -> tuple[Argument, Argument]:
    """Two arguments of one deck: one to ask through the memos, one to do the work afresh."""
    deck = bundled_deck(CENTRAL_ASIA)
    return argument_of(DeckIndex(deck)), argument_of(DeckIndex(deck))


def test_the_reverse_items_wrong_claims_are_made_once_per_fact_and_key() -> None:
    argument, fresh = _twice()
    pairs = [
        (f, c)
        for f in [*argument.ix.facts, *argument.claims]
        if evidence_claim.asks(argument, f)
        for c in evidence_claim.keyed(argument, f)
    ]
    assert len(pairs) > 10
    for fact, claim in pairs:
        made = evidence_claim.wrong_claims(argument, fact, claim)
        assert ("claims", fact, claim) in limbs_of(argument).pools  # kept for the next draft
        assert evidence_claim.wrong_claims(argument, fact, claim) == made
        assert made == evidence_claim._wrong_claims(fresh, fact, claim)


@pytest.mark.parametrize("deck", [APOLLO, CHEM, CENTRAL_ASIA], ids=lambda p: p.stem)
def test_the_nodes_on_a_statements_topic_are_those_level_puts_on_it(deck: Path) -> None:
    argument = argument_of(DeckIndex(bundled_deck(deck)))
    nodes = list(dict.fromkeys([*argument.claims, *argument.ix.facts]))
    on_topic = 0
    for statement in nodes:
        expected = {n for n in nodes if level(argument, n, statement) >= SHARED_TOPIC}
        assert on_topic_nodes(argument, statement) == expected, statement
        on_topic += len(expected)
    assert 0 < on_topic < len(nodes) ** 2  # some pairs are on one topic, not all


@pytest.mark.parametrize("deck", [APOLLO, CHEM, CENTRAL_ASIA], ids=lambda p: p.stem)
def test_a_claim_dated_by_what_it_names_has_the_dates_of_every_fact_about_it(deck: Path) -> None:
    """A claim whose evidence is undated takes the dates of the facts about what it names,
    found by subject, as a pass over the whole deck finds them (`after` compares them all,
    in any order)."""
    argument = argument_of(DeckIndex(bundled_deck(deck)))
    dated = 0
    for claim in argument.claims:
        if any(fact_days(argument, argument.ix.facts[f]) for f in argument.evidence(claim)):
            continue
        named = argument.named(claim)
        about = [f for f in argument.ix.deck.facts if f.subject in named]
        expected = [d for f in about for d in fact_days(argument, f)]
        assert sorted(days(argument, claim)) == sorted(expected), claim
        dated += bool(expected)
    assert dated > 0


def test_an_entitys_own_dates_are_kept_and_are_its_facts_dates() -> None:
    argument, fresh = _twice()
    entities = [e for e in argument.ix.facts_of_subject if entity_days(fresh, e)]
    assert len(entities) > 5
    for entity in entities:
        kept = entity_days(argument, entity)
        assert entity_days(argument, entity) is kept  # asked again: the same list
        about = argument.ix.facts_of_subject[entity]
        assert kept == [d for f in about if (d := fact_day(fresh, f)) is not None]


@pytest.mark.parametrize("deck", [APOLLO, CHEM, CENTRAL_ASIA], ids=lambda p: p.stem)
def test_safely_wrong_is_what_its_definition_says(deck: Path) -> None:
    """Against the claim; else unconnected to the claim and the key, in neither's grounds, and
    alike nothing near either of them (alike measured pair by pair, not through alike_nodes)."""
    argument = argument_of(DeckIndex(bundled_deck(deck)))
    nodes = list(dict.fromkeys([*argument.claims, *argument.ix.facts]))
    pairs = [(n, k) for n in why_nodes(argument) for k in sorted(argument.causes(n))]
    pairs += [(c, k) for c in evidence_claims(argument) for k in evidence_keys(argument, c)]
    outcomes: Counter[str] = Counter()
    for node, key in pairs:
        near = argument.within(node).keys() | argument.within(key).keys()
        for candidate in nodes:
            if candidate in (node, key):
                expected, why = False, "asked"
            elif candidate in argument.against(node):
                expected, why = True, "against"
            elif not argument.unconnected(candidate, node, key):
                expected, why = False, "connected"
            elif candidate in argument.grounds(node) | argument.grounds(key):
                expected, why = False, "grounds"
            else:
                expected = not any(alike(argument, candidate, o) for o in near)
                why = "unlike" if expected else "alike"
            assert safely_wrong(argument, candidate, node, key) == expected, (candidate, node, key)
            outcomes[why] += 1
    assert set(outcomes) >= {"against", "connected", "unlike", "alike"}, outcomes


def test_a_nodes_topics_and_subjects_are_kept_and_are_what_they_are_made_of() -> None:
    argument, fresh = _twice()
    limbs, other = limbs_of(argument), limbs_of(fresh)
    for node in dict.fromkeys([*argument.claims, *argument.ix.facts]):
        topics, subjects = limbs.topics(node), limbs.subjects(node)
        assert limbs.topics(node) is topics and limbs.subjects(node) is subjects
        assert topics == other.fact_topics(node) | other.said_topics(node)
        assert subjects == subjects_of(fresh, node)


@pytest.mark.parametrize("deck", [APOLLO, CHEM, CENTRAL_ASIA], ids=lambda p: p.stem)
def test_each_facts_assertion_reason_links_are_the_chosen_ones_it_anchors(deck: Path) -> None:
    argument = argument_of(DeckIndex(bundled_deck(deck)))
    by_anchor = chosen_by_anchor(argument)
    assert chosen_by_anchor(argument) is by_anchor  # once per deck
    links = chosen_links(argument)
    for fact in argument.ix.facts:
        mine = [k for k in links if argument.anchor(k[0]) == fact]
        assert by_anchor.get(fact, []) == mine, fact
    assert sum(map(len, by_anchor.values())) == len(links) > 0


def test_the_candidates_near_an_item_are_kept_per_list_and_are_what_closeness_keeps() -> None:
    argument, fresh = _twice()
    pairs = [(c, k) for c in evidence_claims(argument) for k in evidence_keys(argument, c)]
    assert len(pairs) > 10
    for claim, key in pairs:
        pool = claim_evidence.wrong_evidence(argument, claim, key)
        near = near_ones(argument, claim, key, pool)
        assert near == [c for c in pool if closeness(fresh, c, claim, key)]
        kept = argument.__dict__["_near_ones"][(claim, key, tuple(pool))]
        near.clear()  # a caller's copy: the kept list stays whole
        assert near_ones(argument, claim, key, pool) == near_ones(fresh, claim, key, pool)
        assert argument.__dict__["_near_ones"][(claim, key, tuple(pool))] is kept  # not made again


def test_one_of_each_group_draws_as_grouping_afresh_would_and_keeps_the_groups() -> None:
    argument, _ = _twice()
    pool = [*argument.claims, *argument.ix.facts]
    by_first_letter = lambda node: node[0]  # noqa: E731
    for seed in range(5):
        groups: dict[str, list[str]] = {}
        for node in pool:
            groups.setdefault(node[0], []).append(node)
        fresh = random.Random(seed)
        expected = [fresh.choice(g) for _, g in sorted(groups.items())]
        drawn = one_of_each(argument, "letter", by_first_letter, pool, random.Random(seed))
        assert drawn == expected
    kept = argument.__dict__["_groups"][("letter", tuple(pool))]
    one_of_each(argument, "letter", by_first_letter, pool, random.Random(0))
    assert argument.__dict__["_groups"][("letter", tuple(pool))] is kept
    assert len(kept) > 3


@pytest.mark.parametrize("deck", [APOLLO, CHEM, CENTRAL_ASIA], ids=lambda p: p.stem)
def test_whose_argument_it_is_is_read_once_per_deck(deck: Path) -> None:
    argument = argument_of(DeckIndex(bundled_deck(deck)))
    sources = argument.ix.deck.sources
    assert argument.author == (sources[0].called if len(sources) == 1 else None)
    assert "author" in argument.__dict__  # kept: every stem, option and explanation asks it
