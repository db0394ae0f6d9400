"""Issue 16: the due index orders reviews by the very overdueness queue.build_queue computes.

The index keeps each card's last review as whole microseconds and works overdueness out
with integers; the from-scratch queue subtracts datetimes. The two must agree to the last
bit (else near-ties could order differently), for any moments to the microsecond, in any
time zone offset: float timestamps would not.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import fsrs
from hypothesis import given
from hypothesis import strategies as st

from quizapp.review import queue as q
from quizapp.review.due_index import DueIndex
from quizapp.store.records import CardState, Settings

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
moments = st.integers(-(10**14), 10**14).map(lambda us: T0 + timedelta(microseconds=us))
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(
    st.lists(
        st.tuples(moments, offsets, st.floats(0.01, 40_000, allow_nan=False)),
        min_size=1,
        max_size=20,
    ),
    moments,
    offsets,
)
def test_overdueness_is_the_from_scratch_figure_to_the_bit(
    cards: list[tuple[datetime, timezone, float]], now: datetime, zone: timezone
) -> None:
    states = {}
    for i, (last, offset, stability) in enumerate(cards):
        card = fsrs.Card(
            card_id=i + 1,
            state=fsrs.State.Review,
            stability=stability,
            difficulty=5.0,
            due=T0 - timedelta(days=400_000),  # every card is due
            last_review=last.astimezone(offset),
        )
        states[f"f{i}"] = CardState(
            learner="a", deck_id="d", fact_id=f"f{i}", fsrs=card.to_dict(), seen=True
        )
    index = DueIndex(list(states), states)
    at = now.astimezone(zone)
    index.queue(at, Settings(learner="a"))  # the due reviews are found
    keyed = {f: key for key, _, f in index._keyed_due(at)}
    assert keyed == {f: -q._overdue(card, at) for f, card in states.items()}
