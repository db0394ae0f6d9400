"""Write a progress database with a given review history straight to disk (for benchmarks)."""

from __future__ import annotations

import json
from collections import defaultdict
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
) -> datetime:
    """n_reviews spread at 200 a day over n_cards cards; returns the moment after the last one.
    fact_ids: the cards' facts (a real deck's), else f0, f1, ..."""
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
    months: dict[str, dict[str, Any]] = defaultdict(dict)
    at = START
    for i in range(n_reviews):
        at = START + timedelta(seconds=i * 86400 / 200)
        r = Review(
            id=f"h-{i}",
            learner=learner,
            deck_id=deck,
            fact_id=names[i % n_cards],
            item_id=f"mcq-{i % 999}",
            kind="mcq",
            verdict="correct",
            rating=3,
            response="2",
            duration_ms=4000,
            reviewed_at=at,
            session_id=f"s{i // 50}",
        )
        months[at.strftime("%Y-%m")][doc_id(r.id)] = r.model_dump(mode="json")
    main = {
        "meta": {"1": {"schema_version": SCHEMA_VERSION}},
        "learners": {
            doc_id(learner): Learner(name=learner, created_at=START).model_dump(mode="json")
        },
        "cards": cards,
    }
    (root / "main.json").write_text(json.dumps(main))
    for month, rows in months.items():
        (root / "reviews" / f"{month}.json").write_text(json.dumps({"reviews": rows}))
    return at + timedelta(hours=1)
