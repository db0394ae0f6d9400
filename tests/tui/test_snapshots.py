"""Snapshot tests: every screen and every question kind at 80x24 and at 120x36.

Fixed clock, seed and timer, no cursor blink. Update with `pytest tests/tui --snapshot-update`
after looking at the differences (`snapshot_report.html`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from quizapp.generate.question import KINDS, Question
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.study import StudyScreen
from tests.tui.harness import FIXED, answer_keys, home_ready

SIZES = [(80, 24), (120, 36)]
sized = pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x36"])
DECK = "russia-central-asia"
Snap = Callable[..., bool]


def still_app(tmp_path: Path) -> QuizApp:
    """Time stands still: the elapsed clock reads 00:00 whenever the screenshot is taken."""
    return QuizApp(
        tmp_path / "db",
        "ann",
        clock=lambda: FIXED,
        seed=1,
        backups=False,
        timer=lambda: 100.0,
        blink=False,
    )


async def settle(pilot: Pilot[None]) -> None:
    await home_ready(pilot)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def first_of(app: QuizApp, kind: str) -> Question:
    items = app.ensure_service().load_deck(DECK).items
    return next(q for qs in items.values() for q in qs if q.kind == kind)


def wrong_keys(q: Question) -> list[str]:
    options = q.options or []
    return [str(next(i for i, o in enumerate(options) if o not in q.answer) + 1)]


def study_with(
    kind: str, answer: bool = False, wrong: bool = False
) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        app: QuizApp = pilot.app  # type: ignore[assignment]
        session = app.ensure_service().start("ann", DECK, "scheduled", backup=False)
        q = first_of(app, kind)
        session.current = (q.fact_ids[0], q)
        await app.push_screen(StudyScreen(session, "Russia's role in Central Asia"))
        await settle(pilot)
        if answer:
            for key in wrong_keys(q) if wrong else answer_keys(q):
                await pilot.press(key)
            await settle(pilot)

    return run_before


@sized
def test_home(snap_compare: Snap, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(still_app(tmp_path), terminal_size=size, run_before=settle)


def test_too_small(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(still_app(tmp_path), terminal_size=(50, 15), run_before=settle)


@sized
@pytest.mark.parametrize("kind", KINDS)
def test_question(snap_compare: Snap, tmp_path: Path, kind: str, size: tuple[int, int]) -> None:
    assert snap_compare(still_app(tmp_path), terminal_size=size, run_before=study_with(kind))


@sized
def test_feedback(snap_compare: Snap, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(
        still_app(tmp_path), terminal_size=size, run_before=study_with("typed", answer=True)
    )


@sized
@pytest.mark.parametrize("kind", ["mcq", "multi_select"])
def test_feedback_wrong(
    snap_compare: Snap, tmp_path: Path, kind: str, size: tuple[int, int]
) -> None:
    assert snap_compare(
        still_app(tmp_path), terminal_size=size, run_before=study_with(kind, True, wrong=True)
    )


@sized
def test_summary(snap_compare: Snap, tmp_path: Path, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await study_with("mcq", answer=True)(pilot)
        await pilot.press("escape")
        await settle(pilot)

    assert snap_compare(still_app(tmp_path), terminal_size=size, run_before=run_before)


@sized
@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("browse", ["b"]),
        ("reports", ["r"]),
        ("settings", ["comma"]),
        ("help", ["f1"]),
        ("exam_date", ["e"]),
        ("practice_topics", ["p"]),
    ],
)
def test_screen(
    snap_compare: Snap, tmp_path: Path, name: str, keys: list[str], size: tuple[int, int]
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
        await settle(pilot)

    assert snap_compare(still_app(tmp_path), terminal_size=size, run_before=run_before)
