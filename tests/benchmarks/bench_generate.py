"""Generate every question for the bundled decks and synthetic decks of growing size; print rates.

Run: python tests/benchmarks/bench_generate.py
Targets on a 2-core machine: each bundled deck < 0.2 s, 5,000 facts < 5 s. The synthetic
decks come at 1,000, 2,000 and 5,000 facts (the same shape at every size), so the JSON line
also says how generation grows: `ratio_to_linear` is the cost per fact at the largest size
over the cost per fact at the smallest (1.0 is linear; the first 2,000-fact run of session 12
was ~30 s, quadratic). CPU time is printed beside wall time: on a machine shared with other
work, wall time says more about the neighbours than about the code. A bundled deck's figure
is the median of BUNDLED_RUNS in one process, each run on the deck loaded anew (until session
25 every run after the first reused one deck object, which keeps its deck-wide plan: a third of
the first run's cost); later runs still find the process's text caches (stems, options, names)
warm; `first_cpu_s` is the first run's, nearer what one start of the app costs. The
baseline, measured in the same run, is loading and validating the same deck.

What a learner waits for is less: questions are generated once per deck version and seed and
kept in the compiled-deck cache (quizapp/question_cache.py), so a start after the first reads
them back. `cached_s` times that read on a warm cache (in a temporary cache folder), with
`decode_all_s` for decoding every question (a session decodes only the facts it asks).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.facts import compiled, load_deck
from quizapp.facts.model import Deck
from quizapp.generate import generate_deck
from quizapp.generate.question import Question
from quizapp.question_cache import KIND, FactQuestions, questions_by_fact, questions_key
from tests.benchmarks.synthetic import synthetic_deck

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
SMOKE = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
SIZES = (300, 600) if SMOKE else (1000, 2000, 5000)
BUNDLED_RUNS = 1 if SMOKE else 5


FIRST_CPU: list[float] = []  # the CPU seconds of the first call of each timed()


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `repeat` calls (the first call's CPU seconds are kept in
    FIRST_CPU: later calls find the process's text caches warm, an app's one generation per
    deck does not)."""
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    FIRST_CPU.append(cpu[0])
    return statistics.median(wall), statistics.median(cpu)


def cached(deck: Deck, questions: list[Question]) -> dict[str, float]:
    """Seconds to get the deck's questions from a warm compiled-deck cache (filled with the
    questions just generated, as a first start leaves it), and to decode every one of them."""
    with tempfile.TemporaryDirectory() as folder:
        before = os.environ.get("QUIZAPP_CACHE")
        os.environ["QUIZAPP_CACHE"] = folder
        try:
            made = FactQuestions.of(questions).encode()
            compiled.write_entry(KIND, questions_key(deck, 0), made)
            read_s, _ = timed(lambda: questions_by_fact(deck, 0), 3)
            by_fact = questions_by_fact(deck, 0)
            assert by_fact.decoded() == 0  # read from the cache, not generated again
            w = time.perf_counter()
            n = sum(len(by_fact[f]) for f in by_fact)
            decode_s = time.perf_counter() - w
            assert n == len(questions)
        finally:
            if before is None:
                del os.environ["QUIZAPP_CACHE"]
            else:
                os.environ["QUIZAPP_CACHE"] = before
    print(f"  from the compiled cache: {read_s * 1000:.1f} ms; all {n} items: {decode_s:.2f} s")
    return {"cached_s": round(read_s, 4), "decode_all_s": round(decode_s, 4)}


def bundled() -> dict[str, dict[str, float]]:
    out = {}
    for path in sorted(QUESTIONS.glob("*.yaml")):
        deck = load_deck(path)
        load_s, _ = timed(lambda: load_deck(path), BUNDLED_RUNS)  # noqa: B023
        # each run on a deck of its own, loaded anew: a deck keeps what generating it worked out
        # deck-wide (the argument's plan, its false statements), which a start does not inherit
        fresh = iter([load_deck(path) for _ in range(BUNDLED_RUNS)])
        gen_s, cpu_s = timed(lambda: generate_deck(next(fresh), seed=0), BUNDLED_RUNS)  # noqa: B023
        first_cpu_s = FIRST_CPU[-1]
        questions = generate_deck(deck, seed=0).questions
        n = len(questions)
        print(
            f"{path.stem}: {len(deck.facts)} facts -> {n} items in {gen_s * 1000:.1f} ms "
            f"(CPU {cpu_s * 1000:.1f} ms, the first run {first_cpu_s * 1000:.1f} ms); "
            f"loading it takes {load_s * 1000:.1f} ms"
        )
        out[path.stem] = {
            "generate_s": round(gen_s, 4),
            "cpu_s": round(cpu_s, 4),
            "first_cpu_s": round(first_cpu_s, 4),
            "items": n,
            "ratio_vs_load": round(gen_s / load_s, 2),
        } | cached(deck, questions)
    return out


def synthetic(n_facts: int) -> dict[str, float]:
    # the full sizes keep the benchmark's usual shape; the smoke sizes need more countries
    deck = synthetic_deck(n_facts, n_countries=n_facts // 5 if SMOKE else None)
    validate_s, _ = timed(lambda: Deck.model_validate(deck.model_dump()), 1)
    w, c = time.perf_counter(), time.process_time()
    questions = generate_deck(deck, seed=0).questions
    items = len(questions)
    wall, cpu = time.perf_counter() - w, time.process_time() - c
    print(
        f"synthetic deck: {n_facts} facts -> {items} items in {wall:.2f} s (CPU {cpu:.2f} s, "
        f"{cpu / n_facts * 1000:.2f} ms per fact); validating it takes {validate_s:.2f} s"
    )
    return {
        "facts": n_facts,
        "items": items,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "cpu_ms_per_fact": round(cpu / n_facts * 1000, 3),
        "cpu_ms_per_item": round(cpu / items * 1000, 3),  # bigger decks give more items per fact
        "ratio_vs_validate": round(wall / validate_s, 2),
    } | (cached(deck, questions) if n_facts == SIZES[-1] else {})


def main() -> None:
    decks = bundled()
    sizes = [synthetic(n) for n in SIZES]
    small, big = sizes[0], sizes[-1]
    per_fact = [s["cpu_ms_per_fact"] for s in sizes]
    ratio_to_linear = round(big["cpu_ms_per_fact"] / small["cpu_ms_per_fact"], 2)
    print(f"CPU per fact {per_fact} ms at {list(SIZES)} facts: {ratio_to_linear}x linear")
    worst = max(d["generate_s"] for d in decks.values())
    print(
        json.dumps(
            {
                "bundled": decks,
                "bundled_generate_s": worst,  # the slowest bundled deck
                "sizes": sizes,
                "ratio_to_linear": ratio_to_linear,
                "synthetic_facts": big["facts"],
                "synthetic_generate_s": big["wall_s"],
                "synthetic_cpu_s": big["cpu_s"],
                "synthetic_items": big["items"],
                "synthetic_items_per_s": round(big["items"] / big["wall_s"]),
                # what a start after the first waits for: the slowest bundled deck, the big one
                "bundled_cached_s": max(d["cached_s"] for d in decks.values()),
                "synthetic_cached_s": big["cached_s"],
                "load_average": round(os.getloadavg()[0], 1),
                "targets_met": worst < 0.2 and big["wall_s"] < 5.0 and big["facts"] >= 5000,
                "cached_targets_met": big["facts"] >= 5000
                and big["cached_s"] < 5.0
                and max(d["cached_s"] for d in decks.values()) < 0.2,
            }
        )
    )


if __name__ == "__main__":
    main()
