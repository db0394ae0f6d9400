"""Every typed, numeric and cloze item of every bundled deck (and the planets test deck):
the answer as displayed, and in two other common written forms, is graded correct."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from quizapp.facts.catalog import find_decks
from quizapp.facts.grammar import fraction_words, ordinal_words
from quizapp.generate.checker import check
from quizapp.generate.dates import key_date
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService
from tests.conftest import ROOT

MONTHS = "January February March April May June July August September October November December"
# every bundled deck, whatever questions/ holds, and the test decks of other value kinds
DECKS = [e.path for e in find_decks(include_user=False)] + [
    ROOT / "tests/data/planets.yaml",
    ROOT / "tests/data/value_kinds.yaml",
]


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
    if key is None and q.case_sensitive:  # capitals matter ('Co', not 'CO'): keep them
        return [f"{shown}.", f"  {shown} "]
    if key is None:
        return _text_forms(shown)
    if key.date is not None:
        y, m, d = key_date(key.date)
        era = f"{-y} BC" if y < 0 else str(y)  # 776 BC: "776 BC", never "-776-..."
        if m is None:
            return [f"in {era}", f"{-y} BCE" if y < 0 else f"{y}."]
        month = MONTHS.split()[m - 1]
        if d is None:
            return [f"{month[:3]} {era}", f"{month} {-y} BCE" if y < 0 else f"{y}-{m:02d}"]
        if y < 0:
            return [f"{month} {d}, {era}", f"{d} {month} {-y} BCE"]
        return [f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}"]
    if key.family == "year":
        year = round(key.value)
        if year < 0:
            return [f"{-year} BCE", f"in {-year} B.C."]
        return [f"in {year}", f"{year} AD" if year < 1000 else f"{year}."]
    return [_plain_digits(key), _second_form(key)]


def _text_forms(shown: str) -> list[str]:
    """A name in capitals and with an article; a fraction, a rank or a range in other words."""
    fraction = re.fullmatch(r"(\d+)/(\d+)", shown)
    if fraction:
        n, d = int(fraction[1]), int(fraction[2])
        return [fraction_words(n, d), f"{100 * n / d:.3g}%"]
    rank = re.fullmatch(r"(\d+)(?:st|nd|rd|th)( .+)?", shown)
    if rank:
        return [f"{ordinal_words(int(rank[1]))}{rank[2] or ''}", rank[1]]
    span = re.fullmatch(r"(?:about )?(\S+) to (\S+)( .+)?", shown)
    if span:
        return [f"from {span[1]} to {span[2]}{span[3] or ''}", f"{span[1]}-{span[2]}"]
    return [shown.upper(), f"the {shown.lower()}."]


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


def _powers(unit: str) -> list[str]:
    """A compound unit as science writes it: g/cm³ -> 'g cm-3', 'g/cm^3', 'g·cm⁻³'."""
    top, _, bottom = unit.partition("/")
    base, power = bottom.rstrip("²³"), {"²": "2", "³": "3"}.get(bottom[-1:], "1")
    minus = f"-{power}" if power != "1" else "-1"
    return [f"{top} {base}{minus}", f"{top}/{base}^{power}", f"{top}·{base}⁻{bottom[-1:]}"]


COMPOUND = [(d, q, v) for d, q, v in ITEMS if q.numeric and "/" in (q.numeric.unit or "")]


@pytest.mark.parametrize(("deck", "q", "vocabulary"), COMPOUND, ids=[q.id for _, q, _ in COMPOUND])
def test_a_compound_unit_with_powers_is_right(
    deck: str, q: Question, vocabulary: dict[str, str]
) -> None:
    key = q.numeric
    assert key is not None and key.unit is not None
    if not key.unit.endswith(("²", "³")):
        pytest.skip("no power to write")
    for unit in _powers(key.unit):
        form = f"{_plain_digits(key).removesuffix(_unit(key))} {unit}"
        verdict = check(q, form, vocabulary)
        assert verdict.verdict == "correct", (deck, q.prompt, q.answer[0], form, verdict)


def test_compound_unit_items_exist() -> None:
    assert any(q.numeric and q.numeric.unit == "g/cm³" for _, q, _ in COMPOUND)
