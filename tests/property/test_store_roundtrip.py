"""Records survive the store unchanged: written, folded into the files, reopened, read back."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.store.records import CardState, Review
from quizapp.store.repository import open_store

TEXT = st.text(min_size=1, max_size=40)
MOMENT = st.integers(0, 10 * 365 * 24 * 3600).map(
    lambda s: datetime(2020, 1, 1, tzinfo=UTC) + timedelta(seconds=s)
)

REVIEWS = st.builds(
    Review,
    id=st.uuids().map(str),
    learner=st.sampled_from(["ann", "bo"]),
    deck_id=TEXT,
    fact_id=TEXT,
    item_id=TEXT,
    kind=st.sampled_from(["mcq", "typed", "cloze"]),
    verdict=st.sampled_from(["correct", "near_miss", "wrong", "revealed", "self_graded"]),
    rating=st.one_of(st.none(), st.integers(1, 4)),
    response=st.text(max_size=200),
    duration_ms=st.integers(0, 10**7),
    reviewed_at=MOMENT,
    session_id=TEXT,
    mode=st.sampled_from(["scheduled", "practice", "exam"]),
    override=st.booleans(),
    undone=st.booleans(),
    card_state=st.one_of(st.none(), st.sampled_from(["new", "review"])),
)
CARDS = st.builds(
    CardState,
    learner=st.just("ann"),
    deck_id=st.just("d"),
    fact_id=TEXT,
    fsrs=st.fixed_dictionaries({"card_id": st.integers(1, 10**9), "state": st.integers(1, 3)}),
    seen=st.booleans(),
    suspended=st.booleans(),
    lapses=st.integers(0, 50),
    buried_until=st.one_of(st.none(), MOMENT),
    introduced_at=st.one_of(st.none(), MOMENT),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(REVIEWS, min_size=1, max_size=25, unique_by=lambda r: r.id),
    st.lists(CARDS, max_size=10, unique_by=lambda c: c.fact_id),
)
def test_records_round_trip_through_memory_and_disk(
    reviews: list[Review], cards: list[CardState]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for root in (None, Path(tmp) / "db"):
            store = open_store(root)
            for r in reviews:
                store.commit_answer(None, r)
            for c in cards:
                store.put_card(c)
            if root is not None:
                store.close()
                store = open_store(root, read_only=True)
            for learner in ("ann", "bo"):
                mine = sorted(
                    (r for r in reviews if r.learner == learner),
                    key=lambda r: (r.reviewed_at, r.id),
                )
                back = sorted(store.reviews(learner), key=lambda r: (r.reviewed_at, r.id))
                assert back == mine
                rows = store.review_rows(learner)
                assert sorted(r["id"] for r in rows) == sorted(r.id for r in mine)
            assert store.cards("ann", "d") == {c.fact_id: c for c in cards}
            store.close()
