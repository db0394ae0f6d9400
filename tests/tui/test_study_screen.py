"""A session through every question kind, answered by keys, plus reveal, undo and override."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from quizapp.generate.question import KINDS, Question
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.study import StudyScreen
from quizapp.tui.screens.summary import SummaryScreen
from tests.tui.harness import answer_keys, home_ready, make_app, press_all

DECK = "russia-central-asia"


def one_of_each(app: QuizApp) -> list[Question]:
    items = app.ensure_service().load_deck(DECK).items
    chosen: dict[str, Question] = {}
    for qs in items.values():
        for q in qs:
            chosen.setdefault(q.kind, q)
    return [chosen[k] for k in KINDS]


async def open_study(pilot: Pilot[None], app: QuizApp) -> StudyScreen:
    service = app.ensure_service()
    session = service.start("ann", DECK, "scheduled", backup=False)
    screen = StudyScreen(session, "Deck")
    await app.push_screen(screen)
    await pilot.pause()
    return screen


async def inject(screen: StudyScreen, q: Question) -> None:
    """Put this question up next, as if the queue had chosen it."""
    screen.session.current = (q.fact_ids[0], q)
    await screen._ask()


async def test_every_kind_answered_right_by_keys(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        for q in one_of_each(app):
            await inject(screen, q)
            await pilot.pause()
            await press_all(pilot, answer_keys(q))
            assert screen.feedback is not None, q.kind
            expected = "self_graded" if q.kind == "flashcard" else "correct"
            assert screen.feedback.verdict == expected, (q.kind, q.answer)
            await pilot.press("enter")
            await pilot.pause()
        reviews = list(app.ensure_service().store.reviews("ann"))
        assert sorted(r.kind for r in reviews) == sorted(KINDS)
        assert all(r.duration_ms > 0 for r in reviews)


async def test_slip_is_not_an_answer_and_reveal_undo_override(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        typed = next(q for q in one_of_each(app) if q.kind == "typed")
        await inject(screen, typed)
        await press_all(pilot, ["enter"])  # an empty answer is a slip
        assert screen.feedback is None
        await press_all(pilot, ["ctrl+r"])
        assert screen.feedback is not None and screen.feedback.verdict == "revealed"
        await press_all(pilot, ["u"])  # undo: the same question again
        assert screen.feedback is None and screen.question == typed
        await press_all(pilot, [*"zzz", "enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"
        await press_all(pilot, ["i"])  # I was right
        assert screen.feedback.verdict == "correct" and screen.feedback.override
        (log,) = [r for r in app.ensure_service().store.reviews("ann") if not r.undone]
        assert log.override and log.rating == 3
        await press_all(pilot, ["escape"])
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.answered == 1
        await press_all(pilot, ["enter"])
        assert isinstance(app.screen, HomeScreen)


async def test_resize_keeps_the_question_and_tiny_window_is_covered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = screen.question
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        assert app.has_class("too-small") and not screen.query_one("#study").display
        await pilot.resize_terminal(100, 32)
        await pilot.pause()
        assert screen.question == q and screen.query_one("#study").display


@pytest.mark.parametrize("mode", ["practice", "scheduled"])
async def test_study_from_home_by_keys(tmp_path: Path, mode: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        await pilot.press("p" if mode == "practice" else "s")
        await pilot.pause()
        if mode == "practice":
            await pilot.press("enter")  # the whole deck
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert app.screen.session.mode == mode
        q = app.screen.question
        assert q is not None
        await press_all(pilot, answer_keys(q))
        assert app.screen.feedback is not None
        expected = "self_graded" if q.kind == "flashcard" else "correct"
        assert app.screen.feedback.verdict == expected, (q.kind, q.answer)
