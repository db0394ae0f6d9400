"""A matching round's rows are told apart by their labels: a scoped relation (each gas's share
of dry air) has one subject for every row, and 'dry air' three times cannot be matched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bundled import ROOT, generated

DECKS = sorted((ROOT / "questions").glob("*.yaml"))


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_every_matching_row_has_its_own_label(path: Path) -> None:
    rounds = [q for q in generated(path, (0, 653)) if q.kind == "matching"]
    assert rounds, "the deck makes matching rounds"
    for q in rounds:
        left = q.left or []
        assert len(set(left)) == len(left), (q.id, left)
