"""Issue 16: the due index keeps the queue it worked out (a session asks twice an answer:
the next question, then the progress) until something could change it. Asked again and again
at the very moments cards come within the learn-ahead window, fall due, end their burial or
cross in the order of due reviews (and a microsecond or a millisecond either side of them),
with cards changing between asks and time going back now and then, it gives what a
from-scratch build gives every time."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.review import queue as q
from quizapp.review.card_fields import due
from quizapp.review.due_index import DueIndex
from quizapp.store.records import CardState, Settings
from tests.property.test_queue_incremental import T0, card_states, fact_ids

NUDGES = [timedelta(microseconds=us) for us in (-2000, -999, -1, 0, 1, 1000, 2500)]


def edges(cards: list[CardState], ahead: timedelta) -> list[datetime]:
    """Every moment at which a card could join or leave the queue, nudged either side."""
    found = {T0}
    for card in cards:
        moments = [due(card), due(card) - ahead]
        if card.buried_until is not None:
            moments.append(card.buried_until)
        found |= {m + n for m in moments for n in NUDGES}
    return sorted(found)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card_states(), st.sampled_from([0.0, 5.0, 20.0, 90.0]), st.data())
def test_a_kept_queue_is_what_a_from_scratch_build_gives_at_every_moment(
    cards: list[CardState], ahead_min: float, data: st.DataObject
) -> None:
    s = Settings(learner="a", new_per_day=40, reviews_per_day=6, learn_ahead_min=ahead_min)
    facts = fact_ids()
    mapping = {c.fact_id: c for c in cards}
    index = DueIndex(facts, mapping)
    moments = edges(cards, timedelta(minutes=ahead_min))
    picked = data.draw(st.lists(st.sampled_from(moments), min_size=1, max_size=40))
    forward = data.draw(st.sampled_from([True, True, True, False]))  # as a session's clock
    for i, now in enumerate(sorted(picked) if forward else picked):
        done = q.DoneToday(new=data.draw(st.sampled_from([0, 37, 40])), reviews=0)
        expected = q.build_queue(facts, mapping, now, s, done)
        assert index.queue(now, s, done) == expected
        assert index.queue(now, s, done) == expected  # asked again: the kept queue
        later = now + timedelta(microseconds=data.draw(st.sampled_from([1, 500, 1500])))
        assert index.queue(later, s, done) == q.build_queue(facts, mapping, later, s, done)
        if cards and i % 3 == 2:  # a card changes: one of the others' states, moved here
            f = data.draw(st.sampled_from(sorted(mapping)))
            other = data.draw(st.sampled_from(cards))
            mapping[f] = other.model_copy(update={"fact_id": f})
            index.update(f, mapping[f])


def test_a_kept_queue_follows_a_learning_card_into_the_window() -> None:
    """One learning card due 20 minutes and 1 ms from now, learn-ahead 20 minutes: not in the
    queue now, in it 2 ms later, with nothing changed in between."""
    import fsrs

    from quizapp.review.scheduler import card_id_for

    f = fact_ids()[0]
    card = fsrs.Card(
        card_id=card_id_for(f),
        state=fsrs.State.Learning,
        step=0,
        stability=1.0,
        difficulty=5.0,
        due=T0 + timedelta(minutes=20, milliseconds=1),
        last_review=T0 - timedelta(minutes=1),
    )
    state = CardState(learner="a", deck_id="d", fact_id=f, fsrs=card.to_dict(), seen=True)
    s = Settings(learner="a", new_per_day=0, learn_ahead_min=20.0)
    index = DueIndex([f], {f: state})
    assert index.queue(T0, s) == []
    assert index.queue(T0 + timedelta(milliseconds=2), s) == [f]


def test_a_kept_queue_takes_in_a_new_fact_whose_burial_ends() -> None:
    """A fact never studied, buried for ten minutes (an undone first answer can leave one):
    not offered now, offered once its burial is over, with nothing changed in between."""
    f = fact_ids()[0]
    card = CardState(
        learner="a",
        deck_id="d",
        fact_id=f,
        fsrs={"card_id": 1, "state": 1, "step": 0, "due": T0.isoformat()},
        buried_until=T0 + timedelta(minutes=10),
    )
    s = Settings(learner="a", new_per_day=5)
    index = DueIndex([f], {f: card})
    assert index.queue(T0, s) == []
    assert index.queue(T0 + timedelta(minutes=10), s) == [f]
