"""Home, browse, reports, settings, pickers, help and the command palette, driven by keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import IO, cast

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static

from quizapp.facts.loader import load_deck
from quizapp.facts.locations import bundled_dir, deck_files
from quizapp.store import open_store
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.browse import BrowseScreen
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.pickers import WHOLE_DECK, Picker
from quizapp.tui.screens.reports import ReportsScreen
from quizapp.tui.screens.settings import SettingsScreen
from quizapp.tui.screens.study import StudyScreen
from tests.conftest import DECK_PATH, ROOT
from tests.tui.harness import home_ready, make_app

BUNDLED = len(deck_files(bundled_dir()))  # the decks shipped with the app

FACTS = len(load_deck(DECK_PATH).facts)  # the bundled deck's size, not a copy of it


async def loaded(pilot: Pilot[None], app: QuizApp) -> None:
    await home_ready(pilot)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_home_lists_counts_and_today(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        table = app.screen.query_one("#decks", DataTable)
        row = table.get_row("russia-central-asia")
        assert row[0] == "Russia's role in Central Asia" and int(row[1]) == FACTS
        assert "0 answered" in str(app.screen.query_one("#home-today", Static).render())
        assert "Learner: ann" in str(app.screen.query_one("#home-learner", Static).render())
        await pilot.press("q")
    assert app.return_code == 0


HOLDER = """
import sys
from pathlib import Path
from typing import IO, cast
from quizapp.store import open_store
s = open_store(Path(sys.argv[1]))
print('ready', flush=True)
sys.stdin.readline()
"""


async def test_locked_database_offers_read_only(tmp_path: Path) -> None:
    open_store(tmp_path / "db").close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "db")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert cast(IO[str], holder.stdout).readline().strip() == "ready"
    try:
        app = make_app(tmp_path)
        async with app.run_test(size=(100, 32)) as pilot:
            await loaded(pilot, app)
            note = str(app.screen.query_one("#home-note", Static).render())
            assert "in use by quizapp process" in note and "Press o" in note
            await pilot.press("o")
            await loaded(pilot, app)
            assert "(read-only)" in str(app.screen.query_one("#home-learner", Static).render())
            assert app.screen.query_one("#decks", DataTable).row_count == BUNDLED
            await pilot.press("s")  # studying needs writing: refused politely
            await loaded(pilot, app)
            assert isinstance(app.screen, HomeScreen)
            await pilot.press("comma")  # settings while another process holds the database
            await loaded(pilot, app)
            assert isinstance(app.screen, SettingsScreen)
            assert "ctrl+s saves" in str(app.screen.query_one("#settings-help", Static).render())
    finally:
        cast(IO[str], holder.stdin).close()
        holder.wait(timeout=30)


async def test_settings_with_the_database_locked_say_so_instead_of_crashing(
    tmp_path: Path,
) -> None:
    open_store(tmp_path / "db").close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "db")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert cast(IO[str], holder.stdout).readline().strip() == "ready"
    try:
        app = make_app(tmp_path)
        async with app.run_test(size=(100, 32)) as pilot:
            await loaded(pilot, app)
            await pilot.press("comma")
            await loaded(pilot, app)
            assert isinstance(app.screen, SettingsScreen)
            said = str(app.screen.query_one("#settings-help", Static).render())
            assert "cannot be read" in said and "in use by quizapp process" in said
            await pilot.press("ctrl+s")  # nothing loaded, nothing saved, no crash
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            await pilot.press("l")  # the learner list needs the database too: a message
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen) and app.is_running
            assert "in use by quizapp process" in [n.message for n in app._notifications][-1]
    finally:
        cast(IO[str], holder.stdin).close()
        holder.wait(timeout=30)


async def test_open_read_only_releases_the_writer_lock(tmp_path: Path) -> None:
    from quizapp.store.lock import WriterLock

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        assert not app.ensure_service().store.read_only
        await pilot.press("o")
        await loaded(pilot, app)
        assert app.ensure_service().store.read_only
        WriterLock(tmp_path / "db").release()  # raised DatabaseLocked while the old lock was held


async def test_every_screen_says_make_the_window_larger(tmp_path: Path) -> None:
    from quizapp.review.session import Summary
    from quizapp.tui.screens.summary import SummaryScreen

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        for key in ("b", "r", "comma"):
            await pilot.press(key)
            await loaded(pilot, app)
            assert not isinstance(app.screen, HomeScreen), key
            assert app.screen.query_one("#too-small").display, key
            await pilot.press("escape")
            await pilot.pause()
        await app.push_screen(SummaryScreen(Summary("s", "scheduled")))
        await pilot.pause()
        assert app.screen.query_one("#too-small").display


async def test_browse_search_suspend_and_reset(tmp_path: Path) -> None:
    from quizapp.tui.screens.pickers import Confirm

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        await pilot.press(*"csto")  # type to search: no key needed first
        await pilot.pause()
        table = app.screen.query_one("#facts", DataTable)
        assert 0 < table.row_count < 20
        first = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        await pilot.press("down", "s")  # Down leaves the search box for the list
        await pilot.pause()
        assert table.has_focus
        service = app.ensure_service()
        card = service.store.cards("ann", "russia-central-asia")[first]
        assert card.suspended
        await pilot.press("s")
        await pilot.pause()
        assert not service.store.cards("ann", "russia-central-asia")[first].suspended
        studied = service.store.cards("ann", "russia-central-asia")[first]
        service.store.put_card(studied.model_copy(update={"seen": True, "reps": 3}))
        await pilot.press("x")  # asks first
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        await pilot.pause()
        assert service.store.cards("ann", "russia-central-asia")[first].seen
        await pilot.press("x", "y")
        await pilot.pause()
        assert not service.store.cards("ann", "russia-central-asia")[first].seen
        assert "Source:" in str(app.screen.query_one("#fact-detail", Static).render())
        await pilot.press("u")  # undo the reset
        await pilot.pause()
        back = service.store.cards("ann", "russia-central-asia")[first]
        assert back.seen and back.reps == 3
        await pilot.press("k")  # a letter typed in the list goes to the search
        await pilot.pause()
        assert app.screen.query_one("#search", Input).value == "cstok"
        await pilot.press("escape")
        await loaded(pilot, app)
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#decks", DataTable).get_row("russia-central-asia")[1] == str(
            FACTS - 1
        )


async def test_settings_refuse_nonsense_and_save(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.press("comma")
        await loaded(pilot, app)
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#set-new_per_day", Input).value = "lots"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.ensure_service().settings("ann").new_per_day == 20
        app.screen.query_one("#set-new_per_day", Input).value = "7"
        app.screen.query_one("#set-timezone", Input).value = "Mars/Olympus"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.ensure_service().settings("ann").timezone == "UTC"
        app.screen.query_one("#set-timezone", Input).value = "Europe/Berlin"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = app.ensure_service().settings("ann")
        assert saved.new_per_day == 7 and saved.timezone == "Europe/Berlin"


async def test_exam_date_learner_reports_help_and_palette(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.press("e", *"2001-01-01", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, StudyScreen)  # a past date is refused
        app.screen.query_one(Input).value = "2027-02-01"
        await pilot.press("enter")
        await loaded(pilot, app)
        assert isinstance(app.screen, StudyScreen) and app.screen.session.mode == "exam"
        await pilot.press("escape", "enter")
        await loaded(pilot, app)
        await pilot.press("l", "tab", *"bob", "enter")
        await loaded(pilot, app)
        assert app.learner == "bob"
        await pilot.press("r")
        await loaded(pilot, app)
        assert isinstance(app.screen, ReportsScreen)
        assert "Today: 0 reviews" in str(app.screen.query_one("#report-today", Static).render())
        assert "Go back (Esc) and press s" in str(
            app.screen.query_one("#report-empty", Static).render()
        )
        assert not app.screen.query_one("#report-charts").display  # no empty chart frames
        assert "Reviews:" in _plain(app.screen.query_one("#report-overview", Static))
        await pilot.press("a")
        await loaded(pilot, app)
        assert "everything" in str(app.screen.query_one("#report-today", Static).render())
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p", *"reports")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReportsScreen)


async def test_home_shows_the_cached_numbers_before_loading(tmp_path: Path) -> None:
    first = make_app(tmp_path)
    async with first.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, first)
        first.ensure_service().set_suspended("ann", "russia-central-asia", "eeu-launch", True)
        await pilot.press("q")
    assert (tmp_path / "db" / "home-cache.json").exists()  # left by the app as it closed
    again = make_app(tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        home = again.screen
        assert isinstance(home, HomeScreen) and not home.loaded  # the worker has not reported
        row = home.query_one("#decks", DataTable).get_row("russia-central-asia")
        assert (
            row[1] == str(FACTS - 1) and row[4] == "1"
        )  # yet the counts are there, from the cache
        await loaded(pilot, again)
        assert home.query_one("#decks", DataTable).get_row("russia-central-asia") == row


async def test_reports_screen_shows_the_whole_report_in_words(tmp_path: Path) -> None:
    from datetime import timedelta

    from tests.report.test_figures import MODELS

    store = open_store(tmp_path / "db")
    fact = "keep-out-usa"
    moved = [
        r.model_copy(update={"reviewed_at": r.reviewed_at + timedelta(days=240)}) for r in MODELS
    ]
    for r in moved:
        store.commit_answer(
            None, r.model_copy(update={"deck_id": "russia-central-asia", "learner": "ann"})
        )
    for r in moved[:2]:  # one right, one wrong: a weak fact
        store.commit_answer(
            None,
            r.model_copy(
                update={
                    "id": r.id + "k",
                    "deck_id": "russia-central-asia",
                    "learner": "ann",
                    "fact_id": fact,
                }
            ),
        )
    store.close()
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot, app)
        await pilot.press("r")
        await loaded(pilot, app)
        await pilot.press("a")
        await loaded(pilot, app)
        screen = app.screen
        assert isinstance(screen, ReportsScreen) and screen.figures is not None
        statement = screen.figures.fact_names[fact]

        def shown(name: str) -> str:
            widget = screen.query_one(f"#report-{name}", Static)
            assert widget.display, name
            return _plain(widget)

        assert statement.split()[0] in shown("weak-facts") and fact not in shown("weak-facts")
        assert "multiple choice" in shown("kinds")
        assert "Sessions" in shown("sessions") and "Activity" in shown("heatmap")
        assert "Weakest topics" in shown("weak-topics") and "Accuracy by topic" in shown("topics")
        overview = _plain(screen.query_one("#report-overview", Static))
        assert "Practice and exam:" in overview and "1 answer" in overview
        assert not screen.query_one("#report-empty").display


def _plain(widget: Static) -> str:
    """What a Static shows, as text (rich tables included), at the width it has."""
    import io

    from rich.console import Console

    console = Console(width=max(40, widget.size.width), record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


async def test_home_names_broken_decks_and_the_command_to_run(tmp_path: Path) -> None:
    import os

    decks = Path(os.environ["QUIZAPP_DECKS"])
    decks.mkdir(parents=True, exist_ok=True)
    (decks / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n")
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        said = str(app.screen.query_one("#home-broken", Static).render())
        assert "broken.yaml" in said and f"quizapp validate {decks / 'broken.yaml'}" in said
        assert app.screen.query_one("#decks", DataTable).row_count == BUNDLED  # the good decks stay


async def test_pickers_stay_up_on_a_wrong_answer(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.press("e", *"soon", "enter")  # not a date
        await pilot.pause()
        assert isinstance(app.screen, Picker) and app.screen.query_one(Input).id == "exam-date"
        await pilot.press("escape")  # cancel
        await pilot.pause()
        await pilot.press("l", "tab", "space", "enter")  # a blank name
        await pilot.pause()
        assert isinstance(app.screen, Picker) and app.learner == "ann"
        await pilot.press("escape", "p")
        await pilot.pause()
        topics = app.screen.query_one(OptionList)
        assert topics.id == "topics" and topics.get_option_at_index(0).id == WHOLE_DECK
