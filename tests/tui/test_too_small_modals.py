"""The pickers and the help, opened over a window too small, say so like every screen."""

from __future__ import annotations

from pathlib import Path

from textual.screen import ModalScreen

from tests.tui.harness import home_ready, make_app


async def test_every_modal_says_make_the_window_larger(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await app.workers.wait_for_complete()
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        # the learner, the exam date, the practice topic and the help
        for key in ("l", "e", "p", "f1"):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ModalScreen), key
            assert screen.query_one("#too-small").display, key
            assert not screen.query_one(".modal").display, key  # not a layout cut in half
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, ModalScreen), key
        # grown back, the modal is whole again and the message gone
        await pilot.press("f1")
        await pilot.pause()
        await pilot.resize_terminal(100, 32)
        await pilot.pause()
        assert app.screen.query_one(".modal").display
        assert not app.screen.query_one("#too-small").display
