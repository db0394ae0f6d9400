"""The deck catalog parses each deck file once per process, and only the files it needs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import quizapp.facts.catalog
import quizapp.service.catalog
from quizapp.cli import main
from quizapp.facts.locations import deck_files
from tests.conftest import ROOT
from tests.support.deck_loads import counted_loads

PLANETS = ROOT / "tests" / "data" / "planets.yaml"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every deck file parsed from here on (the real loader runs; each call is noted)."""
    return counted_loads(monkeypatch, quizapp.facts.catalog, quizapp.service.catalog)


def _user_decks(n: int) -> list[Path]:
    folder = Path(os.environ["QUIZAPP_DECKS"])
    folder.mkdir(parents=True, exist_ok=True)
    text = PLANETS.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        path = folder / f"planets-{i}.yaml"
        path.write_text(text.replace("id: planets\n", f"id: planets-{i}\n", 1), encoding="utf-8")
        paths.append(path)
    return paths


def test_status_parses_each_deck_once(
    tmp_path: Path, parses: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    user = _user_decks(3)
    assert main(["status", "--db", str(tmp_path / "db"), "--learner", "ann"]) == 0
    out = capsys.readouterr().out
    assert all(f"planets-{i}" in out for i in range(3)) and "russia-central-asia" in out
    assert sorted(parses) == sorted([*user, *deck_files(ROOT / "questions")])


def test_validate_a_file_parses_that_file_alone(
    parses: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _user_decks(2)
    assert main(["validate", str(PLANETS)]) == 0
    assert capsys.readouterr().out.startswith(f"ok   {PLANETS}: planets:")
    assert parses == [PLANETS]


def test_one_catalog_serves_every_lookup(parses: list[Path]) -> None:
    catalog = quizapp.service.catalog.DeckCatalog(seed=0)
    user = _user_decks(2)
    for _ in range(3):
        assert catalog.deck("planets-1").id == "planets-1"
        assert [d for d, _ in catalog.ids()][-2:] == ["planets-0", "planets-1"]
        assert catalog.deck(str(PLANETS)).id == "planets"
        assert catalog.loaded("planets-0") is catalog.loaded("planets-0")
    bundled = len(deck_files(ROOT / "questions"))
    # a lookup by id before anything lists the decks parses just that file (a cold start reads
    # one deck); the listing then parses every other file, that one not again
    assert len(parses) == len(set(parses)) == bundled + len(user) + 1  # and PLANETS
