"""Session 19 (issue 13): what the seed-9403 review of the understanding kinds left open.

A false assertion-reason statement made by changing a figure was only detectable by recalling
a decimal (#37: Kazakhstan's 12.3% offered as 14.7%; #42: Uzbekistan's 19% as 13%): a changed
figure must now be unmistakably false (a factor of four, a change of sign, or four years).
A claim-evidence key that was one case of its claim, the claim said again (#13).
"""

from __future__ import annotations

import itertools
import random

import pytest

from quizapp.facts import load_deck
from quizapp.facts.values import Date, NumericValue, Percentage, Quantity, Year
from quizapp.generate import argument_false, generate_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_words import spelt
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import claim_evidence
from quizapp.generate.kinds.true_false import false_values
from tests.conftest import ROOT

CA = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
CLOSEST, STANCES = "c-closest-pair", ("kazakhstan-stance", "kyrgyzstan-stance")


def _pct(x: float) -> Percentage:
    return Percentage(kind="percentage", value=x, signed=x < 0)


def test_a_figure_is_unmistakably_off_only_by_a_factor_of_four_a_sign_or_four_years() -> None:
    off = argument_false.unmistakably_off
    assert not off(_pct(12.3), _pct(14.7)) and not off(_pct(19), _pct(13))
    assert off(_pct(12), _pct(48)) and off(_pct(48), _pct(12)) and not off(_pct(12), _pct(47))
    assert off(_pct(-12), _pct(3)) and not off(_pct(0), _pct(0.5))
    troops = Quantity(kind="quantity", value=7000, unit="troops")
    assert off(troops, troops.with_magnitude(1500)) and not off(troops, troops.with_magnitude(2000))
    year = Year(kind="year", value=2015)
    assert off(year, Year(kind="year", value=2011)) and not off(year, Year(kind="year", value=2012))


def _changed_figures(ix: DeckIndex) -> list[tuple[str, NumericValue, NumericValue]]:
    """(statement, true, false) for every false statement made of a numeric fact of the deck's
    links by a changed figure or a swapped-in subject's figure, seeds 0-9."""
    argument = argument_of(ix)
    nodes = sorted({n for a, r, _ in argument.explanations for n in (a, r) if n in ix.facts})
    out: list[tuple[str, NumericValue, NumericValue]] = []
    for node, seed in itertools.product(nodes, range(10)):
        fact = ix.facts[node]
        value, template = ix.numeric_value(fact), ix.relations[fact.relation].templates.statement
        made = argument_false.false_statement(argument, node, random.Random(seed))
        if value is None or made is None:
            continue
        for v in false_values(ix, fact, random.Random(seed)):
            if spelt(ix.say(template, fact, obj=v.display())) == made:
                out.append((made, value, v))
        for other in ix.facts_by_relation_date.get((fact.relation, fact.qualifiers.as_of), []):
            theirs = ix.numeric_value(other)
            said = spelt(ix.say(template, fact, subject=ix.phrase(other.subject)))
            if other.subject != fact.subject and theirs is not None and said == made:
                out.append((made, value, theirs))
    return out


def _far(true: NumericValue, false: NumericValue) -> bool:
    if isinstance(true, Year | Date) and isinstance(false, Year | Date):
        return abs(true.signed - false.signed) >= 4
    small, big = sorted((abs(true.magnitude), abs(false.magnitude)))
    return true.magnitude * false.magnitude < 0 or (small > 0 and big >= 4 * small)


def test_no_false_statement_changes_a_figure_by_less_than_a_factor_of_four() -> None:
    """Seeds 0-9 of the Central Asia deck: every false statement made by a changed figure (or
    a swapped-in subject's figure) is four times off, of the other sign or four years away."""
    changed = _changed_figures(DeckIndex(CA))
    assert all(_far(t, f) for _, t, f in changed), [
        (s, t.display(), f.display()) for s, t, f in changed
    ]


def test_with_the_rule_off_near_figures_come_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule switched off (every clearly-off figure let through): near misses such as the
    review's come back, so the test above can fail."""
    monkeypatch.setattr(argument_false, "unmistakably_off", lambda key, other: True)
    changed = _changed_figures(DeckIndex(CA))
    assert any(not _far(t, f) for _, t, f in changed)


def _closest_pair_keys() -> list[str]:
    """The keys of the claim-evidence items quoting 'Of the five, Kazakhstan and Kyrgyzstan
    stand nearest to Moscow', seeds 0-9."""
    ix = DeckIndex(CA)
    claim = argument_of(ix).text(CLOSEST)
    return [
        q.answer[0]
        for seed in range(10)
        for q in generate_deck(CA, seed=seed, index=ix).questions
        if q.kind == "claim_evidence" and claim in q.prompt
    ]


def test_a_fact_that_is_one_case_of_its_claim_is_never_its_key() -> None:
    """Review 9403 #13: 'Kazakhstan is one of Russia's closest allies' keyed as evidence for
    'Of the five, Kazakhstan and Kyrgyzstan stand nearest to Moscow' is the claim said again
    (the echo gate's word count misses it: 'closest' and 'nearest', 'Russia' and 'Moscow')."""
    argument = argument_of(DeckIndex(CA))
    assert claim_evidence.one_case_of(argument, CLOSEST, "kazakhstan-stance")
    assert not set(claim_evidence.evidence_keys(argument, CLOSEST)) & set(STANCES)
    assert not any("closest allies" in key for key in _closest_pair_keys())


def test_with_the_case_rule_off_the_restatement_is_keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claim_evidence, "one_case_of", lambda argument, claim, node: False)
    assert any("closest allies" in key for key in _closest_pair_keys())


def test_a_drill_that_did_happen_is_no_evidence_that_plans_were_only_partly_carried_out() -> None:
    """Review 9403 #73: the March 2016 Russian-Tajik exercise was offered as evidence that
    defence plans against incursions were only partly carried out (it is the part that was);
    seeds 0-9, no item pairs the two, and the idea that came to nothing is the evidence."""
    ix = DeckIndex(CA)
    argument = argument_of(ix)
    claim, drill = "c-afghan-response-uneven", "tajik-russia-exercise"
    assert argument.support(claim) == ["putin-border-patrols"]
    for seed in range(10):
        for q in generate_deck(CA, seed=seed, index=ix).questions:
            if q.kind in ("claim_evidence", "evidence_claim"):
                assert not {claim, drill} <= {*q.fact_ids, *q.claim_ids}, q.prompt


def test_the_deck_asks_a_fifth_of_its_items_above_remember_on_every_seed() -> None:
    """Issue 13's target: at least a fifth of the items above 'remember' on every seed, and
    no fewer than 78 of them (78-81 before session 19, 91-93 after its claims and links for the
    briefing's whys and so-whats: S2 p1, S3 p3, S4 p1-2, S6 p2-3, S7 p1; 80-83 in session 20
    once review 19403's flawed forms went and no assertion-reason key may pass 45%; 79-83 in
    session 21 once why options keep to the statement's topic and shared traits are evidence,
    a why item fewer on some seeds: still over a quarter of every seed's items; 77-80 in
    session 28 once a reverse claim-evidence item whose key alone names the quoted fact's
    country is dropped, reviews r281 and r284; 76-79 in session 39 once a why item's wrong
    reasons come only from beside its claim, reviews r366 F and r369 H; 75-78 in session 43
    once no claim-evidence wrong option is about a party to what the claim names, review r402
    #26: still over a quarter of every seed's items)."""
    ix = DeckIndex(CA)
    items = [generate_deck(CA, seed=seed, index=ix).questions for seed in range(10)]
    counts = [sum(q.level != "remember" for q in qs) for qs in items]
    assert min(counts) >= 75, counts
    assert all(n >= len(qs) / 5 for n, qs in zip(counts, items, strict=True)), counts
