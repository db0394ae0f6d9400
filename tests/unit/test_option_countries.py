"""An option named after a country the question does not ask about gives itself away (review
r333: 'Mexico City' offered for the capitals of Belize, Kyrgyzstan and Romania)."""

from __future__ import annotations

from quizapp.generate.option_countries import gives_country_away
from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService
from tests.support.grading_corpus import deck_ref


def test_a_place_named_after_another_country_gives_itself_away() -> None:
    away = gives_country_away("What is the capital of Belize?", "Belmopan")
    assert away("Mexico City")
    assert away("Kuwait City")
    assert not away("Belize City")  # the stem's own country: no give-away
    assert not away("Ottawa")
    assert not away("Mexico")  # a country's name is a country, not a give-away


def test_phrases_and_keys_named_after_countries_are_left_alone() -> None:
    stance = gives_country_away("How does the briefing characterise Uzbekistan's stance?", "x")
    assert not stance("one of Russia's closest allies")  # a stance, not a place
    # the key names a country itself, so its rivals may too
    assert not gives_country_away("Which pipeline starts in Turkmenistan?", "Turkmenistan-China")(
        "Central Asia-Russia Pipeline"
    )
    assert not gives_country_away("What is the largest city?", "Ottawa")("Mexico City")


def test_the_imported_capitals_offer_no_option_named_after_another_country() -> None:
    service = StudyService(None, seed=0)
    try:
        loaded = service.load_deck(deck_ref("tests/data/capitals-r333.csv"))
    finally:
        service.close()
    mcqs = [q for q in generate_deck(loaded.deck, seed=32503).questions if q.kind == "mcq"]
    assert len(mcqs) >= 8
    for q in mcqs:
        offered = set(q.options or []) - set(q.answer)
        assert "Mexico City" not in offered, q.prompt
