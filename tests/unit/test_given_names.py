"""A usual short form of a first name names the same person (Apollo seed 709 review: "Jim
McDivitt" was a near miss told to mind the spelling; "Ed Mitchell" was wrong)."""

from __future__ import annotations

from quizapp.generate.check_text import check_text
from quizapp.generate.person_names import given_name_readings
from quizapp.generate.question import Question

# the deck's vocabulary: normalised name -> "kind:id"
VOCABULARY = {
    "james mcdivitt": "astronaut:james-mcdivitt",
    "mcdivitt": "astronaut:james-mcdivitt",
    "jim lovell": "astronaut:jim-lovell",
    "lovell": "astronaut:jim-lovell",
    "edgar mitchell": "astronaut:edgar-mitchell",
    "mitchell": "astronaut:edgar-mitchell",
    "ed white": "astronaut:ed-white",
    "white": "astronaut:ed-white",
}


def _person(name: str, surname: str) -> Question:
    return Question(
        id="cloze-test",
        kind="cloze",
        template="test",
        prompt="_____ commanded it.",
        answer=[name],
        accepted=[name, surname],
        fact_ids=["f"],
        topic="crews",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_short_forms_read_as_the_formal_name_and_back() -> None:
    assert "james mcdivitt" in given_name_readings("Jim McDivitt")
    assert "jim mcdivitt" in given_name_readings("James McDivitt")
    assert set(given_name_readings("Ed Mitchell")) >= {"edgar mitchell", "edward mitchell"}
    assert "edward mitchell" not in given_name_readings("Edgar Mitchell")  # never formal->formal
    assert given_name_readings("McDivitt") == []


def test_a_short_first_name_is_right_and_another_person_stays_wrong() -> None:
    q = _person("James McDivitt", "McDivitt")
    assert check_text(q, "Jim McDivitt", "James McDivitt", VOCABULARY).verdict == "correct"
    assert check_text(q, "Jim Lovell", "James McDivitt", VOCABULARY).verdict == "wrong"
    q = _person("Edgar Mitchell", "Mitchell")
    assert check_text(q, "Ed Mitchell", "Edgar Mitchell", VOCABULARY).verdict == "correct"
    assert check_text(q, "Ed White", "Edgar Mitchell", VOCABULARY).verdict == "wrong"
    assert check_text(q, "Ed Mitchel", "Edgar Mitchell", VOCABULARY).verdict == "near_miss"
