"""Session 26 (issue 19): tests for survivors of earlier mutation samples of quizapp/generate
(seed 2302's survivors still without a test, and seed 2521's unclassified one), each stating
what the code is for; the mutant it kills is named in its docstring
(docs/quality/mutation-session26-generate-review.md)."""

from __future__ import annotations

import random

import pytest

from quizapp.facts.values import Date
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_pools import closeness, place, topics
from quizapp.generate.check_numbers import check_number
from quizapp.generate.checker import check
from quizapp.generate.estimates import asked_as_estimate
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import ordering
from quizapp.generate.kinds.common import Dropped
from quizapp.generate.ladder import _validity
from quizapp.generate.plausible import bounds_for
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.story_span import END_OF_MONTH, deck_span
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated


def _apart(argument: Argument, candidate: str, anchors: tuple[str, str]) -> bool:
    """Nothing ties the candidate to either anchor: no shared section, name or deck topic."""
    here = place(argument, candidate)
    if here is None:
        return False
    for anchor in anchors:
        there = place(argument, anchor)
        if there is not None and there[:2] == here[:2]:
            return False
        if argument.named(candidate) & argument.named(anchor):
            return False
        if topics(argument, candidate) & topics(argument, anchor):
            return False
    return True


def test_a_wrong_option_from_another_topic_is_never_near_the_claim_or_its_key() -> None:
    """argument_pools._closeness #30 (`&` -> `|` on the deck topics): any candidate with a
    topic counted as on the claim's subject, so a fact from an unrelated part of the deck,
    which gives the key away by its subject alone, could be offered as a wrong option."""
    argument = argument_of(DeckIndex(bundled_deck(CENTRAL_ASIA)))
    apart = 0
    for claim in list(argument.claims)[:10]:
        for key in argument.evidence(claim):
            for candidate in list(argument.ix.facts)[:200]:
                if _apart(argument, candidate, (claim, key)):
                    assert closeness(argument, candidate, claim, key) == 0, (claim, candidate)
                    apart += 1
    assert apart > 100  # the deck has such candidates: the rule was tried


def test_an_estimated_year_read_two_ways_is_judged_by_its_best_reading() -> None:
    """check_numbers._one_year #116 (`max` of the bands without their order): the bands were
    compared as words, so 'wrong' beat 'correct' and an answer the reader takes two ways
    ('1.520 thousand': 1,520 or 1,520,000) was wrong though one reading is the estimate."""
    key = NumericKey(value=1500, tolerance=0, family="year", step=1)
    about = asked_as_estimate(key, "From about when was it in use?")
    verdict = check_number(about, "1.520 thousand", "c. 1500")
    assert verdict.verdict == "correct"
    assert verdict.understood == "1520, 1520000"
    assert check_number(about, "2.600 thousand", "c. 1500").verdict == "wrong"


def test_a_precise_answer_two_digits_shorter_than_asked_is_wrong() -> None:
    """tolerance._shorter_in_unit #16 (`< 1e-9` -> `< 1.000000001`): asked to three decimal
    places, '1.0' for 0.968 (two places short) became a near miss like '0.97' (one short)."""
    density = NumericKey(value=0.968, tolerance=0.0005, family="quantity:g/cm³", step=0.001)
    density = density.model_copy(update={"unit": "g/cm³"})
    asked = asked_as_estimate(density, "What is the density of sodium, to three decimal places?")
    assert check_number(asked, "0.97", "0.968 g/cm³").verdict == "near_miss"
    assert check_number(asked, "1.0", "0.968 g/cm³").verdict == "wrong"


def test_an_ordering_without_three_dated_events_is_dropped_saying_why() -> None:
    """kinds.ordering._by_date #21 (the reason `None`): `quizapp questions --stats` counts
    the rounds a kind could not make by their reason; this one lost its reason."""
    deck = bundled_deck(CENTRAL_ASIA)
    events = DeckIndex(deck).dated_events
    assert len(events) >= 3
    kept = [f for f in deck.facts if f not in events[2:]]
    ix = DeckIndex(deck.model_copy(update={"facts": kept}))
    outcomes = ordering.generate(ix, events[0], random.Random(0))
    assert Dropped("ordering", "too few events with distinct dates") in outcomes


def test_a_decks_span_runs_from_the_first_month_it_is_dated_to_the_end_of_the_last() -> None:
    """story_span.deck_span #13 (a fact's month subtracted from its year): a deck dated from
    January 2015 to April 2016 spanned April 2014 to October 2015, so a false date in the
    deck's own last months looked out of its story, and one before it looked in."""
    deck = bundled_deck(CENTRAL_ASIA)
    monthly = [f for f in deck.facts if f.qualifiers.as_of and f.qualifiers.as_of.month]
    months = {(w.year, w.month) for f in monthly if (w := f.qualifiers.as_of)}
    assert min(months) == (2015, 1) and max(months) == (2016, 4)
    ix = DeckIndex(deck.model_copy(update={"facts": monthly}))
    assert deck_span(ix) == (2015 * 12 + 0, 2016 * 12 + 3 + END_OF_MONTH)


def test_no_date_option_falls_in_the_year_zero() -> None:
    """ladder._validity #17 (`0 <= x` -> `0 < x`): January of the year 0, a year that does
    not exist between 1 BC and AD 1, passed the ladder's check for a date option."""
    valid = _validity(Date(kind="date", year=1, month=3, era="AD"), None)
    assert not any(valid(month) for month in range(12))  # January to December of the year 0
    assert valid(-1) and valid(12)  # December 1 BC, January AD 1


# -- seed 2621's survivors (judged before these tests were written) --------------------------
def test_a_year_inside_the_decade_asked_is_shown_as_the_year_it_was_read_as() -> None:
    """check_imported._against_period #62 (the reading dropped): '1769' for an imported card's
    'the 1760s' is a near miss, and the feedback no longer said it was read as 1769."""
    card = Question(
        id="x", kind="typed", template="forward", prompt="In which decade was it patented?",
        answer=["the 1760s"], accepted=["the 1760s"], fact_ids=["f"], topic="t",
        explanation="e", citation="c", difficulty=0.5,
    )  # fmt: skip
    verdict = check(card, "1769", {"1760s": "answer-number-x:a"})
    assert verdict.verdict == "near_miss"
    assert verdict.understood == "1769"


def test_a_numeric_choice_offers_other_subjects_true_figures_of_its_relation() -> None:
    """kinds.numeric_mcq._from_relation #1 (the key's shape unset, so no sibling matched it):
    every numeric choice fell back to a made-up ladder, where the module's rule puts real
    figures of the same relation first (another element's melting point, true of it)."""
    ix = DeckIndex(bundled_deck(CHEM))
    items = [q for q in generated(CHEM, (0,)) if q.kind == "numeric_mcq"]
    real = 0
    for q in items:
        fact = ix.facts[q.fact_ids[0]]
        rows = ix.numeric_by_relation[fact.relation]
        shown = {s for f, _, s, _ in rows if f.id != fact.id}
        real += all(o in shown for o in q.options or [] if o not in q.answer)
    assert len(items) >= 10 and real >= len(items) // 2, (real, len(items))


def test_a_dates_declared_bounds_in_years_hold_from_january_to_december() -> None:
    """plausible.bounds_for #4 (a date's bounds not read as months): Apollo's 'cancelled in'
    dates, bounded 1969 to 1972, were held below month 1972 (the year 164), so no wrong month
    fitted: the numeric choices of when NASA cancelled Apollo 18-20 were lost, and their
    true/false items could only be true."""
    deck = bundled_deck(APOLLO)
    ix = DeckIndex(deck)
    cancelled = [f for f in deck.facts if f.relation == "cancelled-in"]
    for fact in cancelled:
        assert bounds_for(ix, fact) == (1969 * 12, 1972 * 12 + 11.99)
    ids = {f.id for f in cancelled}
    asked = [q for q in generated(APOLLO, (0,)) if q.kind == "numeric_mcq" and ids & {*q.fact_ids}]
    assert asked
    assert all(o.endswith(("1969", "1970", "1971", "1972")) for q in asked for o in q.options or [])


@pytest.mark.parametrize(
    ("value", "step", "unit", "given"), [(7.874, 0.001, "g/cm³", "8"), (146.6, 0.1, "m", "146")]
)
def test_a_rough_figure_within_two_percent_is_close_however_coarse(
    value: float, step: float, unit: str, given: str
) -> None:
    """tolerance.judge #110 (`not key.precise` -> `key.precise`): the rule for a plain figure
    rounded coarsely or cut to a whole number ('8' for iron's 7.874 g/cm³, '146' for the Great
    Pyramid's 146.6 m) applied only where the stem asks for a precision, so these were wrong."""
    key = NumericKey(value=value, tolerance=step / 2, family=f"quantity:{unit}", step=step)
    key = key.model_copy(update={"unit": unit})
    assert check_number(key, given, f"{value} {unit}").verdict == "near_miss"
