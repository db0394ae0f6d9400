"""Values of any subject (issue 12, item 1): years of any era, calendar dates, ranges,
fractions, ordinals, scaled and signed quantities, singular units, scoped facts, time phrases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import parse_deck
from quizapp.facts.model import Deck, When
from quizapp.facts.values import Date, Fraction, Ordinal, Percentage, Quantity, Range, Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.registry import generate_deck

HEAD = """\
id: kinds
title: Value kinds
sources:
  - {id: src, title: A source, sections: [{number: 1, label: only, paragraphs: 9}]}
topics:
  - {id: t, title: T}
entities:
  - {id: air, kind: thing, name: air}
  - {id: rome, kind: thing, name: Rome}
  - {id: gold, kind: thing, name: gold}
relations:
  - id: r
    subject_kinds: [thing]
    object_type: OBJECT_TYPE
    functional: true
    templates:
      forward: What about {subject}SCOPE?
      statement: "{subject} has {object}."
facts:
"""
FACT = """\
  - id: f{n}
    subject: {subject}
    relation: r
    object: {obj}
    explanation: A fact written for this test.
    topics: [t]
    provenance: {{source: src, section: 1, paragraph: 1}}
"""


def deck_text(object_type: str, *objects: str, subject: str = "rome", scope: bool = False) -> str:
    head = HEAD.replace("OBJECT_TYPE", object_type).replace("SCOPE", " {scope}" if scope else "")
    return head + "".join(FACT.format(n=i, subject=subject, obj=o) for i, o in enumerate(objects))


def load(object_type: str, *objects: str, **kw: object) -> Deck:
    return parse_deck(deck_text(object_type, *objects, **kw), "d.yaml")  # type: ignore[arg-type]


def problems(text: str) -> list[str]:
    with pytest.raises(DeckError) as info:
        parse_deck(text, "d.yaml")
    return [str(p) for p in info.value.problems]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("obj", "shown"),
    [
        ("{kind: year, value: 776, era: BC}", "776 BC"),
        ("{kind: year, value: -44}", "44 BC"),
        ("{kind: year, value: 79}", "AD 79"),
        ("{kind: year, value: 79, era: CE}", "79 CE"),
        ("{kind: year, value: 500, era: BCE}", "500 BCE"),
        ("{kind: year, value: 1846}", "1846"),
    ],
)
def test_years_of_any_era(obj: str, shown: str) -> None:
    value = load("year", obj).facts[0].object
    assert isinstance(value, Year)
    assert value.display() == shown


def test_year_zero_and_a_negative_year_with_an_era_are_refused() -> None:
    text = deck_text("year", "{kind: year, value: 0}")
    assert problems(text) == [
        f"d.yaml:{line_of(text, '{kind: year')}: there is no year 0: 1 BC is followed by AD 1 "
        "(at facts[0].object)"
    ]
    assert (
        "write the year as a positive number"
        in problems(deck_text("year", "{kind: year, value: -5, era: BC}"))[0]
    )


def test_bc_years_order_before_ad_years() -> None:
    deck = load("year", "{kind: year, value: 44, era: BC}", subject="rome")
    bc = deck.facts[0].object
    assert isinstance(bc, Year)
    assert bc.magnitude == -44 < Year(kind="year", value=79).magnitude


@pytest.mark.parametrize(
    ("obj", "shown"),
    [
        ("{kind: date, year: 1846, month: 9, day: 23}", "23 September 1846"),
        ("{kind: date, year: 2024, month: 2, day: 29}", "29 February 2024"),
        ("{kind: date, year: 44, month: 3, day: 15, era: BC}", "15 March 44 BC"),
        ("{kind: date, year: 410, month: 8}", "August AD 410"),
    ],
)
def test_dates_known_to_the_day_in_any_era(obj: str, shown: str) -> None:
    value = load("date", obj).facts[0].object
    assert isinstance(value, Date)
    assert value.display() == shown


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ("{kind: date, year: 2021, month: 2, day: 30}", "February 2021 has 28 days, not 30"),
        ("{kind: date, year: 1900, month: 2, day: 29}", "February 1900 has 28 days, not 29"),
        ("{kind: date, year: 2021, month: 4, day: 31}", "April 2021 has 30 days, not 31"),
        ("{kind: date, year: 2021, day: 3}", "a date with a day needs a month"),
    ],
)
def test_impossible_calendar_dates_are_refused_at_their_line(obj: str, message: str) -> None:
    text = deck_text("date", "{kind: date, year: 2000, month: 1, day: 1}", obj)
    assert problems(text) == [f"d.yaml:{line_of(text, obj)}: {message} (at facts[1].object)"]


def test_as_of_takes_a_day_an_era_and_a_phrase_and_checks_the_calendar() -> None:
    assert When(year=2016, month=6, day=30).render() == "on 30 June 2016"
    assert When(year=-331).render() == "in 331 BC"
    assert When(year=2015, phrase="as of the mid-2010s").render() == "as of the mid-2010s"
    with pytest.raises(ValidationError, match="June 2016 has 30 days, not 31"):
        When(year=2016, month=6, day=31)


def test_a_range_shows_as_written_and_must_run_upward() -> None:
    value = load("range", "{kind: range, low: -50, high: 120, unit: °C, measure: true}")
    obj = value.facts[0].object
    assert isinstance(obj, Range)
    assert obj.display() == "-50 to 120 °C"
    assert "-50-120 °C" in obj.names()
    text = deck_text("range", "{kind: range, low: 5, high: 2}")
    assert problems(text)[0].endswith(
        "a range runs from low to high: 5 is not below 2 (at facts[0].object)"
    )


def test_fractions_and_ordinals_read_as_figures_and_words() -> None:
    frac = load("fraction", "{kind: fraction, numerator: 3, denominator: 4}").facts[0].object
    assert isinstance(frac, Fraction)
    assert (frac.display(), frac.magnitude) == ("3/4", 0.75)
    assert "three quarters" in frac.names()
    rank = load("ordinal", "{kind: ordinal, value: 3, unit: largest}").facts[0].object
    assert isinstance(rank, Ordinal)
    assert rank.display() == "3rd largest"
    assert "third largest" in rank.names()
    assert problems(deck_text("fraction", "{kind: fraction, numerator: 4, denominator: 3}"))


@pytest.mark.parametrize(
    ("obj", "shown"),
    [
        ("{kind: quantity, value: 57900000, unit: km, measure: true}", "57.9 million km"),
        (
            "{kind: quantity, value: 149600000, unit: km, measure: true, scale: million}",
            "149.6 million km",
        ),
        ("{kind: quantity, value: 42000, unit: km, scale: thousand}", "42 thousand km"),
        ("{kind: quantity, value: 109035343, unit: people}", "109,035,343 people"),
        ("{kind: quantity, value: 1, unit: items}", "1 item"),
        ("{kind: quantity, value: 1, unit: degrees Celsius}", "1 degree Celsius"),
        ("{kind: quantity, value: 1, unit: hydroelectric projects}", "1 hydroelectric project"),
        ("{kind: quantity, value: 1, unit: people, unit_singular: person}", "1 person"),
        ("{kind: quantity, value: 1, unit: km, measure: true}", "1 km"),
        ("{kind: quantity, value: -6.76, unit: m, measure: true}", "-6.76 m"),
        ("{kind: quantity, value: 3, unit: points, signed: true}", "+3 points"),
    ],
)
def test_quantities_scale_sign_and_number_agreement(obj: str, shown: str) -> None:
    value = load("quantity", obj).facts[0].object
    assert isinstance(value, Quantity)
    assert value.display() == shown


def test_a_negative_percentage_is_a_signed_change() -> None:
    value = load("percentage", "{kind: percentage, value: -12.5, signed: true}").facts[0].object
    assert isinstance(value, Percentage)
    assert value.display() == "-12.5%"
    assert Percentage(kind="percentage", value=4, signed=True).display() == "+4%"
    assert (
        "add signed: true" in problems(deck_text("percentage", "{kind: percentage, value: -3}"))[0]
    )


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("million km", "unit 'million km' holds a scale: write unit: 'km' and scale: million"),
        ("blorps", "unit 'blorps' is not a physical unit the units library knows (pint)"),
    ],
)
def test_a_measured_unit_is_checked_with_the_units_library(unit: str, message: str) -> None:
    obj = f"{{kind: quantity, value: 5, unit: {unit}, measure: true}}"
    text = deck_text("quantity", obj)
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith(f"d.yaml:{line_of(text, obj)}: {message}")
    load("quantity", "{kind: quantity, value: 5, unit: kg/m³, measure: true}")  # known: loads


def test_a_functional_relation_holds_one_value_per_scope() -> None:
    nitrogen = "{kind: percentage, value: 78}\n    qualifiers: {scope: by nitrogen}"
    oxygen = "{kind: percentage, value: 21}\n    qualifiers: {scope: by oxygen}"
    deck = load("percentage", nitrogen, oxygen, subject="air", scope=True)
    assert len(deck.facts) == 2
    twice = deck_text(
        "percentage", nitrogen, nitrogen.replace("78", "77"), subject="air", scope=True
    )
    assert any("is functional, but 'air' already has an object" in p for p in problems(twice))


def test_a_time_phrase_with_a_machine_date_keeps_its_items() -> None:
    text = deck_text("percentage", "{kind: percentage, value: 40}\n    qualifiers: {as_of: AS_OF}")
    text = text.replace("functional: true", "functional: true\n    time_bound: true")
    text = text.replace("{subject}?", "{subject} {when}?").replace("{object}.", "{object} {when}.")
    phrase = text.replace("AS_OF", "{year: 2015, phrase: as of the mid-2010s}")
    plain = text.replace("AS_OF", "{year: 2015}")
    kinds = [
        sorted(q.kind for q in generate_deck(parse_deck(t), seed=1).questions)
        for t in (phrase, plain)
    ]
    assert kinds[0] == kinds[1]
    assert kinds[0]  # the items exist for both
    asked = [q.prompt for q in generate_deck(parse_deck(phrase), seed=1).questions]
    assert any("as of the mid-2010s" in p for p in asked)
    assert DeckIndex(parse_deck(phrase)).facts["f0"].qualifiers.as_of is not None


def _doc_examples() -> list[tuple[str, str]]:
    """Every `object: {kind: ...}` example in docs/authoring.md, with its trailing comment."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text()
    out = []
    for line in doc.splitlines():
        m = re.match(r"^object: (\{kind: [^}]*\})\s*(?:#\s*(.*))?$", line.strip())
        if m:
            out.append((m.group(1), m.group(2) or ""))
    return out


@pytest.mark.parametrize(("obj", "comment"), _doc_examples())
def test_the_authoring_guide_examples_load_and_show_as_it_says(obj: str, comment: str) -> None:
    kind = re.search(r"kind: (\w+)", obj)
    assert kind is not None
    value = load(kind.group(1), obj).facts[0].object
    assert not isinstance(value, str)
    shown = comment.strip('"')
    if re.match(r"^(about |US\$|AD |[-+\d])", shown):  # a comment that gives the display
        assert value.display() == shown.split(" (")[0]


def test_the_common_units_are_ones_pint_reads() -> None:
    from quizapp.facts.physical import COMMON_UNITS, unit_of

    assert [u for u in sorted(COMMON_UNITS) if unit_of(u) is None] == []
