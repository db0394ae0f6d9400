"""Stems of absence never offer members (issue 10, review 9301 #23): 'Which Central Asian
country has so far shown no interest in joining the EEU?' offered Kazakhstan and Kyrgyzstan,
members since 2015. Such a stem neither keys nor offers as wrong a state the deck says belongs
to the body, and its statement is keyed False only for a state the deck says something positive
about (Tajikistan, weighing membership). Checked as rules over the bundled deck's output."""

from __future__ import annotations

import random
import re

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import mcq, true_false
from quizapp.generate.option_gates import plausible_options
from quizapp.generate.question import Question
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated

ABSENCE = re.compile(r"\b(no|not|never|hesitant)\b", re.I)
CHOICE = ("mcq", "multi_select", "odd_one_out")
FACT = "uzbekistan-no-eeu-interest"


def _ca() -> DeckIndex:
    return DeckIndex(bundled_deck(CENTRAL_ASIA))


def _bodies_named(ix: DeckIndex, obj: str) -> set[str]:
    """The test's own reading of 'joining the EEU': every entity named in the object's name."""
    text = " ".join(ix.entities[obj].all_names()).casefold()
    return {
        e.id
        for e in ix.deck.entities
        if e.id != obj
        and any(re.search(rf"\b{re.escape(n.casefold())}\b", text) for n in e.all_names())
    }


def _members(ix: DeckIndex, obj: str) -> set[str]:
    bodies = _bodies_named(ix, obj)
    return {f.subject for f in ix.deck.facts if f.object_id in bodies}


def _members_offered(ix: DeckIndex, fact: Fact, options: list[str]) -> list[str]:
    """Options (keyed or not) that already belong to the body the stem says one keeps out of."""
    members = _members(ix, fact.object_id or "")
    return [o for o in options if ix.vocabulary.get(o.casefold()) in members]


def test_no_interest_in_joining_never_offers_a_member() -> None:
    """Over 40 draws of the inverse generator no member is an option: the item is asked with
    non-members or dropped (the four-state universe has only the two members to fill it)."""
    ix = _ca()
    fact = ix.fact(FACT)
    assert _bodies_named(ix, "joining-the-eeu") == {"eeu"}
    assert {"kazakhstan", "kyrgyzstan"} <= _members(ix, "joining-the-eeu")
    for seed in range(40):
        for q in mcq.generate(ix, fact, random.Random(seed)):
            if isinstance(q, Question):
                assert not _members_offered(ix, fact, q.options or []), q.options


def test_every_item_on_an_absence_keeps_members_out() -> None:
    """Over seeds 0-9 and 9301, no choice on an absence or hesitation offers a member of the
    body, no statement of it names a member, and the Uzbek fact keeps two items."""
    ix = _ca()
    for q in generated(CENTRAL_ASIA, (*range(10), 9301)):
        fact = ix.fact(q.fact_ids[0])
        if fact.object_id is None or len(q.fact_ids) != 1:
            continue
        if not ABSENCE.search(ix.relations[fact.relation].templates.statement):
            continue
        if q.kind in CHOICE:
            assert not _members_offered(ix, fact, q.options or []), (q.prompt, q.options)
        if q.kind == "true_false":
            named = [m for m in _members(ix, fact.object_id) if ix.entities[m].name in q.prompt]
            assert not named, q.prompt
    for seed in (0, 9301):
        asked = [q for q in generated(CENTRAL_ASIA, (seed,)) if FACT in q.fact_ids]
        assert len(asked) >= 2, [q.prompt for q in asked]


def test_the_plausibility_gate_refuses_the_reviewed_item() -> None:
    """The 9301 #23 item as it was generated: the gate names a member as implausible."""
    ix = _ca()
    tf = next(q for q in generated(CENTRAL_ASIA, (0,)) if q.fact_ids == [FACT])
    old = tf.model_copy(
        update={
            "kind": "mcq",
            "template": "inverse",
            "prompt": "Which Central Asian country has shown no interest in joining the EEU?",
            "options": ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"],
            "answer": ["Uzbekistan"],
        }
    )
    reason = plausible_options(old, ix)
    assert reason is not None and "Kazakhstan" in reason
    fair = old.model_copy(update={"options": ["Tajikistan", "Uzbekistan"]})
    assert plausible_options(fair, ix) is None


def test_a_false_statement_of_absence_swaps_in_a_state_the_deck_says_more_of() -> None:
    """The false statement swaps in a non-member the deck says something positive about
    (Tajikistan, hesitant): never a member, never a state the source is silent on; the
    explanation says what the deck has for it."""
    ix = _ca()
    fact = ix.fact(FACT)
    seen = set()
    for seed in range(20):
        falses = [
            q
            for q in true_false.generate(ix, fact, random.Random(seed))
            if isinstance(q, Question) and q.answer == ["False"]
        ]
        [q] = falses
        seen.add(q.prompt.split()[0])
        assert "hesitant" in (q.explanation or ""), q.explanation
    assert seen == {"Tajikistan"}


def test_a_state_the_deck_is_silent_on_is_not_keyed_false() -> None:
    """With Tajikistan's hesitance taken out of the deck, nothing positive is said of any
    other non-member: no false statement is made (the closed world alone would have keyed
    'Tajikistan has so far shown no interest ...' False)."""
    deck = bundled_deck(CENTRAL_ASIA)
    kept = [f for f in deck.facts if f.id != "tajikistan-hesitant-eeu"]
    links = [ln for ln in deck.links if "tajikistan-hesitant-eeu" not in (ln.source, ln.target)]
    ix = DeckIndex(deck.model_copy(update={"facts": kept, "links": links}))
    fact = ix.fact(FACT)
    for seed in range(10):
        made = [q for q in true_false.generate(ix, fact, random.Random(seed))]
        assert not [q for q in made if isinstance(q, Question) and q.answer == ["False"]]
