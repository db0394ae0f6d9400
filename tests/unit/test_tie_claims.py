"""A remark that puts a name with the question's things, judged by the deck's full lists
(review r408 A, B): false where the deck holds every partner of that kind, true where it gives
the role named, and left alone where the deck's list is not full."""

from __future__ import annotations

import pytest

from quizapp.generate.full_lists import FULL_LISTS, full_lists, listed_in_full
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.sequence_figures import picked_by_figure
from quizapp.generate.tie_claims import tie_told
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck
from tests.support.questions import bare_question


@pytest.fixture(scope="module")
def apollo() -> dict[str, str]:
    return DeckIndex(bundled_deck(APOLLO)).grading_vocabulary


def test_missions_with_every_crew_seat_filled_have_a_full_crew(apollo: dict[str, str]) -> None:
    assert listed_in_full(apollo, "mission:apollo-15", "person")
    assert listed_in_full(apollo, "mission:apollo-9", "person")  # all three seats
    # a landing site was the target of two missions (planned and flown): no list is full
    assert not listed_in_full(apollo, "site:fra-mauro", "mission")


def test_a_kind_with_many_partners_is_never_full() -> None:
    found = full_lists(bundled_deck(CENTRAL_ASIA))[FULL_LISTS].split("|")
    assert not [f for f in found if f.startswith("organisation:eeu>country")]  # many members
    elements = full_lists(bundled_deck(CHEM))[FULL_LISTS].split("|")
    assert "element:hydrogen>person" in elements and "element:uranium>person" not in elements


def _item(prompt: str, answer: str) -> Question:
    return bare_question("typed", prompt=prompt, answer=[answer], explanation="")


@pytest.mark.parametrize(
    ("prompt", "answer", "remark", "told"),
    [
        (
            "On which mission was Alfred Worden the command module pilot?",
            "Apollo 15",
            "with John Young",
            False,
        ),
        (
            "On which mission was Alfred Worden the command module pilot?",
            "Apollo 15",
            "with David Scott",
            None,
        ),
        (
            "On which mission was Alfred Worden the command module pilot?",
            "Apollo 15",
            "LM Falcon",
            True,
        ),
        (
            "On which mission was Alfred Worden the command module pilot?",
            "Apollo 15",
            "LM Endeavour",
            False,
        ),
        ("Who commanded Apollo 13?", "Jim Lovell", "CMP Jack Swigert", True),
        ("Who commanded Apollo 13?", "Jim Lovell", "CMP Ken Mattingly", False),
        ("Who commanded Apollo 11?", "Neil Armstrong", "who later flew Apollo 12", False),
        ("Who commanded Apollo 11?", "Neil Armstrong", "not Apollo 12", None),  # no tie said
        ("Who was the CMP of Apollo 11?", "Michael Collins", "CDR Neil Armstrong", True),
        ("When was Apollo 9 launched?", "3 March 1969", "with Neil Armstrong in command", False),
        ("When was Apollo 9 launched?", "3 March 1969", "with Dave Scott", None),  # true (CMP)
        ("When was Apollo 9 launched?", "3 March 1969", "with Pete Conrad", False),
        ("Who commanded Apollo 16?", "John Young", "veteran of Apollo 10", None),
    ],
)
def test_a_remark_is_judged_only_where_the_deck_can_tell(
    apollo: dict[str, str], prompt: str, answer: str, remark: str, told: bool | None
) -> None:
    result = tie_told(_item(prompt, answer), remark, apollo)
    assert (None if result is None else result[0]) is told, result


def test_a_false_remark_says_what_the_deck_holds(apollo: dict[str, str]) -> None:
    q = _item("When was Apollo 9 launched?", "3 March 1969")
    assert tie_told(q, "with Neil Armstrong in command", apollo) == (
        False,
        "Neil Armstrong was not Apollo 9's commander.",
    )


MOONWALKERS = [
    f"{n} person to walk on the Moon" for n in ("seventh", "ninth", "third", "fifth", "second")
]


@pytest.mark.parametrize(
    ("said", "picked"),
    [
        (["5", "2", "7", "9", "3"], [3, 4, 0, 1, 2]),
        (["5th", "2nd", "7th", "9th", "3rd"], [3, 4, 0, 1, 2]),
        (["4", "5", "1", "2", "3"], None),  # the options' own numbers
        (["5", "2", "7", "9", "4"], [3, 4, 0, 1, None]),  # no option is the fourth
    ],
)
def test_an_order_by_the_options_ordinals(said: list[str], picked: list[int | None] | None) -> None:
    assert picked_by_figure(said, MOONWALKERS) == picked


@pytest.fixture(scope="module")
def elements() -> dict[str, str]:
    return DeckIndex(bundled_deck(CHEM)).grading_vocabulary


@pytest.mark.parametrize(
    ("remark", "told"),
    [
        ("1937", False),  # francium was found in 1939
        ("who discovered it in 1925", False),  # the relation named: any distance
        ("1939", True),  # the true year
        ("1909", None),  # too far from the only date to date it (her birth year)
        ("discovered 1939 with Otto Hahn", None),  # a name the deck does not know
    ],
)
def test_a_year_beside_a_name_dates_the_question_s_thing(
    elements: dict[str, str], remark: str, told: bool | None
) -> None:
    q = _item("Who is credited with discovering francium?", "Marguerite Perey")
    result = tie_told(q, remark, elements)
    assert (None if result is None else result[0]) is told, result


def test_years_before_the_common_era_are_not_dated(elements: dict[str, str]) -> None:
    from quizapp.generate.full_lists import dated

    assert dated(elements, "element:francium") == {"discovery-year": ("y", ((1939, 1939),))}
    assert "known-since" not in dated(elements, "element:carbon")  # since antiquity (BC)


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("False, it was 1875", "wrong"),  # 1875 is gallium's year; germanium's is 1886
        ("False, it was 1886", "correct"),
        ("False (1886)", "correct"),
        ("False, by Davy", "wrong"),  # the deck gives germanium Winkler alone
        ("False", "correct"),
        ("True, it was 1886", "wrong"),  # the statement is false whatever the remark
    ],
)
def test_a_remark_beside_a_chosen_option_is_judged_too(
    elements: dict[str, str], said: str, verdict: str
) -> None:
    from quizapp.generate.checker import check

    q = bare_question(
        "true_false",
        prompt="Germanium was discovered in 1891, by the usual reckoning.",
        options=["True", "False"],
        answer=["False"],
    )
    assert check(q, said, elements).verdict == verdict


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("A, I mean B", "correct"),  # corrected to the key's option (review r419 A)
        ("B, I mean A", "wrong"),
        ("Tajikistan, no, Kyrgyzstan", "correct"),  # 'no' before an option corrects
        ("Kyrgyzstan, no, Tajikistan", "wrong"),
        ("B (i.e. Kyrgyzstan)", "correct"),  # a restatement: both parts name the key
        ("B (i.e. Tajikistan)", "wrong"),
    ],
)
def test_a_choice_corrected_as_it_is_typed_is_graded_by_the_correction(
    said: str, verdict: str
) -> None:
    from quizapp.generate.checker import check

    q = bare_question(
        "mcq",
        prompt="Which country?",
        options=["Tajikistan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan"],
        answer=["Kyrgyzstan"],
    )
    assert check(q, said, {}).verdict == verdict
