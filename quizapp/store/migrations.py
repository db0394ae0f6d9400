"""Schema migrations as code: each takes the raw tables of a partition up one version.

Version 1 (the first store) logged reviews without `mode` and `override`; version 2 adds
them (every earlier review was a scheduled one, never overridden) and stamps every record
with its schema version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quizapp.store.records import SCHEMA_VERSION

Tables = dict[str, dict[str, dict[str, Any]]]


def _v1_to_v2(tables: Tables) -> None:
    for doc in tables.get("reviews", {}).values():
        doc.setdefault("mode", "scheduled")
        doc.setdefault("override", False)
    for name, rows in tables.items():
        if name != "meta":
            for doc in rows.values():
                doc["schema_version"] = 2


MIGRATIONS: dict[int, Callable[[Tables], None]] = {1: _v1_to_v2}
assert all(v + 1 <= SCHEMA_VERSION for v in MIGRATIONS)


def migrate(tables: Tables, from_version: int) -> None:
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](tables)
