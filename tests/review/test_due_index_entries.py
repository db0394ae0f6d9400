"""Issue 16: the due index reads each card's fsrs fields in one go (due_entries.entry_of) instead
of through card_fields and the scheduler; what it reads must be what they read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
from hypothesis import given
from hypothesis import strategies as st

from quizapp.review import card_fields
from quizapp.review.due_entries import entry_of as _entry
from quizapp.review.due_entries import micros as _micros
from quizapp.review.scheduler import due_at, is_learning
from quizapp.store.records import CardState

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@st.composite
def cards(draw: st.DrawFn) -> CardState:
    state = draw(st.sampled_from([0, 1, 2, 3]))  # 0: a card never studied
    due = T0 + timedelta(
        seconds=draw(st.integers(-(10**8), 10**8)), microseconds=draw(st.integers(0, 999_999))
    )
    since = timedelta(
        seconds=draw(st.integers(0, 10**8)), microseconds=draw(st.integers(0, 999_999))
    )
    zone = st.sampled_from([UTC, datetime.now().astimezone().tzinfo])
    card = fsrs.Card(
        card_id=1,
        state=fsrs.State(state or 1),
        step=0 if state in (0, 1, 3) else None,
        stability=None if state == 0 else draw(st.floats(0.01, 40_000)),
        difficulty=None if state == 0 else 5.0,
        due=due.astimezone(draw(zone)),
        last_review=None if state == 0 else (due - since).astimezone(draw(zone)),
    )
    buried = draw(st.one_of(st.none(), st.integers(-(10**6), 10**6)))
    return CardState(
        learner="a",
        deck_id="d",
        fact_id="f",
        fsrs=card.to_dict(),
        seen=draw(st.booleans()) if state else False,
        suspended=draw(st.booleans()),
        leech=draw(st.booleans()),
        buried_until=None if buried is None else T0 + timedelta(seconds=buried),
    )


@given(cards())
def test_an_entry_reads_what_card_fields_and_the_scheduler_read(card: CardState) -> None:
    e = _entry(card)
    last = card_fields.last_review(card)
    stability = card_fields.stability(card, 1.0)
    assert e.seen == card.seen and e.suspended == card.suspended and e.leech == card.leech
    assert e.learning == is_learning(card)
    assert e.due_ts == due_at(card).timestamp()
    assert e.buried_ts == (card.buried_until.timestamp() if card.buried_until else None)
    assert e.last_us == (None if last is None else _micros(last))
    assert e.stability == stability
    assert e.rate == (0.0 if last is None else 1 / (86400 * stability))


def test_a_card_in_learning_and_one_in_review() -> None:
    """Examples the property must cover: learning and relearning are learning, review is not."""
    made = [
        CardState(
            learner="a",
            deck_id="d",
            fact_id="f",
            fsrs=fsrs.Card(card_id=1, state=fsrs.State(s), due=T0).to_dict(),
            seen=True,
        )
        for s in (1, 2, 3)
    ]
    assert [_entry(c).learning for c in made] == [True, False, True]
