"""Every typed, numeric and cloze item of every bundled deck (and the planets test deck):
the answer as displayed, and in two other common written forms, is graded correct."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from quizapp.facts.catalog import find_decks
from quizapp.generate.checker import check
from quizapp.generate.dates import key_date
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService
from tests.conftest import ROOT

MONTHS = "January February March April May June July August September October November December"
DECKS = [e.path for e in find_decks(include_user=False)] + [ROOT / "tests/data/planets.yaml"]


def _items() -> list[tuple[str, Question, dict[str, str]]]:
    service = StudyService(None, seed=0)
    out = []
    for path in DECKS:
        loaded = service.load_deck(str(path))
        # every form of every fact: a seed asks one open form of a number, another seed another
        for q in generate_deck(loaded.deck, seed=0, spread=False).questions:
            if q.kind in ("typed", "numeric", "cloze"):
                out.append((Path(path).stem, q, loaded.vocabulary))
    service.close()
    return out


ITEMS = _items()


def other_forms(q: Question) -> list[str]:
    """Two ways people commonly write the answer other than the displayed one."""
    shown = q.answer[0]
    key = q.numeric
    if key is None:
        return [shown.upper(), f"the {shown.lower()}."]
    if key.date is not None:
        y, m, d = key_date(key.date)
        if m is None:
            return [f"in {y}", f"{y}."]
        month = MONTHS.split()[m - 1]
        if d is None:
            return [f"{y}-{m:02d}", f"{month[:3]} {y}"]
        return [f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}"]
    if key.family == "year":
        return [f"in {round(key.value)}", f"{round(key.value)}."]
    return [_plain_digits(key), _second_form(key)]


def _decimals(key: NumericKey) -> int:
    return max(0, -math.floor(math.log10(key.step) + 1e-9)) if key.step else 0


def _unit(key: NumericKey) -> str:
    if key.family == "percentage":
        return "%"
    return f" {key.unit}" if key.unit else ""


def _plain_digits(key: NumericKey) -> str:
    """All digits, no separators, no scale word: 57900000 km, 333000000, 12.3%."""
    return f"{key.value:.{_decimals(key)}f}{_unit(key)}"


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _second_form(key: NumericKey) -> str:
    """57.9m km, $333m, 1.5bn; 50 percent; minus 65 °C; two; 7,000 troops; 5.79e7."""
    v = key.value
    if key.family == "percentage":
        return f"{v:.{_decimals(key)}f} percent"
    if abs(v) >= 1e9:
        return f"{'$' if key.family.startswith('money') else ''}{v / 1e9:g}bn{_unit(key)}"
    if abs(v) >= 1e6:
        return f"{'$' if key.family.startswith('money') else ''}{v / 1e6:g}m{_unit(key)}"
    if v < 0:
        return f"minus {abs(v):.{_decimals(key)}f}{_unit(key)}"
    if v == int(v) and v < len(WORDS):
        return WORDS[int(v)]
    if v >= 1000:
        return f"{v:,.{_decimals(key)}f}{_unit(key)}"
    exponent = math.floor(math.log10(abs(v)))
    digits = max(0, exponent - math.floor(math.log10(key.step) + 1e-9)) if key.step else 0
    return f"{v:.{digits}e}{_unit(key)}"  # scientific: 2.95e+01 years


def test_every_deck_yields_items() -> None:
    assert {deck for deck, _, _ in ITEMS} >= {"russia-central-asia", "planets"}
    assert len(ITEMS) > 100


@pytest.mark.parametrize(("deck", "q", "vocabulary"), ITEMS, ids=[q.id for _, q, _ in ITEMS])
def test_displayed_answer_and_two_other_forms_are_right(
    deck: str, q: Question, vocabulary: dict[str, str]
) -> None:
    for form in [q.answer[0], *other_forms(q)]:
        verdict = check(q, form, vocabulary)
        assert verdict.verdict == "correct", (deck, q.prompt, q.answer[0], form, verdict)
