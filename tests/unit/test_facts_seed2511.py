"""Deck and import behaviour that session 25's fresh seed-2511 mutation sample of quizapp/facts
found untested (issue 19; written after that sample was judged, so its "after" figure is
fitted): imported ids numbered in order, a `Question` column named second, a value's missing
field placed at the value, imported question frames without a name's first word, the schema's
keys sorted, a sentence starting with a one-letter word capitalised, a BC date moved along a
ladder, every key of a mapping read past a repeated one, and the node budget's exact size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.facts import yaml_lines
from quizapp.facts.importer import read_table
from quizapp.facts.question_frames import question_frames
from quizapp.facts.schema import deck_schema_json
from quizapp.facts.templates import capitalise_first
from quizapp.facts.time_values import Date
from tests.support.deck_problems import deck_problems as _problems
from tests.support.tables import table_of
from tests.unit.test_loader import MINIMAL, line_of


def test_imported_questions_sharing_a_long_opening_get_ids_numbered_in_order(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rivers.csv"
    opening = "What is the name of the longest river that flows through the country of "
    deck = table_of(
        path, "".join(f"{opening}{n}?,{n[0]}\n" for n in ("Alpha", "Beta", "Gamma"))
    ).deck
    assert deck is not None
    base = "q-what-is-the-name-of-the-longest-river-that-flows"
    assert [f["id"] for f in deck["facts"]] == [base, f"{base}-2", f"{base}-3"]


def test_a_question_column_named_after_the_answer_column_is_the_question(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "#columns:Answer,Question\nParis,What is the capital of France?\n"
        "Lima,What is the capital of Peru?\n"
    )
    deck = read_table(path).deck
    assert deck is not None
    assert [(f["subject"], f["object"]) for f in deck["facts"]] == [
        ("what-is-the-capital-of-france", "answer-paris"),
        ("what-is-the-capital-of-peru", "answer-lima"),
    ]


def test_a_value_missing_its_field_is_named_at_the_value_not_at_a_misnamed_field() -> None:
    text = MINIMAL.replace("object_type: percentage", "object_type: year").replace(
        'statement: "{subject} holds {object}."', 'statement: "{subject} began in {object}."'
    )
    text = text.replace("{kind: percentage, value: 40}", "{kind: year, year: 1846}")
    line = line_of(text, "kind: year")
    assert _problems(text) == [
        f"d.yaml:{line}: missing field 'value' (at facts[1].object)",
        f"d.yaml:{line}: unknown field 'year' (at facts[1].object.year)",
    ]


def test_an_imported_question_s_frame_drops_the_whole_name_it_ends_in() -> None:
    questions = [
        "In which country is Mount Everest?",
        "In which country is Mount Fuji?",
        "Who wrote Hamlet?",
    ]
    assert question_frames(questions) == ["in which country is", "in which country is", "who"]


def test_the_deck_schema_is_written_with_its_keys_sorted() -> None:
    text = deck_schema_json()
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True)


@pytest.mark.parametrize(
    ("text", "shown"),
    [("a city", "A city"), ("x-ray", "X-ray"), ("alpha", "Alpha"), ("1 a", "1 a"), ("", "")],
)
def test_a_sentence_s_first_letter_is_capitalised_even_in_a_one_letter_word(
    text: str, shown: str
) -> None:
    assert capitalise_first(text) == shown


def test_a_bc_date_moved_along_a_ladder_stays_a_bc_date() -> None:
    ides = Date.model_validate({"kind": "date", "year": 44, "month": 3, "day": 15, "era": "BC"})
    assert ides.with_magnitude(ides.magnitude - 12 * 6).display() == "15 March 50 BC"
    assert ides.with_magnitude(ides.magnitude + 12 * 100).display() == "15 March AD 56"


def test_a_mapping_s_keys_after_a_duplicate_are_still_read() -> None:
    """Only the repeated key is reported: the topic's title after it is still read, so it is
    not reported missing."""
    text = MINIMAL.replace("  - {id: t, title: T}\n", "  - {id: t, id: u, title: T}\n")
    assert _problems(text) == [
        f"d.yaml:{line_of(text, 'id: u')}: duplicate key 'id' (at topics[0].id)"
    ]


def test_a_text_of_exactly_as_many_nodes_as_the_budget_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The budget is lowered to the 41 nodes of a mapping nested 40 levels: it is read (and
    refused only for lacking a deck's fields); one node fewer and it is refused."""
    text = "a: " + "[" * 39 + "1" + "]" * 39 + "\n"
    monkeypatch.setattr(yaml_lines, "MAX_NODES", 41)
    assert _problems(text)[0] == "d.yaml:1: missing field 'entities' (at entities)"
    monkeypatch.setattr(yaml_lines, "MAX_NODES", 40)
    assert _problems(text)[0].startswith("d.yaml:1: aliases repeat parts of the file")
