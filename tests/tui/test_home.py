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


IDLE_CHILD = """
import inspect, os, sys, threading, time
from pathlib import Path
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.home import HomeScreen

resizes = []
react = HomeScreen.on_resize
takes = len(inspect.signature(react).parameters) - 1  # the event, or (before the fix) not
def counted(self, event):
    resizes.append(time.monotonic())
    react(self, *[event][:takes])
HomeScreen.on_resize = counted
def watch():  # a thread: it reports even if the app's loop never goes idle
    time.sleep(1.0)  # the start settles
    start = len(resizes)
    time.sleep(1.0)  # a second of idle
    print("IDLE-RESIZES", len(resizes) - start, "IN-ALL", len(resizes), flush=True)
    os._exit(0)
def shown(self):
    if shown.done:
        return
    shown.done = True
    if sys.argv[2] == "first":  # close normally: that leaves the home cache
        self.app.call_after_refresh(self.app.exit)
    else:
        threading.Thread(target=watch, daemon=True).start()
shown.done = False
HomeScreen.numbers_shown = shown
QuizApp(Path(sys.argv[1]), "ann", backups=False).run(headless=True)
"""


def test_home_goes_idle_when_started_headless_with_no_terminal_size(tmp_path: Path) -> None:
    """With no terminal and no COLUMNS / LINES, Textual's first guess at the size (80 x 25,
    the console's) and the headless driver's (80 x 24) both reach the home screen. Home used
    to rebuild its table on every Resize, and each rebuild laid the screen out again at the
    other size: the two Resize events chased each other for as long as the app ran (a busy
    loop at idle). Started here the second time, from the home cache, as the bug needed."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["QUIZAPP_DECKS"] = str(tmp_path / "no-decks")

    def start(mode: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", IDLE_CHILD, str(tmp_path / "db"), mode],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        ).stdout

    start("first")
    assert (tmp_path / "db" / "home-cache.json").exists()
    out = start("again")
    line = next((x for x in out.splitlines() if x.startswith("IDLE-RESIZES")), out)
    assert line.split()[:2] == ["IDLE-RESIZES", "0"], line
