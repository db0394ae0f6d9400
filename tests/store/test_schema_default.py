"""A meta row that names no schema version is read as version 1 and migrated (issue 19: a
mutant that dropped that default survived the store's tests)."""

from __future__ import annotations

import json
from pathlib import Path

from quizapp.store import open_store
from quizapp.store.records import SCHEMA_VERSION
from tests.store.test_migrations import write_v1


def test_a_meta_row_without_a_version_is_migrated_as_version_one(tmp_path: Path) -> None:
    root = tmp_path / "db"
    write_v1(root)
    main = json.loads((root / "main.json").read_text())
    main["meta"]["1"] = {}  # no "schema_version" key at all
    (root / "main.json").write_text(json.dumps(main))
    store = open_store(root)
    try:
        (r,) = store.reviews("ann")
        assert r.mode == "scheduled" and r.schema_version == SCHEMA_VERSION
        assert store.schema_version == SCHEMA_VERSION
    finally:
        store.close()
