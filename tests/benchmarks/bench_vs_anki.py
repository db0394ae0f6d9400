"""quizapp against Anki on the same work: 10k cards with 100k reviews, A/B interleaved.

Run: python tests/benchmarks/bench_vs_anki.py [CARDS] [REVIEWS]
Anki is its Python package (`anki`, a test dependency), on a collection written for the run:
CARDS basic notes, 90% of them in review with due days spread like quizapp's cards, and
REVIEWS review-log rows. quizapp gets a synthetic deck of CARDS facts (YAML in a decks folder,
its compiled form and questions already cached, as after a first start) and a database on
disk with the same numbers of cards and reviews. Each round measures, in the same process,
quizapp and Anki one after the other (which goes first alternates):

- open + queue: open the collection / the database and get today's first card. Anki:
  `Collection(path)` + `sched.get_queued_cards()`. quizapp: `StudyService(db)`, whether the
  deck has anything to ask, `start()` (deck, cards, today's reviews, questions) and
  `next_question()`. Imports are done before either clock starts.
- answer + next: answer the card on screen and get the next one, as the learner waits after
  Enter (ANSWERS answers, median). Anki: `build_answer` + `answer_card` +
  `get_queued_cards`; quizapp: `answer` + `next_question` + `progress`.
- statistics: Anki's graphs for the whole collection over a year (the backend's `graphs`) against
  quizapp's report figures (`service.report`); also each side's CPU time
  (`time.process_time`, which a busy machine distorts less than wall time), and its ratio.

The last line is one JSON object: each side's min/median/max per operation (ms) and the
ratios quizapp / Anki of the medians (lower is better; 1.0 is as fast as Anki), with the
load average. A benchmark: nothing is asserted.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.synthetic import synthetic_deck  # noqa: E402
from tests.benchmarks.synthetic_history import build_history  # noqa: E402
from tests.review.learner import right_answer  # noqa: E402

SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
CARDS = int(sys.argv[1]) if len(sys.argv) > 1 else 300 if SMOKE else 10_000
REVIEWS = int(sys.argv[2]) if len(sys.argv) > 2 else 3_000 if SMOKE else 100_000
ROUNDS = 1 if SMOKE else 3
ANSWERS = 5 if SMOKE else 30
DAY_MS = 86_400_000


def ms_since(t: float) -> float:
    return (time.perf_counter() - t) * 1000


def spread(xs: list[float]) -> list[float]:
    return [round(min(xs), 2), round(statistics.median(xs), 2), round(max(xs), 2)]


# -- Anki ------------------------------------------------------------------------------
def build_anki(path: Path, n_cards: int, n_reviews: int) -> None:
    from anki.collection import Collection

    col = Collection(str(path))
    model = col.models.by_name("Basic")
    assert model is not None
    deck_id = col.decks.id("bench")
    assert deck_id is not None
    for i in range(n_cards):
        note = col.new_note(model)
        note["Front"] = f"Which bloc did Country {i} join?"
        note["Back"] = f"Bloc {i % 97}"
        col.add_note(note, deck_id)
    today = col.sched.today
    seen = int(n_cards * 0.9)
    db = col.db
    assert db is not None
    card_ids = [cid for (cid,) in db.all("select id from cards order by id")]
    # like quizapp's: due spread over 30 days around today, so about a third due now
    db.executemany(
        "update cards set type=2, queue=2, ivl=?, due=?, factor=2500, reps=3 where id=?",
        [(10 + i % 50, today + (i % 30) - 10, cid) for i, cid in enumerate(card_ids[:seen])],
    )
    start_ms = int(time.time() * 1000) - n_reviews * DAY_MS // 200
    db.executemany(
        "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
        " values (?, ?, -1, 3, ?, ?, 2500, 4000, 1)",
        [(start_ms + i * DAY_MS // 200, card_ids[i % seen], 10, 8) for i in range(n_reviews)],
    )
    col.close()


def anki_open_queue(path: Path) -> tuple[float, Any]:
    from anki.collection import Collection
    from anki.scheduler.v3 import Scheduler

    t = time.perf_counter()
    col = Collection(str(path))
    col.decks.select(col.decks.id("bench"))  # type: ignore[arg-type]
    sched = col.sched
    assert isinstance(sched, Scheduler)
    queued = sched.get_queued_cards()
    assert queued.cards
    return ms_since(t), col


def anki_answers(col: Any, n: int) -> list[float]:
    from anki.cards import Card
    from anki.scheduler.v3 import CardAnswer

    times = []
    queued = col.sched.get_queued_cards()
    for _ in range(n):
        if not queued.cards:
            break
        t = time.perf_counter()
        top = queued.cards[0]
        card = Card(col, backend_card=top.card)
        card.start_timer()
        answer = col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD)
        col.sched.answer_card(answer)
        queued = col.sched.get_queued_cards()
        times.append(ms_since(t))
    return times


def anki_stats(col: Any) -> tuple[float, float]:
    t, cpu = time.perf_counter(), time.process_time()
    col._backend.graphs(search="deck:bench", days=365)
    return ms_since(t), (time.process_time() - cpu) * 1000


# -- quizapp ---------------------------------------------------------------------------
def quizapp_open_queue(db: Path) -> tuple[float, Any, Any]:
    from quizapp.service import StudyService

    t = time.perf_counter()
    service = StudyService(db, seed=0)
    ready, _ = service.plan_text("bench", "synthetic")
    session = service.start("bench", "synthetic", backup=False)
    question = session.next_question()
    assert ready and question is not None
    return ms_since(t), service, session


def quizapp_answers(session: Any, n: int) -> list[float]:
    times = []
    question = session.next_question()
    for _ in range(n):
        if question is None:
            break
        t = time.perf_counter()
        session.answer(right_answer(question), 4000)
        question = session.next_question()
        session.progress()
        times.append(ms_since(t))
    return times


def quizapp_stats(service: Any) -> tuple[float, float]:
    """The report's wall and CPU time (ms): CPU time is the less distorted on a busy machine."""
    t, cpu = time.perf_counter(), time.process_time()
    service.report("bench", "synthetic")
    return ms_since(t), (time.process_time() - cpu) * 1000


def main() -> None:
    results: dict[str, dict[str, list[float]]] = {
        side: {"open_queue": [], "answer_next": [], "statistics": [], "statistics_cpu": []}
        for side in ("quizapp", "anki")
    }
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        deck = synthetic_deck(CARDS, n_countries=max(8, CARDS // 5))
        decks = base / "decks"
        decks.mkdir()
        data = deck.model_dump(mode="json", by_alias=True, exclude_none=True)
        (decks / "synthetic.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
        os.environ["QUIZAPP_DECKS"] = str(decks)
        os.environ["QUIZAPP_CACHE"] = str(base / "cache")
        facts = [f.id for f in deck.facts]
        seen = int(CARDS * 0.9)
        fixture = base / "fixture-db"
        build_history(fixture, REVIEWS, seen, deck=deck.id, fact_ids=facts[:seen])
        anki_fixture = base / "fixture.anki2"
        build_anki(anki_fixture, CARDS, REVIEWS)
        # the first start compiles the deck and its questions (not measured), and imports
        warm = base / "warm-db"
        shutil.copytree(fixture, warm)
        _, service, _ = quizapp_open_queue(warm)
        service.close()
        import anki.collection  # noqa: F401

        for r in range(ROUNDS):
            db, col_path = base / f"db-{r}", base / f"col-{r}.anki2"
            shutil.copytree(fixture, db)
            shutil.copy(anki_fixture, col_path)

            def quizapp_round(db: Path = db) -> None:
                gc.collect()
                ms, service, session = quizapp_open_queue(db)
                results["quizapp"]["open_queue"].append(ms)
                times = quizapp_answers(session, ANSWERS)
                results["quizapp"]["answer_next"].append(statistics.median(times))
                wall, cpu = quizapp_stats(service)
                results["quizapp"]["statistics"].append(wall)
                results["quizapp"]["statistics_cpu"].append(cpu)
                service.close()

            def anki_round(col_path: Path = col_path) -> None:
                gc.collect()
                ms, col = anki_open_queue(col_path)
                results["anki"]["open_queue"].append(ms)
                results["anki"]["answer_next"].append(statistics.median(anki_answers(col, ANSWERS)))
                wall, cpu = anki_stats(col)
                results["anki"]["statistics"].append(wall)
                results["anki"]["statistics_cpu"].append(cpu)
                col.close()

            order: list[Callable[[], None]] = [quizapp_round, anki_round]
            for side in order if r % 2 == 0 else reversed(order):
                side()
    out: dict[str, object] = {"cards": CARDS, "reviews": REVIEWS, "rounds": ROUNDS}
    for name, ops in results.items():
        for op, xs in ops.items():
            out[f"{name}_{op}_ms"] = spread(xs)
    for op in ("open_queue", "answer_next", "statistics", "statistics_cpu"):
        q = statistics.median(results["quizapp"][op])
        a = statistics.median(results["anki"][op])
        out[f"ratio_{op}"] = round(q / a, 2)
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
