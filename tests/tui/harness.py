"""A QuizApp with fixed time and seed, and helpers to answer any question by keys."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict, Unpack

from textual.pilot import Pilot

from quizapp.generate.answers import key_response
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question
from quizapp.tui.app import QuizApp
from quizapp.tui.launch import Launch

FIXED = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


class FakeTimer:
    """Each reading is 3 seconds after the last: answers take a steady, plausible time."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        self.t += 3.0
        return self.t


class AppOptions(TypedDict, total=False):
    """What a test may set on the app beyond the harness's fixed choices."""

    read_only: bool
    launch: Launch | None


def make_app(tmp_path: Path, learner: str = "ann", **kw: Unpack[AppOptions]) -> QuizApp:
    return QuizApp(
        tmp_path / "db",
        learner,
        clock=lambda: FIXED,
        seed=1,
        backups=False,
        timer=FakeTimer(),
        blink=False,
        **kw,
    )


def ordering_keys(q: Question) -> list[str]:
    """Keys that move the options into the answer's order, as a person would."""
    order = list(q.options or [])
    keys: list[str] = []
    cursor = 0
    for target, item in enumerate(q.answer):
        at = order.index(item)
        keys += ["down"] * (at - cursor) if at > cursor else ["up"] * (cursor - at)
        keys += ["left_square_bracket"] * (at - target)
        order.insert(target, order.pop(at))
        cursor = target
    return [*keys, "enter"]


def answer_keys(q: Question) -> list[str]:
    shape = SPECS[q.kind].shape
    key = key_response(q)  # the right answer as the widget writes it
    if shape == "choice":
        return [key]
    if shape in ("ticks", "pairs"):
        return [*key.split(), "enter"]
    if shape == "order":
        return ordering_keys(q)
    if shape == "self":
        return ["space", key]
    return [*("space" if ch == " " else ch for ch in key), "enter"]


async def press_all(pilot: Pilot[None], keys: list[str]) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def home_ready(pilot: Pilot[None]) -> None:
    """Wait until the home screen shows its numbers (they load in a worker after painting)."""
    import time

    from quizapp.tui.screens.home import HomeScreen

    deadline = time.monotonic() + 60  # a loaded CI machine can take seconds; never sleep blind
    while time.monotonic() < deadline:
        await pilot.pause(0.01)
        screen = pilot.app.screen
        if not isinstance(screen, HomeScreen) or screen.loaded:
            break
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
