"""Text answers by meaning (generate/check_text.py), rule by rule, with what each verdict says:
a name with its acronym in brackets, words the stem already says, head nouns and their rivals,
long forms, transliterations, figures inside phrases, spelling and its rivals."""

from __future__ import annotations

import pytest

from quizapp.generate.check_text import (
    check_text,
    content_words,
    head_noun,
    phrase_head,
)
from quizapp.generate.question import Question
from quizapp.generate.text_qualifiers import names_other_entity
from quizapp.generate.verdict import Verdict


def q(answer: str, accepted: list[str] | None = None, prompt: str = "What is it?") -> Question:
    return Question(
        id="x",
        kind="typed",
        template="t",
        prompt=prompt,
        answer=[answer],
        accepted=accepted or [answer],
        fact_ids=["f"],
        topic="t",
        explanation="e",
        citation="c",
        difficulty=0.5,
    )


VOCAB = {
    "eurasian economic union": "organisation:eeu",
    "eeu": "organisation:eeu",
    "csto": "organisation:csto",
    "russia": "country:russia",
    "kazakhstan": "country:kazakhstan",
    "iran": "country:iran",
    "iraq": "country:iraq",
    "ethnic russians": "group:russians",
    "shavkat mirziyoyev": "person:mirziyoyev",
    "mirziyoyev": "person:mirziyoyev",
}
EEU = q("Eurasian Economic Union", ["Eurasian Economic Union", "EEU"])


def grade(question: Question, text: str, vocabulary: dict[str, str] | None = None) -> Verdict:
    return check_text(
        question, text, question.answer[0], VOCAB if vocabulary is None else vocabulary
    )


@pytest.mark.parametrize(
    ("text", "verdict", "understood"),
    [
        ("Eurasian Economic Union (EEU)", "correct", "eurasian economic union (eeu)"),
        ("EEU (Eurasian Economic Union)", "correct", "eeu (eurasian economic union)"),
        ("Eurasian Economic Union (EAEU)", "correct", "eurasian economic union (eaeu)"),
        ("Eurasian Economic Union (CSTO)", "wrong", "eurasian economic union (csto)"),
        ("Russia (EEU)", "wrong", "russia (eeu)"),
        ("Eurasian Economc Union (EAEU)", "near_miss", "eurasian economc union"),
        ("Eurasian Economc Union (CSTO)", "wrong", "eurasian economc union (csto)"),
        ("Union (Treaty)", "wrong", "union (treaty)"),
    ],
)
def test_a_name_with_its_acronym_in_brackets(text: str, verdict: str, understood: str) -> None:
    got = grade(EEU, text)
    assert (got.verdict, got.understood, got.expected) == (verdict, understood, EEU.answer[0])


COUNCIL = q(
    "Council Conclusions on Central Asia",
    prompt="Which document of the Council set out the EU's aims in the region?",
)
ROCKY = q("rocky planet", prompt="What type of planet is Mars?")


@pytest.mark.parametrize(
    ("question", "text", "verdict"),
    [
        (COUNCIL, "Conclusions on Central Asia", "correct"),  # the stem says Council
        (COUNCIL, "Central Asia", "wrong"),  # not its head
        (COUNCIL, "Conclusions", "wrong"),  # a proper name needs its head and one more word
        (ROCKY, "rocky", "correct"),  # a common phrase: any part the stem does not say
        (ROCKY, "planet", "wrong"),  # the stem's own word is no answer
    ],
)
def test_words_the_stem_already_says(question: Question, text: str, verdict: str) -> None:
    assert grade(question, text, {}).verdict == verdict


RUSSIANS = q("ethnic Russians")


def test_a_head_noun_counts_only_where_nothing_else_has_it() -> None:
    got = grade(RUSSIANS, "Russians")
    assert (got.verdict, got.understood) == ("correct", "russian")
    assert grade(RUSSIANS, "russian").verdict == "correct"
    rival = VOCAB | {"new russians": "class:new-russians"}
    assert grade(RUSSIANS, "Russians", rival).verdict != "correct"
    same_kind = VOCAB | {"ethnic uzbeks": "group:uzbeks"}
    assert grade(RUSSIANS, "Russians", same_kind).verdict != "correct"
    said = q("ethnic Russians", prompt="Which Russians live in the north?")
    assert grade(said, "Russians").verdict != "correct"


def test_a_long_form_and_a_transliteration_are_the_same_name() -> None:
    kaz = q("Kazakhstan")
    got = grade(kaz, "the Republic of Kazakhstan")
    assert (got.verdict, got.understood) == ("correct", "republic of kazakhstan")
    assert grade(kaz, "Republic of").verdict == "wrong"
    president = q("Shavkat Mirziyoyev", ["Shavkat Mirziyoyev", "Mirziyoyev"])
    got = grade(president, "Mirziyoev")
    assert (got.verdict, got.understood) == ("correct", "mirziyoev")
    rivals = VOCAB | {"mirziyoev": "person:another"}
    assert grade(president, "Mirziyoev", rivals).verdict != "correct"
    assert grade(q("gas"), "gaz").verdict != "correct"  # a common word is not transliterated


def test_figures_keep_their_order_and_sign_when_words_are_reordered() -> None:
    span = q("0 to 100 degrees")
    assert grade(span, "degrees 0 to 100", {}).verdict == "correct"
    assert grade(span, "100 to 0 degrees", {}).verdict == "wrong"


def test_spelling_near_misses_and_their_rivals() -> None:
    got = grade(q("Kazakhstan"), "Kazakstan")
    assert got == Verdict(
        "near_miss", "Kazakhstan", "Close enough - mind the spelling: Kazakhstan.", "kazakstan"
    )
    got = grade(q("Iran"), "Irak")  # as close to Iraq, another name of the deck
    assert got == Verdict("wrong", "Iran", "That is closer to another name in the deck.", "irak")
    got = grade(q("Iran"), "Iraq")
    assert got == Verdict("wrong", "Iran", "That is another name in the deck.", "iraq")
    assert grade(q("EEU"), "EUU", {}).verdict == "wrong"  # three letters: exact only
    assert grade(q("Tajik"), "Tajk", {}).verdict == "near_miss"  # one typo in a short answer
    assert grade(q("Tajik"), "Tjk", {}).verdict == "wrong"
    assert grade(q("Tajikistan"), "Tajkistn", {}).verdict == "near_miss"  # two in a long one
    assert grade(q("Tajikistan"), "Tjkistn", {}).verdict == "wrong"
    got = grade(q("Kazakhstan"), "")
    assert (got.verdict, got.note) == ("wrong", "No answer given.")


def test_the_words_of_a_name() -> None:
    assert content_words("the investment and trades") == ("investment", "trade")
    assert content_words("glass") == ("glass",)
    assert head_noun("ethnic Russians") == "russian"
    assert head_noun("Russians") is None
    assert head_noun("Central Asia") is None
    assert head_noun("permit-free work") is None
    assert head_noun("a partner rather than a rival") is None
    assert head_noun("one two three four") is None
    assert head_noun("big ox") is None  # too short a head to stand alone
    assert phrase_head("Conclusions on the EU-Central Asia Strategy") == "conclusion"
    assert phrase_head("the rocky planets") == "planet"
    assert phrase_head("") == ""


@pytest.mark.parametrize(
    ("word", "stem", "keys", "vocabulary", "names"),
    [
        ("chinese", set(), set(), {"china": "country:china"}, True),  # an entity's adjective
        ("chinese", {"china"}, set(), {"china": "country:china"}, False),  # the stem names it
        ("chinese", set(), {"country:china"}, {"china": "country:china"}, False),  # the key
        ("south", set(), set(), {"south korea": "country:south-korea"}, False),  # not one word
        ("cuban", set(), set(), {"cuba": "country:cuba"}, True),  # a four-letter name
        ("eu", set(), set(), {"eu": "organisation:eu"}, False),  # too short to compare
        ("mali", set(), set(), {"malinese": "people:malinese"}, True),  # a four-letter word
        ("gas", set(), set(), {"china": "country:china"}, False),
        ("kazakh", set(), set(), {"kazakhstan": "country:kazakhstan"}, True),  # a prefix
        # a middle name that only begins like a one-word name (review 9207 #34)
        ("kenneth", set(), set(), {"kennedy": "site:ksc"}, False),
    ],
)
def test_a_qualifier_that_names_another_entity(
    word: str, stem: set[str], keys: set[str], vocabulary: dict[str, str], names: bool
) -> None:
    assert names_other_entity(word, stem, keys, vocabulary) is names


def test_a_proper_name_without_the_words_the_stem_says_keeps_its_head() -> None:
    said = q("Council Conclusions on Central Asia", prompt="Which Council conclusions came first?")
    assert grade(said, "Central Asia", {}).verdict == "wrong"  # its head is gone
    place = q("Council Conclusions on Central Asia", prompt="Which Council text on Central Asia?")
    assert grade(place, "Council Conclusions", {}).verdict == "correct"  # head and one more
    assert grade(place, "Conclusions", {}).verdict != "correct"


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("Kennedy Space Center", "Kennedy Space Centre"),
        ("Collective Security Treaty Organization", "Collective Security Treaty Organisation"),
        ("Space Programme", "space program"),
        ("Labour Party", "Labor Party"),
    ],
)
def test_british_and_american_spellings_are_one_name(key: str, typed: str) -> None:
    assert check_text(q(key), typed, key, {}).verdict == "correct"


def test_a_spelling_variant_that_is_another_name_of_the_deck_is_not_folded() -> None:
    vocabulary = {"theatre": "place:theatre", "theater": "place:other"}
    assert check_text(q("Theatre"), "Theater", "Theatre", vocabulary).verdict == "wrong"
