"""A plain-mode study session as a child process, talked to line by line over its pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from tests.conftest import ROOT


def plain_session(db: Path, now: datetime, limit: int, seed: int = 4) -> subprocess.Popen[str]:
    """`quizapp study --plain` for learner "ann" on the default deck, pipes open."""
    args = ["study", "--plain", "--db", str(db), "--learner", "ann", "--seed", str(seed)]
    return subprocess.Popen(
        [sys.executable, "-m", "quizapp", *args, "--now", now.isoformat(), "--limit", str(limit)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
    )
