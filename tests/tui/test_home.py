"""The skeleton app: lists decks, quits with q, asks for a larger window when too small."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from textual.widgets import DataTable, Static

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
