"""Issue 12, imported decks: what the peaks-and-inventors review (r221, seed 22172) found
wrong, driven through the real importer, generator and checker on the review's own file
(tests/data/peaks-r221.csv): a country by its other usual names, a mountain with 'Mount', a
range with 'Range', a country after a mountain asked by continent, and a height's unit kept
after a stem whose 'Mount' holds an 'm'."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.importer import answer_type
from quizapp.facts.question_frames import question_frames
from quizapp.generate.measures import says_unit
from tests.support.grading_corpus import CorpusDecks, card_verdict, deck_ref
from tests.support.tables import table_of

PEAKS = "tests/data/peaks-r221.csv"
FACTS = {
    "Denali": "in-which-country-is-denali",
    "Fuji": "in-which-country-is-mount-fuji",
    "Aconcagua": "what-is-the-highest-mountain-in-south-america",
    "Vesuvius": "which-volcano-buried-pompeii-in-79-ad",
    "K2": "which-mountain-range-contains-k2",
    "Bell": "who-was-granted-the-first-us-patent-for-the-tele",
    "Web": "who-invented-the-world-wide-web",
    "Gutenberg": "who-printed-europe-s-first-major-book-with-movab",
    "Bible": "in-which-year-was-the-gutenberg-bible-completed",
    "Kilimanjaro": "in-which-country-is-mount-kilimanjaro",
}


def _grade(decks: CorpusDecks, card: str, answer: str) -> str:
    return card_verdict(decks, PEAKS, FACTS[card], answer)


@pytest.mark.parametrize(
    ("card", "answer", "verdict"),
    [
        # a country by its other usual names (country_names.py)
        ("Denali", "US", "correct"),
        ("Denali", "the US", "correct"),
        ("Denali", "U.S.", "correct"),
        ("Denali", "U.S.A.", "correct"),
        ("Denali", "America", "correct"),
        ("Denali", "United States", "correct"),
        ("Denali", "Canada", "wrong"),
        ("Denali", "UK", "wrong"),
        ("Fuji", "Japan", "correct"),
        ("Fuji", "US", "wrong"),
        # 'Mount' for a mountain the question asks for, and its short form (place_words.py)
        ("Aconcagua", "Mount Aconcagua", "correct"),
        ("Aconcagua", "Mt Aconcagua", "correct"),
        ("Aconcagua", "Mt. Aconcagua", "correct"),
        ("Aconcagua", "Mount Everest", "wrong"),
        ("Aconcagua", "Kilimanjaro", "wrong"),
        ("Vesuvius", "Mt Vesuvius", "correct"),
        # a range with its category word after it
        ("K2", "Karakoram Range", "correct"),
        ("K2", "the Karakoram range", "correct"),
        ("K2", "Karakoram Mountains", "correct"),
        ("K2", "Himalayas", "wrong"),
        ("K2", "Himalaya Range", "wrong"),
        # 'South America' in the question names no country: 'Argentina' after it qualifies
        ("Aconcagua", "Aconcagua, Argentina", "correct"),
        ("Aconcagua", "Argentina", "wrong"),
        # a continent or region after the country asked for qualifies it, as a bracket does
        ("Kilimanjaro", "Tanzania, Africa", "correct"),
        ("Kilimanjaro", "Tanzania, East Africa", "correct"),
        ("Kilimanjaro", "Tanzania (Africa)", "correct"),
        ("Kilimanjaro", "Kenya, Africa", "wrong"),
        ("Kilimanjaro", "Africa", "wrong"),
        # 'US' in a question is no answer of its own
        ("Bell", "Alexander Graham Bell", "correct"),
        ("Bell", "US", "wrong"),
        # a given name in its other usual forms (person_names._SHORT_FORMS)
        ("Web", "Timothy Berners-Lee", "correct"),
        ("Web", "Berners-Lee", "correct"),
        ("Web", "Alfred Nobel", "wrong"),
        ("Gutenberg", "Johann Gutenberg", "correct"),
        ("Gutenberg", "Gutenberg", "correct"),
        # a year the file gives as 'c. 1455' is typed and graded as a circa year
        ("Bible", "1455", "correct"),
        ("Bible", "about 1450", "correct"),
        ("Bible", "1500", "wrong"),
    ],
)
def test_right_forms_of_places_are_taken_and_wrong_ones_refused(
    decks: CorpusDecks, card: str, answer: str, verdict: str
) -> None:
    assert _grade(decks, card, answer) == verdict


def test_a_height_keeps_its_unit_after_a_stem_whose_names_hold_the_letter_m(
    decks: CorpusDecks,
) -> None:
    question, _ = decks.question(PEAKS, "fact:q-how-high-is-mount-everest/object")
    assert question.answer == ["8,849 m"]
    assert not says_unit("m", "how high is mount everest")
    assert says_unit("m", "how high is ben nevis in metres")
    assert says_unit("K", "at how many kelvins does neon melt")
    assert says_unit("kg", "how many kg of rock") and not says_unit("kg", "how many kilograms")
    assert says_unit("heroin users", "how many heroin users are there")


def test_questions_of_one_kind_share_a_frame_whatever_names_follow() -> None:
    asked = [
        "In which country is Mount Kilimanjaro?",
        "In which country is Aconcagua?",
        "In which country is Mount Fuji?",
        "Who invented the World Wide Web?",
        "Who invented dynamite?",
        "Who invented the ballpoint pen?",
        "In which year did the Wright brothers first fly?",
        "In which year did Alfred Nobel patent dynamite?",
        "In which year was the Gutenberg Bible completed?",
    ]
    assert question_frames(asked) == [
        *["in which country is"] * 3,
        *["who invented"] * 3,
        *["year"] * 3,
    ]


def test_a_hedged_year_is_a_number_and_a_named_group_a_name() -> None:
    assert answer_type("c. 1455") == answer_type("1903") == "answer-number"
    assert answer_type("about 40") == "answer-number"
    assert answer_type("the Wright brothers") == answer_type("Jonas Salk") == "answer-name"
    assert answer_type("the reading system") == "answer-text"


def test_the_review_file_offers_every_country_and_year_question_as_a_choice(
    decks: CorpusDecks,
) -> None:
    loaded = decks.service.load_deck(deck_ref(PEAKS))
    choices = [q for qs in loaded.items.values() for q in qs if q.kind == "mcq"]
    countries = [q for q in choices if q.prompt.startswith("In which country is")]
    ladders = [q for qs in loaded.items.values() for q in qs if q.kind == "numeric_mcq"]
    years = [q for q in ladders if q.prompt.startswith("In which year did")]  # (r428 G)
    assert len(countries) >= 4 and len(years) >= 3  # before: none of either (r221)
    five = {"Tanzania", "Argentina", "Japan", "Greece", "the United States"}
    assert all(set(q.options or []) <= five for q in countries)


def test_a_pair_sharing_a_surname_is_right_with_the_surname_given_to_each() -> None:
    from quizapp.generate.answer_forms import shared_surname_forms

    assert shared_surname_forms("Marie and Pierre Curie")[0] == "marie curie and pierre curie"
    assert shared_surname_forms("Orville & Wilbur Wright")[0] == "orville wright and wilbur wright"
    assert shared_surname_forms("salt and black pepper") == []
    assert shared_surname_forms("Edmund Hillary and Tenzing Norgay") == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (  # an open quote takes in the lines after it
            'How high is K2?,8611 m\n"How high is Denali?,6190 m\nWhere is Fuji?,Japan\n',
            ':2: needs a question and an answer (found 1 column(s)); a quote (") opened on '
            "this line is never closed",
        ),
        (  # the declared separator splits the column names into one
            "#separator:tab\n#columns:Question,Answer\nHow high is K2?,8611 m\n",
            ":2: #columns: names one column when split by the separator (tab); "
            "say #separator:comma",
        ),
        (  # without #columns:, each line says which separator it was written with
            "#separator:tab\nHow high is K2?,8611 m\nWho invented dynamite?,Alfred Nobel\n",
            ":2: needs a question and an answer (found 1 column(s)); if the file is "
            "comma-separated, say #separator:comma on line 1",
        ),
        ("Who invented the telephone?,|\nWhere is Fuji?,Japan\n", ":1: empty answer"),
    ],
)
def test_a_broken_card_file_is_refused_at_the_line_that_breaks_it(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "cards.csv"
    result = table_of(path, text)
    assert result.deck is None
    assert result.problems[0] == f"{path}{problem}"


def test_a_circa_year_is_asked_as_typed_recall_too(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(PEAKS))
    kinds = {q.kind for q in loaded.items["q-in-which-year-was-the-gutenberg-bible-completed"]}
    assert kinds == {"typed", "flashcard"}  # before: the flashcard alone (r221's audit breach)
