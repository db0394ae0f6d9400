from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DECK_PATH = ROOT / "questions" / "russia-central-asia.yaml"
SOURCE_PATH = ROOT.parent / "shared" / "source" / "russia-central-asia.txt"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests never see the developer's own decks or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QUIZAPP_DECKS", str(home / "decks"))
    monkeypatch.setenv("QUIZAPP_DB", str(home / "quizapp.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("QUIZAPP_CACHE", str(home / "cache"))
    monkeypatch.setenv("TZ", "UTC")  # the study day's default zone is the machine's: fix it
    from quizapp.facts import compiled

    compiled.take_notices()  # a damaged entry another test met is not this test's to say
    registry = sys.modules.get("quizapp.generate.registry")
    if registry is not None:  # a test that patches the index's tables builds its own index
        registry.forget_index()


@pytest.fixture(scope="session")
def deck_text() -> str:
    return DECK_PATH.read_text(encoding="utf-8")


def source_text_or_fail() -> str:
    if SOURCE_PATH.exists():
        return SOURCE_PATH.read_text(encoding="utf-8")
    if os.environ.get("CI"):
        pytest.fail(f"the briefing is missing at {SOURCE_PATH}")
    pytest.skip("the briefing (../shared/source) is not beside this checkout")
