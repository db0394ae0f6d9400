"""Issue 17: a second clean test of guessing for small decks (review.guess_check). Until the
learner is shown guessing, a fact with an item a guess cannot pass is asked in one at every
interday review, so that the forms at interday reviews are fixed by the facts and their wrong
shares tell a guesser from an honest learner where the first sights alone miss one in four."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple, cast

from quizapp.review import guessing, hindsight
from quizapp.review.card_fields import REVIEW, fsrs_state
from quizapp.review.forms import UNGUESSABLE
from quizapp.review.grading import EXPECTED_MS
from quizapp.review.guess_check import SMALL_DECK, checked, checking
from quizapp.review.guessing import ASSUMED, propensity
from quizapp.service import StudyService
from tests.benchmarks.synthetic import synthetic_deck
from tests.review import guess_logs
from tests.review.learner import right_answer, wrong_answer
from tests.review.study_setup import study_setup

if TYPE_CHECKING:
    from quizapp.review.session import StudySession

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class Studied(NamedTuple):
    shown_on: int | None  # the study day guessing was first shown
    interday: list[tuple[bool, bool]]  # (checking, asked unguessably)


def _study(learner: int, guesses: bool, days: int, facts: int = 150) -> Studied:
    """A learner on a synthetic deck: the day guessing was first shown (None: never), and
    per interday review of a fact that has an unguessable item, (checking, asked unguessably)."""
    service, deck, at, rng, memory = study_setup(learner, facts, max(50, facts // 3), "g")
    shown_on: int | None = None
    interday: list[tuple[bool, bool]] = []
    for day in range(days):
        at[0] = START + timedelta(days=day)
        session = service.start("g", deck.id, "scheduled", backup=False)
        if shown_on is None and session.settings.guessing_shown_at is not None:
            shown_on = day
        while (q := session.next_question()) is not None:
            fact = q.fact_ids[0]
            card = session.cards.get(fact)
            kinds = {i.kind for i in session.items.get(fact, [])}
            review = card is not None and card.seen and fsrs_state(card) == REVIEW
            if review and kinds & UNGUESSABLE:
                interday.append((session.spacer.check, q.kind in UNGUESSABLE))
            if memory.attempt(fact, at[0]):
                response = right_answer(q)
            elif guesses and q.options and q.kind != "multi_select":
                response = str(rng.randrange(len(q.options)) + 1)
            else:
                response = wrong_answer(q)
            session.answer(response, EXPECTED_MS[q.kind])
        session.end()
    return Studied(shown_on, interday)


def test_checking_is_for_small_decks_until_guessing_is_shown() -> None:
    assert checking(150, shown=False)
    assert not checking(150, shown=True)
    assert not checking(SMALL_DECK, shown=False)  # the first sights alone find a guesser there
    assert not checking(0, shown=False)  # deck size unknown: as before


def test_checked_reviews_tell_a_guesser_where_first_sights_cannot() -> None:
    """On a constructed log (guess_logs: 40 facts with a typed item, 80 with true/false only),
    the checked strata hold the typed answers of facts with a typed item and the true/false
    answers of facts without one, never a recognition answer of a fact with a typed item; the
    clean evidence (first sights with them) shows the guesser and not the honest learner."""
    clean = checked(guess_logs.items_of)
    for guesser in (True, False):
        log = guess_logs.Log()
        guess_logs.checked_reviews(log, guesser, per_fact=4)
        found = guessing.evidence(log.reviews, guess_logs.options_of, clean)
        checked_answers = sum(n for (s, _), (n, _) in found.items() if s.startswith("checked"))
        assert checked_answers == 4 * len(guess_logs.ITEMS)
        clean_part = guessing._parts(found)[1]
        first_only = {k: v for k, v in found.items() if k[0] == "first"}
        assert guessing._shown(first_only) is None  # every first sight right: nothing to tell
        assert (guessing._shown(clean_part) is not None) == guesser
        if guesser:
            assert propensity(clean_part) > 0.5
        else:
            assert propensity(clean_part) == ASSUMED


def test_the_study_start_shows_a_guesser_from_checked_reviews_and_keeps_asking_unguessably() -> (
    None
):
    """End to end from the store: a guesser whose first sights tell nothing is shown by the
    checked reviews at the next study start (the moment is kept), and from then on the facts
    with a typed item are still asked in it (the correction's protection, not the test's); an
    honest learner with the same forgetting is not shown, and is checked only on a small
    deck."""
    now = guess_logs.START + timedelta(days=6)
    for guesser in (True, False):
        log = guess_logs.Log()
        guess_logs.checked_reviews(log, guesser, per_fact=4)
        store = guess_logs.stored(log)
        desk = guess_logs.Desk(store)
        g, probe, check = hindsight.at_start(cast("StudySession", desk), now)
        shown = store.settings("g").guessing_shown_at
        assert (shown == now) == guesser
        assert (g > 0.5) == guesser
        assert check  # a small deck: checked until shown, and a shown guesser stays so
        if guesser:
            assert probe  # first sights too are asked unguessably where they can be
            again = hindsight.at_start(cast("StudySession", guess_logs.Desk(store)), now)
            assert again[0] > 0.5 and again[2]
        else:
            big = guess_logs.Desk(store, facts=SMALL_DECK)
            assert not hindsight.at_start(cast("StudySession", big), now)[2]


def test_an_honest_learner_is_checked_in_typed_forms_and_never_shown_guessing() -> None:
    """20 days on a 150-fact deck by a learner who answers only what they recall: every
    review on a later day of a fact with a typed item is asked in an unguessable form, and
    guessing is never shown."""
    studied = _study(0, guesses=False, days=20)
    assert len(studied.interday) >= 50
    assert all(check and unguessable for check, unguessable in studied.interday)
    assert studied.shown_on is None


def test_practice_is_not_checked() -> None:
    """Only scheduled answers are evidence, so practice keeps its forms."""
    service = StudyService(None, clock=lambda: START, seed=1)
    deck = synthetic_deck(150, seed=0, n_countries=50)
    service.catalog.add(deck)
    assert service.start("u", deck.id, "scheduled", backup=False).spacer.check
    assert not service.start("u", deck.id, "practice", backup=False).spacer.check


def test_first_sights_that_show_guessing_are_not_hidden_by_checked_reviews() -> None:
    """A guesser's checked reviews can read as no guessing at all (a lucky answer rated Good
    makes its fact due too late, so it is forgotten more at the next review). Constructed:
    first sights that show guessing, then four checked reviews a fact in which both groups
    are wrong one time in five. Together the clean strata no longer show it; the first
    sights, tested on their own, still do, and the measure finds guessing."""
    log = guess_logs.Log()
    guess_logs.first_sights(log, guesser=True)
    for n, fact in enumerate(guess_logs.TYPED + guess_logs.TF):
        kind = "typed" if fact in guess_logs.TYPED else "true_false"
        for k in range(1, 5):
            at = guess_logs.START + timedelta(days=k, minutes=n)
            log.add(fact, kind, at, wrong=(n + k) % 5 == 0)
    found = guessing.evidence(log.reviews, guess_logs.options_of, checked(guess_logs.items_of))
    _, clean, first = guessing._parts(found)
    assert guessing._shown(clean) is None
    assert guessing._shown(first) is not None
    assert propensity(found) > 0.5
