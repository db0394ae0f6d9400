"""Screens that look finished: every screen's footer keys fit in 80 columns."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from quizapp.review.session import Summary
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.summary import SummaryScreen
from tests.tui.harness import answer_keys, make_app, press_all
from tests.tui.test_screens import loaded
from tests.tui.test_study_screen import inject, one_of_each, open_study


def footer_fits(app: QuizApp) -> list[str]:
    """The labels of footer keys cut off or hidden under the palette key (none, we hope)."""
    screen = app.screen
    keys = list(screen.query(FooterKey))
    palette = [k for k in keys if k.has_class("-command-palette")]
    limit = palette[0].region.x if palette else screen.size.width
    assert [k for k in keys if k not in palette], "no footer keys at all"
    return [k.description for k in keys if k not in palette and k.region.right > limit]


async def test_every_footer_fits_at_80_columns(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        assert footer_fits(app) == [], "home"
        for key in ("b", "r", "comma"):
            await pilot.press(key)
            await loaded(pilot, app)
            assert footer_fits(app) == [], key
            await pilot.press("escape")
            await loaded(pilot, app)
        screen = await open_study(pilot, app)
        q = next(q for q in one_of_each(app) if q.kind == "mcq")
        await inject(screen, q)
        await pilot.pause()
        assert footer_fits(app) == [], "question"
        wrong = next(i for i, o in enumerate(q.options or []) if o not in q.answer)
        await press_all(pilot, [str(wrong + 1)])
        assert footer_fits(app) == [], "feedback after a wrong answer"
        await press_all(pilot, ["enter"])
        await inject(screen, q)
        await press_all(pilot, answer_keys(q))
        assert footer_fits(app) == [], "feedback after a right answer"
        await app.push_screen(SummaryScreen(Summary("s", "scheduled")))
        await pilot.pause()
        assert footer_fits(app) == [], "summary"


async def test_f1_lists_this_screens_keys_then_every_screen(tmp_path: Path) -> None:
    from quizapp.tui.screens.help import HelpScreen

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.press("r")
        await loaded(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text
        this, every = text.split("## Every screen")
        assert "This screen (Reports)" in this and "`7` 7 days" in this and "`a` All" in this
        assert "`Esc` closes this help" in this
        for part in ("**Settings**", "`ctrl+s` save", "**Switch learner**", "`ctrl+q` quit"):
            assert part in every, part
        assert app.screen.query_one("#help-text").region.height > 0
        assert "Cursor up" not in this  # Textual's own widget keys are left out
        await pilot.press("escape")
        await pilot.press("escape")
        await loaded(pilot, app)
        screen = await open_study(pilot, app)
        q = next(q for q in one_of_each(app) if q.kind == "mcq")
        await inject(screen, q)
        await press_all(pilot, answer_keys(q))
        await pilot.press("f1")
        await pilot.pause()
        this = app.screen.text.split("## Every screen")[0]
        assert "This screen (Study)" in this and "`3` Good" in this and "I was right" not in this


async def test_palette_lists_the_apps_commands_before_typing(tmp_path: Path) -> None:
    from textual.command import CommandList

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await loaded(pilot, app)
        await pilot.press("ctrl+p")
        for _ in range(100):
            await pilot.pause(0.02)
            lists = list(app.screen.query(CommandList))
            if lists and lists[0].option_count:
                break
        shown = [str(o.prompt) for o in lists[0].options]
        assert any("Study the selected deck" in s for s in shown), shown
        assert any("Reports" in s for s in shown)
