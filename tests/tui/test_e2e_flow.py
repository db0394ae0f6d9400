"""The installed `quizapp` in tmux (issue 14, part A): study a deck to empty and press `s`
again, practise a topic with nothing in it, and wait through a learn-ahead countdown; the
app never freezes (it quits with q at the end)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from quizapp.service import StudyService
from quizapp.store import open_store
from quizapp.store.records import Settings
from tests.tui import test_e2e_tmux as e2e
from tests.tui.test_e2e_tmux import SESSION, screen, tmux, wait_for

tmux_available = e2e.tmux_available  # the fixture: skip (or fail on CI) without tmux
pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("tmux_available")]


def launch(tmp_path: Path, db: Path) -> None:
    e2e.launch(tmp_path, db, zone="UTC")


def keys(*k: str) -> None:
    tmux("send-keys", "-t", SESSION, *k)


def quits() -> None:
    keys("q")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if subprocess.run(["tmux", "has-session", "-t", SESSION], capture_output=True).returncode:
            return
        time.sleep(0.2)
    raise AssertionError("quizapp did not quit (frozen?):\n" + screen())


def wait_gone(text: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen()
        if text not in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never went away; the screen was:\n{screen()}")


def prepare(db: Path, **settings: object) -> None:
    store = open_store(db)
    store.save_settings(Settings(learner="e2e", timezone="UTC", **settings))
    store.close()


def test_study_to_empty_press_s_again_and_practise_an_empty_topic(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db"
    prepare(db, new_per_day=2, learn_ahead_min=0)
    service = StudyService(db)
    deck = service.deck("russia-central-asia")
    for fact in deck.facts:
        if "energy" in fact.topics:
            service.set_suspended("e2e", deck.id, fact.id, True)
    service.close()
    launch(tmp_path, db)
    try:
        wait_for("Today:")
        wait_for("2 new. Press s to study.")
        keys("s")
        for n in (1, 2):
            wait_for(f"{n} / 2")
            wait_for("esc End")
            keys("C-r")  # reveal: no need to know the answer
            wait_for("Comes back")
            keys("Enter")
            wait_gone("Comes back")
        wait_for("Session over")
        assert "Answered 2" in screen()
        keys("Enter")
        wait_for("Nothing due. Next card at")
        keys("s")
        wait_for("Nothing due.")
        time.sleep(1)  # give a wrongly opened session the chance to show itself
        assert "esc End" not in screen() and "Session over" not in screen()
        keys("p")
        wait_for("Energy")
        keys("Down", "Down", "Down", "Down")  # whole deck, then the topics in deck order
        keys("Enter")
        wait_for("Nothing to practise")
        assert "esc End" not in screen()
        quits()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)


def test_a_session_waits_through_a_learn_ahead_countdown(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db"
    prepare(db, new_per_day=1, learning_steps_min=[0.1])  # a learning step of 6 seconds
    launch(tmp_path, db)
    try:
        wait_for("Today:")
        keys("s")
        wait_for("1 / 1")
        wait_for("esc End")
        keys("C-r")
        wait_for("Comes back")
        keys("Enter")
        shown = wait_for("Waiting for a learning card")
        assert "Next card in 0:0" in shown and "1 / 2" in shown
        wait_gone("Waiting for a learning card", timeout=30)
        wait_for("2 / 2")  # the same card, asked again in the same session
        keys("Escape")
        wait_for("Session over")
        keys("Enter")
        wait_for("Today:")
        quits()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    store = open_store(db, read_only=True)
    reviews = [r for r in store.reviews("e2e") if not r.undone]
    store.close()
    assert len(reviews) == 1 and reviews[0].verdict == "revealed"
