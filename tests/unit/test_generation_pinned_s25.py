"""Session 25 (issue 19): tests for survivors of earlier mutation samples of quizapp/generate
(seed 2401's real survivors without a test, and seed 2302's), each stating what the code is
for; the mutant it kills is named in its docstring
(docs/quality/mutation-session25-generate-review.md)."""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.facts.loader import parse_deck
from quizapp.facts.values import Quantity
from quizapp.generate.argument import argument_of
from quizapp.generate.check_imported import year_key
from quizapp.generate.check_shapes import check_shaped
from quizapp.generate.checker import check
from quizapp.generate.estimates import estimate_band, estimate_step
from quizapp.generate.gates import first_failure
from quizapp.generate.generation import Generation
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.assertion_cap import over_cap
from quizapp.generate.ladder import may_be_negative
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.question_descriptors import descriptor_readings
from quizapp.generate.registry import _take, generate_deck
from quizapp.generate.true_false_balance import balance_true_false
from tests.support.bundled import APOLLO, CENTRAL_ASIA, bundled_deck, generated

OWN_LINE = "Kazakhstan goes its own way over the Kremlin's conflict with Kyiv."


def test_a_claims_wrong_evidence_is_never_the_other_half_of_its_keys_story() -> None:
    """kinds.claim_evidence._wrong_evidence #47 (`beside_support(argument, None, claim)`):
    the key says Kazakhstan criticised the annexation of Crimea 'though close to Moscow'; that
    it is one of Moscow's closest allies is the other half of the same sentence, about the same
    subject on the same topic, so it may not stand beside the key as a wrong option."""
    deck = bundled_deck(CENTRAL_ASIA)
    wrong: list[str] = []
    asked = 0
    for seed in range(8):
        for q in generate_deck(deck, seed=seed).questions:
            if q.kind == "claim_evidence" and OWN_LINE in q.prompt:
                asked += 1
                wrong += [o for o in q.options or [] if o not in q.answer]
    assert asked >= 4  # the claim is asked on most seeds: the check has items to read
    assert wrong
    assert not [o for o in wrong if "closest allies" in o]


def _tf(fact: str, key: str) -> Question:
    return Question(
        id=f"tf-{fact}-{key}",
        kind="true_false",
        template=f"t-{key}",
        prompt=f"A statement about {fact}.",
        options=["True", "False"],
        answer=[key],
        fact_ids=[fact],
        topic="t",
        explanation="e",
        citation="c",
        difficulty=0.5,
    )


def test_two_facts_each_told_true_or_false_give_one_true_and_one_false_key() -> None:
    """true_false_balance._choose #40 (`own_false = None`): a fact that keeps a False item of
    its own was also given its True item, so two facts with both variants and nothing else
    made two True keys to one False (a learner answering 'True' throughout wins twice), and
    one fact was told both ways."""
    items = [_tf(f, k) for f in ("fact-a", "fact-b") for k in ("True", "False")]
    for seed in range(6):
        kept = balance_true_false(items, seed, Generation())
        assert sorted(q.answer[0] for q in kept) == ["False", "True"]
        assert sorted(q.fact_ids[0] for q in kept) == ["fact-a", "fact-b"]


def test_a_year_blank_accepts_the_year_written_in_words() -> None:
    """kinds.cloze._year #43 (a year cloze built without its numeric key): the blank was then
    graded as text, so 'two thousand fourteen' for 2014 was wrong; a year typed in words is
    the same year, as it is for any other year item."""
    prompt = "In the year _____, Vladimir Putin spoke dismissively of the statehood of Kazakhstan."
    q = next(q for q in generated(CENTRAL_ASIA, (0,)) if q.prompt == prompt)
    vocabulary = DeckIndex(bundled_deck(CENTRAL_ASIA)).grading_vocabulary
    assert check(q, "2014", vocabulary).verdict == "correct"
    assert check(q, "two thousand fourteen", vocabulary).verdict == "correct"
    assert check(q, "2013", vocabulary).verdict == "wrong"


def test_a_false_membership_explains_who_holds_it_in_plain_lower_case() -> None:
    """kinds.true_false._swapped_explanation #29 (', AMONG OTHERS,' in capitals): the
    explanation of a false 'X was a member of the CSTO' names the members in ordinary prose."""
    prompt = "In 2016, Turkmenistan was a member of the CSTO."
    q = next(q for q in generated(CENTRAL_ASIA, (0,)) if q.prompt == prompt)
    assert q.answer == ["False"]
    assert q.explanation == (
        "False. That holds for Russia, Kazakhstan, Kyrgyzstan and Tajikistan, among others, "
        "but not for Turkmenistan."
    )


def test_a_year_counted_back_shows_the_year_it_was_read_as() -> None:
    """check_numbers._counted_back #1 (the shown year `None`): '9000 years ago' in 2026 for
    lead's 'about 7000 BC' is read as 6974 BC, and the learner is shown that year beside what
    they typed, not 'None'."""
    lead = NumericKey(value=-7000.0, tolerance=0.0, family="year", step=1.0, approx=True)
    q = Question(
        id="numeric-lead", kind="numeric", template="forward", answer=["7000 BC"],
        prompt="From about when has lead been known?", numeric=lead, fact_ids=["f"],
        citation="test", topic="t", explanation="", difficulty=0.5,
    )  # fmt: skip
    verdict = check(q, "9000 years ago", None, 2026)
    assert verdict.verdict == "correct"
    assert verdict.understood == "6974 BC (9000 years ago)"


def _typed(answer: str) -> Question:
    return Question(
        id="t", kind="cloze", template="t", prompt="What share is it?", answer=[answer],
        fact_ids=["f"], topic="t", explanation="", citation="", difficulty=0.5,
    )  # fmt: skip


@pytest.mark.parametrize(("key", "answer"), [("2/7", "0.29"), ("5/7", "0.71")])
def test_a_fraction_rounded_to_two_places_is_right_to_the_last_place(key: str, answer: str) -> None:
    """check_shapes._fraction #63 (a step of 11**-d for 10**-d): 2/7 is 0.2857..., so '0.29'
    is the fraction rounded to two places, 0.0043 off, inside half a step of 0.01; the mutant's
    narrower step refused it."""
    got = check_shaped(_typed(key), answer, key, {})
    assert got is not None and got.verdict == "correct", got
    wrong = check_shaped(_typed(key), "0.3" if key == "2/7" else "0.72", key, {})
    assert wrong is not None and wrong.verdict == "wrong", wrong


def test_an_estimated_years_band_is_ten_rounding_steps_of_its_last_figure() -> None:
    """estimates.estimate_step #11 (11**k for 10**k): 'about 7000 BC' is rounded to hundreds,
    so it is right within five hundreds and close within ten; 'about 3750' is rounded to tens."""
    lead = NumericKey(value=-7000.0, tolerance=0.0, family="year", step=1.0, approx=True)
    assert estimate_step(lead) == 100
    assert estimate_band(lead, -7000 + 500) == "correct"
    assert estimate_band(lead, -7000 + 501) == "near_miss"
    assert estimate_band(lead, -7000 - 1000) == "near_miss"
    assert estimate_band(lead, -7000 - 1001) == "wrong"
    later = NumericKey(value=3750.0, tolerance=0.0, family="year", step=1.0, approx=True)
    assert estimate_step(later) == 10


def test_an_imported_bare_number_is_a_year_only_where_the_question_asks_when() -> None:
    """check_imported.year_key #10 (`month is None` -> `is not None`): '12' answering 'How
    many...' is a count, not the year 12; a month and year is a date whatever the question."""
    assert year_key("12", "How many people walked on the Moon?") is None
    assert year_key("1989", "In which year did the Berlin Wall fall?") is not None
    dated = year_key("November 1989", "What did the crowds do to the Berlin Wall?")
    assert dated is not None and dated.value == 1989 and dated.date is not None


def test_a_figure_below_zero_gets_wrong_options_below_zero_too() -> None:
    """ladder.may_be_negative #2 (`or` -> `and`): a figure that is itself below zero, such as
    the Dead Sea's shore at -430 metres, is a figure whose wrong options may be below zero too,
    signed or not; only positive ones would leave the key the lone negative option."""
    shore = Quantity(kind="quantity", value=-430.0, unit="metres", measure=True)
    assert may_be_negative(shore)
    assert not may_be_negative(Quantity(kind="quantity", value=430.0, unit="metres"))
    assert may_be_negative(Quantity(kind="quantity", value=3.0, unit="points", signed=True))


# -- seed 2521's survivors (judged before these tests were written) --------------------------
def test_a_claims_evidence_is_one_step_from_it_and_that_evidences_links_two() -> None:
    """argument.Argument._near #5 (the start node at distance 1): every distance was one too
    many and the walk stopped a step short, so a fact two links from a claim counted as
    unconnected to it and could be offered as its wrong option."""
    argument = argument_of(DeckIndex(bundled_deck(APOLLO)))
    two_steps = 0
    for claim in argument.claims:
        assert argument.distance(claim, claim) == 0
        for fact in argument.evidence(claim):
            assert argument.distance(claim, fact) == 1
            for other, d in argument.within(fact).items():
                if d == 1 and argument.distance(claim, other) not in (0, 1):
                    assert argument.distance(claim, other) == 2
                    assert not argument.unconnected(claim, other)
                    two_steps += 1
    assert two_steps > 0


def test_the_assertion_reason_cap_gives_up_a_link_whose_statements_are_both_asked_elsewhere() -> (
    None
):
    """kinds.assertion_cap._asked_elsewhere #5 (the assertion's end not looked at): the cap
    dropped a link whose reason another link asks but whose assertion none does, so that
    assertion went unasked while a link asking nothing new could have gone instead."""
    shared = ("a-shared", "r-shared", "because")
    both_elsewhere = ("a-shared", "r-x", "because")
    other_key = ("a-y", "r-x", "because")
    lonely = ("a-lonely", "r-shared", "because")
    asked = {shared: "explains", both_elsewhere: "explains", lonely: "explains"}
    asked[other_key] = "false assertion"
    dropped = over_cap(asked, [other_key, shared, both_elsewhere, lonely])
    assert dropped == [both_elsewhere]
    still = {n for link in asked if link not in dropped for n in link[:2]}
    assert still == {n for link in asked for n in link[:2]}  # every statement still asked


@pytest.mark.parametrize("answer", ["Falcon lunar module", "the LM Falcon", "Falcon LM"])
def test_a_name_may_carry_a_two_word_descriptor_the_question_gives(answer: str) -> None:
    """question_descriptors._descriptors #5 (`(3, 2)` -> `(3, 3)`): only three-word phrases of
    the prompt were looked for, so 'Falcon lunar module' or 'the LM Falcon' for the lunar
    module's call sign was no longer read as the name 'Falcon'."""
    prompt = "What was the call sign of the Apollo 15 lunar module?"
    assert descriptor_readings(answer, prompt, {"falcon"}) == ["falcon"]
    assert descriptor_readings("Falcon command module", prompt, {"falcon"}) == []


def test_an_item_a_gate_refuses_is_counted_once_as_dropped_with_the_gates_reason() -> None:
    """registry._take #11 (a gate's refusal counted twice): the generation report's dropped
    figures (`quizapp questions` prints them) said two items were lost for one."""
    ix = DeckIndex(bundled_deck(APOLLO))
    q = Question(
        id="mcq-x", kind="mcq", template="t", prompt="Which mission landed on the Moon first?",
        options=["Apollo 11", "Apollo 11", "Apollo 12"], answer=["Apollo 11"],
        fact_ids=[next(iter(ix.facts))], topic="t", explanation="e", citation="c",
        difficulty=0.5,
    )  # fmt: skip
    result = Generation()
    _take(ix, q, result)
    assert result.questions == [] and not result.generated
    assert result.dropped == Counter({("mcq", first_failure(q, ix)): 1})


def test_a_money_blank_of_a_thousand_or_more_of_its_scale_word_takes_the_figure_shown() -> None:
    """kinds.cloze._part #72 (the key without `scale_given`): in 'US$_____ million' a typed
    '1,865' is 1,865 million, the blank's own figure; without the flag it was read as 1,865
    dollars (only figures under 1,000 were also tried as millions), so the answer the item
    displays was marked wrong. The bundled deck's US$865 million, raised to 1,865 million."""
    text = CENTRAL_ASIA.read_text(encoding="utf-8")
    old = "amount: 865, currency: USD, scale: million"
    assert old in text
    deck = parse_deck(text.replace(old, old.replace("865", "1865")))
    vocabulary = DeckIndex(deck).grading_vocabulary
    q = next(
        q
        for q in generate_deck(deck, seed=0, kinds=["cloze"]).questions
        if "write off US$_____ million" in q.prompt
    )
    assert q.answer == ["1,865"]
    for answer in ("1,865", "1865", "1865 million", "1.865 billion"):
        assert check(q, answer, vocabulary).verdict == "correct", answer
    assert check(q, "1800", vocabulary).verdict == "wrong"
