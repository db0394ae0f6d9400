"""Issue 16: the report's fast path gives exactly the figures of the slow, obvious reading
(tests/report/reference_report.py) over random histories: every verdict, rating, kind, mode
and card phase, undone answers, reviews stamped in other time zones, another learner and
another deck in the same log, cards in every state (new, learning, young, mature, relearning,
suspended, leech, buried), any study-day hour and time zone, any moment and `since`. Each
history is reported on the first time (caches empty), again (the kept tally), on a copy of
the database (the tally kept for the original, checked by the months' bytes), again there
(the tally restamped with the copy's files) and after an old month was rewritten (the kept
tally no longer holds)."""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import fsrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.generate.question import KINDS
from quizapp.report.figures import Figures
from quizapp.report.render_files import to_json
from quizapp.service import StudyService
from quizapp.store import open_store
from quizapp.store.engine import doc_id
from quizapp.store.records import CardState, Review, Settings
from tests.report.reference_report import reference_report

DECK = "apollo-programme"
T0 = datetime(2026, 1, 25, tzinfo=UTC)
ZONES = [UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-7))]
DAY_ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]


def _facts() -> list[str]:
    return [f.id for f in StudyService(None).catalog.deck(DECK).facts]


FACTS = _facts()


def _review(rng: random.Random, i: int, at: datetime) -> Review:
    facts = [*FACTS[:8], "gone-fact"]  # one fact no longer in the deck
    return Review(
        id=f"r{i}",
        learner=rng.choice(["ann", "ann", "ann", "bo"]),
        deck_id=rng.choice([DECK, DECK, DECK, "other"]),
        fact_id=rng.choice(facts),
        item_id="i",
        kind=rng.choice(KINDS),
        verdict=rng.choice(["correct", "correct", "near_miss", "wrong", "self_graded"]),
        rating=rng.choice([None, 1, 2, 3, 4]),
        response="x",
        duration_ms=rng.randrange(20_000),
        reviewed_at=at.astimezone(rng.choice(ZONES)),
        session_id=f"s{i // rng.randrange(1, 12)}",
        mode=rng.choice(["scheduled", "scheduled", "scheduled", "practice", "exam"]),
        undone=rng.randrange(12) == 0,
        card_state=rng.choice([None, "new", "learning", "review", "review", "relearning"]),
    )


def _log(rng: random.Random, n: int, first: int, days: int) -> list[Review]:
    """n reviews at distinct moments over `days` days from T0 + `first` days."""
    minutes = sorted(rng.sample(range(days * 24 * 60), n))
    start = T0 + timedelta(days=first)
    return [
        _review(rng, first * 10_000 + i, start + timedelta(minutes=m))
        for i, m in enumerate(minutes)
    ]


def _card(rng: random.Random, fact: str, now: datetime) -> CardState | None:
    phase = rng.choice(["none", "unseen", "learning", "young", "mature", "relearning"])
    if phase == "none":
        return None
    last = now - timedelta(days=rng.uniform(0, 60))
    due = last + timedelta(days=rng.uniform(0, 45) if phase in ("young", "mature") else 0.01)
    if phase == "mature":
        due = last + timedelta(days=rng.choice([21, 21.0001, rng.uniform(21, 90)]))
    state = {"learning": 1, "relearning": 3}.get(phase, 2)
    card = fsrs.Card(
        card_id=abs(hash(fact)) % 10**9,
        state=fsrs.State(state),
        stability=rng.choice([None, 0.5, rng.uniform(1, 80)]) if phase != "unseen" else None,
        difficulty=5.0,
        due=due,
        last_review=None if phase == "unseen" else last,
    )
    return CardState(
        learner="ann",
        deck_id=DECK,
        fact_id=fact,
        fsrs=card.to_dict(),
        seen=phase != "unseen",
        reps=3,
        suspended=rng.randrange(8) == 0,
        leech=rng.randrange(10) == 0,
        buried_until=now + timedelta(hours=5) if rng.randrange(8) == 0 else None,
    )


def _write(root: Path, reviews: list[Review], cards: list[CardState], s: Settings) -> None:
    store = open_store(root)
    store.save_settings(s)
    ops = [
        (r.reviewed_at.strftime("%Y-%m"), "reviews", doc_id(r.id), r.model_dump(mode="json"))
        for r in reviews
    ]
    store.engine.commit(ops)  # type: ignore[arg-type]
    for c in cards:
        store.put_card(c)
    store.close()


def _same(root: Path, deck: str | None, since: date | None, now: datetime) -> None:
    """The fast report equals the reference, figure by figure and as JSON (in order)."""
    service = StudyService(root, read_only=True)
    try:
        fast = service.report("ann", deck, since, now)
        slow = reference_report(service, "ann", deck, since, now)
    finally:
        service.close()
    assert _plain(fast) == _plain(slow)
    assert to_json(fast) == to_json(slow)


def _plain(f: Figures) -> dict[str, object]:
    """Every field, with the dicts' orders (the renderers list ties in that order)."""
    return {k: list(v.items()) if isinstance(v, dict) else v for k, v in vars(f).items()}


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32))
def test_the_fast_report_gives_the_reference_figures(seed: int) -> None:
    rng = random.Random(seed)
    now = T0 + timedelta(days=rng.choice([40, 75, 150]), hours=rng.randrange(24))
    s = Settings(
        learner="ann", timezone=rng.choice(DAY_ZONES), day_starts_at_hour=rng.randrange(24)
    )
    reviews = _log(rng, rng.randrange(0, 160), 0, 120)
    cards = [c for f in FACTS[:12] if (c := _card(rng, f, now)) is not None]
    deck = rng.choice([DECK, DECK, None])
    since = rng.choice([None, None, None, (now - timedelta(days=rng.randrange(1, 60))).date()])
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIZAPP_CACHE", str(Path(tmp) / "cache"))
        root = Path(tmp) / "db"
        _write(root, reviews, cards, s)
        _same(root, deck, since, now)  # the caches empty
        _same(root, deck, since, now)  # the kept tally, the month columns
        copy = Path(tmp) / "copy"
        shutil.copytree(root, copy)
        _same(copy, deck, since, now)  # another database with the same months
        _same(copy, deck, since, now)  # the tally kept again under the copy's stamps
        _write(copy, _log(rng, 5, rng.randrange(0, 60), 3), [], s)  # an old month rewritten
        _same(copy, deck, since, now)
        _same(root, deck, since, now)  # and the original again
