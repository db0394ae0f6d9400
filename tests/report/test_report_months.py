"""Issue 16: the report read month by month as columns (the trusted fast path) gives exactly the
figures of one pass over the validated rows, whether the months are in memory (the journal),
in files just reopened, or filed out of time order (reviews stamped in other time zones); and
a month that cannot be read the fast way is read the validated way, which fails as before."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.report.figures import compute, compute_months
from quizapp.report.render_files import to_json
from quizapp.store import open_store
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.records import Review, Settings
from quizapp.store.repository import TinyProgressStore
from tests.store.helpers import review

T0 = datetime(2026, 1, 20, tzinfo=UTC)
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-7))])
SETTINGS = Settings(learner="ann", timezone="Europe/Berlin", day_starts_at_hour=4)
TOPICS = {"f1": "t1", "f2": "t2", "f3": "t1"}


@st.composite
def reviews(draw: st.DrawFn, i: int) -> Review:
    # days of up to 20 reviews, often near a month's end, so days and sessions span two months
    at = T0 + timedelta(days=draw(st.integers(0, 80)), minutes=draw(st.integers(0, 48 * 60)))
    return Review(
        id=f"r{i}",
        learner=draw(st.sampled_from(["ann", "ann", "bo"])),
        deck_id=draw(st.sampled_from(["d", "d", "e"])),
        fact_id=draw(st.sampled_from(["f1", "f2", "f3"])),
        item_id="i",
        kind=draw(st.sampled_from(["mcq", "why", "typed", "flashcard"])),
        verdict=draw(st.sampled_from(["correct", "near_miss", "wrong", "self_graded"])),
        rating=draw(st.none() | st.integers(1, 4)),
        response="x",
        duration_ms=draw(st.integers(0, 10_000)),
        reviewed_at=at.astimezone(draw(ZONES)),
        session_id=draw(st.sampled_from(["s1", "s2", "s3"])),
        mode=draw(st.sampled_from(["scheduled", "scheduled", "practice"])),
        undone=draw(st.integers(0, 9)) == 0,
        card_state=draw(st.sampled_from([None, "new", "review", "review", "relearning"])),
    )


@st.composite
def logs(draw: st.DrawFn) -> list[Review]:
    return [draw(reviews(i)) for i in range(draw(st.integers(0, 60)))]


def _both(store: TinyProgressStore, now: datetime, deck: str | None, since: date | None) -> None:
    """The figures read month by month equal those of one pass over the validated rows."""
    rows = [r for r in store.review_rows("ann") if r["reviewed_at"] <= now]
    one_pass = compute(rows, [], SETTINGS, TOPICS, now, deck, since)
    months = compute_months(
        lambda: store.review_months("ann"), [], SETTINGS, TOPICS, now, deck, since, until=now
    )
    assert months == one_pass
    assert to_json(months) == to_json(one_pass)  # the same order of kinds, facts, sessions


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    log=logs(),
    days=st.integers(0, 90),
    deck=st.sampled_from([None, "d"]),
    since=st.none() | st.integers(0, 80),
)
def test_months_as_columns_equal_one_pass_over_rows(
    tmp_path_factory: pytest.TempPathFactory,
    log: list[Review],
    days: int,
    deck: str | None,
    since: int | None,
) -> None:
    root = tmp_path_factory.mktemp("db")
    now = T0 + timedelta(days=days, hours=7)
    cut = (T0 + timedelta(days=since)).date() if since is not None else None
    store = open_store(root)
    for r in log:
        store.commit_answer(None, r)
    _both(store, now, deck, cut)  # months in memory, from the journal
    store.close()
    reopened = open_store(root, read_only=True)
    _both(reopened, now, deck, cut)  # months read from their files
    reopened.close()


def _two_months(root: Path) -> None:
    store = open_store(root)
    for i, day in enumerate([1, 2, 40]):
        store.commit_answer(None, review(i, T0 + timedelta(days=day)))
    store.close()


def test_a_month_the_fast_read_cannot_take_is_read_the_validated_way(tmp_path: Path) -> None:
    _two_months(tmp_path)
    month = sorted((tmp_path / "reviews").glob("*.json"))[0]
    good = month.read_text()
    damaged = [
        good.replace('"deck_id":', '"deck":'),  # a field gone
        re.sub(r'"reviewed_at": ?"[^"]*"', '"reviewed_at": "Tuesday"', good, count=1),
        "{not json",
    ]
    for text in damaged:
        assert text != good
        month.write_text(text)
        with pytest.raises(DatabaseCorrupt, match="could not be read"):
            open_store(tmp_path, read_only=True).review_rows("ann")
        with pytest.raises(DatabaseCorrupt, match="could not be read"):
            list(open_store(tmp_path, read_only=True).review_months("ann"))


def test_review_months_gives_each_month_in_time_order(tmp_path: Path) -> None:
    _two_months(tmp_path)
    store = open_store(tmp_path, read_only=True)
    months = list(store.review_months("ann"))
    assert [m.size for m in months] == [2, 1]
    assert [m.reviewed_at for m in months] == [
        [T0 + timedelta(days=1), T0 + timedelta(days=2)],
        [T0 + timedelta(days=40)],
    ]
    assert list(store.review_months("bo")) and not any(m.size for m in store.review_months("bo"))


def test_months_filed_out_of_time_order_are_counted_in_time_order(tmp_path: Path) -> None:
    """A review stamped at -07:00 late on Jan 31 is filed in January although it came after a
    review filed in February (01:00 UTC on Feb 1): the months are put in order as one."""
    store = open_store(tmp_path)
    west = timezone(timedelta(hours=-7))
    for i, when in enumerate([T0 + timedelta(days=12, hours=1), T0 + timedelta(days=12, hours=3)]):
        stamped = when.astimezone(west) if i else when
        store.commit_answer(None, review(i, stamped).model_copy(update={"card_state": "review"}))
    store.close()
    reopened = open_store(tmp_path, read_only=True)
    january, february = reopened.review_months("ann")
    assert january.reviewed_at[0] > february.reviewed_at[0]  # filed out of time order
    now = T0 + timedelta(days=13)
    _both(reopened, now, None, None)
    f = compute_months(lambda: reopened.review_months("ann"), [], SETTINGS, TOPICS, now)
    assert f.sessions[0][1] == T0 + timedelta(days=12, hours=1)  # the session's first answer
