"""Recall defects of the session-15 review of the Central Asia deck (seed 9103) and the
session-16 author's reading (seed 6262), checked as rules over every bundled deck or over a
seed's items, never as single items (issue 10)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizapp.facts.values import Percentage
from quizapp.generate.argument import argument_of
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import flashcard, mcq, numeric
from quizapp.generate.kinds.common import WORLD_CAVEAT
from quizapp.generate.measures import says_percent, with_measure
from quizapp.generate.question import Question
from quizapp.generate.source_gates import one_measure
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

RECALL = (
    "true_false",
    "mcq",
    "numeric_mcq",
    "typed",
    "cloze",
    "flashcard",
    "matching",
    "ordering",
    "multi_select",
    "odd_one_out",
    "numeric",
)
OPEN_NUMERIC = ("numeric", "flashcard")


def _ca() -> DeckIndex:
    return DeckIndex(bundled_deck(CENTRAL_ASIA))


@pytest.mark.parametrize("path", [CENTRAL_ASIA, APOLLO, CHEM], ids=lambda p: p.stem)
def test_every_open_stem_over_a_percentage_says_percentage(path: Path) -> None:
    """'By how much did the number of new migrants from Kazakhstan rise in 2015?' read a bare
    12.3 as 12.3% (seed 9103 #24/#25): every relation template of every deck that asks for a
    percentage says so, in its own words or by the generator's cue, and the gate agrees."""
    ix = DeckIndex(bundled_deck(path))
    asked = 0
    for fact in ix.facts.values():
        if not isinstance(ix.numeric_value(fact), Percentage):
            continue
        stem = with_measure(ix, fact, ix.say(ix.relations[fact.relation].templates.forward, fact))
        assert says_percent(stem), (fact.id, stem)
        asked += 1
    assert asked or path == APOLLO  # Apollo has no percentages
    for q in generated(path, (0,)):
        value = ix.numeric_value(ix.fact(q.fact_ids[0]))
        if q.kind in OPEN_NUMERIC and len(q.fact_ids) == 1 and isinstance(value, Percentage):
            assert says_percent(q.prompt), q.prompt
            assert one_measure(q, ix) is None, q.prompt


def test_the_gate_refuses_a_percentage_asked_by_how_much() -> None:
    ix = _ca()
    [q] = [q for q in generated(CENTRAL_ASIA, (0,)) if q.fact_ids == ["uzbek-migrants-fell"]][:1]
    bare = q.model_copy(
        update={"kind": "numeric", "prompt": "By how much did Uzbek migration fall in 2015?"}
    )
    assert one_measure(bare, ix) is not None
    assert not says_percent("What share of dry air is nitrogen?")  # 'share' admits 0.78


def test_the_uzbek_write_off_takes_the_briefing_s_figure_and_the_deal_s() -> None:
    """95% is the briefing's figure; US$865m of about US$890m is about 97% (seed 9103 #26): the
    explanation names both. Since session 19 the item asks for the briefing's figure ('According
    to the briefing'), so 95 is right; the deal's own 97 was a near miss (issue 10) until
    session 40, when a share became close only within 1.5 points (reviews r374 B, r377 B): 96
    is a near miss, 97 wrong."""
    ix = _ca()
    fact = ix.fact("uzbek-debt-share")
    [q] = [o for o in numeric.generate(ix, fact, random.Random(0)) if isinstance(o, Question)]
    assert "percentage" in q.prompt
    for answer in ("95", "95%"):
        assert check(q, answer).verdict == "correct", answer
    for answer in ("96", "96%"):
        assert check(q, answer).verdict == "near_miss", answer
    for answer in ("97", "97%"):
        assert check(q, answer).verdict == "wrong", answer
    assert check(q, "90%").verdict != "correct"
    assert check(q, "75%").verdict == "wrong"
    assert "95% is the briefing's figure" in q.explanation and "97%" in q.explanation


def test_a_contested_member_s_dispute_stays_on_its_set_card_once() -> None:
    """'Name two outside countries that, according to the briefing, keep military bases in
    Central Asia' lost India's caveat (both India and Tajikistan deny Ayni is an Indian base,
    seed 9103 #13); the last try added every contested member's explanation and so repeated a
    sentence two members share. Now the dispute is said once, and only a dispute."""
    ix = _ca()
    cards = [
        o
        for f in ix.facts.values()
        for o in flashcard.generate(ix, f, random.Random(0))
        if isinstance(o, Question) and o.template.startswith("set")
    ]
    bases = [q for q in cards if "india-bases-region" in q.fact_ids]
    assert bases
    for q in bases:
        assert q.explanation.count("denied that the Ayni airfield") == 1, q.explanation
    for q in cards:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", q.explanation) if s]
        assert len(sentences) == len(set(sentences)), q.explanation
        disputed = [ix.fact(f) for f in q.fact_ids if ix.fact(f).contested]
        for f in disputed:
            if "denied" in f.explanation:
                assert f.explanation.split("; ")[-1] in q.explanation, (q.id, f.id)


def test_a_key_the_deck_corrects_against_the_world_is_no_single_choice() -> None:
    """'According to the briefing, which of these organisations did Turkmenistan belong to in
    2016?' keyed the CIS, of which it is only an associate member (seed 9103 #20): a single
    choice asks for the one right answer, and the deck itself says this one is not quite."""
    ix = _ca()
    turkmen = ix.fact("turkmenistan-in-cis")
    assert WORLD_CAVEAT.search(ix.explained(turkmen))
    assert not [o for o in mcq.generate(ix, turkmen, random.Random(0)) if isinstance(o, Question)]
    for q in generated(CENTRAL_ASIA, (0, 1, 2)):
        if q.kind == "mcq":
            assert not WORLD_CAVEAT.search(ix.explained(ix.fact(q.fact_ids[0]))), q.prompt


def _names(ix: DeckIndex, eid: str | None) -> list[str]:
    e = ix.entities.get(eid or "")
    return [n.casefold() for n in e.all_names()] if e else []


@pytest.mark.parametrize("path", [CENTRAL_ASIA, APOLLO, CHEM], ids=lambda p: p.stem)
def test_a_recall_item_files_only_the_facts_it_states(path: Path) -> None:
    """A why about Uzbekistan's warming was filed under 'tajikistan-stance' (seed 9103 #57):
    scheduling and fact statistics then count it for the wrong fact. Every fact id of a recall
    item names its subject or its object somewhere in what the learner sees."""
    ix = DeckIndex(bundled_deck(path))
    items = [q for q in generated(path, (6262,)) if q.kind in RECALL]
    assert {q.kind for q in items} >= {"true_false", "mcq", "flashcard", "matching"}
    for q in items:
        seen = [q.prompt, *(q.options or []), *(q.left or []), *q.answer, q.back or ""]
        text = " ".join(seen).casefold()
        for fid in q.fact_ids:
            fact = ix.fact(fid)
            names = _names(ix, fact.subject) + _names(ix, fact.object_id)
            assert any(n in text for n in names), (q.id, fid, q.prompt)


@pytest.mark.parametrize("path", [CENTRAL_ASIA, APOLLO, CHEM], ids=lambda p: p.stem)
def test_a_claim_without_evidence_is_filed_under_a_fact_about_what_it_names(path: Path) -> None:
    """'Uzbekistan, long distant, now seems to be moving closer to Russia' has no evidence of
    its own, and its items were filed under the paragraph's first fact, Tajikistan's stance
    (seed 9103 #57). Where the paragraph holds a fact about what the claim names, that fact
    comes first."""
    ix = DeckIndex(bundled_deck(path))
    argument = argument_of(ix)
    moved = 0
    for cid, claim in argument.claims.items():
        if argument.evidence(cid):
            continue
        p = claim.provenance
        paragraph = ix.facts_by_paragraph.get((p.source, p.section, p.paragraph), [])
        about = argument.named(cid)
        if not any({f.subject, f.object_id} & about for f in paragraph):
            continue
        first = argument.anchor_facts(cid)[0]
        assert {first.subject, first.object_id} & about, (cid, first.id)
        moved += paragraph[0].id != first.id
    if path == CENTRAL_ASIA:
        # (the review's case, c-uzbek-warming, left the deck in session 16 as a restatement)
        assert argument.anchor("c-cis-weak") == "kazakhstan-in-cis"  # not central-asia-muslim
        assert moved  # the rule changes something on this deck
