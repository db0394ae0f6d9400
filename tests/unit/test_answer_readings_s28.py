"""Session 28 (issue 19): direct tests for the answer readers that run.sh's generate list
reached least (branch coverage of the list over quizapp/generate, lowest first:
answer_forms 85%, check_companies 88%, numbers 89%): each reader given what it must accept
and what it must refuse."""

from __future__ import annotations

import pytest

from quizapp.generate.answer_forms import movement_forms, shared_surname_forms
from quizapp.generate.check_companies import (
    body_readings,
    company_readings,
    described_readings,
)
from quizapp.generate.numbers import MAX_ANSWER, parse_number

# ---- answer_forms: the further forms of a key ----


def test_an_ism_asked_as_a_movement_is_also_named_by_its_people_or_with_its_noun() -> None:
    forms = movement_forms("Which movement did Monet lead?", ["Impressionism"])
    assert set(forms) == {
        "impressionist",
        "impressionists",
        "impressionist movement",
        "impressionism movement",
    }


@pytest.mark.parametrize(
    ("prompt", "names"),
    [
        ("Which painter led it?", ["Impressionism"]),  # not asked as a movement
        ("Which movement did Monet lead?", ["Claude Monet"]),  # not an -ism
        ("Which movement did Marx found?", ["Scientific socialism"]),  # more than one word
    ],
)
def test_no_movement_forms_where_the_key_is_not_a_one_word_ism_asked_as_one(
    prompt: str, names: list[str]
) -> None:
    assert movement_forms(prompt, names) == []


def test_two_people_sharing_a_surname_are_each_named_with_it() -> None:
    assert shared_surname_forms("Marie and Pierre Curie")[0] == "marie curie and pierre curie"
    assert shared_surname_forms("Marie & Pierre Curie")[0] == "marie curie and pierre curie"


@pytest.mark.parametrize(
    "name",
    ["marie and pierre curie", "Marie Curie", "Marie and Pierre", "Salt and Pepper Mills Ltd"],
)
def test_no_shared_surname_form_without_two_capitalised_first_names_and_a_surname(
    name: str,
) -> None:
    assert shared_surname_forms(name) == []


# ---- check_companies: a company or a body named with what it is ----

_GAZPROM = {"gazprom"}
_PLACES = frozenset({"russia", "kyrgyzstan"})


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom, the gas giant",  # what it is, after a comma
        "Gazprom PJSC",  # a legal form after it
        "the state-owned company Gazprom",  # descriptors and a kind word before it
        "Russia Gazprom",  # a deck place before it
        "Russian Gazprom",  # the place's adjective
        "Gazprom of Russia",  # 'of' and a deck place after it
    ],
)
def test_a_company_named_with_what_or_where_it_is_reads_as_the_company(text: str) -> None:
    assert company_readings(text, _GAZPROM, _PLACES) == ["gazprom"]


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom",  # the name itself: nothing to read
        "Gazprom, the rival of Rosneft",  # after the comma, words that are not what it is
        "Gazprom Neft",  # another company
        "Russia",  # a place alone
        "Rusty Gazprom",  # five letters of no deck place
        "Gazprom of Kazakhstan",  # a place the deck does not know
        "Gazprom rival",  # a word that names no legal form or kind
    ],
)
def test_a_company_with_anything_else_around_it_is_not_read_as_the_company(text: str) -> None:
    assert company_readings(text, _GAZPROM, _PLACES) == []


def test_a_body_named_with_what_it_is_after_it_reads_as_the_body() -> None:
    accepted = {"csto", "eeu"}
    assert body_readings("the CSTO military alliance", accepted) == ["csto"]
    assert body_readings("CSTO military alliance", accepted) == ["csto"]
    assert body_readings("EEU bloc", accepted) == ["eeu"]
    # a name of its own, graded as one: a bracketed short form or a possessive before the noun
    assert body_readings("Eurasian Economic Union (EEU) bloc", accepted) == [
        "eurasian economic union (eeu)"
    ]
    assert body_readings("Russia's CSTO military alliance", accepted) == ["russia's csto"]


@pytest.mark.parametrize(
    "text",
    [
        "CSTO",  # one word: nothing said after it
        "CSTO headquarters",  # not a word for what a body is
        "NATO military alliance",  # a name not accepted
        "alliance",  # the noun alone
    ],
)
def test_a_body_with_another_word_after_it_or_another_name_is_not_read(text: str) -> None:
    assert body_readings(text, {"csto"}) == []


_VOCABULARY = {"russia-led eeu": "organisation:eeu", "eeu": "organisation:eeu"}


def test_a_body_described_before_its_name_or_after_a_comma_reads_as_the_body() -> None:
    assert described_readings("the military alliance CSTO", {}) == ["csto"]
    assert described_readings("the trade bloc EEU", {}) == ["eeu"]
    assert described_readings("the EEU, a Russia-led trade bloc", _VOCABULARY) == ["eeu"]


@pytest.mark.parametrize(
    "text",
    [
        "the EEU, a China-led trade bloc",  # a leader the deck does not vouch for
        "the EEU, a large market",  # not ending in what a body is
        "the big trade bloc EEU",  # a word that only describes size
        "EEU",  # nothing said of it
        "the EEU, a",  # an article alone
        "bloc EEU",  # the noun first: nothing before it
        "the trade bloc",  # the noun last: no name after it
    ],
)
def test_a_body_described_by_other_words_is_not_read(text: str) -> None:
    assert described_readings(text, _VOCABULARY) == []


# ---- numbers: one number as people type it, or nothing ----


@pytest.mark.parametrize(
    ("text", "value", "scale"),
    [
        ("7,000", 7000.0, 1.0),
        ("7 000", 7000.0, 1.0),
        ("7k", 7.0, 1e3),
        ("1.5bn", 1.5, 1e9),
        ("US$333 million", 333.0, 1e6),
        ("333m dollars", 333.0, 1e6),
        ("12.3 per cent", 12.3, 1.0),
        ("12.3percent", 12.3, 1.0),
        ("12.3per cent", 12.3, 1.0),
        ("-.5", -0.5, 1.0),
    ],
)
def test_a_number_is_read_as_people_type_it(text: str, value: float, scale: float) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.value, parsed.scale, parsed.scaled) == (value, scale, scale != 1.0)


@pytest.mark.parametrize(
    "text",
    ["7 or 8", "between 1,000 and 2,000", "no idea", "", "1" * (MAX_ANSWER + 1), "7kg"],
)
def test_not_exactly_one_number_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None
