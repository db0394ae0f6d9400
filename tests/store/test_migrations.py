"""A database written with schema 1 opens, is migrated in place, and checks clean."""

from __future__ import annotations

import json
from pathlib import Path

from quizapp.store import open_store
from quizapp.store.check import check_database
from quizapp.store.engine import doc_id
from quizapp.store.records import SCHEMA_VERSION

V1_REVIEW = {
    "id": "old-1",
    "learner": "ann",
    "deck_id": "d",
    "fact_id": "f1",
    "item_id": "mcq-1",
    "kind": "mcq",
    "verdict": "correct",
    "rating": 3,
    "response": "2",
    "duration_ms": 2100,
    "reviewed_at": "2025-03-02T10:00:00Z",
    "session_id": "s-old",
}


def write_v1(root: Path) -> None:
    (root / "reviews").mkdir(parents=True)
    (root / "main.json").write_text(
        json.dumps(
            {
                "meta": {"1": {"schema_version": 1}},
                "learners": {doc_id("ann"): {"name": "ann", "created_at": "2025-03-01T00:00:00Z"}},
            }
        )
    )
    (root / "reviews" / "2025-03.json").write_text(
        json.dumps({"reviews": {doc_id("old-1"): V1_REVIEW}})
    )


def test_v1_database_is_migrated(tmp_path: Path) -> None:
    root = tmp_path / "db"
    write_v1(root)
    raw = (root / "reviews" / "2025-03.json").read_text()
    assert '"mode"' not in raw and '"schema_version"' not in raw
    store = open_store(root)
    (r,) = store.reviews("ann")
    assert r.mode == "scheduled" and r.override is False and r.schema_version == SCHEMA_VERSION
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    on_disk = json.loads((root / "reviews" / "2025-03.json").read_text())
    assert next(iter(on_disk["reviews"].values()))["mode"] == "scheduled"
    assert check_database(root).ok


def test_read_only_open_migrates_in_memory_only(tmp_path: Path) -> None:
    root = tmp_path / "db"
    write_v1(root)
    before = (root / "main.json").read_bytes()
    store = open_store(root, read_only=True)
    assert [r.mode for r in store.reviews("ann")] == ["scheduled"]
    store.close()
    assert (root / "main.json").read_bytes() == before
