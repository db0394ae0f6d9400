"""False statements for assertion-reason items: a fact's object or figure made false.

A changed figure or date dominated the false statements (session-16 note: four of five in the
seed-9203 review), so session 17 made them two ways: the object swapped for one the deck proves
false of the subject (true_false's variants: another figure off the key, another country's
stance, another organisation), or the subject swapped for a same-kind subject the deck gives
another value (`swapped_subjects`). Session 24 dropped the second way: a link is about its
subject, and a limb about another one read oddly and gave itself away (review 23361). The
balance (assertion_reason.FIGURES) still keeps figures to two thirds of the false statements.

A changed figure must be unmistakably false, not a matter of recalling a decimal
(seed-9403 review #37 and #42: 12.3% offered as 14.7%, 19% as 13%): the figure grows or shrinks
by a factor of four or more, or changes sign, or a year or date moves by four years or more.
Otherwise the statement is not made, and the link is asked in another form.
"""

from __future__ import annotations

import random
import re

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, NumericValue, Quantity, Year
from quizapp.generate.argument import Argument
from quizapp.generate.argument_words import spelt
from quizapp.generate.false_neighbours import nearest_first, neighbouring_objects, plausibly_near
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.true_false import FALSE_LADDERS, _false_objects, false_values
from quizapp.generate.ladder_options import with_number
from quizapp.generate.ladder_reach import reach
from quizapp.generate.temperatures import keeps_side

SO_FAR = re.compile(r"\bso far\b", re.I)
FACTOR = 4.0  # a false figure at least four times, or at most a quarter of, the true one
YEARS_APART = 4  # a false year or date at least this many years from the true one


def false_statement(argument: Argument, node: str, rng: random.Random) -> str | None:
    """A fact's statement made false by its object, or None. Never by its subject: the link
    is about that subject, so a swapped one made the pair read oddly or the 'reason' speak of
    another element ('Tungsten became the metal of lamp filaments ... Reason: gallium melts
    at 3,422 °C'; four such at seed 23361), a give-away of the false limb."""
    ix = argument.ix
    if node in argument.claims:  # the author's own false counterpart, if any (session 47)
        return argument.claims[node].false_text
    if node not in ix.facts or SO_FAR.search(argument.text(node)):
        return None  # 'the largest so far in 2011' could have been true in 2011
    fact = ix.facts[node]
    template = ix.relations[fact.relation].templates.statement
    made = [ix.say(template, fact, obj=o) for o in _false_objects_of(ix, fact, rng)[:1]]
    return spelt(made[0]) if made else None


def swapped_subjects(ix: DeckIndex, fact: Fact) -> list[str]:
    """Same-kind subjects of which the statement with this fact's object is false by the
    deck's declarations: each holds another, clearly different value of the relation at the
    same date. No longer used to make a false limb (see above); kept for the checks that ask
    which subjects a swap could take."""
    rel = ix.relations[fact.relation]
    kind = ix.entities[fact.subject].kind
    value = ix.numeric_value(fact)
    out: list[str] = []
    for other in ix.facts_by_relation_date.get((fact.relation, fact.qualifiers.as_of), []):
        if other.subject == fact.subject or ix.entities[other.subject].kind != kind:
            continue
        if fact.object_id is not None:
            if ix.provably_false(other.subject, fact.relation, fact.object_id):
                out.append(other.subject)
            continue
        theirs = ix.numeric_value(other)
        if not rel.functional or value is None or theirs is None:
            continue
        if unmistakably_off(value, theirs):
            out.append(other.subject)
    return sorted(set(out))


def _false_objects_of(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[str]:
    """The false objects true/false uses, the plausible neighbour of the true one first
    (false_neighbours): a figure only where it is unmistakably off yet plausibly near."""
    if fact.object_id is not None:
        return neighbouring_objects(ix, fact.object_id, _false_objects(ix, fact, rng))
    value = ix.numeric_value(fact)
    if value is None:
        return []
    made = [v for v in false_values(ix, fact, rng) if unmistakably_off(value, v)]
    return [v.display() for v in nearest_first(value, made) if plausibly_near(value, v)]


def unmistakably_off(key: NumericValue, other: NumericValue) -> bool:
    """A changed figure no careful reader could take for the true one: a year or date four
    years or more away; any other figure of the other sign, or four times as large or small."""
    if isinstance(key, Year | Date) and isinstance(other, Year | Date):
        return abs(other.signed - key.signed) >= YEARS_APART
    if isinstance(key, Year | Date) or isinstance(other, Year | Date):
        return False  # never a year against a figure
    mine, theirs = key.magnitude, other.magnitude
    if mine * theirs < 0:
        return True
    small, big = sorted((abs(mine), abs(theirs)))
    return small > 0 and big >= FACTOR * small


def never_false_figure(ix: DeckIndex, fact: Fact) -> bool:
    """Whether no draw at all can make this fact's figure false, so that fixed draws need not
    be tried (issue 12: gallium's 29.76 °C took twenty fruitless draws per deck). A false
    figure is FACTOR off the key yet on the key's side of room temperature and of zero
    (false_values' keeps_side); every figure a ladder reaches lies within `reach` of the key.
    Sound, not complete: False wherever unsure (a figure that is no positive quantity)."""
    value = ix.numeric_value(fact)
    if fact.object_id is not None or not isinstance(value, Quantity) or value.value <= 0:
        return False
    x, far = value.value, reach(value, max(FALSE_LADDERS))
    return _shut(value, x + far, x * FACTOR, True) and _shut(value, x - far, x / FACTOR, False)


def _shut(key: Quantity, end: float, edge: float, above: bool) -> bool:
    """No figure the ladder reaches beyond `edge` (FACTOR off the key) keeps the key's side:
    the ladder stops short of it, or the edge is across room temperature or zero already (the
    figures on the key's side form one interval around it, so all beyond the edge are too)."""
    if end < edge if above else end > edge:
        return True
    return not keeps_side(key, with_number(key, edge))


def whose(argument: Argument, node: str, false: str) -> str:
    """Where a false statement says what the source says of another subject, or gives this
    subject's figure to another, the explanation says whose it is ('Kazakhstan is a military
    ally wary of economic integration': the briefing says that of Tajikistan; seed-857 #15),
    but only where the object is said of that one subject: 'gallium is a liquid' is not
    'said of bromine' when mercury is a liquid too (reviews 21105, 24331, 26331 #56)."""
    ix = argument.ix
    if false == argument.text(node) or node not in ix.facts:
        return ""
    fact = ix.facts[node]
    template = ix.relations[fact.relation].templates.statement
    who = "it is said" if argument.author is None else f"{argument.author} says it"
    for other in ix.facts.values():
        if other.relation != fact.relation or other.subject == fact.subject:
            continue
        theirs, own = ix.entities[other.subject].name, ix.entities[fact.subject].name
        if spelt(ix.say(template, fact, obj=_object(ix, other))) == false:
            return f": {who} of {theirs}, not {own}" if _alone(ix, other) else ""
        if spelt(ix.say(template, fact, subject=ix.phrase(other.subject))) == false:
            return f": {who} of {own}, not {theirs}"
    return ""


def _alone(ix: DeckIndex, fact: Fact) -> bool:
    """No other subject of the relation has the fact's object."""
    return fact.object_id is None or not any(
        f.relation == fact.relation and f.object_id == fact.object_id and f.subject != fact.subject
        for f in ix.facts.values()
    )


def _object(ix: DeckIndex, fact: Fact) -> str:
    return ix.entities[fact.object_id].phrase() if fact.object_id else ""


def swapped_truth(argument: Argument, node: str, false: str) -> tuple[str, str] | None:
    """Where the false statement gives this fact's object to another subject, what the deck
    says of that subject instead and whose the object is: ('At 25 °C ... nitrogen is a gas.',
    'gallium'). A learner shown 'nitrogen is a solid' is corrected by nitrogen's own state,
    not told it 'should read' a sentence about gallium (review 20202 #48). None otherwise."""
    ix = argument.ix
    if node not in ix.facts:
        return None  # a claim's false counterpart is corrected by the claim itself
    fact = ix.facts[node]
    template = ix.relations[fact.relation].templates.statement
    for other in ix.facts.values():
        if other.relation != fact.relation or other.subject == fact.subject:
            continue
        if spelt(ix.say(template, fact, subject=ix.phrase(other.subject))) == false:
            return spelt(ix.say(template, other)), ix.entities[fact.subject].name
    return None
