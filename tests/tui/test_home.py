"""The skeleton app: lists decks, quits with q, asks for a larger window when too small."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from quizapp.facts.errors import DeckError, Problem
from quizapp.service import StudyService
from quizapp.tui.app import QuizApp
from tests.tui.harness import home_ready, make_app


async def test_home_lists_the_bundled_deck_and_quits_with_q() -> None:
    app = QuizApp()
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)  # the numbers load in a worker: wait for them, not a pause
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count >= 1
        row = table.get_row("russia-central-asia")
        assert row[0] == "Russia's role in Central Asia"
        assert int(row[1]) > 60
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_tiny_terminal_gets_a_message_not_a_broken_layout() -> None:
    app = QuizApp()
    async with app.run_test(size=(50, 15)) as pilot:
        await pilot.pause()
        assert app.has_class("too-small")
        assert app.screen.query_one("#too-small", Static).display
        assert not app.screen.query_one("#home").display
        await pilot.resize_terminal(100, 32)
        await pilot.pause()
        assert not app.has_class("too-small")
        assert app.screen.query_one("#home").display


async def test_the_highlighted_decks_questions_load_while_home_is_up(tmp_path: Path) -> None:
    """Issue 16: `s` should not wait for the deck's questions or the session code."""
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        deadline = time.monotonic() + 60  # the preparing worker starts once a row is lit
        while time.monotonic() < deadline and not (
            app.service is not None and app.service.catalog.prepared("russia-central-asia")
        ):
            await pilot.pause(0.05)
        assert app.service is not None
        assert app.service.catalog.prepared("russia-central-asia")
        assert "quizapp.review.session" in sys.modules
        await pilot.press("s")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen"


async def test_a_bug_while_loading_ahead_is_said_and_logged_not_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A programming error in the background load is shown in one line and logged with its
    traceback; home stays up. A deck the user can fix says nothing yet: `s` says it."""

    def broken(self: StudyService, deck_ref: str) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(StudyService, "prepare_study", broken)
    app = make_app(tmp_path)
    with caplog.at_level(logging.ERROR):
        async with app.run_test(size=(100, 32)) as pilot:
            await home_ready(pilot)
            await _wait_for(pilot, lambda: bool(_messages(app)))
            assert _messages(app) == [
                "Could not load russia-central-asia ahead: KeyError: 'a bug'"
                " (a bug: please report it)"
            ]
            assert type(app.screen).__name__ == "HomeScreen"
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


async def test_a_deck_error_while_loading_ahead_waits_for_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def unfit(self: StudyService, deck_ref: str) -> None:
        calls.append(deck_ref)
        raise DeckError([Problem("deck.yaml", 3, "changed since it was listed")])

    monkeypatch.setattr(StudyService, "prepare_study", unfit)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await _wait_for(pilot, lambda: bool(calls))
        await pilot.app.workers.wait_for_complete()
        assert calls and _messages(app) == []


def _messages(app: QuizApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _wait_for(pilot: Pilot[None], done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not done():
        await pilot.pause(0.05)
