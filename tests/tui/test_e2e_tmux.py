"""The installed `quizapp` in a real terminal (tmux): three answers by keys, then quit;
the database then holds three reviews."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.store import open_store

pytestmark = pytest.mark.e2e
SESSION = f"quizapp-e2e-{os.getpid()}"


def quizapp_command() -> str:
    found = shutil.which("quizapp", path=str(Path(sys.executable).parent))
    assert found, "the quizapp console script is not installed beside this Python"
    return found


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for(text: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = screen()
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen()}")


def launch(tmp_path: Path, db: Path, zone: str = "") -> None:
    """The installed app in a detached 100x32 tmux session, on its own database."""
    command = f"{quizapp_command()} --db {db} --learner e2e"
    tz = f"TZ={zone} " if zone else ""
    tmux(
        "new-session",
        "-d",
        "-s",
        SESSION,
        "-x",
        "100",
        "-y",
        "32",
        f"env TERM=xterm-256color {tz}QUIZAPP_DECKS={tmp_path / 'decks'} {command}",
    )


@pytest.fixture
def tmux_available() -> None:
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is missing: .ci/run installs it")
        pytest.skip("tmux is not installed here")


def test_three_answers_in_a_real_terminal(tmp_path: Path, tmux_available: None) -> None:
    db = tmp_path / "db"
    launch(tmp_path, db)
    try:
        wait_for("Russia's role in")  # the title is shortened to fit narrow windows
        wait_for("Today:")
        tmux("send-keys", "-t", SESSION, "s")
        for _ in range(3):
            shown = wait_for("esc End")
            if "Press space to see the back" in shown:  # a flashcard: flip, then rate Good
                tmux("send-keys", "-t", SESSION, "Space")
                wait_for("3 good")
                tmux("send-keys", "-t", SESSION, "3")
            elif "Comes back" not in shown:
                tmux("send-keys", "-t", SESSION, "1")  # option 1, or tick 1 where several count
                time.sleep(0.5)
                if "Comes back" not in screen():
                    tmux("send-keys", "-t", SESSION, "Enter")  # submit a tick-all question
            wait_for("Comes back")
            tmux("send-keys", "-t", SESSION, "Enter")
            time.sleep(0.3)
        tmux("send-keys", "-t", SESSION, "Escape")
        wait_for("Session over")
        assert "Answered 3" in screen()
        tmux("send-keys", "-t", SESSION, "q")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if subprocess.run(
                ["tmux", "has-session", "-t", SESSION], capture_output=True
            ).returncode:
                break
            time.sleep(0.2)
        else:
            raise AssertionError("quizapp did not quit:\n" + screen())
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], capture_output=True)
    store = open_store(db, read_only=True)
    reviews = list(store.reviews("e2e"))
    store.close()
    assert len(reviews) == 3 and all(r.rating for r in reviews)
