"""Time to the first useful screen: quizapp's home on a database of 100k reviews and 10k
cards, against a minimal Textual app's first screen, side by side, fresh processes each time.

Run: python tests/benchmarks/bench_startup.py
Two quizapp figures: the home screen painted with no numbers, and the home screen showing
the decks' counts and today's numbers. Those come from the cache the app leaves when it
closes (valid while the database and deck files are as it left them; the warm-up run, like
any earlier session, leaves it), else from the database in a worker. `ratio` is the second
against the minimal app. Target: ratio <= 1.5.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.synthetic_history import build_history  # noqa: E402

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
RUNS = 2 if SMOKE else 7
REVIEWS, CARDS = (1_000, 100) if SMOKE else (100_000, 10_000)

# Each child prints how long after its launch (time passed in by the parent) its screen was
# ready, so the figure excludes tear-down (and any worker still finishing in the background).
READY = """
import os, sys, time
def ready(app):
    def report():
        print("READY", (time.time() - float(os.environ["LAUNCHED_AT"])) * 1000, flush=True)
        app.exit()
    app.call_after_refresh(report)
"""

MINIMAL = (
    READY
    + """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        ready(self)
Minimal().run(headless=True)
"""
)

QUIZAPP = (
    READY
    + """
import sys
from pathlib import Path
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.home import HomeScreen

if sys.argv[2] == "paint":  # stop at the first picture of home; show no numbers at all
    HomeScreen._show_cached = lambda self: None
    HomeScreen.reload = lambda self: ready(self.app)
else:  # stop once the deck counts are on screen, from the cache or from the database
    HomeScreen.numbers_shown = lambda self: ready(self.app)
QuizApp(Path(sys.argv[1]), "bench", backups=False).run(headless=True)
"""
)


def timed(code: str, *args: str) -> float:
    env = {
        **os.environ,
        "QUIZAPP_DECKS": str(Path(tempfile.gettempdir()) / "quizapp-no-decks"),
        "LAUNCHED_AT": repr(time.time()),
        # one fixed headless size for both apps: with no terminal and no LINES, a start from
        # the home cache could re-lay out forever, the screen flipping between 24 and 25 rows
        "COLUMNS": "80",
        "LINES": "24",
    }
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("READY")))


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="quizapp-startup-"))
    try:
        db = tmp / "db"
        build_history(db, REVIEWS, CARDS, learner="bench", deck="russia-central-asia")
        timed(MINIMAL)  # warm the file cache for all three
        timed(QUIZAPP, str(db), "data")
        minimal, paint, data = [], [], []
        for _ in range(RUNS):  # interleaved, so drift hits all alike
            minimal.append(timed(MINIMAL))
            paint.append(timed(QUIZAPP, str(db), "paint"))
            data.append(timed(QUIZAPP, str(db), "data"))
        m, p, d = (statistics.median(x) for x in (minimal, paint, data))
        print(f"minimal Textual app, first screen:     {m:5.0f} ms (median of {RUNS})")
        print(f"quizapp home painted:                   {p:5.0f} ms")
        print(
            f"quizapp home with its numbers loaded:   {d:5.0f} ms "
            f"({REVIEWS:,} reviews, {CARDS:,} cards)"
        )
        print(
            json.dumps(
                {
                    "quizapp_start_ms_median": round(d, 1),
                    "quizapp_first_paint_ms_median": round(p, 1),
                    "minimal_start_ms_median": round(m, 1),
                    "ratio": round(d / m, 2),
                    "ratio_first_paint": round(p / m, 2),
                    "reviews": REVIEWS,
                    "cards": CARDS,
                }
            )
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
