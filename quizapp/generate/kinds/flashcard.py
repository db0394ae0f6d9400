"""Flashcard: an open question on the front, the whole statement on the back; self-graded.

Like every open form, a card is made only where the deck declares one answer in the world:
forward when the object is unique, else inverse when the subject is. A card whose front has
several right answers would teach one of them as if it were the only one; where the deck gives
a set wording, one card asks for the whole set instead ("Name the four aims ...").
"""

from __future__ import annotations

import random
import re

from quizapp.facts.model import Fact
from quizapp.facts.normalise import normalise
from quizapp.facts.templates import capitalise_first
from quizapp.facts.values import Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import (
    Dropped,
    Outcome,
    attributed_only,
    build,
    join_and,
    open_wording,
)
from quizapp.generate.measures import shown_answer, with_measure
from quizapp.generate.text_cues import world_caveat

SEVERAL = "more than one right answer in the world"
NO_WORDING = "no open wording (the question reads as a choice)"
COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    return [_single(ix, fact), *_sets(ix, fact)]


def _single(ix: DeckIndex, fact: Fact) -> Outcome:
    rel = ix.relations[fact.relation]
    back = ix.say(rel.templates.statement, fact)
    if rel.subject_is_question:  # the front is the question: the back is the answer alone
        back = capitalise_first(ix.object_text(fact))
    if ix.object_unique(fact) and fact.object_id not in ix.protagonists:
        wording = open_wording(rel)
        if wording is None:
            return Dropped("flashcard", NO_WORDING)
        front = with_measure(ix, fact, ix.say(wording, fact))
        value = ix.numeric_value(fact)
        key = ix.object_text(fact) if value is None else shown_answer(value, front)
        back = _also(ix, fact, _even_so(ix, fact, back))
        return build(ix, "flashcard", "forward", [fact], front, [key], back=back)
    wording = open_wording(rel, inverse=True)
    if ix.subject_unique(fact) and wording is not None and fact.subject not in ix.protagonists:
        front = ix.say(wording, fact)
        key = ix.phrase(fact.subject)
        back = _even_so(ix, fact, back)
        return build(ix, "flashcard", "inverse", [fact], front, [key], back=back)
    return Dropped("flashcard", SEVERAL)


def _even_so(ix: DeckIndex, fact: Fact, back: str) -> str:
    """A back keeps both sides of a contrast its paragraph draws: the deck's claims that hold
    `despite` the fact, from the fact's own paragraph, follow it ('... one of Russia's closest
    allies. Even so, Kazakhstan goes its own way over the Kremlin's conflict with Kyiv.'; the
    session-21 review of seed 21107, #17). A card giving one side alone teaches half of it."""
    where = fact.provenance
    claims = {c.id: c for c in ix.deck.claims}
    against = [
        claims[k.source]
        for k in ix.deck.links
        if k.type == "despite" and k.target == fact.id and k.source in claims
    ]
    said = [
        c.text
        for c in against
        if (c.provenance.source, c.provenance.section, c.provenance.paragraph)
        == (where.source, where.section, where.paragraph)
    ]
    if not said:
        return back
    ended = back if back.endswith((".", "!", "?")) else f"{back}."
    return " ".join([ended, *(f"Even so, {_continued(ix, t)}" for t in said)])


def _continued(ix: DeckIndex, sentence: str) -> str:
    """A sentence read on after 'Even so,': its first letter lower-cased unless it opens with
    a name of the deck's ('Kazakhstan goes ...' keeps its capital, 'Security ...' does not)."""
    first = sentence.split(" ", 1)[0].rstrip(",'’s")
    names = {
        n.split(" ", 1)[0] for e in ix.deck.entities for n in (e.name, *e.aliases, *e.metonyms)
    }
    return sentence if first in names else sentence[:1].lower() + sentence[1:]


def _also(ix: DeckIndex, fact: Fact, back: str) -> str:
    """A back names the other forms of its answer the deck declares, so a learner who recalled
    one of them rates their recall as right: a disputed year's other readings ('Also given as
    1895.' for helium's 1868), and an answer-alone back's other spellings ('Kyiv. Also accepted:
    Kiev.' for an imported 'Kyiv|Kiev': session-20 capitals reading). Only declared forms: the
    grader's loose readings (a slip, a dropped accent) are not another answer to learn."""
    value = ix.numeric_value(fact)
    if isinstance(value, Year) and value.also:
        years = join_and([value.with_magnitude(y).display() for y in value.readings])
        return f"{back} Also given as {years}."
    if value is not None or not ix.relations[fact.relation].subject_is_question:
        return back  # a statement back says the answer in the deck's words: left as it is
    shown = normalise(ix.object_text(fact))
    others = [n for n in dict.fromkeys(ix.object_names(fact)) if normalise(n) != shown]
    if not others:
        return back
    said = " or ".join([", ".join(others[:-1]), others[-1]] if len(others) > 1 else others)
    return f"{back if back.endswith(('.', '!', '?')) else back + '.'} Also accepted: {said}."


WHOLE_UNIVERSE = "the set is every member of the group the question names, and no count to drop"


def whole_universe(universe: list[str] | None, members: list[str]) -> bool:
    """'Name the five Central Asian countries that belonged to the CIS' where all five did: the
    question names the group and the answer is that whole group, so the count gives it away
    (such a card is asked without its count: _whole_group_card)."""
    return universe is not None and len(universe) > 1 and set(members) >= set(universe)


_THE_COUNT = re.compile(r"\bthe \{count\}")


def counted(template: str, closed: bool) -> str:
    """A set the deck declares closed is asked as 'the four aims'; an open one (the source's
    examples, 'such as ...') as 'two aims': a count the world may exceed is never stated."""
    return template if closed else _THE_COUNT.sub("{count}", template)


_CLAUSE = re.compile(
    r"\b(is|are|was|were|has|have|had|does|do|did|will|would|can|cannot|could|remains?)\b", re.I
)


def listed(keys: list[str], closed: bool) -> str:
    """The back: 'China and the EU.' for a closed set; 'The source names a test and higher
    fees.' for the source's examples; 'The source says that Russian is still ..., ... and ...'
    when the members are clauses, which 'names' cannot take."""
    said = join_and(keys)
    if closed:
        return capitalise_first(f"{said}.")
    if all(_CLAUSE.search(k) for k in keys):
        return f"The source says that {said}."
    return f"The source names {said}."


_ONE_MEMBER = re.compile(r"^\s*(one|another|either|each) of\b", re.I)


def set_explanation(ix: DeckIndex, facts: list[Fact], closed: bool) -> str:
    """A set card is explained as a set: whether the list is the whole of it, then the facts'
    shared explanation unless that is written for one member ('One of five issues ...'); never
    the members' sentences stuck together."""
    called = ix.source_names.get(facts[0].provenance.source, "the source")
    count = COUNTS[len(facts)]
    # said as a reader would say it: never 'That is the full list of two' (review 9401 #2)
    only = facts[0].object_id in ix.relations[facts[0].relation].only_for
    if closed and only:  # the source's own 'the only ... apart from ...'
        lead = capitalise_first(f"{called} says these {count} are the only ones.")
    elif closed and any(attributed_only(ix, f) for f in facts):  # the source's list only
        lead = capitalise_first(f"{called} names exactly these {count}, and no others.")
    elif closed:
        lead = f"These {count} are all there are."
    else:
        lead = f"These are the {count} {called} names; it does not say there are no others."
    shared = {ix.explained(f) for f in facts}
    text = shared.pop() if len(shared) == 1 else ""
    return lead if not text or _ONE_MEMBER.search(text) else f"{lead} {text}"


def _near(ix: DeckIndex, facts: list[Fact]) -> bool:
    """Two of the set's values declared `near`: 'name the two things Tajikistan is hesitant
    about' -> economic integration with Russia and joining the EEU, one the other's instance
    (review r212)."""
    return any(g.object_id in ix.near_of.get(f.object_id or "", ()) for f in facts for g in facts)


def _sets(ix: DeckIndex, fact: Fact) -> list[Outcome]:
    """One card per (subject, relation, date) or (relation, object) group of 2-7 facts, asking
    for the whole set: the back lists it, so no true answer is missing from it."""
    rel = ix.relations[fact.relation]
    out: list[Outcome] = []
    t = rel.templates
    declared = t.sets_complete or (rel.closed_world and rel.universe is not None)
    # the subject's facts of this relation and date, in deck order (a lookup, not a date
    # compared with each of the subject's facts)
    same_subject = list(ix.facts_by_subject_date[(fact.subject, rel.id, fact.qualifiers.as_of)])
    # outside a declared universe the deck does not list every object: the set may be incomplete
    outside = rel.closed_world and rel.universe is not None and fact.subject not in rel.universe
    if (
        t.set_forward
        and not outside
        and same_subject[0].id == fact.id
        and not _near(ix, same_subject)
    ):
        keys = [ix.object_text(f) for f in same_subject]
        out += _set_card(ix, "set-forward", t.set_forward, same_subject, keys, declared)
    if t.set_inverse and fact.object_id:
        same_object = [  # within a declared universe the set is complete: ask for that
            f
            for f in ix.facts_by_pair[(rel.id, fact.object_id)]
            if rel.universe is None or f.subject in rel.universe
        ]
        if same_object and same_object[0].id == fact.id:
            keys = [ix.phrase(f.subject) for f in same_object]
            if whole_universe(rel.universe, [f.subject for f in same_object]):
                return [*out, *_whole_group_card(ix, t.set_inverse, same_object, keys)]
            closed = declared or fact.object_id in rel.complete_for
            # a contested member makes the list the source's, and the world may add to it
            # (Latvia has a large Russian minority too): never 'the full list', unless the
            # source itself says these are the only ones (only_for: Russia and India's bases;
            # 'it does not say there are no others' misread it, session-20 review #63)
            only = fact.object_id in rel.only_for
            closed = closed and (only or not ix.contested_pair(rel.id, fact.object_id))
            out += _set_card(ix, "set-inverse", t.set_inverse, same_object, keys, closed)
    return out


def _whole_group_card(
    ix: DeckIndex, stem: str, group: list[Fact], keys: list[str]
) -> list[Outcome]:
    """Every member of the group the question names: asked without its count ('Name the Central
    Asian countries that belonged to the CIS in 2016.'), answered 'All five: ...'. With the
    count the question gave the answer away; without it the learner must know that none is
    missing. A stem with no 'the {count}' to drop is not asked."""
    if len(group) not in COUNTS or not _THE_COUNT.search(stem):
        return [Dropped("flashcard", WHOLE_UNIVERSE)]
    front = ix.say(_THE_COUNT.sub("the", stem), group[0])
    back = f"All {COUNTS[len(group)]}: {join_and(keys)}."
    return _group_card(ix, "set-inverse", group, keys, front=front, back=back, closed=True)


def _set_card(
    ix: DeckIndex, template: str, stem: str, group: list[Fact], keys: list[str], closed: bool
) -> list[Outcome]:
    """The card asking for a whole group, if its size has a count word."""
    if len(group) not in COUNTS:
        return []
    front = ix.say(counted(stem, closed), group[0], count=COUNTS[len(group)])
    return _group_card(
        ix, template, group, keys, front=front, back=listed(keys, closed), closed=closed
    )


def _group_card(
    ix: DeckIndex,
    template: str,
    group: list[Fact],
    keys: list[str],
    *,
    front: str,
    back: str,
    closed: bool,
) -> list[Outcome]:
    """The one builder of a set card: its front and back, explained as a set."""
    why = with_caveats(ix, set_explanation(ix, group, closed), group)
    return [build(ix, "flashcard", template, group, front, keys, back=back, explanation=why)]


# a contested member's own explanation that says the world disputes it ("both India and
# Tajikistan have denied that the Ayni airfield is an Indian base")
_DISPUTED = re.compile(r"\bden(?:y|ies|ied)\b|\bdisputed?\b|\bcontested\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def with_caveats(ix: DeckIndex, why: str, group: list[Fact]) -> str:
    """A member's own correction of the source ('strictly, Turkmenistan has been only an
    associate member since 2005') stays with the list that counts it (seed 6161), and so does a
    contested member's word that the world disputes it (India's base: seed 9103). Each caveat
    is said once: a sentence the card already says, or two members share, is not added again."""
    said = [why]
    for f in group:
        told = ix.explained(f)
        disputed = f.contested and _DISPUTED.search(told)
        if not (disputed or world_caveat(told)):
            continue
        text = " ".join(said)
        new = [s for s in _SENTENCE_END.split(told) if s and s not in text]
        said += new
    return " ".join(said)
