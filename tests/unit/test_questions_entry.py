"""A questions cache entry's offsets line is checked column by column (question_cache.py):
every kind of bad offsets is refused as a damaged entry, and a good entry reads the same
from bytes and from a view of the file's bytes."""

from __future__ import annotations

import json

import pytest

from quizapp.facts.loader import load_deck
from quizapp.question_cache import FactQuestions, questions_by_fact
from tests.conftest import ROOT

PLANETS = ROOT / "tests" / "data" / "planets.yaml"


def _entry() -> bytes:
    return questions_by_fact(load_deck(PLANETS), 0).encode()


def _with_rows(body: bytes, change: object) -> bytes:
    head, _, blob = body.partition(b"\n")
    rows = json.loads(head)
    change(rows)  # type: ignore[operator]
    return json.dumps(rows).encode() + b"\n" + blob


def test_a_good_entry_reads_the_same_from_bytes_and_from_a_view() -> None:
    body = _entry()
    a, b = FactQuestions.decode(body), FactQuestions.decode(memoryview(body))
    assert list(a) == list(b) and len(a) > 5
    assert all(a[f] == b[f] for f in a)
    assert FactQuestions.decode(b"[]\n").decoded() == 0 and len(FactQuestions.decode(b"[]\n")) == 0


@pytest.mark.parametrize(
    "change",
    [
        lambda rows: rows[0].__setitem__(1, -1),  # starts before the questions
        lambda rows: rows[-1].__setitem__(2, 10**9),  # ends after them
        lambda rows: rows[0].__setitem__(1, rows[0][2] + 1),  # starts after its end
        lambda rows: rows[0].__setitem__(1, 1.5),  # not a whole number
        lambda rows: rows[0].__setitem__(1, True),  # a bool is no offset
        lambda rows: rows[0].__setitem__(0, 3),  # a fact id that is not text
        lambda rows: rows[0].append(0),  # four fields
        lambda rows: rows.__setitem__(0, rows[0][:2]),  # two fields
        lambda rows: rows.append("fact"),  # a row that is not a list
    ],
)
def test_bad_offsets_are_refused(change: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        FactQuestions.decode(_with_rows(_entry(), change))


@pytest.mark.parametrize("body", [b"", b'[["f", 0, 0]]', b"{}\n", b"not json\n"])
def test_entries_that_are_no_entry_are_refused(body: bytes) -> None:
    with pytest.raises((ValueError, TypeError)):
        FactQuestions.decode(body)
