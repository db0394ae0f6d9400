"""Session 54 (issue 19): tests for the real survivors of seed 5411's mutation sample of
quizapp/generate, each stating what the code is for; the mutant it kills is named in its
docstring (docs/quality/mutation-session54-generate.md)."""

from __future__ import annotations

from quizapp.generate.checker import check
from quizapp.generate.gates import first_failure
from quizapp.generate.index import DeckIndex
from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.text_qualifiers import listed_apart
from quizapp.generate.text_words import content_words
from quizapp.generate.verdict import Verdict
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks, _slot_question, deck_ref
from tests.support.questions import bare_question
from tests.unit.test_argument_kinds import IX, WHY, with_option, wrong


def test_an_argument_option_that_is_no_claim_of_the_deck_is_refused_with_its_reason() -> None:
    """argument_gates.argument_key #39 (the reason upper-cased): a why item whose wrong
    option is no claim or fact of the deck fails the one-key gate, and the reason counted in
    the generation's dropped drafts (`--stats`) says so in its own words."""
    assert first_failure(WHY, IX) is None
    odd = with_option(WHY, wrong(WHY)[0], "The moon is made of green cheese.")
    assert first_failure(odd, IX) == "one key: an option is not a claim or fact of the deck"


def _apollo_slot(fact_id: str) -> tuple[Question, dict[str, str]]:
    """The grading corpus's typed question on the fact's object, and the deck's vocabulary."""
    service = StudyService(None, seed=0)
    try:
        loaded = service.load_deck(deck_ref("apollo-programme"))
    finally:
        service.close()
    return _slot_question(DeckIndex(loaded.deck), fact_id, "object"), loaded.vocabulary


def test_a_spoken_date_after_a_verb_is_read() -> None:
    """dates._spoken_date #42 ('the' before the day's digits replaced, not dropped): 'departed
    the sixteenth of April 1972' is the date said in words after a verb other than the stem's
    own (review r354); its day becomes '16th' and the 'the' before it goes, so it reads as 16
    April 1972, and a wrong day is read too (wrong, not 'could not be read')."""
    q, vocabulary = _apollo_slot("apollo-16-launch")
    for said in (
        "departed the sixteenth of April 1972",
        "started the sixteenth of April nineteen seventy-two",
    ):
        verdict = check(q, said, vocabulary)
        assert (verdict.verdict, verdict.understood) == ("correct", "1972-04-16"), said
    late = check(q, "departed the seventeenth of April 1972", vocabulary)
    assert (late.verdict, late.understood) == ("wrong", "1972-04-17")
    landing, _ = _apollo_slot("apollo-11-landing")
    assert check(landing, "happened the twentieth of July 1969", vocabulary).verdict == "correct"


def test_an_article_alone_is_no_team_name_after_its_city() -> None:
    """everyday_forms._name_after_place #23 (`len(words) > cut` -> `>=`): 'Bulls' for an
    imported card's 'Chicago Bulls' is right (review r654 C), but a key that is a place alone
    leaves no name after it, so an article and a stop ('the .', normalised to nothing) is
    not taken for that missing name: wrong, not 'Right - the card says Chicago.'."""
    q = bare_question(
        "typed",
        prompt="Which city is the team's home?",
        answer=["Chicago"],
        template="forward",
        explanation="",
        citation="",
    )
    vocabulary = {"chicago": "answer-city:chicago"}
    assert check(q, "Chicago", vocabulary).verdict == "correct"
    for said in ("the .", "a .", "the ?"):
        assert check(q, said, vocabulary).verdict == "wrong", said
    team = q.model_copy(update={"answer": ["Chicago Bulls"]})
    assert check(team, "the Bulls", {"chicago bulls": "answer-name:chicago-bulls"}).verdict == (
        "correct"
    )


def test_a_fuller_name_is_right_with_the_decks_answer_shown(decks: CorpusDecks) -> None:
    """fuller_names.fuller_name #95 (the verdict built without `expected`: the note shown as
    the expected answer, the answer as the note): 'Rembrandt van Rijn' for an imported card's
    Rembrandt is right, shows the card's answer as expected and tells what the deck says."""
    q, vocabulary = decks.question(
        "tests/data/rulers-climbers-s243.csv", "fact:q-who-painted-the-night-watch/object"
    )
    verdict = check(q, "Rembrandt van Rijn", vocabulary)
    assert verdict == Verdict(
        "correct",
        "Rembrandt",
        "Right - the deck's answer is Rembrandt.",
        "rembrandt van rijn",
    )


def test_an_order_said_lowest_first_is_read_in_the_questions_order() -> None:
    """order_chains._as_asked #7 (the reversed parts replaced by None; no listed test reached
    it, test_grading_s48's rows of review r573 B and r583 B do): a question asking 'highest
    first' answered lowest first, as a rising chain or with its label, is read reversed and
    is right; the same order labelled 'highest first' is wrong."""
    q = bare_question(
        "ordering",
        prompt="Order these by boiling point at normal atmospheric pressure, highest first.",
        options=["helium", "neon", "hydrogen"],
        answer=["neon", "hydrogen", "helium"],
        template="forward",
        explanation="",
        citation="",
    )
    for said in (
        "helium < hydrogen < neon",
        "helium, hydrogen, neon (lowest first)",
        "lowest first: helium, hydrogen, neon",
        "neon, hydrogen, helium",
    ):
        assert check(q, said, {}).verdict == "correct", said
    assert check(q, "helium, hydrogen, neon (highest first)", {}).verdict == "wrong"


def test_a_counted_figure_with_a_stop_after_its_noun_gets_no_hidden_scale() -> None:
    """quantity_reader._scale_and_unit #99 (the noun after the figure stripped of spaces, not
    of stops): '333 troops: ok' says what it counts, so, like '333 troops' (review r359 E),
    it is read as 333 alone, never as 333 million for a key shown in millions."""
    key = NumericKey(value=333e6, tolerance=0.5e6, scale=1e6, family="money:USD", unit=None)
    for said in ("333 troops", "333 troops: ok", "333 troops. ok"):
        readings = read_quantity(said, key)
        assert isinstance(readings, list), said
        assert [r.value for r in readings] == [333.0], said
    assert 333e6 in [r.value for r in read_quantity("333", key)]  # type: ignore[union-attr]


def test_a_listed_word_the_question_names_is_no_second_answer_unless_it_names_the_key() -> None:
    """text_qualifiers.listed_apart #12 (the key's own words read from None, a TypeError): a
    comma before the answer lists a second answer, unless the question names the words before
    it ('Ukraine, Kyiv' for the capital of Ukraine: a qualifier) and not the answer too
    ('Kyrgyzstan, Tajikistan' asked which of the two: a hedge, listed apart)."""
    ukraine = set(content_words("What is the capital of Ukraine?"))
    assert listed_apart("Ukraine, Kyiv", "Kyiv", ukraine) is False
    assert listed_apart("Moscow, Kyiv", "Kyiv", ukraine) is True
    which = set(content_words("Which of Kyrgyzstan and Tajikistan hosts a Russian airbase?"))
    assert listed_apart("Kyrgyzstan, Tajikistan", "Tajikistan", which) is True
