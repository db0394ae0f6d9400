"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks


@pytest.fixture(scope="module")
def decks() -> CorpusDecks:
    """The imported-deck tests' decks, imported and generated once per test module."""
    return CorpusDecks(StudyService(None, seed=0))
