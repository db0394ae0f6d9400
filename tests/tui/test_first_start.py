"""The first start of a deck version, with nothing in the question cache (issues 12 and 16).

Home must not wait for the deck's questions: it shows its numbers at once and the questions
are generated in a worker while it is up. `s` pressed before they are ready says so on the
plan line ("Preparing questions…") and opens the study screen once they are; studying then
works as on any start. Each test runs with its own empty cache folder (tests/conftest.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from quizapp import question_cache
from quizapp.facts import compiled
from quizapp.question_cache import KIND
from quizapp.service import StudyService
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.study import StudyScreen
from tests.tui.harness import answer_keys, home_ready, make_app, press_all

DECK = "russia-central-asia"


async def _until(pilot: Pilot[None], done: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not done():
        await pilot.pause(0.01)


def _plan_line(app: object) -> str:
    screen = getattr(app, "screen", None)
    if not isinstance(screen, HomeScreen):
        return ""
    return str(screen.query_one("#home-plan", Static).content)


def _studying(app: object, lines: list[str]) -> bool:
    """Whether the study screen is up; else the plan line home shows now joins `lines`."""
    if isinstance(getattr(app, "screen", None), StudyScreen):
        return True
    lines.append(_plan_line(app))
    return False


async def test_a_cold_first_start_shows_home_first_then_s_waits_visibly_and_studies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generation is held until the test has seen home and the "Preparing" line, so the
    test does not depend on how fast the machine generates (an unloaded machine made the
    questions before the first look at the plan line, and the line was never seen)."""
    ended: list[float] = []  # when the real preparation (generating the questions) ended
    prepare = StudyService.prepare_study
    generate = question_cache.questions_by_fact
    go = threading.Event()

    def noted(self: StudyService, deck_ref: str) -> None:
        prepare(self, deck_ref)
        ended.append(time.monotonic())

    def held(*args: Any, **kwargs: Any) -> Any:
        go.wait(120)
        return generate(*args, **kwargs)

    monkeypatch.setattr(StudyService, "prepare_study", noted)
    monkeypatch.setattr(question_cache, "questions_by_fact", held)
    assert not list((compiled.cache_dir() / KIND).glob("*.json"))  # the cache is cold
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.loaded)
        assert isinstance(app.screen, HomeScreen) and app.screen.loaded
        assert not ended  # home has its numbers while the questions are still being made
        assert app.service is not None and not app.service.questions_ready(DECK)
        await pilot.press("s")  # before the questions are ready
        await _until(pilot, lambda: _plan_line(app).startswith("Preparing questions"), 30)
        assert _plan_line(app).startswith("Preparing questions")
        assert isinstance(app.screen, HomeScreen)  # waiting, not studying
        go.set()
        await _until(pilot, lambda: _studying(app, []))
        assert isinstance(app.screen, StudyScreen)
        assert app.service.questions_ready(DECK)
        await app.workers.wait_for_complete()
        await pilot.pause()
        q = app.screen.question
        assert q is not None
        await press_all(pilot, answer_keys(q))
        assert app.screen.feedback is not None
        assert app.screen.feedback.verdict == (
            "self_graded" if q.kind == "flashcard" else "correct"
        )
        await _until(pilot, lambda: bool(ended))
        assert ended  # the background preparation finished too (it was waited for, not doubled)


async def test_s_after_the_questions_are_ready_says_nothing_of_preparing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await _until(pilot, lambda: app.service is not None and app.service.questions_ready(DECK))
        assert app.service is not None and app.service.questions_ready(DECK)
        await pilot.press("s")
        lines: list[str] = []
        await _until(pilot, lambda: _studying(app, lines))
        assert isinstance(app.screen, StudyScreen)
        assert not any(line.startswith("Preparing") for line in lines)
