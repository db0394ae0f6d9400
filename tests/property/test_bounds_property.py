"""Fuzzing a fact's `bounds` (issue 12): a fact loads exactly when its value lies within its
bounds, and otherwise fails with one error on the line of its value, never a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import parse_deck
from tests.unit.test_value_kinds import deck_text

BOUND = st.one_of(st.none(), st.integers(-2000, 3000))


def _within(x: float, low: int | None, high: int | None) -> bool:
    return (low is None or x >= low) and (high is None or x <= high)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["quantity", "year"]),
    st.integers(-2000, 2200).filter(bool),  # the years a deck may give: 9999 BC to AD 2200
    BOUND,
    BOUND,
)
def test_a_fact_loads_exactly_when_its_value_lies_within_its_bounds(
    kind: str, value: int, low: int | None, high: int | None
) -> None:
    if kind == "year":
        era = "BC" if value < 0 else "AD"
        obj = f"{{kind: year, value: {abs(value)}, era: {era}}}"
    else:
        obj = f"{{kind: quantity, value: {value}, unit: km}}"
    shown = ", ".join("null" if b is None else str(b) for b in (low, high))
    text = deck_text(kind, obj)
    text = text.replace(f"    object: {obj}\n", f"    object: {obj}\n    bounds: [{shown}]\n")
    line = text[: text.index(obj)].count("\n") + 1
    try:
        parse_deck(text, "b.yaml")
    except DeckError as exc:
        said = [str(p) for p in exc.problems]
        assert not _within(value, low, high), said
        assert [p.line for p in exc.problems] == [line], said
        assert "outside its own bounds" in said[0]
        return
    assert _within(value, low, high)
