"""Every answer widget's ways of answering (issue 19): besides the digit keys of the harness,
arrows and Enter, space to tick, and the mouse. Each is checked by its verdict and by the
response the store recorded, so an off-by-one in any path fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from quizapp.generate.question import ONE_OF_OPTIONS, Question
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.study import StudyScreen
from tests.tui.harness import make_app, press_all
from tests.tui.test_study_screen import DECK, inject, open_study

CHOICE = ["mcq", "true_false", "numeric_mcq", "odd_one_out", *ONE_OF_OPTIONS]


def key_not_first(app: QuizApp, kind: str) -> Question:
    """An item of this kind whose key is not the first option (so a 0-based slip shows)."""
    q = _first(app, kind)
    options = q.options or []
    at = options.index(q.answer[0])
    if at == 0:  # move the key to the third place
        options = [*options[1:3], options[0], *options[3:]]
    return q.model_copy(update={"options": options})


def last_response(app: QuizApp) -> str:
    reviews = [r for r in app.ensure_service().store.reviews("ann") if not r.undone]
    return reviews[-1].response


async def _setup(pilot: Pilot[None], app: QuizApp, q: Question) -> StudyScreen:
    screen = await open_study(pilot, app)
    await inject(screen, q)
    await pilot.pause()
    return screen


@pytest.mark.parametrize("kind", CHOICE)
async def test_choice_by_arrows_and_enter(tmp_path: Path, kind: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = key_not_first(app, kind)
        screen = await _setup(pilot, app, q)
        at = (q.options or []).index(q.answer[0])
        widget = screen.query_one("#answer", OptionList)
        widget.focus()
        await pilot.pause()
        await press_all(pilot, ["home", *["down"] * at])
        assert widget.highlighted == at
        await press_all(pilot, ["enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "correct", q.options
        assert last_response(app) == str(at + 1)


@pytest.mark.parametrize("kind", CHOICE)
async def test_choice_by_a_wrong_arrow_is_wrong(tmp_path: Path, kind: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = key_not_first(app, kind)
        screen = await _setup(pilot, app, q)
        screen.query_one("#answer", OptionList).focus()
        await press_all(pilot, ["home", "enter"])  # the first option, which is not the key
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"
        assert last_response(app) == "1"


@pytest.mark.parametrize("kind", CHOICE)
async def test_choice_by_mouse(tmp_path: Path, kind: str) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        q = key_not_first(app, kind)
        screen = await _setup(pilot, app, q)
        at = (q.options or []).index(q.answer[0])
        # one line per option inside a one-line border (wide enough that no option wraps:
        # a 115-character claim-evidence option took two rows at 120): the key's row is 1 + at
        await pilot.click("#answer", offset=(4, 1 + at))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.feedback is not None and screen.feedback.verdict == "correct", q.options
        assert last_response(app) == str(at + 1)


async def test_tick_all_by_arrows_and_space(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = key_not_first(app, "multi_select")
        screen = await _setup(pilot, app, q)
        options = q.options or []
        screen.query_one("#answer").focus()
        keys = ["home"]
        for i in range(len(options)):
            if options[i] in q.answer:
                keys.append("space")
            keys.append("down")
        await press_all(pilot, [*keys, "enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "correct"
        expected = " ".join(str(i + 1) for i, o in enumerate(options) if o in q.answer)
        assert last_response(app) == expected


async def test_tick_all_with_one_wrong_tick_is_wrong(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = key_not_first(app, "multi_select")
        screen = await _setup(pilot, app, q)
        options = q.options or []
        wrong = next(i for i, o in enumerate(options) if o not in q.answer)
        keys = [str(options.index(a) + 1) for a in q.answer] + [str(wrong + 1), "enter"]
        await press_all(pilot, keys)
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"


async def test_matching_backspace_undoes_a_pair(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = _first(app, "matching")
        screen = await _setup(pilot, app, q)
        options = q.options or []
        rights = [str(options.index(a.split(" → ")[1]) + 1) for a in q.answer]
        wrong_first = next(str(i) for i in range(1, len(options) + 1) if str(i) != rights[0])
        await press_all(pilot, [wrong_first, "backspace", *rights, "enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "correct"
        assert last_response(app) == " ".join(rights)


async def test_flashcard_grades_only_after_the_flip(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        q = _first(app, "flashcard")
        screen = await _setup(pilot, app, q)
        await press_all(pilot, ["4"])  # not flipped yet: no grade
        assert screen.feedback is None
        await press_all(pilot, ["space", "2"])
        assert screen.feedback is not None and screen.feedback.verdict == "self_graded"
        (log,) = [r for r in app.ensure_service().store.reviews("ann") if not r.undone]
        assert log.rating == 2


def _first(app: QuizApp, kind: str) -> Question:
    items = app.ensure_service().load_deck(DECK).items
    return next(q for qs in items.values() for q in qs if q.kind == kind)
