"""How much a learner guesses, measured from their answers (review.guessing), and what the
grading makes of it: a learner who answers only what they know is graded as plain FSRS would,
a guesser's right answers on true/false still count for less (Hard, or Good with a shorter
interval)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from quizapp.review import guessing
from quizapp.review.forms import UNGUESSABLE
from quizapp.review.grading import EXPECTED_MS
from quizapp.review.guessing import ASSUMED, Evidence, propensity
from quizapp.review.scheduler import Rating, due_at, make_scheduler, phase, review
from quizapp.review.session import StudySession
from quizapp.service import StudyService
from quizapp.store.records import CardState, Review
from tests.benchmarks.synthetic import synthetic_deck
from tests.review.learner import right_answer, wrong_answer
from tests.review.memory import DEFAULTS, HiddenMemory
from tests.review.study_setup import study_setup

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _evidence(g: float, f: float, n: int) -> Evidence:
    """What a learner with propensity g and a share f not recalled shows, in expectation."""
    return {("interday", c): (n, round(n * f * (1 - g * c))) for c in (0.0, 0.25, 0.5)} | {
        ("first", c): (n, round(n * 0.5 * (1 - g * c))) for c in (0.25, 0.5)
    }


@pytest.mark.parametrize(("g", "f"), [(0.0, 0.1), (0.0, 0.3), (1.0, 0.1), (0.5, 0.2)])
def test_the_propensity_is_recovered_whatever_the_forgetting(g: float, f: float) -> None:
    assert propensity(_evidence(g, f, 400)) == pytest.approx(g, abs=0.06)


def test_too_little_log_or_one_chance_level_keeps_the_assumption() -> None:
    assert propensity({}) == ASSUMED
    assert propensity(_evidence(0.0, 0.1, 10)) == ASSUMED  # 1 wrong answer per level
    one_level = {("interday", 0.5): (500, 50)}  # g and f cannot be told apart
    assert propensity(one_level) == ASSUMED


def _study(
    guesses: bool, days: int, facts: int = 40, learner: int = 0
) -> tuple[float, Counter[tuple[str, int]]]:
    """Days of study by a hidden memory; returns the last propensity and, per (phase, rating),
    the right answers on true/false items at interday reviews from day 12 (a 40-fact deck
    needs some ten days of log to tell)."""
    service, deck, at, rng, memory = study_setup(learner, facts, max(12, facts // 3))
    ratings: Counter[tuple[str, int]] = Counter()
    g = ASSUMED
    for day in range(days):
        at[0] = START + timedelta(days=day)
        session = service.start("sim", deck.id, "scheduled", backup=False)
        # no interval fuzz: `_aimed` compares a due with a Good's at the desired retention
        session.scheduler = make_scheduler(session.settings, fuzz=False, deck_id=deck.id)
        g = session.guessing
        while (q := session.next_question()) is not None:
            before = phase(session.cards.get(q.fact_ids[0]))
            knows = memory.attempt(q.fact_ids[0], at[0])
            if q.kind == "flashcard":
                session.self_grade(3 if knows else 1, 9000)
                continue
            if knows:
                response = right_answer(q)
            elif guesses and q.options:
                response = str(rng.randrange(len(q.options)) + 1)
            else:
                response = wrong_answer(q)
            card = session.cards.get(q.fact_ids[0])
            fb = session.answer(response, 9000)
            if day >= 12 and q.kind == "true_false" and before == "review" and fb.passed:
                ratings[(before, int(fb.rating or 0))] += 1
                assert card is not None and fb.next_due is not None
                ratings[("aimed", 1)] += _aimed(session, card, fb.next_due)
        session.end()
    return g, ratings


def _aimed(session: StudySession, before: CardState, due: datetime) -> bool:
    """Whether a right answer's next interval is under 0.8 of a Good's at the desired
    retention (grading.aimed_retention: 0.68 at R = 0.95 for a full guesser, 0.40 at 0.9)."""
    at = session.cards[before.fact_id].fsrs["last_review"]
    answered = datetime.fromisoformat(str(at))
    plain = review(session.scheduler, before, Rating.Good, answered, 9000, random.Random(0))
    return (due - answered) < 0.8 * (due_at(plain) - answered)


def test_a_learner_who_does_not_guess_gets_good_for_a_right_true_false_at_review() -> None:
    g, ratings = _study(guesses=False, days=30)
    assert g < 0.2
    good, hard = ratings[("review", 3)], ratings[("review", 2)]
    assert good > 20 and hard <= good // 10  # the old rule: Hard below R 0.905, nearly always
    assert ratings[("aimed", 1)] <= good // 10  # and at the full interval


def test_a_guesser_is_seen_guessing_and_true_false_still_counts_for_less() -> None:
    """A 40-fact deck has too few first sights in forms a guess cannot pass to tell; 150 do
    for most learners but not all: which facts a learner happens to know at first sight
    decides it (issue 17). Over twelve learners 24 days showed guessing for 8 before session
    14's numeric options and 7 after; the test once followed one learner, who was among the
    lucky ones before and not after. So: at least half of twelve, and where it is seen,
    true/false counts for less."""
    runs = [_study(guesses=True, days=24, facts=150, learner=n) for n in range(12)]
    seen = [ratings for g, ratings in runs if g > 0.7]
    assert len(seen) >= 6, [round(g, 2) for g, _ in runs]
    # right true/false answers at review rated Hard, or Good with a shorter interval
    # (aimed higher: grading.aimed_retention), more often than Good in full
    hard = sum(r[("review", 2)] for r in seen)
    aimed = sum(r[("aimed", 1)] for r in seen)
    full = sum(r[("review", 3)] for r in seen) - aimed
    assert hard + aimed > full, (hard, aimed, full)


def test_only_first_sights_and_interday_reviews_are_evidence() -> None:
    assert set(guessing.STAGES) == {"new", "review"}


def _banded_log(
    f_young: float, f_established: float, g: float = 1.0, scale: int = 1
) -> list[Review]:
    """A learner who guesses with propensity g when they do not recall. Young facts (reviewed 2
    days after their first sight) are asked as true/false or 4-option mcq and forgotten more
    (f_young); established ones (20 days) mostly as recall, and forgotten less."""
    log: list[Review] = []
    plan = [(2, "true_false", 300 * scale, f_young), (2, "mcq", 300 * scale, f_young)]
    plan += [(20, "typed", 600 * scale, f_established), (20, "mcq", 200 * scale, f_established)]
    for gap, kind, n, f in plan:
        chance = 0.5 if kind == "true_false" else 0.25 if kind == "mcq" else 0.0
        wrong = round(n * f * (1 - g * chance))
        for i in range(n):
            fact = f"{kind}-{gap}-{i}"
            first = START + timedelta(minutes=i)
            for at, state, verdict, item_kind in (
                (first, "new", "correct", "typed"),
                (first + timedelta(days=gap), "review", "wrong" if i < wrong else "correct", kind),
            ):
                log.append(
                    Review(
                        id=f"r{len(log)}",
                        learner="sim",
                        deck_id="d",
                        fact_id=fact,
                        item_id=f"{item_kind}-1",
                        kind=item_kind,
                        verdict=verdict,
                        rating=1 if verdict == "wrong" else 3,
                        response="x",
                        duration_ms=5000,
                        reviewed_at=at,
                        session_id="s",
                        card_state=state,
                    )
                )
    return log


def test_forms_asked_at_different_stabilities_do_not_hide_guessing() -> None:
    """One share f over all interday reviews read the young facts' extra forgetting as less
    guessing (0.52 here for a learner who always guesses); compared within interval bands,
    the forms show the guessing."""
    log = _banded_log(f_young=0.2, f_established=0.05, scale=3)  # enough to pass the 1% test
    g = propensity(guessing.evidence(log, lambda item: 4))
    assert g > 0.9
    honest = _banded_log(f_young=0.2, f_established=0.05, g=0.0)  # says "?" when unsure
    assert propensity(guessing.evidence(honest, lambda item: 4)) < 0.1


def test_a_stratum_needs_two_chance_levels_to_tell() -> None:
    """Recognition only for young facts and recall only for established ones: nothing tells
    guessing from forgetting, so the assumption stands."""
    log = [r for r in _banded_log(0.2, 0.05) if r.kind in ("true_false", "typed")]
    assert propensity(guessing.evidence(log, lambda item: 4)) == ASSUMED


def test_a_best_fit_that_is_not_clearly_better_keeps_the_assumption() -> None:
    """A log after three weeks in the benchmark (100 facts, seed 1) where the best fit alone
    says g = 0.4 but is not clearly better than g = 0 (1% test): noise, not guessing shown."""
    log: Evidence = {
        ("first", 0.25): (24, 4),
        ("first", 0.5): (75, 16),
        ("interday:1", 0.0): (11, 1),
        ("interday:1", 0.25): (21, 2),
        ("interday:1", 0.5): (95, 8),
        ("interday:2", 0.25): (5, 0),
        ("interday:2", 0.5): (17, 0),
        ("interday:3", 0.0): (9, 1),
        ("interday:3", 0.25): (18, 1),
        ("interday:3", 0.5): (63, 0),
        ("interday:4", 0.5): (9, 2),
    }
    assert propensity(log) == ASSUMED


def test_until_the_log_shows_guessing_the_learner_is_taken_not_to_guess() -> None:
    """Guessing was assumed (g = 1) until the log rejected it: a learner who never guesses had
    right answers on choice items rated Hard for weeks, up to 30% more reviews than plain
    FSRS in the learning benchmark."""
    assert ASSUMED == 0.0
    assert propensity({}) == 0.0
    assert propensity(_evidence(1.0, 0.1, 10)) == 0.0  # a guesser's few answers: not yet
    assert propensity(_evidence(1.0, 0.1, 400)) > 0.9  # many: shown


def test_a_learner_who_does_not_guess_is_rated_as_plain_fsrs_would_from_the_first_answer() -> None:
    """Every answer of a learner who answers only what they recall, in the kind's typical time:
    right is Good and wrong is Again, as plain FSRS rates a flashcard, first sights included."""
    at = [START]

    def clock() -> datetime:
        at[0] += timedelta(seconds=20)
        return at[0]

    memory = HiddenMemory(DEFAULTS, random.Random(2))
    service = StudyService(None, clock=clock, seed=1)
    deck = synthetic_deck(40, seed=0, n_countries=12)
    service.catalog.add(deck)
    ratings: Counter[tuple[bool, int]] = Counter()
    for day in range(12):
        at[0] = START + timedelta(days=day)
        session = service.start("sim", deck.id, "scheduled", backup=False)
        while (q := session.next_question()) is not None:
            knows = memory.attempt(q.fact_ids[0], at[0])
            took = EXPECTED_MS[q.kind]
            if q.kind == "flashcard":
                fb = session.self_grade(3 if knows else 1, took)
            else:
                fb = session.answer(right_answer(q) if knows else wrong_answer(q), took)
            ratings[(knows, int(fb.rating or 0))] += 1
        session.end()
    assert set(ratings) == {(True, 3), (False, 1)}, ratings
    assert ratings[(True, 3)] > 100


def test_first_sights_are_asked_unguessably_until_the_log_can_tell() -> None:
    """While probing (fewer than PROBE such first sights logged), a new fact that has an item a
    guess cannot pass is asked in it; without probing, recognition as before."""
    at = [START]

    def clock() -> datetime:
        at[0] += timedelta(seconds=20)
        return at[0]

    service = StudyService(None, clock=clock, seed=1)
    deck = service.catalog.deck("russia-central-asia")
    firsts: list[tuple[bool, str, bool]] = []
    for day in range(6):
        at[0] = START + timedelta(days=day)
        session = service.start("p", deck.id, "scheduled", backup=False)
        while (q := session.next_question()) is not None:
            card = session.cards.get(q.fact_ids[0])
            if card is None or not card.seen:
                kinds = {i.kind for i in session.items.get(q.fact_ids[0], [])}
                firsts.append((session.spacer.probe, q.kind, bool(kinds & UNGUESSABLE)))
            session.answer(wrong_answer(q), EXPECTED_MS[q.kind])
        session.end()
    probing = [(kind, able) for probe, kind, able in firsts if probe]
    assert sum(able for _, able in probing) >= 20
    assert all(kind in UNGUESSABLE for kind, able in probing if able)
    log = service.store.answer_rows("p", at[0] - guessing.WINDOW)
    assert guessing.probing(log) == (sum(k in UNGUESSABLE for k, _ in probing) < guessing.PROBE)


def test_first_sights_show_guessing_that_a_year_of_interday_reviews_hides() -> None:
    """A guesser after a year: the first sights (half unknown) show guessing plainly, but
    thousands of interday reviews, where recognition goes to younger facts that are forgotten
    more, read as no guessing; the evidence taken together no longer showed it."""
    first: Evidence = {("first", 0.0): (60, 30), ("first", 0.5): (120, 30)}
    interday: Evidence = {("interday:3", 0.5): (3000, 300), ("interday:3", 0.0): (3000, 240)}
    assert propensity(interday) == ASSUMED
    assert propensity(first | interday) > 0.8
