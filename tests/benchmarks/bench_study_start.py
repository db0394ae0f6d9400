"""Starting to study a big deck, with and without its compiled form in the cache.

Run: python tests/benchmarks/bench_study_start.py [FACTS] [--cases warm,home_prepared,...]
(--cases picks among cold, warm, home_prepared, home_unprepared: all by default; the cold
case generates every question, minutes at 10k facts. QUIZAPP_BENCH_COLD_ROUNDS=1 runs fewer
cold starts.) Every process runs on a fixed clock: the hour after the database's last review,
so the queue each start builds is the same whatever the day the benchmark runs.
A synthetic deck of 10k facts is written as a YAML file into the user's decks folder, and a
database on disk holds cards for 90% of its facts. Each measured start is a fresh Python
process. "cold" and "warm" do what `quizapp study` does: import, open the service, ask
whether there is anything to study, `start()` the session (deck load, questions, no backup)
and get the first question, timed from the process's first line ("*_first_question_ms") and
as the parent sees the process. "cold" runs with an empty cache folder (parse the YAML,
check the deck, generate every question); "warm" with the cache a previous start left.
"after_s_home_*" is what the TUI's learner waits for after pressing `s` on the home screen
with its numbers shown: "prepared" once home has loaded the highlighted deck's questions
and the study code (as it does while it is up), "unprepared" when `s` comes first. The
kinds alternate (A/B interleaved); the last line is one JSON object with min/median/max, the
cold/warm ratio of medians and the load average.
"cold_home_now" and "cold_home_ready" are the first start of a deck version as the TUI
makes it (issues 12, 16): an empty cache, home's numbers ("launch_to_home_ms"), then the
deck's questions prepared in a background thread as home does while it is up
("home_to_ready_ms"); `s` is pressed at once ("now": it waits for what is left of the
generation) or once they are ready ("ready"). --deck ID measures a bundled deck instead of
the synthetic one (its facts get the cards). The CPU seconds of the whole process are
printed beside (wall time on a shared machine says much about the neighbours).
Target (issue 16): first question <= 300 ms after `s` for a 10k-fact deck.
"""

from __future__ import annotations

import argparse
import json
import os
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
CASES = ("cold", "warm", "home_prepared", "home_unprepared", "cold_home_now", "cold_home_ready")
ROUNDS = 1 if SMOKE else 3
# a cold start of 10k facts generates every question (minutes on a busy machine)
COLD_ROUNDS = int(os.environ.get("QUIZAPP_BENCH_COLD_ROUNDS", ROUNDS))

CHILD = """
import time
t0, c0 = time.perf_counter(), time.process_time()
import json, sys, threading
from datetime import datetime
from pathlib import Path
from quizapp.service import StudyService
now = datetime.fromisoformat(sys.argv[3])
service = StudyService(Path(sys.argv[1]), seed=0, clock=lambda: now)
home, deck = sys.argv[2], sys.argv[4]
out = {}
if home != "fresh":  # what the TUI has done while home is up: the numbers (deck parsed)
    service.status("bench", [d for d, _ in service.deck_ids()])
    out["home"] = (time.perf_counter() - t0) * 1000
    if home == "prepared":  # and, once a deck is highlighted, its questions and the code
        service.prepare_study(deck)
    if home.startswith("cold_home"):  # the TUI's worker: the questions while home is up
        th = threading.Thread(target=service.prepare_study, args=(deck,))
        th.start()
        if home == "cold_home_ready":
            th.join()
t1 = time.perf_counter()
ready, _ = service.plan_text("bench", deck)  # what `s` does: is there anything?
session = service.start("bench", deck, backup=False)
question = session.next_question()
assert ready and question is not None
t2 = time.perf_counter()
out |= {"process": (t2 - t0) * 1000, "after_s": (t2 - t1) * 1000}
if home.startswith("cold_home"):
    th.join()
    out["ready"] = (time.perf_counter() - t0) * 1000 - out["home"]
out["cpu_s"] = time.process_time() - c0
print(json.dumps(out))
"""


Run = dict[str, float]


def run(db: Path, env: dict[str, str], home: str = "fresh") -> Run:
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), home, env["BENCH_NOW"], env["BENCH_DECK"]],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    )
    figures: Run = json.loads(out.stdout.strip().splitlines()[-1])
    figures["whole"] = (time.perf_counter() - t) * 1000
    return figures


def spread(xs: list[float]) -> list[float]:
    return [round(min(xs), 1), round(statistics.median(xs), 1), round(max(xs), 1)]


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Starting to study a big deck.")
    parser.add_argument("facts", nargs="?", type=int, default=300 if SMOKE else 10_000)
    parser.add_argument(
        "--cases", default=",".join(CASES), help="comma-separated: " + ", ".join(CASES)
    )
    parser.add_argument("--deck", help="a bundled deck's id, measured instead of a synthetic one")
    args = parser.parse_args(argv)
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    if not cases or set(cases) - set(CASES):
        parser.error(f"--cases takes some of {', '.join(CASES)}")
    args.cases = [c for c in CASES if c in cases]
    return args


def setup(base: Path, n_facts: int, bundled: str | None) -> tuple[Path, dict[str, str], int]:
    """The decks folder, a database with cards for 90% of the measured deck's facts, and the
    environment of every start; with the number of facts measured."""
    decks = base / "decks"
    decks.mkdir()
    if bundled is None:
        deck = synthetic_deck(n_facts, n_countries=max(8, n_facts // 5))
        data = deck.model_dump(mode="json", by_alias=True, exclude_none=True)
        (decks / "synthetic.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    else:
        from quizapp.facts import load_deck

        deck = load_deck(ROOT / "questions" / f"{bundled}.yaml")
    facts = [f.id for f in deck.facts]
    cards = int(len(facts) * 0.9)
    db = base / "db"
    now = build_history(db, cards * 2, cards, deck=deck.id, fact_ids=facts[:cards])
    env = {
        **os.environ,
        "QUIZAPP_DECKS": str(decks),
        "PYTHONPATH": str(ROOT),
        "BENCH_NOW": now.isoformat(),
        "BENCH_DECK": deck.id,
    }
    return db, env, len(facts)


def measure(base: Path, db: Path, env: dict[str, str], cases: list[str]) -> dict[str, list[Run]]:
    """Each case ROUNDS times (cold ones COLD_ROUNDS), A/B interleaved, each a fresh process."""
    warm = {**env, "QUIZAPP_CACHE": str(base / "warm")}
    if {"warm", "home_prepared", "home_unprepared"} & set(cases):
        run(db, warm)  # leaves the compiled deck
    results: dict[str, list[Run]] = {c: [] for c in cases}
    for r in range(ROUNDS):
        for which in list(results) if r % 2 == 0 else list(reversed(results)):
            if which.startswith("cold"):
                if r >= COLD_ROUNDS:
                    continue
                cold = base / f"{which}-{r}"  # an empty cache folder
                home = "fresh" if which == "cold" else which
                results[which].append(run(db, {**env, "QUIZAPP_CACHE": str(cold)}, home))
            elif which == "warm":
                results[which].append(run(db, warm))
            else:
                results[which].append(run(db, warm, which.split("_")[1]))
    return results


def summary(results: dict[str, list[Run]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for which in ("cold", "warm"):  # a fresh process, from its first line
        if which in results:
            out[f"{which}_first_question_ms"] = spread([f["process"] for f in results[which]])
            out[f"{which}_process_ms"] = spread([f["whole"] for f in results[which]])
    for which in ("home_prepared", "home_unprepared"):  # home up, then `s`
        if which in results:
            out[f"after_s_{which}_ms"] = spread([f["after_s"] for f in results[which]])
    for which in ("cold_home_now", "cold_home_ready"):  # a first start as the TUI makes it
        if which in results:
            runs = results[which]
            out[f"{which}_launch_to_home_ms"] = spread([f["home"] for f in runs])
            out[f"{which}_home_to_ready_ms"] = spread([f["ready"] for f in runs])
            out[f"{which}_after_s_ms"] = spread([f["after_s"] for f in runs])
            out[f"{which}_cpu_s"] = spread([f["cpu_s"] for f in runs])
    if "cold" in results and "warm" in results:
        cold_m = statistics.median(f["process"] for f in results["cold"])
        warm_m = statistics.median(f["process"] for f in results["warm"])
        out["ratio_cold_vs_warm"] = round(cold_m / warm_m, 2)
    if "home_prepared" in results:
        after_s = statistics.median(f["after_s"] for f in results["home_prepared"])
        out["target_met"] = after_s <= 300
    return out


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        db, env, n_facts = setup(base, args.facts, args.deck)
        results = measure(base, db, env, args.cases)
        out: dict[str, object] = {"deck": env["BENCH_DECK"], "facts": n_facts}
        out |= {"rounds": ROUNDS, "cold_rounds": COLD_ROUNDS, "clock": env["BENCH_NOW"]}
        out |= summary(results)
        out["load_average"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(out))


if __name__ == "__main__":
    main()
