"""The guessing tests' study: a hidden memory, its guess stream and a synthetic deck in the
real study service, on a clock that moves 20 seconds an answer (at[0]: set it to a study day)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from quizapp.facts import Deck
from quizapp.service import StudyService
from quizapp.store.records import Settings
from tests.benchmarks.synthetic import synthetic_deck
from tests.review.memory import DEFAULTS, HiddenMemory

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class Study(NamedTuple):
    service: StudyService
    deck: Deck
    at: list[datetime]
    rng: random.Random  # the learner's guesses
    memory: HiddenMemory


def study_setup(learner: int, facts: int, countries: int, settings_of: str = "") -> Study:
    """Learner n's memory and guesses; `settings_of`: a learner saved with UTC settings."""
    at = [START]

    def clock() -> datetime:
        at[0] += timedelta(seconds=20)
        return at[0]

    rng = random.Random(3 + 1000 * learner)
    memory = HiddenMemory(DEFAULTS, random.Random(2 + 1000 * learner))
    service = StudyService(None, clock=clock, seed=1)
    deck = synthetic_deck(facts, seed=0, n_countries=countries)
    service.catalog.add(deck)
    if settings_of:
        service.store.save_settings(Settings(learner=settings_of, timezone="UTC"))
    return Study(service, deck, at, rng, memory)
