"""A matching round's rows are told apart by their labels: a scoped relation (each gas's share
of dry air) has one subject for every row, and 'dry air' three times cannot be matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.generate.registry import generate_deck
from tests.support.bundled import APOLLO, ROOT, bundled_deck, generated

DECKS = sorted((ROOT / "questions").glob("*.yaml"))


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_every_matching_row_has_its_own_label(path: Path) -> None:
    rounds = [q for q in generated(path, (0, 653)) if q.kind == "matching"]
    assert rounds, "the deck makes matching rounds"
    for q in rounds:
        left = q.left or []
        assert len(set(left)) == len(left), (q.id, left)


def test_rows_of_names_read_in_their_own_order() -> None:
    """Review r214: the commanders' matching listed Apollo 7 after Apollo 14 (rows sorted as
    text by fact id); names now sort with their numbers read as numbers. Rows of figures keep
    the id order (in number order their dates would run in order too)."""

    def numbers(row: list[str]) -> list[int]:
        return [int(n) for r in row for n in re.findall(r"\d+", r)[:1]]

    seen = 0
    for seed in range(6):
        for q in generate_deck(bundled_deck(APOLLO), seed=seed).questions:
            left = q.left or []
            if q.kind != "matching" or not all(r.startswith("Apollo ") for r in left):
                continue
            if any(re.search(r"\d{4}", a) for a in q.answer):
                continue  # figures: id order
            seen += 1
            assert numbers(left) == sorted(numbers(left)), left
    assert seen
