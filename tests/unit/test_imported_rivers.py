"""Issue 12, imported decks: what the rivers review (r216) found unfair in typed grading, driven
through the real importer, generator and checker on the review's own file
(tests/data/rivers-r216.csv). The corpus (tests/data/grading_corpus.tsv) holds more rows."""

from __future__ import annotations

import pytest

from quizapp.facts.normalise import normalise
from quizapp.generate.given_names import reads_as_person, short_forms
from quizapp.generate.place_words import place_forms
from quizapp.generate.slips import no_slip
from tests.support.grading_corpus import CorpusDecks, card_verdict

RIVERS = "tests/data/rivers-r216.csv"
FACTS = {
    "Cairo": "which-river-flows-through-cairo",
    "Budapest": "which-river-flows-through-budapest",
    "Lyon": "which-river-flows-through-lyon-to-the-mediterran",
    "Warsaw": "which-river-flows-through-krak-w-and-warsaw",
    "Volga": "into-which-sea-does-the-volga-flow",
    "Orellana": "which-spanish-explorer-led-the-first-european-vo",
    "Speke": "which-british-explorer-reached-and-named-lake-vi",
    "Petersburg": "which-river-flows-through-saint-petersburg",
    "Amazon": "which-river-carries-the-most-water-of-any-river-",
    "Mekong": "in-which-country-does-the-mekong-reach-the-sea",
}


def _grade(decks: CorpusDecks, card: str, answer: str) -> str:
    return card_verdict(decks, RIVERS, FACTS[card], answer)


# 1. a place's category word, said or left out (place_words.py)


@pytest.mark.parametrize(
    ("card", "answer"),
    [
        ("Cairo", "Nile River"),
        ("Budapest", "the Danube river"),
        ("Amazon", "River Amazon"),
        ("Amazon", "Amazon River"),
        ("Volga", "Caspian"),
        ("Volga", "the Caspian"),
    ],
)
def test_a_place_is_right_with_or_without_its_category_word(
    decks: CorpusDecks, card: str, answer: str
) -> None:
    assert _grade(decks, card, answer) == "correct"


def test_a_category_word_the_question_does_not_ask_or_another_name_stays_wrong(
    decks: CorpusDecks,
) -> None:
    assert _grade(decks, "Mekong", "Vietnam Sea") == "wrong"
    assert _grade(decks, "Budapest", "Danube Sea") == "wrong"
    assert _grade(decks, "Lyon", "Rhine River") == "wrong"
    assert _grade(decks, "Volga", "Aral") == "wrong"


def test_a_key_keeps_its_category_word_where_the_rest_is_no_name() -> None:
    assert "caspian" in place_forms("Into which sea?", ["the Caspian Sea"], {})
    assert "baikal" in place_forms("Which lake?", ["Lake Baikal"], {})
    assert "dead" not in place_forms("Which sea?", ["the Dead Sea"], {})
    assert "black" not in place_forms("Which sea?", ["the Black Sea"], {})
    assert not any("city" in f for f in place_forms("Which city?", ["Mexico City"], {}))
    # the rest names another entity of the deck: not a short form of this one
    vocabulary = {"victoria": "city:victoria", "lake victoria": "lake:victoria"}
    assert "victoria" not in place_forms("Which lake?", ["Lake Victoria"], vocabulary)


# 2. a person's short names (given_names.py)


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        ("Speke", "Speke", "correct"),
        ("Speke", "John Speke", "correct"),
        ("Speke", "J. H. Speke", "correct"),
        ("Speke", "John H. Speke", "correct"),
        ("Speke", "Speeke", "near_miss"),
        ("Speke", "John", "wrong"),
        ("Speke", "Burton", "wrong"),
        ("Orellana", "Orellana", "correct"),
        ("Orellana", "de Orellana", "correct"),
        ("Orellana", "Francisco Orellana", "correct"),
        ("Orellana", "Orrellana", "near_miss"),
        ("Orellana", "Francisco Pizarro", "wrong"),
        ("Orellana", "Francisco", "wrong"),
    ],
)
def test_a_person_is_right_by_surname_first_name_or_initials(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert _grade(decks, card, answer) == verdict


def test_only_a_name_of_a_persons_shape_has_short_forms() -> None:
    assert reads_as_person("John Hanning Speke")
    assert reads_as_person("Francisco de Orellana")
    assert not reads_as_person("the Caspian Sea")
    assert not reads_as_person("Victoria Falls")  # no given name first
    assert not reads_as_person("John")  # one word
    assert short_forms("Francisco de Orellana") == [
        "orellana",
        "de orellana",
        "francisco orellana",
    ]


# 3. letters NFKD keeps whole (normalise.py)


def test_letters_without_a_separate_accent_fold_too(decks: CorpusDecks) -> None:
    assert _grade(decks, "Warsaw", "Wisla") == "correct"
    folded = [normalise(w) for w in ("Øresund", "Đà Nẵng", "Æsir", "Œuvre", "Þór", "Işık")]
    assert folded == ["oresund", "da nang", "aesir", "oeuvre", "thor", "isik"]
    assert normalise("Straße") == "strasse"


# 4. another real place one letter away is no slip (place_names.py, slips.py)


def test_another_real_place_one_letter_away_is_wrong(decks: CorpusDecks) -> None:
    assert _grade(decks, "Lyon", "Rhine") == "wrong"
    assert _grade(decks, "Petersburg", "Nera") == "wrong"
    assert _grade(decks, "Lyon", "Rhome") == "near_miss"  # no place: a slip
    assert _grade(decks, "Petersburg", "Nevva") == "near_miss"
    assert no_slip("rhine river", ["rhone river"])
    assert not no_slip("rhome river", ["rhone river"])
