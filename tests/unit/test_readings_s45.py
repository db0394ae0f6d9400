"""Session 45 (reviews r425-r428): answers read as learners type them. The grading corpus holds
most cases; these are the ones no bundled item of seed 0 reaches."""

from __future__ import annotations

from quizapp.facts.answer_cells import answer_and_alternatives
from quizapp.generate.answers import read_sequence
from quizapp.generate.matching_pairs import number_pairs, word_pairs


def test_an_imported_answer_written_a_slash_b_accepts_both() -> None:
    assert answer_and_alternatives("Femur / thigh bone") == ("Femur", ["thigh bone"])
    assert answer_and_alternatives("RMS Carpathia / Carpathia") == ("RMS Carpathia", ["Carpathia"])


def test_a_slash_that_is_no_choice_of_two_answers_stays_as_written() -> None:
    assert answer_and_alternatives("km/h") == ("km/h", [])
    assert answer_and_alternatives("24 / 7") == ("24 / 7", [])
    assert answer_and_alternatives("Kyiv|Kiev / Kyiv") == ("Kyiv", ["Kiev / Kyiv"])


def test_option_texts_with_a_digit_groups_comma_are_read_in_order() -> None:
    options = ["3,422 °C", "660 °C", "28.5 °C"]
    assert read_sequence("660 °C, 28.5 °C, 3,422 °C", options) == [1, 2, 0]


def test_numbered_pairs_name_each_left_item_and_its_match() -> None:
    assert number_pairs("1=3, 2=1, 3=2", 3) == [2, 0, 1]
    assert number_pairs("1-3 2-1 3-2", 3) == [2, 0, 1]
    assert number_pairs("1 3, 2 1, 3 2", 3) == [2, 0, 1]
    assert number_pairs("1=3, 2=3, 3=2", 3) is None  # an option twice
    assert number_pairs("1=3, 2=1", 3) is None  # one left out


def test_a_few_words_of_each_left_item_name_it() -> None:
    left = ["Apollo 1 fire", "first Apollo-Soyuz docking", "launch of Sputnik 1"]
    assert word_pairs("Apollo-Soyuz 1, Sputnik 3, Apollo 1 fire 2", left, 3) == [1, 0, 2]
    assert word_pairs("Apollo 2, Sputnik 3, fire 1", left, 3) is None  # 'Apollo' names two


def test_an_imported_count_takes_the_noun_before_the_verb() -> None:
    from quizapp.facts.import_values import answer_value

    keys = answer_value("25", "How many useful keys does the cipher have?")
    assert keys == {"kind": "quantity", "value": 25.0, "unit": "keys", "exact": True}
    ribs = answer_value("12", "How many pairs of ribs does an adult have?")
    assert ribs is not None and ribs["unit"] == "pairs"
