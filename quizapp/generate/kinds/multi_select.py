"""Tick all that apply: which subjects stand in the relation to an object.

Only where the deck lists every true subject for that object (closed world or complete_for),
so every unticked option is provably false; distractors must also be plausible subjects of the
relation. At least two keys and two distractors, or the item would be a disguised single
choice (the mcq covers that). One question per (relation, object).
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, join_and
from quizapp.generate.slot_tests import false_subject

MIN_OPTIONS, MAX_OPTIONS = 4, 5
MIN_KEYS = MIN_DISTRACTORS = 2


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    obj = fact.object_id
    if obj is None or rel.templates.plural_inverse is None:
        return []
    siblings = ix.facts_by_pair[(rel.id, obj)]
    if siblings[0].id != fact.id:
        return []  # one question per (relation, object), anchored on its first fact
    kind = ix.entities[fact.subject].kind
    subjects = [e.id for e in ix.entities_of_kind(kind) if e.id != obj]
    true = [s for s in subjects if ix.is_true(s, rel.id, obj)]
    fair = false_subject(ix, rel.id, obj)  # the slot's tests, kept per deck
    false = [s for s in subjects if fair[s]]
    if len(true) < MIN_KEYS or len(false) < MIN_DISTRACTORS:
        return [Dropped("multi_select", "needs two keys and two plausible, provably false options")]
    # at most one tick resting on background knowledge: a set the source names in the main
    # is one a learner of the source can answer (review r395 B: two of three CSTO keys were not)
    outside = {f.subject for f in siblings if f.provenance.background}
    named = [s for s in true if s not in outside]
    true = named + [s for s in true if s in outside][: 1 if len(named) >= MIN_KEYS - 1 else 0]
    if len(true) < MIN_KEYS:
        return [Dropped("multi_select", "the source names too few of the keys")]
    size = min(MAX_OPTIONS, len(true) + len(false))
    low = max(MIN_KEYS, size - len(false))
    high = min(len(true), size - MIN_DISTRACTORS)
    n_true = rng.randint(low, high)
    # the protagonist is never a single-choice key (guessable), so a set is where it is asked
    first = [s for s in true if s in ix.protagonists][:n_true]
    rest = [s for s in true if s not in first]
    picked = first + rng.sample(rest, n_true - len(first)) + rng.sample(false, size - n_true)
    rng.shuffle(picked)
    names = [ix.entities[s].name for s in picked]
    keys = [ix.entities[s].name for s in picked if s in true]
    facts = [f for f in siblings if f.subject in picked]
    prompt = ix.say(rel.templates.plural_inverse, fact)
    explanation = _explanation(ix, picked, true, facts)
    return [
        build(
            ix,
            "multi_select",
            "plural_inverse",
            facts,
            prompt,
            keys,
            options=names,
            explanation=explanation,
        )
    ]


def _explanation(ix: DeckIndex, picked: list[str], true: list[str], facts: list[Fact]) -> str:
    right = [ix.phrase(s) for s in picked if s in true]
    wrong = [ix.phrase(s) for s in picked if s not in true]
    said = (
        f"{join_and(right)} are right; {join_and(wrong)} {'is' if len(wrong) == 1 else 'are'} not."
    )
    shared = {ix.explained(f) for f in facts}
    why = f" {ix.explained(facts[0])}" if len(shared) == 1 else ""  # never one key's own reason
    return f"{said[:1].upper()}{said[1:]}{why}{_background(ix, facts)}"


def _background(ix: DeckIndex, facts: list[Fact]) -> str:
    """Which ticks rest on background knowledge, not the source (review r377 E), or ''."""
    told = [ix.phrase(f.subject) for f in facts if f.provenance.background]
    stated = [ix.phrase(f.subject) for f in facts if not f.provenance.background]
    if not told:
        return ""
    if not stated:
        return " All of these rest on background knowledge, not the source."
    rest = "rests" if len(told) == 1 else "rest"
    return f" The source names {join_and(stated)}; {join_and(told)} {rest} on background knowledge."
