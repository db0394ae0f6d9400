"""Issue 16: a report resumes from the tally the last report kept of the settled months
(service.kept_tally, report.tally_state) and gives exactly the figures of a report counted
from the first month: after new answers in the last month or a new month, after a change to
an old month, at a moment before the kept tally's last review, from a day, and
with a damaged kept tally."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.report.render_files import to_json
from quizapp.report.tally_state import Resume
from quizapp.service import StudyService, kept_tally
from quizapp.store import open_store
from quizapp.store.records import Review

T0 = datetime(2026, 1, 20, tzinfo=UTC)
ZONES = [UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-7))]


def _reviews(seed: int, n: int, first_day: int, days: int) -> list[Review]:
    """`n` reviews of three facts over `days` days from T0 + first_day, every field mixed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        at = T0 + timedelta(days=first_day + rng.randrange(days), minutes=rng.randrange(2880))
        out.append(
            Review(
                id=f"r{seed}-{i}",
                learner=rng.choice(["ann", "ann", "bo"]),
                deck_id=rng.choice(["d", "d", "e"]),
                fact_id=rng.choice(["f1", "f2", "f3"]),
                item_id="i",
                kind=rng.choice(["mcq", "why", "typed", "flashcard"]),
                verdict=rng.choice(["correct", "near_miss", "wrong", "self_graded"]),
                rating=rng.choice([None, 1, 2, 3, 4]),
                response="x",
                duration_ms=rng.randrange(10_000),
                reviewed_at=at.astimezone(rng.choice(ZONES)),
                session_id=rng.choice(["s1", "s2", "s3", f"s{seed}"]),
                mode=rng.choice(["scheduled", "scheduled", "practice"]),
                undone=rng.randrange(10) == 0,
                card_state=rng.choice([None, "new", "review", "review", "relearning"]),
            )
        )
    return out


def _commit(root: Path, reviews: list[Review]) -> None:
    store = open_store(root)
    for r in sorted(reviews, key=lambda r: r.reviewed_at):
        store.commit_answer(None, r)
    store.close()


def _report(
    root: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, **kwargs: object
) -> tuple[str, int]:
    """The report as JSON and how many months it resumed after (0: counted from the first)."""
    monkeypatch.setenv("QUIZAPP_CACHE", str(cache))
    made: list[Resume] = []
    real = kept_tally.resume_from

    def spy(*args: object) -> Resume:
        made.append(real(*args))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(kept_tally, "resume_from", spy)
    service = StudyService(root, read_only=True)
    try:
        figures = service.report("ann", **kwargs)  # type: ignore[arg-type]
    finally:
        service.close()
        monkeypatch.setattr(kept_tally, "resume_from", real)
    return to_json(figures), sum(r.covered for r in made if r.state is not None)


def _same_as_counted_afresh(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **kwargs: object
) -> int:
    """The report with the kept cache equals one with an empty cache; the months it resumed
    after."""
    fresh = tmp_path / f"fresh-{random.random()}"
    kept, resumed = _report(root, tmp_path / "cache", monkeypatch, **kwargs)
    afresh, none = _report(root, fresh, monkeypatch, **kwargs)
    assert none == 0 and kept == afresh
    return resumed


NOW = T0 + timedelta(days=200)


def test_a_report_resumes_from_the_kept_tally_and_counts_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    _commit(root, _reviews(1, 300, 0, 100))  # Jan 20 to Apr 29: four months
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 0  # keeps three
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 3
    _commit(root, _reviews(2, 60, 95, 40))  # the last month and the two after it
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 3  # keeps five
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 5
    _commit(root, _reviews(3, 5, 0, 5))  # January's file rewritten: count from the first month
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 0
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 5


def test_other_moments_days_and_damage_count_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "db"
    _commit(root, _reviews(4, 300, 0, 100))
    settled = len(list((root / "reviews").glob("*.json"))) - 1
    _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW)  # keeps the tally
    earlier = T0 + timedelta(days=50)  # before the kept tally's last review: not resumed
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=earlier) == 0
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == settled
    since = (T0 + timedelta(days=40)).date()  # from a day: counted from the first month
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW, since=since) == 0
    for entry in (tmp_path / "cache" / "report-tally").glob("*.tally"):
        entry.write_bytes(entry.read_bytes()[:-9] + b"damaged!!")
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == 0  # rewritten
    assert _same_as_counted_afresh(root, tmp_path, monkeypatch, now=NOW) == settled
