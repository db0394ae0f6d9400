"""Recall and choice defects of the session-16 review of the Central Asia deck (seed 9301),
checked as rules over the bundled decks or a generator's whole output, never as single items
(issue 10)."""

from __future__ import annotations

import random
import re

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import mcq
from quizapp.generate.option_gates import plausible_options
from quizapp.generate.question import Question
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated

ABSENCE = re.compile(r"\b(no|not|never|hesitant)\b", re.I)
CHOICE = ("mcq", "multi_select", "odd_one_out")


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


def _members_offered(ix: DeckIndex, fact: Fact, options: list[str], key: list[str]) -> list[str]:
    """Wrong options that already belong to the body the stem says the answer keeps out of."""
    bodies = _bodies_named(ix, fact.object_id or "")
    out = []
    for opt in options:
        eid = ix.vocabulary.get(opt.casefold())
        if opt in key or eid is None:
            continue
        if any(f.object_id in bodies for f in ix.facts_of_subject.get(eid, [])):
            out.append(opt)
    return out


def test_no_interest_in_joining_never_offers_a_member() -> None:
    """'Which Central Asian country has so far shown no interest in joining the EEU?' offered
    Kazakhstan and Kyrgyzstan, members since 2015 (seed 9301 #23). Over 40 draws of the
    inverse generator no member is ever a wrong option: the item is asked with non-members or
    dropped. On the old generator (no `already_done` in `plausible_subject`) every draw that
    makes an item offers both members: the four-state universe has only them to fill it."""
    ix = _ca()
    fact = ix.fact("uzbekistan-no-eeu-interest")
    assert _bodies_named(ix, "joining-the-eeu") == {"eeu"}
    for seed in range(40):
        for q in mcq.generate(ix, fact, random.Random(seed)):
            if isinstance(q, Question):
                assert not _members_offered(ix, fact, q.options or [], q.answer), q.options


def test_every_choice_on_an_absence_keeps_members_out() -> None:
    """The rule over every choice item of seeds 0-9 and 9301 whose stem states an absence or a
    hesitation: no wrong option already belongs to the body the object names (seed 9301
    had one such item on the old generator; the fact's other forms still ask it)."""
    ix = _ca()
    for q in generated(CENTRAL_ASIA, (*range(10), 9301)):
        if q.kind not in CHOICE:
            continue
        fact = ix.fact(q.fact_ids[0])
        if fact.object_id is None:
            continue
        if not ABSENCE.search(ix.relations[fact.relation].templates.statement):
            continue
        assert not _members_offered(ix, fact, q.options or [], q.answer), (q.prompt, q.options)
    for seed in (0, 9301):
        asked = [
            q
            for q in generated(CENTRAL_ASIA, (seed,))
            if "uzbekistan-no-eeu-interest" in q.fact_ids
        ]
        assert len(asked) >= 2, [q.prompt for q in asked]


def test_the_plausibility_gate_refuses_the_reviewed_item() -> None:
    """The 9301 #23 item as it was generated: the gate names a member as implausible."""
    ix = _ca()
    [tf] = [
        q
        for q in generated(CENTRAL_ASIA, (9301,))
        if q.fact_ids == ["uzbekistan-no-eeu-interest"] and q.kind == "true_false"
    ][:1]
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


def test_a_false_statement_of_absence_swaps_in_a_non_member() -> None:
    """With the member-laden MCQ gone, the fact is asked by its true statement and a false one
    with another subject: never 'Kazakhstan has shown no interest in joining the EEU' (absurd
    for a member), and the explanation says what the deck has for the swapped-in subject."""
    from quizapp.generate.kinds import true_false

    ix = _ca()
    fact = ix.fact("uzbekistan-no-eeu-interest")
    seen = set()
    for seed in range(20):
        falses = [
            q
            for q in true_false.generate(ix, fact, random.Random(seed))
            if isinstance(q, Question) and q.answer == ["False"]
        ]
        assert len(falses) == 1
        [q] = falses
        seen.add(q.prompt.split()[0])
        assert "hesitant" in (q.explanation or ""), q.explanation
    assert seen == {"Tajikistan"}
