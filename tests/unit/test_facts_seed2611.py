"""Tests for the real survivors of the fresh facts sample, seed 2611 (issue 19, session 26),
written after that sample was judged: the figures they bring are fitted to it. Each checks
what the author or the learner sees: a message's words, a year's era, an imported figure, a
row refused, an imported answer's kind."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest

from quizapp.facts.eras import show_year
from quizapp.facts.import_values import answer_value
from quizapp.facts.importer import read_table
from quizapp.facts.question_frames import question_frames
from tests.support.deck_problems import deck_problems as _problems
from tests.support.tables import table_of
from tests.unit.test_loader import MINIMAL


def test_a_unit_holding_a_scale_is_refused_with_the_whole_unit_after_it() -> None:
    # checks._measured_units #20: the words after the scale joined by 'XX XX'
    text = MINIMAL.replace("    object_type: percentage\n", "    object_type: quantity\n").replace(
        "object: {kind: percentage, value: 40}",
        "object: {kind: quantity, value: 40, unit: million cubic metres, measure: true}",
    )
    assert _problems(text) == [
        "d.yaml:38: unit 'million cubic metres' holds a scale: write unit: 'cubic metres' and "
        "scale: million (at facts[1].object.unit)"
    ]


@pytest.mark.parametrize(
    ("year", "era", "shown"), [(1066, "AD", "AD 1066"), (1066, None, "1066"), (800, None, "AD 800")]
)
def test_a_year_written_with_ad_keeps_it_after_a_thousand(
    year: int, era: Literal["AD"] | None, shown: str
) -> None:
    # eras.show_year #26: era 'AD' compared with 'ad', so AD 1066 shown as 1066
    assert show_year(year, era) == shown


@pytest.mark.parametrize(
    ("answer", "value"),
    [("3 million km", 3_000_000.0), ("2.5 thousand kg", 2_500.0), ("3 km", 3.0)],
)
def test_an_imported_figure_with_a_scale_is_multiplied_by_it(answer: str, value: float) -> None:
    # import_values.answer_value #72: the figure divided by the scale's factor
    found = answer_value(answer, "How far or how heavy is it?")
    assert found is not None
    assert found["value"] == value


def test_a_row_one_column_short_is_refused_when_the_file_has_no_note_column(
    tmp_path: Path,
) -> None:
    # importer._Cards._refusal #34: 'and' -> 'or', a short row read as one without its note
    path = tmp_path / "q.csv"
    result = table_of(
        path,
        "Question,Answer,Source\n"
        "What is the capital of France?,Paris,atlas\n"
        "What is the capital of Peru?,Lima\n",
    )
    assert result.deck is None
    assert result.problems == [
        f"{path}:1: 3 columns, but with no #columns: line only a question and an answer are "
        "read; to keep a third as the explanation, say #columns:Question,Answer,Extra on a "
        "line above",  # said once (review r328: the third column was dropped without a word)
        f"{path}:3: 2 columns, but the first line has 3",
    ]


def test_year_questions_share_the_frame_year() -> None:
    # question_frames #31: the frame of a year question named 'XXyearXX'
    assert question_frames(
        ["In which year did Rome fall?", "In what year was Paris founded?", "Who wrote Hamlet?"]
    ) == ["year", "year", "who"]


def test_an_imported_year_answer_s_kind_names_its_frame(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        "In which year did Rome fall?,476 AD\nIn what year was Paris founded?,250 BC\n",
        encoding="utf-8",
    )
    deck = read_table(path).deck
    assert deck is not None
    kinds = {e["name"]: e["kind"] for e in deck["entities"] if e["kind"] != "prompt"}
    assert kinds == {"476 AD": "answer-number-year", "250 BC": "answer-number-year"}


def test_an_apostrophe_that_ends_a_quoted_value_early_is_shown_doubled_in_the_fix() -> None:
    # yaml_hints.syntax_problem #124: the suggested fix left the apostrophe single
    text = MINIMAL.replace(
        "explanation: Alpha joined long ago.", "explanation: 'Alpha's land joined long ago.'"
    )
    assert _problems(text) == [
        "d.yaml:32: YAML syntax: an apostrophe inside 'Alpha's land joined long ago.' ends the "
        "single-quoted string early (did not find expected key); write it twice inside single "
        "quotes, 'Alpha''s land joined long ago.', or quote the value with double quotes: "
        '"Alpha\'s land joined long ago."'
    ]
