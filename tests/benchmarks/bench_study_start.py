"""Starting to study a big deck, with and without its compiled form in the cache.

Run: python tests/benchmarks/bench_study_start.py
A synthetic deck of 10k facts is written as a YAML file into the user's decks folder, and a
database on disk holds cards for 90% of its facts. Each measured start is a fresh Python
process doing what `s` on the home screen does: import, open the service, `start()` the
session (deck load, questions, no backup) and get the first question. The figure is the time
from the process's first line to the first question ("start_to_first_question"), and the
whole process as the parent sees it. "cold" runs with an empty cache folder (the code before
issue 16 always worked this way: parse the YAML, check the deck, generate every question);
"warm" with the cache a previous start left. Cold and warm alternate (A/B interleaved); the
last line is one JSON object with min/median/max and the cold/warm ratio of medians.
Target (issue 16): first question <= 300 ms after `s` for a 10k-fact deck.
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

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.synthetic import synthetic_deck  # noqa: E402
from tests.benchmarks.synthetic_history import build_history  # noqa: E402

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
FACTS = 300 if SMOKE else 10_000
ROUNDS = 1 if SMOKE else 3

CHILD = """
import time
t0 = time.perf_counter()
import sys
from pathlib import Path
from quizapp.service import StudyService
service = StudyService(Path(sys.argv[1]), seed=0)
session = service.start("bench", "synthetic", backup=False)
question = session.next_question()
assert question is not None
print((time.perf_counter() - t0) * 1000)
"""


def run(db: Path, env: dict[str, str]) -> tuple[float, float]:
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    )
    whole = (time.perf_counter() - t) * 1000
    return float(out.stdout.strip().splitlines()[-1]), whole


def spread(xs: list[float]) -> list[float]:
    return [round(min(xs), 1), round(statistics.median(xs), 1), round(max(xs), 1)]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        deck = synthetic_deck(FACTS, n_countries=max(8, FACTS // 5))
        decks = base / "decks"
        decks.mkdir()
        data = deck.model_dump(mode="json", by_alias=True, exclude_none=True)
        (decks / "synthetic.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
        facts = [f.id for f in deck.facts]
        cards = int(FACTS * 0.9)
        db = base / "db"
        build_history(db, cards * 2, cards, deck=deck.id, fact_ids=facts[:cards])
        env = {**os.environ, "QUIZAPP_DECKS": str(decks), "PYTHONPATH": str(ROOT)}
        warm_cache = base / "warm"
        run(db, {**env, "QUIZAPP_CACHE": str(warm_cache)})  # leaves the compiled deck
        results: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
        for r in range(ROUNDS):
            for which in ("cold", "warm") if r % 2 == 0 else ("warm", "cold"):
                if which == "cold":
                    cold = base / f"cold-{r}"
                    shutil.rmtree(cold, ignore_errors=True)
                    results[which].append(run(db, {**env, "QUIZAPP_CACHE": str(cold)}))
                else:
                    results[which].append(run(db, {**env, "QUIZAPP_CACHE": str(warm_cache)}))
        out: dict[str, object] = {"facts": FACTS, "rounds": ROUNDS}
        for which, rows in results.items():
            out[f"{which}_first_question_ms"] = spread([a for a, _ in rows])
            out[f"{which}_process_ms"] = spread([b for _, b in rows])
        cold_m = statistics.median(a for a, _ in results["cold"])
        warm_m = statistics.median(a for a, _ in results["warm"])
        out["ratio_cold_vs_warm"] = round(cold_m / warm_m, 2)
        out["target_met"] = warm_m <= 300
        print(json.dumps(out))


if __name__ == "__main__":
    main()
