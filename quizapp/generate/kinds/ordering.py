"""Ordering: put 3-4 items in order, either by a number of one relation or by date.

By number: same relation and date, values in one unit (converted where the units library
can: days and years), gaps beyond tolerance, highest first; years and dates earliest first.
By date: statements of dated *events* (relations flagged `event`, not states or statistics)
with well-separated dates, earliest first; months order events within a year. The registry
caps how often one fact anchors an ordering, so the same event does not open every round.
Names that carry numbers in the same order as the answer (Apollo 9, 11, 15, 16 launched in
that order) give it away: such rounds are dropped, here and in matching.
"""

from __future__ import annotations

import itertools
import random
import re

from quizapp.facts.eras import MAX_YEAR
from quizapp.facts.model import Fact
from quizapp.facts.templates import render
from quizapp.facts.values import Date, NumericValue, Quantity, Year, same_scale
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, each
from quizapp.generate.margins import estimates_too_close, uncertainty
from quizapp.generate.units import convert, dimension

MIN_ITEMS, MAX_ITEMS = 3, 4
# one instruction, the measure after the colon: not "What share ...? Order them ..." (two asks)
HIGHEST_FIRST = "Order these from the highest figure to the lowest: {question}"
# years and dates (BC included) the same way: never opening with "On what date ...?", a
# question the round does not ask
EARLIEST_FIRST = "Order these from the earliest to the latest: {question}"
CANDIDATES = 60


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    out: list[Outcome | None] = []
    if ix.numeric_value(fact) is not None:
        out.append(_by_number(ix, fact, rng))
    if fact.qualifiers.as_of is not None and fact.qualifiers.as_of.phrase is None:
        out.append(_by_date(ix, fact, rng))
    return [o for o in out if o is not None]


def _by_number(ix: DeckIndex, fact: Fact, rng: random.Random) -> Outcome | None:
    rel = ix.relations[fact.relation]
    value = ix.numeric_value(fact)
    assert value is not None
    group = ix.facts_by_relation_date[(rel.id, fact.qualifiers.as_of)]
    if group[0].id != fact.id:
        return None
    vals = [(f, in_unit_of(ix.numeric_value(f), value)) for f in group]
    usable = [(f, v) for f, v in vals if v is not None]
    if len(usable) < MIN_ITEMS:
        return Dropped("ordering", "fewer than three comparable values")
    chosen = rng.sample(usable, min(MAX_ITEMS, len(usable)))
    chosen.sort(key=lambda fv: -fv[1][0])
    now = ix.latest_year(fact) or MAX_YEAR
    for (fa, (a, ta)), (fb, (b, tb)) in itertools.pairwise(chosen):
        unsure = uncertainty(ix.numeric_value(fa)) + uncertainty(ix.numeric_value(fb))
        if a - b <= ta + tb + unsure or (
            isinstance(value, Year) and estimates_too_close(a, b, now)
        ):
            return Dropped("ordering", "values too close to order")
    names = [ix.entities[f.subject].name for f, _ in chosen]
    if numbered_in_order(names, [v for _, (v, _) in chosen]):
        return Dropped("ordering", NUMBERED)
    order = HIGHEST_FIRST
    if isinstance(value, Year | Date):  # by time, signed (9000 BC before 3500 BC), not figure
        chosen.reverse()
        order = EARLIEST_FIRST
        names.reverse()
    slots = ix.slots(fact, subject=each(ix, [f.subject for f, _ in chosen]))
    if rel.templates.order_by:  # 'Order these by boiling point ..., highest first.'
        first = "earliest" if order is EARLIEST_FIRST else "highest"
        measure = render(rel.templates.order_by, slots)
        if not rel.templates.order_by.startswith("{"):  # the author's own first letter
            measure = rel.templates.order_by[:1] + measure[1:]
        measure = quantity_only(measure, value)
        prompt = f"Order these by {measure}, {first} first."
    else:
        prompt = order.format(question=lower_lead(render(rel.templates.forward, slots)))
    explanation = " ".join(ix.say(rel.templates.statement, f) for f, _ in chosen)
    return build(
        ix,
        "ordering",
        "by-number",
        [f for f, _ in chosen],
        prompt,
        names,
        options=shuffled(names, rng),
        explanation=explanation,
    )


NUMBERED = "the numbers in the names give the order away"
_NUMBER = re.compile(r"\d+")


def shuffled(answer: list[str], rng: random.Random) -> list[str]:
    """The items in an order other than the answer's: shown already in order, the round asks
    nothing."""
    options = rng.sample(answer, len(answer))
    if options == answer:
        options = options[1:] + options[:1]
    return options


def numbered_in_order(names: list[str], values: list[float]) -> bool:
    """Whether every name carries a number ('Apollo 11') and sorting by those numbers puts
    the values in order, up or down: the answer is read off the names, not known."""
    numbers = []
    for name in names:
        found = _NUMBER.search(name)
        if found is None:
            return False
        numbers.append(int(found.group()))
    if len(set(numbers)) < len(numbers):
        return False
    by_number = sorted(range(len(names)), key=lambda i: numbers[i])
    by_value = sorted(range(len(names)), key=lambda i: values[i])
    return by_number in (by_value, by_value[::-1])


_IN_UNIT = re.compile(r"^(?P<quantity>.+?),? (?:in|measured in) (?P<unit>[^,()]+)$")


def quantity_only(measure: str, value: NumericValue) -> str:
    """The measure without a trailing 'in kelvins': an order does not depend on the unit, so
    naming one in the stem only shows how the deck is modelled (9305 #30). Dropped only when the
    words after 'in' are a unit of the same kind as the figures' own ('air' is kept)."""
    found = _IN_UNIT.match(measure)
    if found is None or not isinstance(value, Quantity) or not value.measure:
        return measure
    named = dimension(found["unit"])
    if named is None or named != dimension(value.unit):
        return measure
    return found["quantity"]


def in_unit_of(v: NumericValue | None, key: NumericValue) -> tuple[float, float] | None:
    """(magnitude, tolerance) of v in the key's unit: as is when they share a scale, converted
    when both are measured in units the units library converts (days and years); else None."""
    if v is None:
        return None
    if same_scale(v, key):
        return v.magnitude, v.tolerance
    if not (isinstance(v, Quantity) and isinstance(key, Quantity) and v.measure and key.measure):
        return None
    factor = convert(1.0, v.unit, key.unit)
    offset = convert(0.0, v.unit, key.unit)
    if factor is None or offset is None or offset != 0.0:
        return None  # not a plain ratio (°F to °C): no comparing tolerances by scaling
    return v.magnitude * factor, v.tolerance * factor


def _far_apart(a: Fact, b: Fact) -> bool:
    """Different years, or the same year with months at least two apart: no close calls."""
    wa, wb = a.qualifiers.as_of, b.qualifiers.as_of
    assert wa is not None and wb is not None
    if wa.year != wb.year:
        return True
    return wa.month is not None and wb.month is not None and abs(wa.month - wb.month) >= 2


def _by_date(ix: DeckIndex, fact: Fact, rng: random.Random) -> Outcome | None:
    if not ix.relations[fact.relation].event:
        return None  # states ("was a member in 2016") and statistics are not events to order
    dated = ix.dated_events
    picks = [fact]
    # random draws, a bounded number of them, keep this linear in the deck's size
    for _ in range(min(len(dated), CANDIDATES)):
        f = dated[rng.randrange(len(dated))]
        if all(_far_apart(f, p) for p in picks):
            picks.append(f)
        if len(picks) == MAX_ITEMS:
            break
    if len(picks) < MIN_ITEMS:
        return Dropped("ordering", "too few events with distinct dates")
    picks.sort(key=lambda f: f.qualifiers.as_of.sort_key)  # type: ignore[union-attr]
    if numbered_in_order([ix.entities[f.subject].name for f in picks], list(range(len(picks)))):
        return Dropped("ordering", NUMBERED)
    events = [_undated(ix, f) for f in picks]
    prompt = "Put these events in order, earliest first."
    explanation = " ".join(ix.say(ix.relations[f.relation].templates.statement, f) for f in picks)
    return build(
        ix,
        "ordering",
        "by-date",
        picks,
        prompt,
        events,
        options=shuffled(events, rng),
        explanation=explanation,
    )


def _undated(ix: DeckIndex, fact: Fact) -> str:
    slots = ix.slots(fact)
    slots["when"] = ""
    text = render(ix.relations[fact.relation].templates.statement, slots)
    text = text.lstrip(", ").replace(" ,", ",")
    return text[:1].upper() + text[1:]


LEAD_WORDS = ("In", "What", "How", "Which", "At", "By", "For", "On", "Of", "The", "About")


def lower_lead(question: str) -> str:
    """'In one survey, what share ...?' continues an instruction as 'in one survey, ...'; a
    name leading the question keeps its capital."""
    first = question.split(" ", 1)[0].rstrip(",")
    return question[0].lower() + question[1:] if first in LEAD_WORDS else question
