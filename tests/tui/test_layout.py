"""Screens that look finished: every screen's footer keys fit in 80 columns."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from quizapp.review.session import Summary
from quizapp.tui.screens.summary import SummaryScreen
from tests.tui.harness import answer_keys, make_app, press_all
from tests.tui.test_screens import loaded
from tests.tui.test_study_screen import inject, one_of_each, open_study


def footer_fits(app: object) -> list[str]:
    """The labels of footer keys cut off or hidden under the palette key (none, we hope)."""
    screen = app.screen  # type: ignore[attr-defined]
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
