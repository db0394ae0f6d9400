"""Issue 14, part A, in the app: an empty session never freezes it; nothing due means no
session and a line saying what comes next; a countdown to learning cards; "n / total";
the deck cursor stays put after a session."""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from quizapp.facts.locations import bundled_dir, deck_files
from quizapp.store.records import Settings
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.study import StudyScreen
from quizapp.tui.screens.summary import SummaryScreen
from tests.conftest import DECK_PATH
from tests.tui.harness import FIXED, FakeTimer, answer_keys, home_ready, press_all

DECK = "russia-central-asia"


class Clock:
    def __init__(self) -> None:
        self.at = FIXED

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.at


def app_with(tmp_path: Path, clock: Clock, **settings: object) -> QuizApp:
    app = QuizApp(
        tmp_path / "db", "ann", clock=clock, seed=1, backups=False, timer=FakeTimer(), blink=False
    )
    service = app.ensure_service()
    service.store.save_settings(Settings(learner="ann", timezone="UTC", **settings))
    return app


async def until(pilot: Pilot[None], test: object, what: str, seconds: float = 20.0) -> None:
    """Wait for a condition (the app keeps running meanwhile); fail, never hang."""
    for _ in range(int(seconds / 0.05)):
        if test():  # type: ignore[operator]
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def study(app: QuizApp) -> StudyScreen:
    assert isinstance(app.screen, StudyScreen)
    return app.screen


def text_of(app: QuizApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_an_empty_session_goes_back_home_and_keys_still_work(tmp_path: Path) -> None:
    clock = Clock()
    app = app_with(tmp_path, clock)
    service = app.ensure_service()
    for fact in service.deck(DECK).facts:
        if "energy" in fact.topics:
            service.set_suspended("ann", DECK, fact.id, True)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        # the screen itself meets an empty queue (the path that froze the app)
        session = service.start("ann", DECK, "practice", topic="energy", backup=False)
        await asyncio.wait_for(app.push_screen(StudyScreen(session, "Deck")), 10)
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "back home")
        await asyncio.wait_for(pilot.press("b"), 10)  # keys still work
        await until(pilot, lambda: not isinstance(app.screen, HomeScreen), "browse opened")
        await asyncio.wait_for(pilot.press("escape"), 10)
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "home again")
        # and from home, an empty topic does not open a session at all
        app.start_study(DECK, "practice", topic="energy")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_study_to_empty_then_s_again_says_what_comes_next(tmp_path: Path) -> None:
    clock = Clock()
    app = app_with(tmp_path, clock, new_per_day=2, learn_ahead_min=0)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StudyScreen), "study opened")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert text_of(app, "#progress-count") == "1 / 2"
        for n in (1, 2):
            q = study(app).question
            assert q is not None
            await press_all(pilot, answer_keys(q))
            assert text_of(app, "#progress-count") == f"{n} / 2"
            await press_all(pilot, ["enter"])
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "summary")
        summary = text_of(app, "#summary-next")
        # both first answers were right, rated Good (no guessing shown yet): the 10-minute step
        assert "Next card due: 10:10 (in 10 min)" in summary  # never a past time
        await press_all(pilot, ["enter"])
        await home_ready(pilot)
        plan = text_of(app, "#home-plan")
        assert plan.startswith("Nothing due. Next card at 10:10 (in 10 min)")
        assert "new facts wait for tomorrow (daily limit 2)" in plan
        row = app.screen.query_one("#decks", DataTable).get_row(DECK)
        assert row[3] == "0" and str(row[6]) == "10:10"
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # no session, no freeze
        clock.at = FIXED + timedelta(minutes=11)  # the learning cards come due
        app.screen.reload()
        await home_ready(pilot)
        row = app.screen.query_one("#decks", DataTable).get_row(DECK)
        assert row[2] == row[3] != "0"  # every learning card is due now, and counted so
        assert text_of(app, "#home-plan").startswith(f"{row[3]} due now")


async def test_a_learning_card_is_waited_for_with_a_countdown(tmp_path: Path) -> None:
    clock = Clock()
    app = app_with(tmp_path, clock, new_per_day=1)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StudyScreen), "study opened")
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = study(app).question
        assert first is not None
        await press_all(pilot, ["ctrl+r"])  # revealed: comes back in a minute
        await press_all(pilot, ["enter"])
        screen = study(app)
        assert screen.waiting == FIXED + timedelta(minutes=1)
        assert "Waiting for a learning card" in text_of(app, "#kind")
        assert "Next card in 1:00 (it comes back at 10:01)" in text_of(app, "#prompt")
        assert text_of(app, "#progress-count") == "1 / 2"
        clock.at = FIXED + timedelta(seconds=30)
        await until(pilot, lambda: "Next card in 0:30" in text_of(app, "#prompt"), "ticks")
        clock.at = FIXED + timedelta(minutes=1, seconds=1)
        await until(pilot, lambda: screen.question is not None, "the card is asked again")
        assert screen.question is not None
        assert screen.question.fact_ids[0] == first.fact_ids[0]  # the same card (fact)
        await until(pilot, lambda: text_of(app, "#progress-count") == "2 / 2", "2 / 2")


async def test_the_deck_cursor_stays_on_its_deck_after_a_session(tmp_path: Path) -> None:
    decks = Path(os.environ["QUIZAPP_DECKS"])
    decks.mkdir(parents=True, exist_ok=True)
    text = DECK_PATH.read_text(encoding="utf-8")
    text = text.replace("id: russia-central-asia", "id: a-copy", 1)
    text = text.replace("title: Russia's role in Central Asia", "title: A copy", 1)
    (decks / "a-copy.yaml").write_text(text, encoding="utf-8")
    clock = Clock()
    app = app_with(tmp_path, clock, new_per_day=1)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == len(deck_files(bundled_dir())) + 1  # the copy comes last
        start = table.cursor_row
        await press_all(pilot, ["down"])
        chosen = app.screen.selected_deck()  # type: ignore[attr-defined]
        assert chosen is not None and table.cursor_row == start + 1
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StudyScreen), "study opened")
        assert study(app).session.deck.id == chosen
        await press_all(pilot, ["escape"])
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "summary")
        await press_all(pilot, ["enter"])
        await home_ready(pilot)
        assert app.screen.selected_deck() == chosen  # type: ignore[attr-defined]


async def test_home_rows_fit_the_window_and_titles_grow_back_when_it_widens(
    tmp_path: Path,
) -> None:
    app = app_with(tmp_path, Clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await home_ready(pilot)
        table = app.screen.query_one("#decks", DataTable)
        title = table.get_row(DECK)[0]
        assert title.endswith("…") and "Russia's role in Central Asia".startswith(title[:-1])
        assert table.virtual_size.width <= table.size.width  # no sideways scrolling at 80
        await pilot.resize_terminal(120, 30)
        await until(pilot, lambda: table.get_row(DECK)[0] == "Russia's role in Central Asia", "")
