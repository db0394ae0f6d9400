"""A journal line reads back as the ops written, whichever encoder wrote it: orjson for the
usual line, json.dumps where orjson would write something else (a float that is not finite,
which orjson turns into null; an integer beyond 64 bits, which it refuses)."""

from __future__ import annotations

import json
import math
from typing import Any

from quizapp.store.engine import MAIN, doc_id
from quizapp.store.journal import encode, parse_line
from tests.store.helpers import card, review


def _card_op(**fsrs: object) -> tuple[str, str, str, dict[str, object]]:
    doc = card("f1").model_dump(mode="json")
    doc["fsrs"] = {"card_id": 1, **fsrs}
    return (MAIN, "cards", doc_id("ann|d|f1"), doc)


def test_a_line_reads_back_as_written_and_as_json_would_write_it() -> None:
    ops: list[tuple[str, str, str, dict[str, Any] | None]] = [
        ("2026-11", "reviews", doc_id("s-1"), review(1).model_dump(mode="json")),
        _card_op(stability=12.345678, difficulty=1e16, note="é\u2028"),
    ]
    line = encode(ops)
    assert line.endswith(b"\n")
    assert [tuple(op) for op in parse_line(line[:-1])] == ops
    payload = line[9:-1]
    assert json.loads(payload) == json.loads(json.dumps(ops))


def test_a_float_that_is_not_finite_reads_back_as_itself() -> None:
    for value in (math.nan, math.inf, -math.inf):
        ((*_, doc),) = parse_line(encode([_card_op(stability=value)])[:-1])
        assert doc is not None
        got = doc["fsrs"]["stability"]
        assert isinstance(got, float) and (math.isnan(got) if math.isnan(value) else got == value)


def test_an_integer_beyond_64_bits_reads_back_as_itself() -> None:
    ((*_, doc),) = parse_line(encode([_card_op(card_id=2**70)])[:-1])
    assert doc is not None and doc["fsrs"]["card_id"] == 2**70
