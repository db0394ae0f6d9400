"""A save that fails inside the app (full disk, locked or damaged database) is one line on
screen: the app stays up, the answer stays, and saving it again later loses nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.widgets import Input

from quizapp.tui.screens.study import StudyScreen
from tests.tui.harness import answer_keys, make_app, press_all
from tests.tui.test_study_screen import inject, one_of_each, open_study

REAL_FSYNC = os.fsync


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real store on a disk with no room: every commit's fsync fails."""

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("quizapp.store.journal.os.fsync", full)


def shown(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_failed_save_keeps_the_answer_and_saving_again_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        store = app.ensure_service().store
        typed = next(q for q in one_of_each(app) if q.kind == "typed")
        await inject(screen, typed)
        answered_before = screen.session.summary.answered
        disk_full(monkeypatch)
        await press_all(pilot, [*"zzz", "enter"])
        # still studying, the same question up, the typed answer kept, one line said why
        assert app.is_running and app.screen is screen
        assert screen.feedback is None and screen.question == typed
        assert screen.query_one("#answer", Input).value == "zzz"
        (line,) = [m for m in shown(app) if m.startswith("Not saved")]
        assert "No space left" in line and "\n" not in line
        assert screen.session.summary.answered == answered_before
        assert list(store.reviews("ann")) == []
        # room again: Enter saves the kept answer, exactly once
        monkeypatch.setattr("quizapp.store.journal.os.fsync", REAL_FSYNC)
        await press_all(pilot, ["enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"
        (saved,) = list(store.reviews("ann"))
        assert saved.response == "zzz"
        assert screen.session.summary.answered == answered_before + 1


async def test_failed_override_and_undo_keep_the_app_and_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        store = app.ensure_service().store
        typed = next(q for q in one_of_each(app) if q.kind == "typed")
        await inject(screen, typed)
        await press_all(pilot, [*"zzz", "enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"
        disk_full(monkeypatch)
        await press_all(pilot, ["i"])  # I was right: cannot be saved now
        assert app.is_running and screen.feedback.verdict == "wrong"
        assert screen.session.can_override()  # the wrong answer is still the last turn
        await press_all(pilot, ["u"])  # undo cannot be saved either
        assert app.is_running and screen.feedback is not None
        assert len([m for m in shown(app) if m.startswith("Not saved")]) == 2
        monkeypatch.setattr("quizapp.store.journal.os.fsync", REAL_FSYNC)
        await press_all(pilot, ["i"])
        overridden = screen.feedback
        assert overridden.verdict == "correct" and overridden.override
        (log,) = list(store.reviews("ann"))
        assert log.override and log.rating == 3 and not log.undone
        assert screen.session.summary.answered == 1 and screen.session.summary.correct == 1
        assert isinstance(app.screen, StudyScreen)


async def test_failed_rating_change_keeps_the_rating_and_saving_again_changes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third save action after an answer (1-4, change the rating) goes through the same
    not-saved path as I-was-right and undo."""
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        store = app.ensure_service().store
        mcq = next(q for q in one_of_each(app) if q.kind == "mcq")
        await inject(screen, mcq)
        await press_all(pilot, answer_keys(mcq))
        chosen = screen.feedback
        assert chosen is not None and chosen.verdict == "correct" and chosen.rating != 4
        disk_full(monkeypatch)
        await press_all(pilot, ["4"])
        assert app.is_running and screen.feedback is chosen
        (line,) = [m for m in shown(app) if m.startswith("Not saved")]
        assert "No space left" in line and "\n" not in line
        assert [r.rating for r in store.reviews("ann")] == [chosen.rating]
        monkeypatch.setattr("quizapp.store.journal.os.fsync", REAL_FSYNC)
        await press_all(pilot, ["4"])
        assert screen.feedback is not None and screen.feedback.rating == 4
        assert [r.rating for r in store.reviews("ann")] == [4]


async def test_closing_on_a_full_disk_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        typed = next(q for q in one_of_each(app) if q.kind == "typed")
        await inject(screen, typed)
        await press_all(pilot, [*"zzz", "enter"])  # saved to the journal
        disk_full(monkeypatch)  # folding the journal in at close cannot be written
    assert app.return_code == 2
    line = " ".join(capsys.readouterr().err.split())  # printed after the app ended
    assert (
        "Traceback" not in line
        and line.startswith("quizapp: could not update")
        and "safe in the journal" in line
    )
    monkeypatch.setattr("quizapp.store.journal.os.fsync", REAL_FSYNC)
    again = make_app(tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        (saved,) = list(again.ensure_service().store.reviews("ann"))
        assert saved.response == "zzz"
