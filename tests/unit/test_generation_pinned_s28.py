"""Session 28 (issue 19): tests for survivors of mutation samples of quizapp/generate, each
stating what the code is for; the mutant it kills is named in its docstring
(docs/quality/mutation-session28-generate.md)."""

from __future__ import annotations

import pytest

from quizapp.facts.loader import parse_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_pools import same_attribution
from quizapp.generate.check_numbers import check_number
from quizapp.generate.check_qualified import without_qualifier
from quizapp.generate.checker import check, check_unguarded
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.generate.rival_figures import numeric_key
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck

# Apollo 14 given another name: no bundled subject of a cloze has one, so the test adds it
_APOLLO_14 = "{id: apollo-14, kind: mission, name: Apollo 14}"
_APOLLO_14_NAMED = (
    "{id: apollo-14, kind: mission, name: Apollo 14, aliases: [the third lunar landing]}"
)


def test_a_subject_clozes_key_is_spelt_as_kindly_under_each_of_its_names() -> None:
    """kinds.cloze._part #157 (a subject cloze built without `accepted`): the blank is the
    subject, and any of the subject's names fills it. The checker forgives a typo against the
    names the item carries, so with the aliases left off, 'the third lunar landng' (one letter
    short) was plainly wrong while 'Apolo 14' was a near miss."""
    text = APOLLO.read_text(encoding="utf-8")
    assert _APOLLO_14 in text
    deck = parse_deck(text.replace(_APOLLO_14, _APOLLO_14_NAMED, 1))
    vocabulary = DeckIndex(deck).grading_vocabulary
    items = [
        q
        for seed in range(2)
        for q in generate_deck(deck, seed=seed, kinds=["cloze"]).questions
        if q.template == "subject" and q.answer == ["Apollo 14"]
    ]
    assert items, "no subject cloze keyed Apollo 14: the test proves nothing"
    for q in items:
        assert check(q, "the third lunar landing", vocabulary).verdict == "correct", q.prompt
        assert check(q, "the third lunar landng", vocabulary).verdict == "near_miss", q.prompt
        assert check(q, "Apolo 14", vocabulary).verdict == "near_miss", q.prompt
        assert check(q, "the fourth lunar landing", vocabulary).verdict == "wrong", q.prompt


# neon's boiling point said with neon last, and neon given a name ending in a capital X (as
# Pope Pius X or Apollo X): no bundled statement ends so, so the test words one that does
_NEON = "{id: neon, kind: element, name: neon, symbol: Ne}"
_NEON_X = "{id: neon, kind: element, name: Element X, symbol: Ne}"
_BOILS = 'statement: "At normal atmospheric pressure {subject} boils at {object}."'
_BOILS_LAST = (
    'statement: "At normal atmospheric pressure, {object} is the boiling point of {subject}."'
)


def test_a_rival_figure_is_named_by_its_whole_statement() -> None:
    """rival_figures._made_key #94 (`rstrip(".")` -> `rstrip("XX.XX")`): the subject's own
    figure for another property, typed for this one, is named by the other fact's statement
    without its full stop; the mutant also ate the statement's last letters where they were
    capital X's ('... the boiling point of Element ')."""
    text = CHEM.read_text(encoding="utf-8")
    assert text.count(_BOILS) == 2 and _NEON in text  # Celsius and kelvins: neon's is kelvins
    deck = parse_deck(text.replace(_BOILS, _BOILS_LAST).replace(_NEON, _NEON_X, 1))
    melts = numeric_key(DeckIndex(deck), "neon-melts")
    assert melts is not None
    note = check_number(melts, "27", "24.6 K").note
    said = "(At normal atmospheric pressure, 27.1 K is the boiling point of Element X)"
    assert said in note, note
    assert check_number(melts, "25", "24.6 K").verdict == "correct"


def test_options_given_the_keys_attribution_read_on_from_it_in_lower_case() -> None:
    """argument_pools.same_attribution #21 (seed 2823; `option[:1].lower()` -> `.upper()`):
    where the key says 'According to the briefing, ...', every option is said so; an option
    that opened a sentence reads on from the attribution in lower case ('..., the region is
    landlocked'), and one that opens with a name keeps its capital ('..., Moscow wants ...')."""
    argument = argument_of(DeckIndex(bundled_deck(CENTRAL_ASIA)))
    key = "According to the briefing, trade ties are weak."
    wrong = ["The region is landlocked.", "Moscow wants rival powers kept out."]
    said_key, said_wrong = same_attribution(argument, key, wrong)
    assert said_key == key
    assert said_wrong == [
        "According to the briefing, the region is landlocked.",
        "According to the briefing, Moscow wants rival powers kept out.",
    ]
    assert same_attribution(argument, "Trade ties are weak.", wrong) == (
        "Trade ties are weak.",
        wrong,
    )  # nothing attributed: nothing added


def _typed(prompt: str, key: str) -> Question:
    return Question(
        id="q",
        kind="typed",
        template="forward",
        prompt=prompt,
        answer=[key],
        fact_ids=["f"],
        topic="t",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_an_answer_with_what_it_belongs_to_in_brackets_is_read() -> None:
    """check_qualified.without_qualifier #10 (seed 2823; the bracket's group asked for by a
    name it does not have): a wrong answer with its country in brackets ('Cork (Ireland)' for
    Dublin) raised inside the checker, so the learner was told 'That answer could not be
    read.' in place of the answer as understood."""
    q = _typed("In which city is Ulysses set?", "Dublin")
    verdict = check_unguarded(q, "Cork (Ireland)", {})
    assert verdict.verdict == "wrong"
    assert verdict.understood == "cork (ireland)"
    assert check_unguarded(q, "Dublin (Ireland)", {}).verdict == "correct"
    assert without_qualifier(q.prompt, "Dublin (Ireland)") == "Dublin"
    assert without_qualifier("What is the capital of Ukraine?", "Kyiv (Ukraine)") == "Kyiv"
    assert without_qualifier("What is the capital of Ukraine?", "Kyiv (Moscow)") is None


@pytest.mark.parametrize(
    ("key", "given", "verdict"),
    [
        ("10 to 20 km", "10-20 km", "correct"),
        ("10 to 20 km", "50 to 90 km", "wrong"),
        ("4th planet", "fourth", "correct"),
        ("4th planet", "5th", "wrong"),
        ("3/4", "75%", "correct"),
        ("3/4", "0.5", "wrong"),
    ],
)
def test_a_range_ordinal_or_fraction_answer_is_shown_the_key(
    key: str, given: str, verdict: str
) -> None:
    """checker.check_unguarded #179 (seed 2823; `expected` passed on as None): an answer read
    as a range, an ordinal or a fraction is graded against the key and shown it; the mutant
    graded alike but showed the learner no answer ('Close - the range is None.')."""
    found = check_unguarded(_typed("How far is it?", key), given, {})
    assert (found.verdict, found.expected) == (verdict, key)


def test_a_range_near_the_keys_is_told_the_range() -> None:
    found = check_unguarded(_typed("How far is it?", "10 to 20 km"), "11 to 21 km", {})
    assert found.verdict == "near_miss"
    assert found.note == "Close - the range is 10 to 20 km."


def test_a_typed_card_dropped_for_a_long_answer_says_why() -> None:
    """kinds.typed.generate #41 (seed 2823; the dropped reason `None`): an answer too long to
    type makes no typed card, and `--stats` says so; the mutant dropped it with no reason."""
    dropped = generate_deck(bundled_deck(CENTRAL_ASIA), seed=0, kinds=["typed"]).dropped
    assert dropped[("typed", "answer too long to type")] >= 1
    # kinds.typable.typable #5 (seed 2823; the reason in capitals): Russia, the briefing's
    # protagonist, is never a typed key, and `--stats` says why in the house's words
    assert dropped[("typed", "answer is the deck's protagonist (guessable)")] >= 1
    assert all(reason for _, reason in dropped), dropped


def test_no_cloze_blanks_what_the_source_says_of_a_subject_that_may_have_more() -> None:
    """kinds.cloze._part #7 (seed 2823; `object_unique(fact, scoped=False)` -> the default,
    scoped): a source-scoped relation's open wording ('According to the briefing, when did
    ...?') lists all the source says, but a cloze is the bare statement, whose blank the world
    fills many ways. The mutant asked 'Tajikistan held joint military exercises with Russia
    in _____ (month and year).' (it held others) and 'Shavkat Mirziyoyev has ruled out a
    return to _____.'"""
    deck = bundled_deck(CENTRAL_ASIA)
    ix = DeckIndex(deck)
    seen = 0
    for seed in range(2):
        for q in generate_deck(deck, seed=seed, kinds=["cloze"]).questions:
            if q.template != "object":
                continue
            seen += 1
            rel = ix.relations[ix.facts[q.fact_ids[0]].relation]
            assert rel.functional, (rel.id, q.prompt)
    assert seen > 10  # object clozes are asked: the rule was tried
