"""The report's fast study-day walk agrees with study_day for every moment, DST included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.report.figures import _days_of
from quizapp.review.day import study_day
from quizapp.store.records import Settings

ZONES = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
]
START = datetime(2025, 3, 1, tzinfo=UTC)  # spans both DST changes of 2025


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.integers(0, 23),
    st.lists(st.integers(0, 300 * 24 * 60), min_size=1, max_size=200),
)
def test_walk_matches_study_day(zone: str, hour: int, minutes: list[int]) -> None:
    s = Settings(learner="p", timezone=zone, day_starts_at_hour=hour)
    times = sorted(START + timedelta(minutes=m) for m in minutes)

    def day(at: datetime) -> object:
        return study_day(at, hour, zone)

    assert _days_of(times, day, s) == [day(t) for t in times]  # type: ignore[arg-type]
