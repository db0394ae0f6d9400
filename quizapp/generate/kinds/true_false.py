"""True or false: the fact's statement, or the statement with one part swapped for a falsehood.

A false statement swaps the object for one the deck proves false and that is plausible in that
slot (the same relation's object elsewhere, or a declared role; for a state of matter the next
state), or a number for one outside its tolerance. Years and dates are swapped only for an
`exclusive` relation (a single event), and never for a year after the source's date. Stems
are never negated.

The generator offers the True statement and up to two False ones; the registry chooses among
them so that the deck's True share is balanced (facts with no false variant must not tilt it).
"""

from __future__ import annotations

import itertools
import random
import re

from quizapp.facts.model import Fact
from quizapp.facts.normalise import normalise
from quizapp.facts.templates import capitalise_first
from quizapp.facts.values import Date, NumericValue, Year
from quizapp.generate.false_neighbours import neighbouring_ids
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import (
    Dropped,
    Outcome,
    attributed_only,
    bounded,
    build,
    dated,
    join_and,
    judged,
)
from quizapp.generate.ladder import ladder
from quizapp.generate.ladder_options import options_of
from quizapp.generate.margins import disputed, margin
from quizapp.generate.plausible import plausible
from quizapp.generate.question import Question
from quizapp.generate.slot_tests import false_subject, kind_ids, swapped_object
from quizapp.generate.temperatures import keeps_side
from quizapp.generate.text_cues import attributed_text

OPTIONS = ["True", "False"]
NO_FALSE = "no provably false variant of the statement"
DISPUTED = "a disputed year: one reading stated as true reads as the fact"
GIVEN_AWAY = "true statement about the protagonist that another fact implies (guessable)"


def implied(ix: DeckIndex, fact: Fact) -> bool:
    """'Russia was a member of the CSTO' beside 'the CSTO is led by Russia': a statement linking
    the deck's protagonist to what another relation already ties it to is guessed, not known."""
    obj = fact.object_id
    if obj is None or fact.subject not in ix.protagonists:
        return False
    links = {r for r, o in ix.pairs_of_subject[fact.subject] if o == obj}
    links |= {r for r, o in ix.pairs_of_subject[obj] if o == fact.subject}
    return bool(links - {fact.relation})


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    prompt = ix.say(rel.templates.statement, fact)
    out: list[Outcome] = [
        Dropped("true_false", DISPUTED)
        if disputed(ix.numeric_value(fact))
        else build(ix, "true_false", "statement-true", [fact], prompt, ["True"], options=OPTIONS)
    ]
    false_objects = _false_objects(ix, fact, rng)
    if not false_objects:
        swapped = _false_subject(ix, fact, rng)
        out.append(swapped or Dropped("true_false", NO_FALSE))
    for i, false_object in enumerate(false_objects):
        holders = _holders(ix, fact, false_object)
        why = f"False. {_told(ix, fact, prompt)} {ix.explained(fact)}"
        if holders:  # say why this object is wrong, not what else is right ('member of the CIS')
            why = _swapped_explanation(ix, fact, false_object, holders, prompt)
        item = build(
            ix,
            "true_false",
            "statement-false" + (f"-{i + 1}" if i else ""),
            [fact],
            _false_prompt(ix, fact, false_object, holders),
            ["False"],
            options=OPTIONS,
            explanation=why,
            cite=_refuting(rel.functional, holders),
            scoped=not rel.functional and bool(holders),
        )
        out.append(_charged_to_holders(item, rel.functional, holders))
    return out


def _false_prompt(ix: DeckIndex, fact: Fact, false_object: str, holders: list[Fact]) -> str:
    """The false statement, attributed and dated. Where the swapped-in object's holders refute
    it (a relation with several values per subject), they, not the seed, say whether it is
    the source's claim: the caveat on Turkmenistan's CIS membership ('strictly, an associate
    member') made 'According to the briefing, Turkmenistan was a member of the CSTO' of a
    statement the briefing never makes (seed 6161)."""
    said = ix.say(ix.relations[fact.relation].templates.statement, fact, obj=false_object)
    if ix.relations[fact.relation].functional or not holders:
        return said  # `build` attributes and dates it by the seed fact
    return dated(ix, [fact], judged(ix, holders, said))


def _refuting(functional: bool, holders: list[Fact]) -> list[Fact] | None:
    """Where a reader finds why the statement is false. 'Cernan commanded Apollo 8' is refuted
    by Apollo 8's own page (a functional relation: the subject's value), not by Apollo 17's
    where Cernan is named; 'Turkmenistan was a member of the SCO' by the SCO's member list
    (the swapped-in object's holders). None cites the seed fact."""
    return None if functional or not holders else holders


def _charged_to_holders(item: Question, functional: bool, holders: list[Fact]) -> Question:
    """'Turkmenistan was a member of the SCO' is refuted by knowing the SCO's members, not
    Turkmenistan's CIS membership it was made from: review and coverage go to those facts.
    For a functional relation the subject's own value refutes it, so the seed keeps it."""
    if functional or not holders:
        return item
    return item.model_copy(
        update={"fact_ids": [f.id for f in holders], "generated_from": item.fact_ids}
    )


def _swapped_explanation(
    ix: DeckIndex, fact: Fact, false_object: str, holders: list[Fact], prompt: str
) -> str:
    """'False. That holds for Russia, Kazakhstan, Kyrgyzstan and Tajikistan, among others, but
    not for Turkmenistan.' Plain words (no 'listed for'), and never as if the holders were the
    whole set unless the deck declares that set complete."""
    rel = ix.relations[fact.relation]
    names = join_and([ix.phrase(f.subject) for f in holders])
    eid = ix.vocabulary.get(normalise(false_object))
    every = ix.facts_by_pair.get((fact.relation, eid), []) if eid else []
    complete = (
        len(every) == len(holders)
        and eid is not None
        and (eid in rel.complete_for or (rel.closed_world and rel.universe is None))
    )
    others = "" if complete else ", among others,"
    if rel.functional:  # the subject's own value first, then whose the swapped-in one is
        told = _told(ix, fact, prompt)
        return f'False. {told} "{capitalise_first(false_object)}" fits {names} instead.'
    return f"False. That holds for {names}{others} but not for {ix.phrase(fact.subject)}."


def _told(ix: DeckIndex, fact: Fact, prompt: str) -> str:
    """The true statement in a False item's explanation: the source's claim told as its claim
    ('According to the briefing, Russia ...'), never as what is so 'in fact'; nor 'In fact:
    According to the briefing, ...', which says nothing of the world either."""
    if attributed_only(ix, fact) or attributed_text(prompt):
        return judged(ix, [fact], prompt)
    return f"In fact: {prompt}"


def _holders(ix: DeckIndex, fact: Fact, false_object: str) -> list[Fact]:
    """The facts that give the swapped-in object to other subjects (the SCO's members, for
    'Turkmenistan was a member of the SCO'): the explanation and citation point there too."""
    eid = ix.vocabulary.get(normalise(false_object))
    if eid is None:
        return []
    return ix.facts_by_pair_date.get((fact.relation, eid, fact.qualifiers.as_of), [])[:5]


def _story_told(ix: DeckIndex, fact: Fact) -> bool:
    """Whether `same_story` can hold for any candidate (it asks this first of the fact alone):
    asked once per fact, not once per candidate."""
    return not fact.provenance.background and ix.relations[fact.relation].exclusive


def same_story(ix: DeckIndex, fact: Fact, other: str) -> bool:
    """The fact's own paragraph says something else about `other`: 'China used to be the main
    buyer of Turkmen gas' mixes two parts of one story (Russia used to buy it; China leads
    there now), a swap a reader may find true in the world. Same-relation siblings of the
    paragraph (another country's figure or stance) are the swaps meant, so they stay. Only
    for `exclusive` relations, where the swap is proved false by nothing but exclusivity."""
    p = fact.provenance
    if not _story_told(ix, fact):
        return False
    place = (p.source, p.section, p.paragraph)
    told = [
        *ix.facts_by_place.get((other, *place), []),
        *(
            f
            for f in ix.facts_by_object.get(other, [])
            if (f.provenance.source, f.provenance.section, f.provenance.paragraph) == place
        ),
    ]
    return any(f.relation != fact.relation and f.id != fact.id for f in told)


def _false_subject(ix: DeckIndex, fact: Fact, rng: random.Random) -> Question | None:
    """A statement of absence ('Uzbekistan has shown no interest in joining the EEU') has no
    object to swap (no other policy fills the slot); another subject of the closed world's
    universe may be swapped in instead:
    'Tajikistan has so far shown no interest in joining the EEU' is false by the deck's
    declaration, and the explanation says what the deck has for that subject instead (it is
    weighing membership). Only subjects plausible in the slot (never a member of the EEU) and
    of which the deck says something positive on the object: a closed world alone would key
    False a state the source is silent on."""
    rel = ix.relations[fact.relation]
    obj = fact.object_id
    if obj is None or not rel.closed_world or rel.universe is None or not ix.negative(rel.id):
        return None
    fair = false_subject(ix, fact.relation, obj)  # the slot's tests, kept per deck
    candidates = [
        e.id
        for e in bounded(ix.entities_of_kind(ix.entities[fact.subject].kind), rng)
        if e.id not in (fact.subject, obj) and fair[e.id] and _said_of(ix, e.id, obj)
    ]
    if not candidates:
        return None
    other = rng.choice(candidates)
    instead = _said_of(ix, other, obj)
    told = " ".join(
        judged(ix, [f], ix.say(ix.relations[f.relation].templates.statement, f)) for f in instead
    )
    prompt = ix.say(rel.templates.statement, fact, subject=ix.entities[other].phrase())
    why = f"False. {_told(ix, fact, ix.say(rel.templates.statement, fact))} {told}".strip()
    return build(
        ix,
        "true_false",
        "statement-false-subject",
        [fact],
        prompt,
        ["False"],
        options=OPTIONS,
        explanation=why,
        cite_also=instead,
    )


def _said_of(ix: DeckIndex, subject: str, obj: str) -> list[Fact]:
    """What the deck says of the subject about the object, absences left out."""
    facts = ix.facts_of_subject.get(subject, [])
    return [f for f in facts if f.object_id == obj and not ix.negative(f.relation)]


def _false_objects(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[str]:
    """Up to two distinct false variants of the object (the registry balances the keys)."""
    if fact.object_id is not None:
        kind = ix.entities[fact.object_id].kind
        fair = swapped_object(ix, fact.subject, fact.relation)  # the slot's, kept per deck
        own = (fact.object_id, fact.subject)  # read once, not per candidate
        told = _story_told(ix, fact)
        candidates = [
            c
            for c in bounded(kind_ids(ix, kind), rng)  # ids: the entities' own order and draws
            if c not in own and fair[c] and not (told and same_story(ix, fact, c))
        ]
        candidates = neighbouring_ids(ix, fact.object_id, candidates)  # a state: the next one
        return [ix.entities[c].phrase() for c in rng.sample(candidates, min(2, len(candidates)))]
    return [v.display() for v in false_values(ix, fact, rng)]


def false_values(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[NumericValue]:
    """Up to two figures clearly off a numeric fact's own, each false of its subject."""
    rel = ix.relations[fact.relation]
    value = ix.numeric_value(fact)
    if value is None or not rel.functional:
        return []  # a text value has no provable opposite; a non-functional number may hold too
    if HEDGED.search(rel.templates.statement):
        return []  # 'by one estimate, 3.6 million': some estimate may well say so
    if isinstance(value, Year | Date) and not rel.exclusive:
        return []  # another exercise in June does not contradict one in March
    tiers, avoid = plausible(ix, fact)
    others: list[NumericValue] = []
    made = options_of(ix, value)  # the ladders below share the options made of the key
    # within the true figures' range first (a shorter ladder where a long one does not fit
    # there), the declared bounds last: never '115 kg of rock' where the most was 111 kg
    for bounds, n in itertools.product(tiers, FALSE_LADDERS):
        others = [
            v
            # within the world's and the deck's bounds, and nothing true of the subject elsewhere
            for v in ladder(value, rng, n, ix.latest_year(fact), None, bounds, avoid, made=made)
            if v.display() != value.display() and clearly_off(value, v) and keeps_side(value, v)
        ]
        if others:
            break
    return rng.sample(others, min(2, len(others)))


FALSE_LADDERS = (6, 4, 3, 3)  # values in a ladder of false figures: long ones first
CLEARLY_OFF = 0.15  # of the key: 93% against 95% splits hairs, 80% does not
ROUGHLY_OFF = 0.4  # of an approximate key: 'about 60%' is no lie where the source says 'half'
HEDGED = re.compile(
    r"\b(by (one|some|an?) estimates?|estimated|reportedly|up to|as many as)\b", re.I
)


def clearly_off(key: NumericValue, other: NumericValue) -> bool:
    """A false figure a careful reader rejects at once: well outside the key's tolerance and
    (but for years and dates, where a year off is a different event) a real share away; a
    hedged figure ('about half') a larger share, as 'about' stretches to cover a near one."""
    gap = abs(other.magnitude - key.magnitude)
    if isinstance(key, Year | Date):
        return gap > margin(key)  # helium 1895 is no lie where 1868 is disputed
    share = ROUGHLY_OFF if getattr(key, "approx", False) else CLEARLY_OFF
    return gap > 3 * key.tolerance and gap >= share * abs(key.magnitude)
