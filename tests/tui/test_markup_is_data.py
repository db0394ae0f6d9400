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
