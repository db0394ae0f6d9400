"""Session 28 (issue 19): direct tests for the name readers and the scale gate that run.sh's
generate list reached least after answer_forms, check_companies and numbers (branch coverage
of the list over quizapp/generate: owner_names 90%, regnal_names 92%, scale 92%): each given
what it must accept and what it must refuse."""

from __future__ import annotations

import pytest

from quizapp.facts.values import Quantity, Year
from quizapp.generate.owner_names import owner_readings, placed_readings
from quizapp.generate.question import Question
from quizapp.generate.regnal_names import regnal_name
from quizapp.generate.scale import dead_options, far_off, off_scale

# ---- owner_names: a name with the place it belongs to ----

_PRESIDENT = {"shavkat mirziyoyev", "mirziyoyev", "president of uzbekistan"}


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan's Shavkat Mirziyoyev",
        "Mirziyoyev of Uzbekistan",
        "Shavkat Mirziyoyev, of Uzbekistan",
    ],
)
def test_a_name_with_an_owner_the_deck_vouches_for_reads_as_the_name(text: str) -> None:
    assert owner_readings(text, _PRESIDENT) in (["shavkat mirziyoyev"], ["mirziyoyev"])


def test_an_owner_said_with_the_is_the_owner() -> None:
    accepted = {"joe biden", "united states president"}
    assert owner_readings("Joe Biden of the United States", accepted) == ["joe biden"]
    assert owner_readings("Joe Biden of the United Kingdom", accepted) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's Shavkat Mirziyoyev",  # an owner no accepted name ties him to
        "Uzbekistan's Islam Karimov",  # the rest is not an accepted name
        "Shavkat Mirziyoyev",  # no owner said
        "president of Uzbekistan",  # the owner vouched for only by the rest itself
    ],
)
def test_a_name_with_an_owner_not_vouched_for_is_not_read(text: str) -> None:
    assert owner_readings(text, _PRESIDENT) == []


_CENTER = {"kennedy space center"}


@pytest.mark.parametrize(
    "text",
    [
        "Kennedy Space Center in Florida",
        "Kennedy Space Center, in Florida",
        "Kennedy Space Center in Florida, USA",
        "Kennedy Space Center, Florida, USA",
        "Kennedy Space Center in the United States",
    ],
)
def test_a_place_with_its_state_or_country_after_it_reads_as_the_place(text: str) -> None:
    assert placed_readings(text, _CENTER) == ["kennedy space center"]


@pytest.mark.parametrize(
    "text",
    [
        "Kennedy Space Center in Merritt Island",  # neither a state nor a country
        "Johnson Space Center in Texas",  # the rest is not an accepted name
        "Kennedy Space Center, Merritt Island, USA",
        "Kennedy Space Center",  # no place said
    ],
)
def test_a_place_with_anything_else_after_it_is_not_read(text: str) -> None:
    assert placed_readings(text, _CENTER) == []


# ---- regnal_names: a ruler's number ----


def _ruler(key: str) -> Question:
    return Question(
        id="q",
        kind="typed",
        template="forward",
        prompt="Who was crowned in 1804?",
        answer=[key],
        fact_ids=["f"],
        topic="rulers",
        explanation="",
        citation="",
        difficulty=0.5,
    )


@pytest.mark.parametrize(
    ("key", "text", "verdict"),
    [
        ("Louis XIV", "Louis the fourteenth", "correct"),
        ("Louis XX", "Louis the twentieth", "correct"),
        ("Louis XX", "Louis the 20th", "correct"),
        ("Louis XX", "Louis the twenty first", "wrong"),  # another number: another ruler
        ("Louis XIV", "Louis XVI", "wrong"),
        ("Napoleon I", "Napoleon", "near_miss"),  # the first of the name: which one?
        # any number, where the deck has no other ruler of that name: 'Cleopatra' for
        # Cleopatra VII (session 54, review r714: graded wrong; this row said other rules judge it)
        ("Napoleon III", "Napoleon", "near_miss"),
        ("Cleopatra VII", "Cleopatra VII Philopator", "correct"),  # an epithet after the number
    ],
)
def test_a_rulers_number_said_any_way_is_judged_as_that_number(
    key: str, text: str, verdict: str
) -> None:
    found = regnal_name(_ruler(key), text, key)
    assert found is not None
    assert found.verdict == verdict


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("Louis XIV", "Louisa XIV"),  # another name that starts like it
        ("Louis XIV", "Louis the Great"),  # no number said
        ("Charlemagne", "Charlemagne I"),  # a key without a number
    ],
)
def test_not_a_rulers_name_and_number_is_left_to_the_other_rules(key: str, text: str) -> None:
    assert regnal_name(_ruler(key), text, key) is None


# ---- scale: options a learner rules out by their order of magnitude ----


def _densities(*values: float) -> list[Quantity]:
    return [Quantity(kind="quantity", value=v, unit="g/cm³") for v in values]


def test_a_wrong_option_far_off_a_key_with_a_close_neighbour_is_dead() -> None:
    values = _densities(0.89, 1.46, 1.74, 22.59)
    assert dead_options(values, values[2]) == [values[3]]
    assert far_off([8.0, 26.0, 79.0, 92.0], 3) == [0, 1]  # uranium's 92 beside 79


@pytest.mark.parametrize(
    ("magnitudes", "key"),
    [
        ([1000.0, 3000.0, 10000.0, 30000.0], 0),  # like ratios throughout
        ([2.0, 5.0, 8.0, 12.0], 1),  # like steps
        ([1.0, 50.0], 0),  # two figures: nothing to compare
        ([5.0], 0),  # the key alone
        ([1.0, 1.1, 2.5, 6.0], 0),  # far off the key, but by no step of another scale
        ([-186.0, 1.0, 90.0], 1),  # a figure below zero: not a scale of ratios
    ],
)
def test_options_climbing_evenly_or_off_a_ratio_scale_leave_none_dead(
    magnitudes: list[float], key: int
) -> None:
    assert far_off(magnitudes, key) == []


def test_the_dead_option_rule_refuses_what_is_not_a_ratio_scale() -> None:
    years = [Year(kind="year", value=v) for v in (1, 1900, 1950, 1960)]
    assert dead_options(years, years[2]) == []
    values = _densities(0.89, 1.46, 1.74, 22.59)
    assert dead_options(values, _densities(5.0)[0]) == []  # the key not among them
    twice = _densities(0.89, 1.74, 1.74, 22.59)
    assert dead_options(twice, twice[1]) == []  # two options shown alike


def test_a_key_alone_at_one_end_is_off_scale_and_one_among_like_ratios_is_not() -> None:
    heavy = _densities(1.74, 11.34, 13.53, 22.59)
    assert off_scale(heavy, heavy[0])
    even = _densities(1000, 3000, 10000, 30000)
    assert not off_scale(even, even[0])
    assert not off_scale(heavy, heavy[2])  # in the middle
