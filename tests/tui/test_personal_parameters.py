"""Personal parameters in the app: the suggestion to optimise, when it last ran, retention
per deck (and the session scheduling with it)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual.widgets import Input, Static

from quizapp.report.render_text import render
from quizapp.service import StudyService
from quizapp.store import open_store
from quizapp.store.engine import MAIN, doc_id
from quizapp.store.records import DayTally, OptimizeRun, Settings
from quizapp.tui.screens.settings import SettingsScreen
from tests.review.memory import DEFAULTS
from tests.tui.harness import FIXED, home_ready, make_app

DECK = "russia-central-asia"
PERSONAL = (0.1, 0.3, 0.8, 2.9, *DEFAULTS[4:20], 0.5)


def _messages(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


def _tallies(db: Path, answered_per_day: list[int]) -> None:
    store = open_store(db)
    store.ensure_learner("ann", FIXED)
    for i, n in enumerate(answered_per_day):
        tally = DayTally(learner="ann", day=date(2026, 1, 1) + timedelta(days=i), answered=n)
        doc = tally.model_dump(mode="json")
        store.engine.commit([(MAIN, "days", doc_id(f"ann|{tally.day}"), doc)])
    store.close()


async def test_the_app_suggests_optimize_from_400_answers(tmp_path: Path) -> None:
    _tallies(tmp_path / "db", [100, 100, 100, 99])
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        assert not any("quizapp optimize" in m for m in _messages(app))
    _tallies(tmp_path / "db", [100, 100, 100, 100])
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        assert any("400 reviews logged" in m for m in _messages(app))


async def test_settings_show_the_last_run_and_save_retention_per_deck(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    run = OptimizeRun(
        at=FIXED,
        reviews=812,
        held_out=140,
        log_loss_before=0.41,
        log_loss_after=0.37,
        rmse_before=0.09,
        rmse_after=0.05,
        adopted=True,
    )
    store.save_settings(
        Settings(learner="ann", timezone="UTC", optimized=run, fsrs_parameters=list(PERSONAL))
    )
    store.close()
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        shown = str(app.screen.query_one("#settings-optimized", Static).render())
        assert "last fitted 2026-11-29 10:00 UTC on 812 reviews (in use" in shown
        field = app.screen.query_one("#set-deck_retention", Input)
        field.value = f"{DECK}=0.5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.ensure_service().settings("ann").deck_retention == {}
        field.value = f"{DECK} 0.85"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.ensure_service().settings("ann").deck_retention == {}
        assert any("is not deck=retention" in m for m in _messages(app))
        field.value = f"{DECK}=0.85"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.ensure_service().settings("ann").deck_retention == {DECK: 0.85}


def test_a_session_schedules_with_the_decks_retention_and_personal_parameters() -> None:
    service = StudyService(None, clock=lambda: FIXED, seed=1)
    service.save_settings(
        Settings(
            learner="x",
            timezone="UTC",
            deck_retention={DECK: 0.8},
            fsrs_parameters=list(PERSONAL),
            optimized=OptimizeRun(
                at=FIXED,
                reviews=500,
                held_out=90,
                log_loss_before=0.5,
                log_loss_after=0.4,
                rmse_before=0.1,
                rmse_after=0.05,
                adopted=True,
            ),
        )
    )
    session = service.start("x", DECK, backup=False)
    assert session.scheduler.desired_retention == 0.8
    assert tuple(session.scheduler.parameters) == PERSONAL
    text = render(service.report("x", DECK))
    assert "personal FSRS parameters (fitted 2026-11-29 on 500 reviews" in text
    assert "aiming at 80% retention" in text
    whole = service.report("x")  # every deck: the learner's default retention
    assert whole.desired_retention == 0.9 and whole.fsrs_parameters == list(PERSONAL)
