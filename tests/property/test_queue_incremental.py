"""Issue 16: the session's incremental queue (review.due_index) against a from-scratch build.

Two sessions start from identical stores (random card states: learning, relearning, review,
buried, suspended, due at random moments) with the same seed; one keeps its queue up to
date answer by answer and starts from the deck's outline as the cache keeps it (no deck
built), the other rebuilds it with queue.build_queue every time and starts from the deck.
After random answers, waits, undos, re-ratings and overrides, both ask the same questions in
the same order, and the incremental queue equals a from-scratch build over the session's
cards.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import fsrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts.outline import DeckOutline, outline_of
from quizapp.review import queue as q
from quizapp.review.due_index import DueIndex
from quizapp.review.scheduler import card_id_for
from quizapp.review.session import StudySession
from quizapp.service import LoadedDeck, StudyService
from quizapp.store.records import CardState, Settings
from tests.review.learner import right_answer, wrong_answer

DECK = "russia-central-asia"
T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@cache
def loaded() -> LoadedDeck:
    return StudyService(None, seed=3).load_deck(DECK)


@cache
def kept_outline() -> DeckOutline:
    made = outline_of(loaded().deck)
    return DeckOutline.decode(made.encode(), made.source or "")


def fact_ids() -> list[str]:
    return [f.id for f in loaded().deck.facts]


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> datetime:
        return self.at


@st.composite
def card_states(draw: st.DrawFn) -> list[CardState]:
    facts = fact_ids()
    chosen = draw(st.lists(st.sampled_from(facts), unique=True, max_size=60))
    out = []
    for f in chosen:
        state = draw(st.sampled_from([0, 1, 2, 2, 2, 3]))  # 0: a card never studied
        # few distinct moments and stabilities: ties in due time and in overdueness
        due = T0 + timedelta(
            minutes=draw(st.sampled_from([-5760, -1440, -30, -1, 0, 1, 10, 60, 1440]))
        )
        stability = draw(st.sampled_from([0.5, 1.0, 2.0, 3.3, 10.0, 47.0]))
        since = timedelta(days=draw(st.sampled_from([0, 1, 2, 10, 40])))
        card = fsrs.Card(
            card_id=card_id_for(f),
            state=fsrs.State(state or 1),
            step=0 if state in (0, 1, 3) else None,
            stability=None if state == 0 else stability,
            difficulty=None if state == 0 else 5.0,
            due=due,
            last_review=None if state == 0 else due - since,
        )
        buried = draw(st.sampled_from([None, None, None, -60, 30, 600, 3000]))
        out.append(
            CardState(
                learner="a",
                deck_id=loaded().deck.id,
                fact_id=f,
                fsrs=card.to_dict(),
                seen=state != 0,
                suspended=draw(st.integers(0, 9)) == 0,
                buried_until=None if buried is None else T0 + timedelta(minutes=buried),
                introduced_at=None if state == 0 else due - since,
            )
        )
    return out


ACTIONS = st.one_of(  # an answer's number: the seconds it takes (0: learning steps tie)
    st.tuples(st.just("right"), st.sampled_from([0, 7])),
    st.tuples(st.just("wrong"), st.sampled_from([0, 7])),
    st.tuples(st.just("wait"), st.sampled_from([1, 30, 300, 3600, 6 * 3600, 30 * 3600])),
    st.just(("undo", 0)),
    st.tuples(st.just("rerate"), st.integers(1, 4)),
    st.just(("override", 0)),
)


def start(
    cards: list[CardState], limits: dict[str, Any], clock: Clock, incremental: bool
) -> StudySession:
    service = StudyService(None, clock=clock, seed=3)
    service.store.ensure_learner("a", T0)
    service.store.save_settings(Settings(learner="a", **limits))
    for card in cards:
        service.store.put_card(card)
    deck = loaded()
    return StudySession(
        store=service.store,
        # the fast path starts from the deck's outline as the cache keeps it (facts/outline.py)
        deck=kept_outline() if incremental else deck.deck,
        full_deck=lambda: deck.deck,
        items=deck.items,
        vocabulary=deck.vocabulary,
        learner="a",
        mode="scheduled",
        clock=clock,
        rng=random.Random(11),
        session_id="s",
        incremental=incremental,
    )


def step(session: StudySession, action: tuple[str, int], clock: Clock) -> object:
    kind, arg = action
    question = session.next_question()
    if kind in ("right", "wrong"):
        if question is None:
            return ("none", session.waiting_until())
        fb = session.answer(
            right_answer(question) if kind == "right" else wrong_answer(question), 4000
        )
        return ("answered", question.id, fb.rating, fb.next_due)
    if kind == "wait":
        return ("waited",)
    if kind == "undo":
        again = session.undo()
        return ("undo", again.id if again else None)
    if kind == "rerate":
        rerated = session.rerate(arg)
        return ("rerate", rerated.rating if rerated else None)
    overridden = session.override()
    return ("override", overridden.rating if overridden else None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    card_states(),
    st.fixed_dictionaries(
        {
            "new_per_day": st.integers(0, 8),
            "reviews_per_day": st.integers(0, 30),
            "learn_ahead_min": st.sampled_from([0.0, 5.0, 20.0, 90.0]),
        }
    ),
    st.lists(ACTIONS, max_size=40),
)
def test_incremental_queue_asks_what_a_from_scratch_build_asks(
    cards: list[CardState], limits: dict[str, Any], actions: list[tuple[str, int]]
) -> None:
    clock = Clock()
    fast = start(cards, limits, clock, incremental=True)
    slow = start(cards, limits, clock, incremental=False)
    for action in actions:
        now = clock()
        expected = q.build_queue(fast.facts, fast.cards, now, fast.settings, fast._today)
        assert fast._candidates(now) == expected
        assert slow._candidates(now) == expected
        index = fast.asking.index
        assert index is not None
        ends = [now + timedelta(hours=h) for h in (1, 25, 49)]
        assert index.counts(now, ends) == q.counts(fast.facts, fast.cards, now, ends)
        assert step(fast, action, clock) == step(slow, action, clock)
        assert fast.progress() == slow.progress()
        assert fast.waiting_until() == slow.waiting_until()
        if action[0] in ("wait", "right", "wrong"):
            clock.at += timedelta(seconds=action[1])
    assert [t.question.id for t in fast.turns] == [t.question.id for t in slow.turns]


def test_an_index_built_from_cards_equals_the_queue_at_any_moment() -> None:
    """A direct check with many cards and ties: equal due moments keep the mapping's order."""
    rng = random.Random(5)
    facts = [f"f{i}" for i in range(400)]
    cards = {}
    for i, f in enumerate(facts[:300]):
        due = T0 + timedelta(hours=rng.choice([-30, -5, -1, 0, 1, 5, 30]))
        card = fsrs.Card(
            card_id=i + 1,
            state=fsrs.State(rng.choice([1, 2, 2, 3])),
            stability=rng.choice([1.0, 1.3, 4.0, 9.5]),
            difficulty=5.0,
            due=due,
            last_review=due - timedelta(days=rng.choice([1, 2, 4])),
        )
        cards[f] = CardState(
            learner="a",
            deck_id="d",
            fact_id=f,
            fsrs=card.to_dict(),
            seen=True,
        )
    s = Settings(learner="a", new_per_day=30, reviews_per_day=500)
    index = DueIndex(facts, cards)
    for hours in (-40, 0, 0.5, 2, 6, 40, 3):  # time also goes back, as a test's clock may
        now = T0 + timedelta(hours=hours)
        assert index.queue(now, s) == q.build_queue(facts, cards, now, s)
        ends = [now + timedelta(hours=h) for h in (2, 26)]
        assert index.counts(now, ends) == q.counts(facts, cards, now, ends)
        done = q.DoneToday(new=29, reviews=480)  # one new fact and 20 reviews left today
        assert index.queue(now, s, done) == q.build_queue(facts, cards, now, s, done)
    # overdueness grows at each card's own rate: orders cross as time passes, and the index
    # reuses an order only while no two neighbours have crossed
    for minutes in range(0, 3 * 1440, 7):
        now = T0 + timedelta(minutes=minutes)
        assert index.queue(now, s) == q.build_queue(facts, cards, now, s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    card_states(),
    st.sampled_from([0, 1, 90, 3600]),
    st.lists(ACTIONS, max_size=25),
)
def test_a_session_on_the_index_the_plan_built_asks_what_a_rebuild_asks(
    cards: list[CardState], later: int, actions: list[tuple[str, int]]
) -> None:
    """The service's path: `plan_text` (is anything due?) builds and queries the deck's index
    at one moment, the session started `later` seconds on takes it over."""
    clock = Clock()
    limits = {"new_per_day": 5, "reviews_per_day": 12, "learn_ahead_min": 20.0}

    def service_with_cards() -> StudyService:
        service = StudyService(None, clock=clock, seed=3)
        service.store.ensure_learner("a", T0)
        service.store.save_settings(Settings(learner="a", **limits))
        for card in cards:
            service.store.put_card(card)
        return service

    reusing, fresh = service_with_cards(), service_with_cards()
    reusing.plan_text("a", DECK)
    clock.at += timedelta(seconds=later)
    fast = reusing.start("a", DECK, backup=False)  # the plan's index, queried `later` ago
    ref = fresh.start("a", DECK, backup=False)  # its own index, built now
    assert fast.asking.index is not None and fast.asking.index is not ref.asking.index
    for action in actions:
        now = clock()
        expected = q.build_queue(fast.facts, fast.cards, now, fast.settings, fast._today)
        assert fast._candidates(now) == expected == ref._candidates(now)
        assert step(fast, action, clock) == step(ref, action, clock)
        if action[0] in ("wait", "right", "wrong"):
            clock.at += timedelta(seconds=action[1])
    assert [t.question.id for t in fast.turns] == [t.question.id for t in ref.turns]


def test_the_service_hands_its_index_to_one_session_only() -> None:
    """A session takes the index over; the next question of `s` builds a fresh one."""
    service = StudyService(None, clock=Clock(), seed=3)
    service.store.ensure_learner("a", T0)
    service.plan_text("a", DECK)
    kept = service.decks._indexes[("a", loaded().deck.id)][2]
    first = service.start("a", DECK, backup=False)
    assert first.asking.index is kept
    assert ("a", loaded().deck.id) not in service.decks._indexes
    second = service.start("a", DECK, backup=False)
    assert second.asking.index is not kept


def test_the_index_counts_like_the_cards_suspended_leeches_buried_and_never_seen() -> None:
    """plan() and home's numbers take their counts from the index (issue 16): every mark
    counts as queue.counts counts it, through answers that change a card or forget it."""
    rng = random.Random(8)
    facts = [f"f{i}" for i in range(200)]
    cards: dict[str, CardState] = {}
    for i, f in enumerate(facts[:150]):
        due = T0 + timedelta(hours=rng.choice([-30, -1, 0, 1, 30, 100]))
        state = rng.choice([0, 1, 2, 2, 3])
        card = fsrs.Card(
            card_id=i + 1,
            state=fsrs.State(state or 1),
            stability=rng.choice([1.0, 4.0]),
            difficulty=5.0,
            due=due,
            last_review=due - timedelta(days=2),
        )
        buried = rng.choice([None, -2, 3, 50])
        cards[f] = CardState(
            learner="a",
            deck_id="d",
            fact_id=f,
            fsrs=card.to_dict(),
            seen=state != 0,
            suspended=rng.random() < 0.15,
            leech=rng.random() < 0.2,
            buried_until=None if buried is None else T0 + timedelta(hours=buried),
        )
    index = DueIndex(facts, cards)
    for step in range(60):
        now = T0 + timedelta(hours=rng.choice([-5, 0, 2, 40]))
        ends = [now + timedelta(hours=h) for h in (3, 27, 51)]
        assert index.counts(now, ends) == q.counts(facts, cards, now, ends)
        f = rng.choice(facts)
        if f in cards and step % 3 == 0:
            del cards[f]  # an undone first answer forgets the card
            index.update(f, None)
        else:
            old = cards.get(f) or next(iter(cards.values()))
            cards[f] = old.model_copy(
                update={"fact_id": f, "leech": not old.leech, "seen": True, "suspended": False}
            )
            index.update(f, cards[f])
