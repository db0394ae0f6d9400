"""Write a progress database with a given review history straight to disk (for benchmarks)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fsrs import Card, State

from quizapp.store.engine import doc_id
from quizapp.store.records import SCHEMA_VERSION, CardState, Learner, Review, card_key

START = datetime(2025, 1, 1, tzinfo=UTC)


def build_history(
    root: Path,
    n_reviews: int,
    n_cards: int,
    learner: str = "bench",
    deck: str = "bench-deck",
    fact_ids: list[str] | None = None,
    mix: bool = False,
) -> datetime:
    """n_reviews spread at 200 a day over n_cards cards; returns the moment after the last one.
    fact_ids: the cards' facts (a real deck's), else f0, f1, ...
    mix: a realistic log (see `_mixed`) instead of every review a right multiple choice
    rated Good. Each month's file is written as soon as the month is over, so a history of
    a million reviews never sits in memory whole."""
    names = fact_ids or [f"f{i}" for i in range(n_cards)]
    root.mkdir(parents=True, exist_ok=True)
    (root / "reviews").mkdir(exist_ok=True)
    cards: dict[str, dict[str, Any]] = {}
    for i in range(n_cards):
        due = START + timedelta(days=(n_reviews / 200) + (i % 30) - 10)
        fsrs_card = Card(
            card_id=i + 1,
            state=State.Review,
            stability=10.0 + i % 50,
            difficulty=5.0,
            due=due,
            last_review=due - timedelta(days=10),
        )
        c = CardState(
            learner=learner,
            deck_id=deck,
            fact_id=names[i],
            fsrs=fsrs_card.to_dict(),
            seen=True,
            reps=3,
        )
        cards[doc_id(card_key(learner, deck, names[i]))] = c.model_dump(mode="json")
    rows: dict[str, Any] = {}
    month = ""
    at = START
    for i in range(n_reviews):
        at = START + timedelta(seconds=i * 86400 / 200)
        if at.strftime("%Y-%m") != month:
            _write_month(root, month, rows)
            month, rows = at.strftime("%Y-%m"), {}
        fields: dict[str, Any] = {"kind": "mcq", "verdict": "correct", "rating": 3}
        if mix:
            fields = _mixed(i)
        r = Review(
            id=f"h-{i}",
            learner=learner,
            deck_id=deck,
            fact_id=names[i % n_cards],
            item_id=f"{fields['kind']}-{i % 999}",
            response="2",
            duration_ms=4000 + (i % 7) * 900 if mix else 4000,
            reviewed_at=at,
            session_id=f"s{i // 50}",
            **fields,
        )
        rows[doc_id(r.id)] = r.model_dump(mode="json")
    _write_month(root, month, rows)
    main = {
        "meta": {"1": {"schema_version": SCHEMA_VERSION}},
        "learners": {
            doc_id(learner): Learner(name=learner, created_at=START).model_dump(mode="json")
        },
        "cards": cards,
    }
    (root / "main.json").write_text(json.dumps(main))
    return at + timedelta(hours=1)


KINDS = ("mcq", "typed", "cloze", "true_false", "why", "comparison", "odd_one_out", "flashcard")
VERDICTS = ("correct", "correct", "correct", "wrong", "near_miss", "correct", "revealed")
PHASES = ("review", "review", "review", "learning", "new", "relearning", "review")
MODES = ("scheduled",) * 8 + ("practice", "exam")


def _mixed(i: int) -> dict[str, Any]:
    """Review i of a realistic log: every kind, verdict and rating, about one answer in six
    wrong, a tenth practice or exam, card phases from new to relearning, one in 97 undone.
    Strides that share no factor with each other, so the columns do not move in step."""
    kind = KINDS[i % len(KINDS)]
    verdict = "self_graded" if kind == "flashcard" else VERDICTS[(i // 3) % len(VERDICTS)]
    rating = (i // 11) % 4 + 1 if verdict == "self_graded" else 1 if verdict == "wrong" else 3
    return {
        "kind": kind,
        "verdict": verdict,
        "rating": rating,
        "mode": MODES[(i // 13) % len(MODES)],
        "card_state": PHASES[(i // 5) % len(PHASES)],
        "undone": i % 97 == 0,
    }


def _write_month(root: Path, month: str, rows: dict[str, Any]) -> None:
    if rows:
        (root / "reviews" / f"{month}.json").write_text(json.dumps({"reviews": rows}))
