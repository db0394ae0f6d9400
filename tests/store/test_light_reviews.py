"""Issue 16: the guess measure's light read of the log gives what the validated read gives,
over memory, over files just reopened, and over a month the light read cannot take."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.store import open_store
from quizapp.store.errors import DatabaseCorrupt
from quizapp.store.light_reviews import AnswerRow
from quizapp.store.records import Review

T0 = datetime(2026, 1, 20, tzinfo=UTC)
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-7))])


@st.composite
def reviews(draw: st.DrawFn, i: int) -> Review:
    at = T0 + timedelta(hours=draw(st.integers(0, 24 * 150)), seconds=draw(st.integers(0, 59)))
    return Review(
        id=f"r{i}",
        learner=draw(st.sampled_from(["ann", "bo"])),
        deck_id="d",
        fact_id=draw(st.sampled_from(["f1", "f2", "f3"])),
        item_id=draw(st.sampled_from(["mcq-1", "tf-2", "typed-3"])),
        kind=draw(st.sampled_from(["mcq", "true_false", "typed"])),
        verdict=draw(st.sampled_from(["correct", "near_miss", "wrong", "revealed"])),
        rating=draw(st.none() | st.integers(1, 4)),
        response="x",
        duration_ms=draw(st.integers(0, 10_000)),
        reviewed_at=at.astimezone(draw(ZONES)),
        session_id="s",
        mode=draw(st.sampled_from(["scheduled", "practice", "exam"])),
        override=draw(st.booleans()),
        undone=draw(st.booleans()),
        card_state=draw(st.sampled_from([None, "new", "learning", "review", "relearning"])),
    )


@st.composite
def logs(draw: st.DrawFn) -> list[Review]:
    return [draw(reviews(i)) for i in range(draw(st.integers(0, 40)))]


def _validated(store_root: Path | None, learner: str, since: datetime) -> list[AnswerRow]:
    store = open_store(store_root)
    return [AnswerRow.of(r) for r in store.reviews(learner, since=since)]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(log=logs(), days=st.integers(0, 160), learner=st.sampled_from(["ann", "bo"]))
def test_light_rows_equal_the_validated_reviews(
    tmp_path_factory: pytest.TempPathFactory, log: list[Review], days: int, learner: str
) -> None:
    root = tmp_path_factory.mktemp("db") / "db"
    store = open_store(root)
    for r in log:
        store.commit_answer(None, r)
    since = T0 + timedelta(days=days, hours=3)
    expected = [AnswerRow.of(r) for r in store.reviews(learner, since=since)]
    assert store.answer_rows(learner, since) == expected  # months in memory
    store.compact()
    store.close()
    reopened = open_store(root)  # months read from their files
    assert reopened.answer_rows(learner, since) == expected
    assert [r.reviewed_at for r in expected] == sorted(r.reviewed_at for r in expected)


def _write_month(root: Path, docs: list[dict[str, object]]) -> None:
    store = open_store(root)
    store.close()
    month = {"reviews": {str(i + 1): d for i, d in enumerate(docs)}}
    (root / "reviews").mkdir(exist_ok=True)
    (root / "reviews" / "2026-01.json").write_text(json.dumps(month))


def _doc(**changes: object) -> dict[str, object]:
    base = Review(
        id="r1",
        learner="ann",
        deck_id="d",
        fact_id="f1",
        item_id="mcq-1",
        kind="mcq",
        verdict="wrong",
        response="x",
        duration_ms=5,
        reviewed_at=T0,
        session_id="s",
    ).model_dump(mode="json")
    return {**base, **changes}


def test_a_record_without_the_defaulted_fields_reads_with_the_defaults(tmp_path: Path) -> None:
    doc = _doc()
    for name in ("mode", "override", "undone", "card_state"):
        del doc[name]
    _write_month(tmp_path / "db", [doc])
    rows = open_store(tmp_path / "db").answer_rows("ann", T0 - timedelta(days=1))
    assert rows == _validated(tmp_path / "db", "ann", T0 - timedelta(days=1))
    assert rows[0].mode == "scheduled" and rows[0].card_state is None and not rows[0].undone


def test_a_month_the_light_read_refuses_is_read_the_ordinary_way(tmp_path: Path) -> None:
    """Which says what is wrong and moves the file aside, as the validated read does."""
    since = T0 - timedelta(days=1)
    for name in ("light", "validated"):
        _write_month(tmp_path / name, [_doc(), _doc(id="r2", verdict="bogus")])
    with pytest.raises(DatabaseCorrupt, match="verdict") as light:
        open_store(tmp_path / "light").answer_rows("ann", since)
    with pytest.raises(DatabaseCorrupt, match="verdict") as validated:
        list(open_store(tmp_path / "validated").reviews("ann", since=since))
    what = [str(e.value).split(" could not be read ")[1] for e in (light, validated)]
    assert what[0].split("; it was")[0] == what[1].split("; it was")[0]
    assert not (tmp_path / "light" / "reviews" / "2026-01.json").exists()
