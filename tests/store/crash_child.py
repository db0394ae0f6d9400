"""Child for the crash test: commits answers forever, printing each id once it is durable."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from quizapp.store import engine, open_store
from tests.store.helpers import T0, card, review

engine.JOURNAL_LIMIT = 7  # compact often, so kills land inside snapshot writes too

root = Path(sys.argv[1])
start = int(sys.argv[2])
store = open_store(root)
i = start
while True:
    store.commit_answer(card(f"f{i % 40}", reps=i), review(i, T0 + timedelta(hours=i)))
    sys.stdout.write(f"{i}\n")
    sys.stdout.flush()
    i += 1
