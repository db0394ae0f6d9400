"""Where the progress database lives: --db, then $QUIZAPP_DB, then the user data folder."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs


def default_db_path() -> Path:
    override = os.environ.get("QUIZAPP_DB")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("quizapp", appauthor=False) / "progress"


def default_learner() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = ""
    return name or "learner"
