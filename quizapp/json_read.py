"""JSON read by orjson, with exactly the standard library's result: one home for reading the
big files of every start (the database's main file, a deck's compiled outline, its cached
questions). orjson parses them in about half the time of `json.loads`; what it refuses and
the standard library accepts (NaN and Infinity, a byte-order mark, UTF-16 or UTF-32 text) is
read again by `json.loads`, and what neither accepts raises `json.loads`' own error (a
ValueError). One difference is left: an integer past 64 bits reads as a float (orjson's
choice; finding such a run of digits first would cost what orjson saves). Nothing quizapp
writes holds one (its counts and versions are small, and the journal's writer refuses one),
and a record so damaged fails validation either way."""

from __future__ import annotations

import json
from typing import Any

import orjson


def loads(raw: bytes | bytearray | memoryview | str) -> Any:
    """`json.loads(raw)`, parsed by orjson where it can."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(bytes(raw) if isinstance(raw, memoryview) else raw)
