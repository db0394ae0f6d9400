"""Constructed review logs for the guessing tests (issue 17): a small deck's items and the
answers a guesser or an honest learner gives, written out by rule, not simulated.

The deck: TYPED facts that have a typed item (and a true/false one), and TF facts that have
only a true/false item. Which answers are wrong is fixed by counting, so a test's evidence
does not move when the generators or the simulated learner change (the session-16 tests
searched among simulated learners for one the mechanism shows, which the synthetic deck's
items decided)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from quizapp.generate.kind_spec import Kind
from quizapp.generate.question import Question
from quizapp.review.grading import EXPECTED_MS
from quizapp.review.outcome import fresh_card
from quizapp.review.scheduler import Rating, make_scheduler, review
from quizapp.store.records import CardState, Review, Settings
from quizapp.store.repository import ProgressStore, TinyProgressStore

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DECK = "d"
TYPED = [f"t{i:02}" for i in range(40)]  # facts with a typed item and a true/false one
TF = [f"f{i:02}" for i in range(80)]  # facts with a true/false item only
SCHEDULER = make_scheduler(Settings(learner="g", timezone="UTC"), fuzz=False)


def _item(fact: str, kind: Kind) -> Question:
    options = ["True", "False"] if kind == "true_false" else None
    return Question(
        id=f"{kind}-{fact}",
        kind=kind,
        template="constructed",
        prompt=f"About {fact}",
        options=options,
        answer=["True"] if options else [fact],
        fact_ids=[fact],
        topic="t",
        explanation="",
        citation="",
        difficulty=0.5,
    )


ITEMS: dict[str, list[Question]] = {
    **{f: [_item(f, "typed"), _item(f, "true_false")] for f in TYPED},
    **{f: [_item(f, "true_false")] for f in TF},
}


def items_of(fact: str) -> list[Question]:
    return ITEMS.get(fact, [])


def options_of(item_id: str) -> int:
    return 2 if item_id.startswith("true_false") else 0


class Log:
    """Reviews as the study session logs them, and the cards as plain FSRS rated them."""

    def __init__(self, learner: str = "g") -> None:
        self.learner, self.reviews, self.cards = learner, list[Review](), dict[str, CardState]()

    def add(self, fact: str, kind: str, at: datetime, wrong: bool) -> None:
        card = self.cards.get(fact) or fresh_card(self.learner, DECK, fact, at)
        state = "new" if not card.seen else "review"
        rating = Rating.Again if wrong else Rating.Good
        self.reviews.append(
            Review(
                id=f"r{len(self.reviews)}",
                learner=self.learner,
                deck_id=DECK,
                fact_id=fact,
                item_id=f"{kind}-{fact}",
                kind=kind,
                verdict="wrong" if wrong else "correct",
                rating=int(rating),
                response="x",
                duration_ms=EXPECTED_MS[kind],
                reviewed_at=at,
                session_id="s",
                card_state=state,
            )
        )
        ms = EXPECTED_MS[kind]
        self.cards[fact] = review(SCHEDULER, card, rating, at, ms, random.Random(fact))


def first_sights(log: Log, guesser: bool, at: datetime = START) -> None:
    """Every fact seen once: typed facts in their typed item, the others as true/false. Half
    the facts are unknown; an honest learner is wrong on all of those, a guesser on half of
    the true/false ones (the other half are lucky)."""
    for n, fact in enumerate(TYPED):
        log.add(fact, "typed", at + timedelta(minutes=n), wrong=n % 2 == 0)
    for n, fact in enumerate(TF):
        unknown = n % 2 == 0
        lucky = guesser and n % 4 == 0
        log.add(fact, "true_false", at + timedelta(minutes=40 + n), wrong=unknown and not lucky)


def checked_reviews(log: Log, guesser: bool, per_fact: int) -> None:
    """Interday reviews a day apart, as checking asks them (typed facts typed, the others as
    true/false), after one right first sight each (which tells nothing). Both groups forget
    one review in five; a guesser is lucky on half the true/false ones, so wrong one in ten.
    Then one true/false answer of each typed fact, asked while checking was off: no checked
    evidence."""
    for n, fact in enumerate(TYPED + TF):
        kind = "typed" if fact in TYPED else "true_false"
        first = START + timedelta(minutes=n)
        log.add(fact, kind, first, wrong=False)
        every = 10 if guesser and kind == "true_false" else 5
        for k in range(1, per_fact + 1):
            log.add(fact, kind, first + timedelta(days=k), wrong=(n + k) % every == 0)
        if kind == "typed":
            log.add(fact, "true_false", first + timedelta(days=per_fact + 1), wrong=True)


class _Asking:
    def __init__(self) -> None:
        self.set: dict[str, CardState] = {}

    def set_card(self, fact_id: str, card: CardState) -> None:
        self.set[fact_id] = card


class Desk:
    """What review.hindsight.at_start reads of a study session, over a store holding a log:
    the constructed deck's items, a deck of `facts` facts, plain FSRS, scheduled study."""

    def __init__(self, store: ProgressStore, learner: str = "g", facts: int = 120) -> None:
        self.store, self.learner, self.items = store, learner, ITEMS
        self.settings = store.settings(learner)
        self.deck = SimpleNamespace(id=DECK, facts=[None] * facts)
        self.scheduler, self.mode, self.asking = SCHEDULER, "scheduled", _Asking()


def stored(log: Log) -> ProgressStore:
    """An in-memory progress store holding the log and the cards it left."""
    store = TinyProgressStore(None)
    store.save_settings(Settings(learner=log.learner, timezone="UTC"))
    for r in log.reviews:
        store.commit_answer(None, r)
    for card in log.cards.values():
        store.put_card(card)
    return store
