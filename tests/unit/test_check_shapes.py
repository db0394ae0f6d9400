"""Grading the value kinds issue 12 added: years and dates of any era, ranges, fractions,
ordinals, signs against the stem, a faith's adjective. Each case fails on the code before
issue 11's second round (BC read as AD, ranges and ranks graded by spelling)."""

from __future__ import annotations

import pytest

from quizapp.generate.basis_remarks import basis_against_stem
from quizapp.generate.check_forms import faith_adjective, sign_against_stem
from quizapp.generate.check_shapes import check_shaped
from quizapp.generate.checker import check
from quizapp.generate.dates import iso_date, key_date, parse_date, parse_date_era, split_era
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.tolerance import display_step_of


def question(
    answer: str, prompt: str = "What is it?", numeric: NumericKey | None = None
) -> Question:
    return Question(
        id="t",
        kind="cloze" if numeric is None else "numeric",
        template="t",
        prompt=prompt,
        answer=[answer],
        numeric=numeric,
        fact_ids=["f"],
        topic="t",
        explanation="",
        citation="",
        difficulty=0.5,
    )


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("776 BC", [((-776, None, None), "bc")]),
        ("776 bce", [((-776, None, None), "bc")]),
        ("776 B.C.", [((-776, None, None), "bc")]),
        ("776 B. C. E.", [((-776, None, None), "bc")]),
        ("AD 79", [((79, None, None), "ad")]),
        ("A.D. 79", [((79, None, None), "ad")]),
        ("79 CE", [((79, None, None), "ad")]),
        ("c. 776 BC", [((-776, None, None), "bc")]),
        ("15 March 44 BC", [((-44, 3, 15), "bc")]),
        ("March 15, 44 BC", [((-44, 3, 15), "bc")]),
        ("15 March 44", [((44, 3, 15), None)]),
        ("79", []),  # a bare short number is not a year here: the year check reads it
        ("1846", [((1846, None, None), None)]),
        ("0 BC", []),  # there is no year 0
        ("May 5", []),  # not the year 5
        ("March 44", []),  # a short year needs a day or an era
        ("September 1846", [((1846, 9, None), None)]),
        ("05/06/1846", [((1846, 6, 5), None), ((1846, 5, 6), None)]),
        ("32 March 1846", []),
        ("15 Smarch 1846", []),
        ("1846-13", []),
        ("x" * 300, []),
    ],
)
def test_dates_are_read_with_their_era(
    text: str, readings: list[tuple[tuple[int, int | None, int | None], str | None]]
) -> None:
    assert parse_date_era(text) == readings
    assert parse_date(text) == [d for d, _ in readings]


def test_an_era_is_split_off_only_after_or_before_a_figure() -> None:
    assert split_era("776 bc") == ("776", "bc")
    assert split_era("ad 79") == ("79", "ad")
    assert split_era("bc") == ("bc", None)
    assert split_era("ad") == ("ad", None)
    assert split_era("1846") == ("1846", None)


@pytest.mark.parametrize(
    ("parts", "iso"),
    [
        ((1846, 9, 23), "1846-09-23"),
        ((2015, 6, None), "2015-06"),
        ((-776, None, None), "-776"),
        ((-44, 3, 15), "-44-03-15"),
    ],
)
def test_a_key_date_keeps_its_sign(parts: tuple[int, int | None, int | None], iso: str) -> None:
    assert iso_date(*parts) == iso
    assert key_date(iso) == parts


def test_the_step_of_a_written_figure() -> None:
    assert display_step_of("100") == 1.0
    assert display_step_of("-6.76") == pytest.approx(0.01)
    assert display_step_of("0.5") == pytest.approx(0.1)
    assert display_step_of("none") == 1.0


RANGE = question("0 to 100 °C")
ABOUT_RANGE = question("about 10 to 20 km")
PLAIN_RANGE = question("4 to 6")


@pytest.mark.parametrize(
    ("q", "answer", "verdict"),
    [
        (RANGE, "0 to 100", "correct"),
        (RANGE, "0-100 degrees Celsius", "correct"),
        (RANGE, "0 °C to 100 °C", "correct"),
        (RANGE, "32 to 212 °F", "correct"),
        (RANGE, "between 0 and 100 °C", "correct"),
        (RANGE, "from 0 to 100 °C", "correct"),
        (RANGE, "about 0 to 100 °C", "correct"),
        (RANGE, "0 to 101 °C", "near_miss"),
        (RANGE, "0 to 99 °C", "near_miss"),
        (RANGE, "0 to 90 °C", "wrong"),
        (RANGE, "10 to 100 °C", "wrong"),
        (RANGE, "-100 to 0 °C", "wrong"),
        (RANGE, "100 to 0", "wrong"),
        (RANGE, "0 to 100 °F", "wrong"),
        (RANGE, "0 to 100 km", "wrong"),
        (ABOUT_RANGE, "10 to 21 km", "correct"),
        (ABOUT_RANGE, "10 to 30 km", "wrong"),
        (PLAIN_RANGE, "4 to 6", "correct"),
        (PLAIN_RANGE, "4-6", "correct"),
        (PLAIN_RANGE, "4 to 7", "wrong"),
    ],
)
def test_a_range_is_graded_by_both_ends(q: Question, answer: str, verdict: str) -> None:
    got = check_shaped(q, answer, q.answer[0], {})
    assert got is not None and got.verdict == verdict, got
    assert check(q, answer).verdict == verdict


def test_a_range_note_and_reading() -> None:
    got = check_shaped(RANGE, "0 to 101 °C", "0 to 100 °C", {})
    assert got is not None
    assert got.note == "Close - the range is 0 to 100 °C."
    assert got.understood == "0 to 101 °C"
    assert got.expected == "0 to 100 °C"


FRACTION = question("1/6")
FRACTION_OF = question("3/8 of the crew")


@pytest.mark.parametrize(
    ("q", "answer", "verdict"),
    [
        (FRACTION, "a sixth", "correct"),
        (FRACTION, "2/12", "correct"),
        (FRACTION, "0.17", "correct"),
        (FRACTION, "0.167", "correct"),
        (FRACTION, "16.7%", "correct"),
        (FRACTION, "17 percent", "correct"),
        (FRACTION, "0.2", "wrong"),
        (FRACTION, "0.18", "wrong"),
        (FRACTION, "18%", "wrong"),
        (FRACTION, "1/5", "wrong"),
        (FRACTION, "a fifth", "wrong"),
        (FRACTION_OF, "three eighths of the crew", "correct"),
        (FRACTION_OF, "0.375", "correct"),
        (FRACTION_OF, "37.5%", "correct"),
        (FRACTION_OF, "3/4 of the crew", "wrong"),
    ],
)
def test_a_fraction_is_graded_by_its_value(q: Question, answer: str, verdict: str) -> None:
    got = check_shaped(q, answer, q.answer[0], {})
    assert got is not None and got.verdict == verdict, got


def test_half_is_exact_though_one_figure() -> None:
    got = check_shaped(question("1/2"), "0.5", "1/2", {})
    assert got is not None and got.verdict == "correct"


ORDINAL = question("4th planet")
RANK = question("21st")


@pytest.mark.parametrize(
    ("q", "answer", "verdict"),
    [
        (ORDINAL, "4", "correct"),
        (ORDINAL, "the fourth", "correct"),
        (ORDINAL, "fourth planet", "correct"),
        (ORDINAL, "number 4", "correct"),
        (ORDINAL, "the 4th planets", "correct"),
        (ORDINAL, "5th planet", "wrong"),
        (ORDINAL, "third", "wrong"),
        (ORDINAL, "3", "wrong"),
        (RANK, "twenty-first", "correct"),
        (RANK, "21", "correct"),
        (RANK, "20th", "wrong"),
    ],
)
def test_an_ordinal_is_graded_by_its_rank(q: Question, answer: str, verdict: str) -> None:
    got = check_shaped(q, answer, q.answer[0], {})
    assert got is not None and got.verdict == verdict, got
    assert check(q, answer).verdict == verdict


@pytest.mark.parametrize(
    ("q", "answer"),
    [
        (ORDINAL, "Mars"),
        (ORDINAL, "planet"),
        (FRACTION, "some"),
        (RANGE, "hot"),
        (question("Rome"), "Paris"),
        (question(""), "4"),
    ],
)
def test_what_is_not_read_as_a_shape_is_left_to_the_text_verdict(q: Question, answer: str) -> None:
    assert check_shaped(q, answer, "", {}) is None


def test_a_name_of_the_deck_that_looks_like_a_rank_is_not_a_rank() -> None:
    army = question("1st Army")
    assert check_shaped(army, "2nd Army", "1st Army", {"1st army": "army:first"}) is None


FELL = NumericKey(value=19, tolerance=0.5, family="percentage", step=1)
FALL = question("19%", "By how much did trade fall in 2015?", FELL)
RISE = question("19%", "By how much did trade rise in 2015?", FELL)
BOTH = question("19%", "Did trade rise or fall, and by how much?", FELL)


@pytest.mark.parametrize(
    ("q", "answer", "against"),
    [
        (FALL, "+19%", True),
        (FALL, "plus 19%", True),
        (FALL, "-19%", False),
        (FALL, "minus 19%", False),
        (FALL, "19%", False),
        (RISE, "-19%", True),
        (RISE, "\u221219%", True),
        (RISE, "+19%", False),
        (BOTH, "+19%", False),
        (question("19%", "How big was the change?", FELL), "+19%", False),
    ],
)
def test_a_sign_against_the_stem(q: Question, answer: str, against: bool) -> None:
    note = sign_against_stem(q, answer)
    assert (note is not None) == against
    assert check(q, answer).verdict == ("wrong" if against else "correct")


def test_the_sign_note_says_what_happened() -> None:
    assert sign_against_stem(FALL, "+19%") == "That sign makes it a rise; it fell: 19%."
    assert sign_against_stem(RISE, "-19%") == "That sign makes it a fall; it rose: 19%."
    verdict = check(FALL, "+19%")
    assert verdict.note == "That sign makes it a rise; it fell: 19%."
    assert verdict.understood == "+19%"


def test_no_sign_check_for_years_or_negative_keys() -> None:
    year = NumericKey(value=2015, tolerance=0, family="year")
    assert sign_against_stem(question("2015", "When did it fall?", year), "+2015") is None
    down = NumericKey(value=-19, tolerance=0.5, family="percentage", step=1)
    assert sign_against_stem(question("-19%", "By how much did it fall?", down), "+19%") is None
    assert sign_against_stem(question("Rome", "Where did it fall?"), "+19%") is None


MASS_SHARE = NumericKey(value=75.5, tolerance=0.05, family="percentage", step=0.1)


@pytest.mark.parametrize(
    ("prompt", "answer", "note"),
    [
        ("What share of dry air, by mass, is nitrogen?", "75.5% by weight", None),
        ("What share of dry air, by mass, is nitrogen?", "75.5% by mass", None),
        ("What share of dry air, by mass, is nitrogen?", "75.5%", None),
        (
            "What share of dry air, by weight, is nitrogen?",
            "75.5% by volume",
            "That is by volume; the question asks by weight: 75.5%.",
        ),
        ("What share of dry air is nitrogen?", "75.5% by volume", None),
    ],
)
def test_a_basis_against_the_stem(prompt: str, answer: str, note: str | None) -> None:
    """Weight is mass's other name; volume is another basis (review r361 D)."""
    assert basis_against_stem(question("75.5%", prompt, MASS_SHARE), answer) == note


@pytest.mark.parametrize(
    ("word", "names"),
    [
        ("Islamic", ["islam"]),
        ("islam", ["islam"]),
        ("Islamist", []),
        ("Islamism", []),
        ("Isl", []),
        ("Christian", []),
    ],
)
def test_a_faith_adjective(word: str, names: list[str]) -> None:
    assert faith_adjective(word, {"islam", "muslim"}) == names
