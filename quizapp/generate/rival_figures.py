"""The grading key of a numeric fact, with the deck's other figures an answer may mistake it for.

A figure the learner types that is nearer another fact's figure than the key's is that other
fact's answer, never a near miss (tolerance.py): another subject's figure for the same
relation (71 h, Apollo 16's time on the Moon, for Apollo 15's 67 h), or the same subject's
figure for another property in the same physical measure (27 K, neon's boiling point, for its
melting point of 24.6 K; shares, sums and counts only the former, see `_physical`), or an end
of another subject's range in the same unit (oxygen's liquid range ends at -183 °C, its
boiling point, beside argon's -186 °C). Each
rival carries what it is ("the figure for Apollo 16"), which the learner is shown.

Only other subjects' figures within reach of the key's near-miss band are kept (farther ones
can never be nearer an answer that is close to the key), so a big deck's keys stay small; the
subject's own other figures are all kept, since naming one is useful however far off it is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from quizapp.facts.model import Fact
from quizapp.facts.values import NumericValue, Quantity, Range
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import display_step, key_for, near_band


def numeric_key(ix: DeckIndex, fact_id: str) -> NumericKey | None:
    """The deck fact's key, kept in the index: every seed and kind of the fact (numeric, cloze,
    numeric choice) asks for the same one."""
    keys: dict[str, NumericKey | None] = ix.__dict__.setdefault("_numeric_keys", {})
    if fact_id not in keys:
        keys[fact_id] = _made_key(ix, fact_id)
    return keys[fact_id]


def _made_key(ix: DeckIndex, fact_id: str) -> NumericKey | None:
    fact = ix.facts[fact_id]
    value = ix.numeric_value(fact)
    if value is None:
        return None
    approx = bool(getattr(value, "approx", False))
    step = display_step(value)  # an answer one digit shorter may round to a figure 10 steps off
    # the whole number, for a figure shown with decimals (30 °C for 29.76 °C, tolerance.py)
    whole = 1.0 if step < 1 else 0.0
    reach = max(2 * near_band(step, approx, value.magnitude), 10 * step, whole)
    named: dict[float, str] = {}
    figures, pairs = _distinct(ix).get(
        (fact.relation, value.family, getattr(value, "unit", None)), ([], [])
    )
    low = bisect_left(figures, value.magnitude - reach)
    for f, v in pairs[low : bisect_right(figures, value.magnitude + reach)]:
        if f.subject != fact.subject:
            named.setdefault(v.magnitude, f"the figure for {ix.phrase(f.subject)}")
    own = ix.numeric_by_subject.get(fact.subject, []) if _physical(value) else []
    for f, v in own:
        if f.relation != fact.relation and _same_measure(v, value):
            said = ix.say(ix.relations[f.relation].templates.statement, f).rstrip(".")
            named[v.magnitude] = f"another figure of {ix.phrase(fact.subject)} ({said})"
    for f, end in _range_ends(ix, value) if _physical(value) else []:
        if f.subject != fact.subject and abs(end - value.magnitude) <= reach:  # r367 C
            said = ix.say(ix.relations[f.relation].templates.statement, f).rstrip(".")
            named.setdefault(end, f"a figure for {ix.phrase(f.subject)} ({said})")
    for c in fact.confused_with:  # the deck's known rivals it holds no fact on
        named[value.model_copy(update={"value": c.value}).magnitude] = c.what
    named.pop(value.magnitude, None)
    order = sorted(named)
    key = key_for(value, tuple(order), tuple(named[v] for v in order))
    card = fact.provenance.source == "import" and not approx  # an imported card's figure
    return key.model_copy(update={"card": True}) if card else key


Measure = tuple[str, str, str | None]
Figures = tuple[list[float], list[tuple[Fact, NumericValue]]]


def _distinct(ix: DeckIndex) -> dict[Measure, Figures]:
    """`numeric_by_measure` with at most two facts per figure: its first, and its first of
    another subject. A key names a figure after its first fact of another subject than its
    own, which is one of these two; a big deck repeats figures (500 shares between 1% and
    99%), and a band of them read whole for every key was quadratic in the deck."""
    kept: dict[Measure, Figures] | None = ix.__dict__.get("_distinct_figures")
    if kept is None:
        kept = ix.__dict__["_distinct_figures"] = {
            measure: _two_per_figure(pairs) for measure, (_, pairs) in ix.numeric_by_measure.items()
        }
    return kept


def _two_per_figure(pairs: list[tuple[Fact, NumericValue]]) -> Figures:
    out: list[tuple[Fact, NumericValue]] = []
    first: Fact | None = None  # the first fact of the figure being read
    taken = 0  # how many of its facts are kept
    for i, (f, v) in enumerate(pairs):
        if i == 0 or v.magnitude != pairs[i - 1][1].magnitude:
            first, taken = f, 0
        if taken == 0 or (taken == 1 and first is not None and f.subject != first.subject):
            out.append((f, v))
            taken += 1
    return [v.magnitude for _, v in out], out


def _range_ends(ix: DeckIndex, value: NumericValue) -> list[tuple[Fact, float]]:
    """Both ends of every range in the key's physical unit: oxygen's liquid range ends at its
    boiling point, -183 °C, which argon's -186 °C may be taken for (review r367 C)."""
    ends: dict[str, list[tuple[Fact, float]]] | None = ix.__dict__.get("_range_ends")
    if ends is None:
        ends = ix.__dict__["_range_ends"] = {}
        for f in ix.deck.facts:
            if isinstance(f.object, Range) and f.object.measure:
                ends.setdefault(f.object.unit, []).extend([(f, f.object.low), (f, f.object.high)])
    return ends.get(getattr(value, "unit", None) or "", [])


def _same_measure(a: NumericValue, b: NumericValue) -> bool:
    return a.family == b.family and getattr(a, "unit", None) == getattr(b, "unit", None)


def _physical(value: NumericValue) -> bool:
    """A measured quantity with a unit (kelvins, metres): a subject's other figures in it are
    properties a learner confuses (boiling for melting point). A share, a sum or a count that
    happens to match another of the subject's figures (75% of its oil, 74% in a survey) is a
    coincidence, not a confusion, so those keep only other subjects' figures as rivals."""
    return isinstance(value, Quantity) and value.measure and bool(value.unit)
