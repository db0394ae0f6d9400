"""Deck text and learner names are data: markup in them is shown literally, never parsed
(an unbalanced [/] used to crash the app, [@click=...] became a live action), and control
characters never reach the screen. Keys like ² on a choice question do not crash."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import DataTable, Static
from textual.widgets._data_table import default_cell_formatter

from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.study import StudyScreen
from tests.conftest import DECK_PATH
from tests.tui.harness import home_ready, make_app

PAYLOAD = "Kaza[/]khstan [@click=app.quit]Quit me[/] [b]bold"
LEARNER = "ann [/] [@click=app.quit]x[/]\x1b]0;TITLE\x07"


def _payload_deck() -> None:
    text = DECK_PATH.read_text(encoding="utf-8")
    text = text.replace("id: russia-central-asia", "id: payload-deck", 1)
    text = text.replace(
        "title: Russia's role in Central Asia", "title: '[/] Russia[@click=app.quit]'", 1
    )
    entity = "{id: kazakhstan, kind: country, name: Kazakhstan"
    assert entity in text, "the deck's Kazakhstan entry moved: update this test"
    text = text.replace(entity, f"{{id: kazakhstan, kind: country, name: '{PAYLOAD}'", 1)
    folder = Path(os.environ["QUIZAPP_DECKS"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "payload.yaml").write_text(text, encoding="utf-8")


def _shown(widget: Static) -> str:
    return str(widget.render())


async def test_markup_and_escapes_in_deck_text_and_names_are_shown_literally(
    tmp_path: Path,
) -> None:
    _payload_deck()
    app = make_app(tmp_path, learner=LEARNER)
    async with app.run_test(size=(120, 36)) as pilot:
        await home_ready(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        label = _shown(home.query_one("#home-learner", Static))
        assert "ann [/] [@click=app.quit]x[/]" in label and "\x1b" not in label
        table = home.query_one(DataTable)
        cells = [default_cell_formatter(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "[/] Russia[@click=app.quit]" in [str(c) for c in cells]

        service = app.ensure_service()
        session = service.start(LEARNER, "payload-deck", "practice", backup=False)
        items = service.load_deck("payload-deck").items
        question = next(q for qs in items.values() for q in qs if PAYLOAD in q.prompt and q.options)
        screen = StudyScreen(session, service.deck("payload-deck").title)
        await app.push_screen(screen)
        await pilot.pause()
        session.current = (question.fact_ids[0], question)
        await screen._ask()
        await pilot.pause()
        assert PAYLOAD in _shown(screen.query_one("#prompt", Static))
        assert "[/] Russia[@click=app.quit]" in _shown(screen.query_one("#study-title", Static))
        for key in ("²", "①"):  # digits to isdigit(), not to int()
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running and app.screen is screen and screen.feedback is None


TOPIC = "Aims [/] and [@click=app.quit]attitudes[/] [b]"


async def test_reports_screen_shows_topic_titles_and_statements_literally(
    tmp_path: Path,
) -> None:
    from datetime import timedelta

    from quizapp.store import open_store
    from quizapp.tui.screens.reports import ReportsScreen
    from tests.report.test_figures import MODELS
    from tests.tui.test_screens import _plain, loaded

    _payload_deck()
    path = Path(os.environ["QUIZAPP_DECKS"]) / "payload.yaml"
    text = path.read_text(encoding="utf-8")
    old = "{id: geopolitics, title: Aims and attitudes}"
    assert old in text, "the deck's first topic moved: update this test"
    path.write_text(text.replace(old, f"{{id: geopolitics, title: '{TOPIC}'}}", 1), "utf-8")
    store = open_store(tmp_path / "db")
    for r in MODELS:  # a right and a wrong answer on a fact about "Kazakhstan": a weak fact
        store.commit_answer(
            None,
            r.model_copy(
                update={
                    "reviewed_at": r.reviewed_at + timedelta(days=240),
                    "deck_id": "payload-deck",
                    "learner": "ann",
                    "fact_id": "kazakhstan-regime",
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
        assert app.is_running and isinstance(screen, ReportsScreen)
        assert screen.figures is not None

        def shown(name: str) -> str:
            return " ".join(_plain(screen.query_one(f"#report-{name}", Static)).split())

        assert "Kaza[/]khstan [@click=app.quit]Quit me[/] [b]bold" in shown("weak-facts")
        assert TOPIC in shown("topics") and TOPIC in shown("weak-topics")


async def test_summary_names_leeches_literally(tmp_path: Path) -> None:
    from quizapp.review.session import Summary
    from quizapp.tui.screens.summary import SummaryScreen
    from tests.tui.test_screens import _plain

    summary = Summary("s", "scheduled", answered=1, leeches=["f"], fact_names={"f": PAYLOAD})
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await home_ready(pilot)
        await app.push_screen(SummaryScreen(summary))
        await pilot.pause()
        shown = " ".join(_plain(app.screen.query_one("#summary-next", Static)).split())
        assert app.is_running and PAYLOAD in shown
