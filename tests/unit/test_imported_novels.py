"""Issue 12, imported decks: what the novels review (r219) found wrong in grading, driven
through the real importer, generator and checker on the review's own file
(tests/data/novels-r219.csv). The corpus (tests/data/grading_corpus.tsv) holds more rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate.checker import check
from tests.support.grading_corpus import CorpusDecks, card_verdict, deck_ref

NOVELS = "tests/data/novels-r219.csv"
FACTS = {
    "451": "according-to-the-title-of-ray-bradbury-s-novel-a",
    "Austen": "who-wrote-pride-and-prejudice",
    "Tolstoy": "who-wrote-war-and-peace",
    "Marquez": "who-wrote-one-hundred-years-of-solitude",
    "Orwell": "who-wrote-nineteen-eighty-four",
    "Dostoevsky": "who-wrote-crime-and-punishment",
    "Hugo": "who-wrote-les-mis-rables",
    "Saramago": "which-portuguese-writer-won-the-nobel-prize-in-l",
    "Dublin": "in-which-city-is-james-joyce-s-ulysses-set",
    "1813": "in-what-year-was-pride-and-prejudice-first-publi",
    "Ishmael": "who-is-the-narrator-of-moby-dick",
}


def _grade(decks: CorpusDecks, card: str, answer: str) -> str:
    return card_verdict(decks, NOVELS, FACTS[card], answer)


# 1. the scale named after "degrees" is the answer's scale, not the key's (physical.degree_scale)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("451 degrees Celsius", "wrong"),
        ("451 degrees C", "wrong"),
        ("451 deg C", "wrong"),
        ("451 degrees centigrade", "wrong"),
        ("233 degrees Celsius", "correct"),
        ("233 degrees C", "correct"),
        ("233 deg C", "correct"),
        ("233 ° C", "correct"),
        ("233 degrees centigrade", "correct"),
        ("451 degrees Fahrenheit", "correct"),
        ("451 deg F", "correct"),
        ("451 degrees", "correct"),
        ("506 degrees kelvin", "correct"),
        ("233 °C", "correct"),
        ("451 °C", "wrong"),
    ],
)
def test_the_scale_after_degrees_is_read(decks: CorpusDecks, answer: str, verdict: str) -> None:
    assert _grade(decks, "451", answer) == verdict


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [("-65 degrees F", "wrong"), ("-85 degrees F", "correct"), ("-85 deg Fahrenheit", "correct")],
)
def test_the_scale_after_degrees_is_read_for_a_celsius_key(
    decks: CorpusDecks, answer: str, verdict: str
) -> None:
    question, vocabulary = decks.question("tests/data/planets.yaml", "numeric-f450a6d5faef")
    assert check(question, answer, vocabulary).verdict == verdict


# 2. a well-known country after a place qualifies it (check_qualified.py, place_names.COUNTRIES);
# a well-known city one letter from the key is no slip (place_names.PLACE_NAMES)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Dublin, Ireland", "correct"),
        ("Dublin, Republic of Ireland", "correct"),  # the country by its official name (s45)
        ("Dublin, Kyiv", "wrong"),
        ("Dublin, Moscow", "wrong"),
        ("Ireland, Dublin", "wrong"),
        ("Cork, Ireland", "wrong"),
        ("Lublin", "wrong"),
        ("Dubln", "near_miss"),
    ],
)
def test_a_country_qualifies_a_place_and_a_city_is_no_slip(
    decks: CorpusDecks, answer: str, verdict: str
) -> None:
    assert _grade(decks, "Dublin", answer) == verdict


def test_two_countries_stay_two_answers() -> None:
    from quizapp.generate.check_qualified import without_qualifier

    assert without_qualifier("Which country is Dublin the capital of?", "Ireland, France") is None
    assert without_qualifier("In which city is Ulysses set?", "Dublin, Ireland") == "Dublin"
    # where the question names a country, another country after the answer is no qualifier
    assert without_qualifier("What is the capital of Ukraine?", "Kyiv, Russia") is None


# 3. an imported person's name: short forms by given-name list or by a 'Who ...?' question
# (given_names.py, answer_forms.py), a double surname, and middle names or a patronymic
# between the key's first name and surname (text_qualifiers.qualified)


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        ("Tolstoy", "Tolstoy", "correct"),
        ("Tolstoy", "L. N. Tolstoy", "correct"),
        ("Tolstoy", "Lev Nikolayevich Tolstoy", "correct"),
        ("Tolstoy", "Alexei Tolstoy", "wrong"),
        ("Marquez", "García Márquez", "correct"),
        ("Marquez", "Garcia Marquez", "correct"),
        ("Marquez", "Gabriel García Moreno", "wrong"),
        ("Orwell", "Eric Arthur Blair", "correct"),
        ("Orwell", "Tony Blair", "wrong"),
        ("Dostoevsky", "Fyodor Mikhailovich Dostoevsky", "correct"),
        ("Dostoevsky", "F. Dostoevsky", "correct"),
        ("Hugo", "Victor-Marie Hugo", "correct"),
        ("Saramago", "José de Sousa Saramago", "correct"),
        ("Saramago", "José de Saramago", "wrong"),
        ("Austen", "Charlotte Brontë", "wrong"),
        ("Ishmael", "Herman Melville", "wrong"),
    ],
)
def test_an_imported_authors_name_forms(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert _grade(decks, card, answer) == verdict


def test_a_who_question_makes_its_key_a_person_without_a_listed_given_name(
    decks: CorpusDecks, tmp_path: Path
) -> None:
    csv = tmp_path / "who.csv"
    csv.write_text(
        "#separator:comma\n#columns:Question,Answer\n#deck:Who r219\n"
        "Who wrote Things Fall Apart?,Chinua Achebe\n"
        "Which novel did Chinua Achebe publish in 1958?,Things Fall Apart\n",
        encoding="utf-8",
    )
    fact = "fact:q-who-wrote-things-fall-apart/object"
    question, vocabulary = decks.question(str(csv), fact)
    assert check(question, "Achebe", vocabulary).verdict == "correct"
    assert check(question, "Chinua Okonkwo Achebe", vocabulary).verdict == "correct"
    assert check(question, "Chinua", vocabulary).verdict != "correct"


@pytest.mark.parametrize("name", ["Leo Tolstoy", "Lev Tolstoy", "Fyodor Dostoevsky", "Eric Blair"])
def test_writers_given_names_are_listed(name: str) -> None:
    from quizapp.generate.given_names import reads_as_person

    assert reads_as_person(name)  # a key read as a person whatever the question asks


# 4. a full date for a year key is graded by its year (check_numbers._years_of_dates)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("28 January 1813", "correct"),
        ("January 28, 1813", "correct"),
        ("28 January 1812", "wrong"),
        ("1813", "correct"),
    ],
)
def test_a_full_date_for_a_year_is_graded_by_its_year(
    decks: CorpusDecks, answer: str, verdict: str
) -> None:
    assert _grade(decks, "1813", answer) == verdict


# 5. multiple choice groups 'Who wrote ...?' apart from 'Who is the narrator ...?'
# (question_frames.py: the question word and the next where another question opens with both)


def test_authors_and_a_narrator_are_framed_apart() -> None:
    from quizapp.facts.question_frames import question_frames

    asked = [
        "Who wrote War and Peace?",
        "Who wrote Frankenstein?",
        "Who is the narrator of Moby-Dick?",
        "Who painted the Mona Lisa?",
    ]
    assert question_frames(asked) == ["who wrote", "who wrote", "who", "who"]


def test_no_narrator_among_the_imported_authors(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(NOVELS))
    options = {
        o for qs in loaded.items.values() for q in qs if q.kind == "mcq" for o in q.options or []
    }
    assert "Leo Tolstoy" in options and "Ishmael" not in options
