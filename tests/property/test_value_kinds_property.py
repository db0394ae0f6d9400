"""Property and fuzz tests over the value kinds of issue 12: years of any era, calendar dates,
ranges, fractions, ordinals, scaled and signed quantities. The loader either accepts a value
(which then shows itself sensibly and, for dates, is a real calendar day) or refuses it with
a located DeckError; ladders for any numeric key are well formed."""

from __future__ import annotations

import calendar
import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts import DeckError, parse_deck
from quizapp.facts.values import Date, Quantity, Year
from quizapp.generate.ladder import ladder, may_be_negative, shape
from tests.unit.test_value_kinds import deck_text

ERAS = st.sampled_from([None, "BC", "BCE", "AD", "CE"])
SCALES = st.sampled_from([None, "unit", "thousand", "million", "billion"])
NUMBER = st.one_of(
    st.integers(-(10**10), 10**10),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 2)),
)


def _flow(d: dict[str, object]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in d.items() if v is not None) + "}"


@st.composite
def values(draw: st.DrawFn) -> tuple[str, str]:
    kind = draw(st.sampled_from(["year", "date", "range", "fraction", "ordinal", "quantity"]))
    if kind == "year":
        d = {"kind": kind, "value": draw(st.integers(-12000, 12000)), "era": draw(ERAS)}
    elif kind == "date":
        d = {
            "kind": kind,
            "year": draw(st.integers(-12000, 3000)),
            "month": draw(st.one_of(st.none(), st.integers(0, 13))),
            "day": draw(st.one_of(st.none(), st.integers(0, 32))),
            "era": draw(ERAS),
        }
    elif kind == "range":
        d = {"kind": kind, "low": draw(NUMBER), "high": draw(NUMBER), "unit": "°C"}
    elif kind == "fraction":
        d = {
            "kind": kind,
            "numerator": draw(st.integers(-2, 12)),
            "denominator": draw(st.integers(-2, 12)),
        }
    elif kind == "ordinal":
        d = {"kind": kind, "value": draw(st.integers(-2, 20_000)), "unit": "largest"}
    else:
        d = {
            "kind": kind,
            "value": draw(NUMBER),
            "unit": draw(st.sampled_from(["items", "km", "degrees Celsius", "people"])),
            "scale": draw(SCALES),
            "signed": draw(st.sampled_from([None, "true"])),
        }
    return kind, _flow(d)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values())
def test_values_load_and_show_or_fail_with_a_located_error(drawn: tuple[str, str]) -> None:
    kind, obj = drawn
    text = deck_text(kind, obj)
    try:
        deck = parse_deck(text, "v.yaml")
    except DeckError as exc:
        line = text[: text.index(obj)].count("\n") + 1
        assert all(p.line == line for p in exc.problems), [str(p) for p in exc.problems]
        return
    value = deck.facts[0].object
    assert not isinstance(value, str)
    shown = value.display()
    assert shown and "e+" not in shown and "None" not in shown
    assert not re.search(r"\.\d{4,}", shown), shown  # no '109.035343 million'
    if isinstance(value, Year | Date):
        year = value.signed
        assert year != 0 and ("BC" in shown) == (year < 0)
    if isinstance(value, Date) and value.day is not None and value.signed > 0:
        assert value.month is not None
        assert value.day <= calendar.monthrange(value.signed, value.month)[1]
    if isinstance(value, Quantity) and abs(value.value) == 1 and value.unit == "items":
        assert shown.endswith(" item")


KEYS = st.one_of(
    st.builds(
        lambda v, unit, approx: Quantity(
            kind="quantity", value=v, unit=unit, measure=unit != "troops", approx=approx
        ),
        NUMBER.filter(lambda x: abs(x) < 1e9),
        st.sampled_from(["troops", "km", "°C"]),
        st.booleans(),
    ),
    st.builds(lambda y: Year(kind="year", value=y), st.integers(-3000, 2100).filter(bool)),
    st.builds(
        lambda y, m, d: Date(kind="date", year=y, month=m, day=d),
        st.integers(1, 2100),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
)


@settings(max_examples=200, deadline=None)
@given(KEYS, st.integers(0, 2**32))
def test_ladders_for_any_key_are_well_formed(key: Quantity | Year | Date, seed: int) -> None:
    values = ladder(key, random.Random(seed), 4)
    if not values:
        return
    shown = [v.display() for v in values]
    assert key.display() in shown and len(set(shown)) == 4
    mags = [v.magnitude for v in values]
    assert mags == sorted(mags)
    assert len({shape(s) for s in shown}) == 1 or any(abs(m) == 1 for m in mags), shown
    if isinstance(key, Quantity) and not may_be_negative(key):
        assert min(mags) > 0
    if isinstance(key, Year | Date):
        assert all(v.signed != 0 for v in values)  # type: ignore[union-attr]
