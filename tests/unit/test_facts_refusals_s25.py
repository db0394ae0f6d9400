"""Refusals of quizapp/facts that no test in run.sh's facts list gave their bad input (issue 19,
session 25, found by coverage of that list): a relation's shape, impossible years and dates, a
disputed year's other reading, an entity's references, an object written as free text, and
the importer's duplicate question and one-column layouts. Each is checked whole: its words,
its line and its place, as the author reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.background_checks import check_background
from quizapp.facts.errors import DeckError
from quizapp.facts.import_values import answer_value
from quizapp.facts.loader import load_deck, parse_deck
from tests.support.deck_problems import deck_problems as _problems
from tests.support.tables import table_of
from tests.unit.test_loader import MINIMAL, line_of

MEMBER = "    object_type: entity\n    object_kinds: [organisation]\n"
SHARE = "    object_type: percentage\n"
OPEN = "      open_forward: Name a body {subject} belongs to.\n"
FORWARD = "      forward: Which body does {subject} belong to?\n"


@pytest.mark.parametrize(
    ("old", "new", "relation", "what"),
    [
        (
            MEMBER,
            "    object_type: entity\n",
            0,
            "object_kinds is required when object_type is entity",
        ),
        (
            SHARE,
            SHARE + "    object_kinds: [country]\n",
            1,
            "object_kinds only applies when object_type is entity",
        ),
        (
            MEMBER,
            MEMBER + "    universe: [o]\n",
            0,
            "universe only applies to a closed_world relation",
        ),
        (
            SHARE,
            SHARE + "    complete_for: [b]\n",
            1,
            "complete_for only applies when object_type is entity",
        ),
        (
            MEMBER,
            MEMBER + "    only_for: [o]\n",
            0,
            "only_for lists objects of complete_for (the deck lists them all)",
        ),
    ],
)
def test_a_relation_of_the_wrong_shape_is_refused_at_the_relation(
    old: str, new: str, relation: int, what: str
) -> None:
    text = MINIMAL.replace(old, new)
    rel_id = ("member-of", "share")[relation]
    assert _problems(text) == [
        f"d.yaml:{line_of(text, f'id: {rel_id}')}: {what} (at relations[{relation}])"
    ]


def test_a_source_scoped_relation_s_open_question_must_say_according_to() -> None:
    text = MINIMAL.replace(FORWARD, FORWARD + OPEN).replace(
        MEMBER, MEMBER + "    source_scoped: true\n"
    )
    assert _problems(text) == [
        f"d.yaml:{line_of(text, 'open_forward')}: templates.open_forward must say 'according to' "
        "(source_scoped) (at relations[0].templates.open_forward)"
    ]
    fixed = text.replace("Name a body", "According to the source, name a body")
    assert parse_deck(fixed, "d.yaml").relations[0].source_scoped


def test_a_time_bound_relation_s_templates_must_each_say_when() -> None:
    text = MINIMAL.replace(MEMBER, MEMBER + "    time_bound: true\n")
    assert _problems(text) == [
        f"d.yaml:{line_of(text, 'forward:')}: templates.forward must say when: add {{when}} "
        "(at relations[0].templates.forward)",
        f"d.yaml:{line_of(text, 'belongs to {object}')}: templates.statement must say when: "
        "add {when} (at relations[0].templates.statement)",
    ]


YEARS = MINIMAL.replace("object_type: percentage", "object_type: year").replace(
    'statement: "{subject} holds {object}."', 'statement: "{subject} was founded in {object}."'
)


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ("{kind: year, value: 0}", "there is no year 0: 1 BC is followed by AD 1"),
        ("{kind: year, value: -5, era: BC}", "with era BC, write the year as a positive number"),
        ("{kind: year, value: 2201}", "year 2201 is outside 9999 BC to AD 2200"),
        ("{kind: year, value: 1846, circa: 5, also: [1846]}", "also: 1846 is the value itself"),
        (
            "{kind: year, value: 1846, circa: 5, also: [1852]}",
            "also: 1852 is 6 years from 1846: write circa: 6 or more",
        ),
    ],
)
def test_an_impossible_year_is_refused_at_its_fact_s_object(value: str, what: str) -> None:
    text = YEARS.replace("{kind: percentage, value: 40}", value)
    assert _problems(text) == [f"d.yaml:{line_of(text, 'kind: year')}: {what} (at facts[1].object)"]


@pytest.mark.parametrize(
    "value",
    [
        "{kind: year, value: 2200}",
        "{kind: year, value: 9999, era: BC}",
        "{kind: year, value: 1846, circa: 6, also: [1852]}",
    ],
)
def test_a_year_at_the_edge_of_what_is_allowed_is_read(value: str) -> None:
    parse_deck(YEARS.replace("{kind: percentage, value: 40}", value), "d.yaml")


def test_a_fact_s_as_of_date_with_a_day_and_no_month_is_refused_at_its_line() -> None:
    prov = "    provenance: {source: src, section: 1, paragraph: 1}\n"
    text = MINIMAL.replace(prov, prov + "    qualifiers: {as_of: {year: 1990, day: 3}}\n", 1)
    assert _problems(text) == [
        f"d.yaml:{line_of(text, 'as_of')}: a date with a day needs a month "
        "(at facts[0].qualifiers.as_of)"
    ]


def test_an_entity_named_after_an_unknown_one_or_near_one_of_another_kind_is_refused() -> None:
    alpha = "{id: a, kind: country, name: Alpha}"
    text = MINIMAL.replace(
        alpha, "{id: a, kind: country, name: Alpha, named_after: [zed], near: [o]}"
    )
    line = line_of(text, "id: a,")
    assert _problems(text) == [
        f"d.yaml:{line}: 'o' is no country of this deck (at entities[0].near[0])",
        f"d.yaml:{line}: unknown entity 'zed' (at entities[0].named_after[0])",
    ]
    parse_deck(MINIMAL.replace(alpha, "{id: a, kind: country, name: Alpha, near: [b]}"), "d.yaml")


@pytest.mark.parametrize(
    ("written", "how"),
    [
        (
            "14 July 1820",
            "write a date as {kind: date, year: 1846, month: 9, day: 23} and a year as "
            "{kind: year, value: 1846}",
        ),
        (
            "12 km",
            "write a value as a mapping with its kind, such as {kind: quantity, value: 12, "
            "unit: km} (docs/authoring.md lists every kind)",
        ),
    ],
)
def test_an_object_written_as_text_says_how_to_write_a_date_or_a_value(
    written: str, how: str
) -> None:
    text = MINIMAL.replace("    object: o\n", f"    object: {written}\n")
    assert _problems(text) == [
        f"d.yaml:{line_of(text, written)}: the object {written!r} is not an entity id "
        f"(lower-case letters, digits and hyphens) nor a value; {how} (at facts[0].object)"
    ]


def test_an_explanation_that_tags_background_inline_is_warned_about() -> None:
    deck = parse_deck(MINIMAL.replace("long ago.", "long ago, as background."), "d.yaml")
    assert list(check_background(deck)) == [
        (
            ("facts", 0, "explanation"),
            "warning: explanation tags background inline: move it to background_note",
        )
    ]


def test_a_folder_given_as_a_deck_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as info:
        load_deck(tmp_path)
    assert [str(p) for p in info.value.problems] == [f"{tmp_path}:1: is a folder, not a deck file"]


def test_an_import_with_a_question_asked_twice_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    result = table_of(
        path,
        "What is the capital of France?,Paris\n"
        "What is the capital of Peru?,Lima\n"
        "what is the capital of france?,Lyon\n",
    )
    assert result.deck is None
    assert result.problems == [f"{path}:3: the same question is on line 1"]
    assert result.good == 2


@pytest.mark.parametrize(
    ("text", "line", "fix"),
    [
        (
            "#columns:Question;Answer\nWhat is the capital of France?;Paris\n",
            1,
            "separator (comma); say #separator:semicolon",
        ),
        (
            "#separator:tab\n#columns:Question\nWhat is the capital of France?\tParis\n",
            2,
            "separator (tab); name a question and an answer column",
        ),
    ],
)
def test_columns_that_name_one_column_stop_the_import_with_the_fix(
    tmp_path: Path, text: str, line: int, fix: str
) -> None:
    path = tmp_path / "c.csv"
    result = table_of(path, text)
    assert result.deck is None
    assert result.problems == [f"{path}:{line}: #columns: names one column when split by the {fix}"]


@pytest.mark.parametrize(
    ("answer", "question", "value"),
    [
        ("-40 °C", "What is the lowest temperature?", {"value": -40.0, "unit": "°C"}),
        ("−3 km", "How deep is it?", {"value": -3.0, "unit": "km"}),
        ("8.90 m", "How far?", {"value": 8.9, "unit": "m", "precision": 0.01}),
        ("8.9 m", "How far?", {"value": 8.9, "unit": "m"}),
        ("12", "How tall is it in metres?", {"value": 12.0, "unit": "metres"}),
        ("-12%", "By how much did it change?", {"kind": "percentage", "value": -12.0}),
        ("$0", "What did it cost?", None),  # no money is free or owed
        ("$5 km", "What did it cost?", None),  # a symbol and a unit: not money
        ("150%", "What share?", None),  # a share over 100
        ("5 million %", "What share?", None),
        ("1846", "In which year?", {"kind": "year", "value": 1846}),  # asked with a ladder (r428)
        ("206", "How many bones are there?", {"value": 206.0, "unit": "bones", "exact": True}),
        ("1846", "When was it?", None),  # a bare figure: the importer's number
        ("c. 1846", "In which year?", None),  # an estimate: the importer's number
        ("12", "How many of them?", None),  # no noun counted
        ("12 Angry Men", "Which film?", None),  # a name
    ],
)
def test_an_imported_answer_is_read_as_a_value_only_where_it_plainly_is_one(
    answer: str, question: str, value: dict[str, object] | None
) -> None:
    found = answer_value(answer, question)
    if value is None:
        assert found is None
        return
    kind = value.get("kind", "quantity")
    expected: dict[str, object] = {"kind": kind, **value}
    if kind == "quantity" and "exact" not in value:
        expected["measure"] = True
    elif kind == "percentage":
        expected["signed"] = True
    assert found == expected


def test_an_import_with_a_question_asked_twice_but_for_spacing_names_both_lines(
    tmp_path: Path,
) -> None:
    """Review r514 H: 'Who founded sikhism ?' after 'Who founded Sikhism?' was refused by the
    deck check with a temporary file's name and a schema path, not by its lines."""
    path = tmp_path / "c.csv"
    result = table_of(path, "Who founded Sikhism?,Guru Nanak\nWho founded  sikhism ?,Nanak\n")
    assert result.deck is None
    assert result.problems == [f"{path}:2: the same question is on line 1"]
