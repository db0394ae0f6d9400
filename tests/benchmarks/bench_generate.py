"""Generate every question for the bundled deck and a synthetic 5,000-fact deck; print rates.

Run: python tests/benchmarks/bench_generate.py
Targets on a 2-core machine: bundled deck < 0.2 s, 5,000 facts < 5 s. The baseline, measured
in the same run, is loading and validating the same deck: the ratio says how generation
compares with just reading the facts.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.facts import load_deck
from quizapp.facts.model import Deck
from quizapp.generate import generate_deck
from tests.benchmarks.synthetic import synthetic_deck

BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "russia-central-asia.yaml"


def timed(fn: object, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    bundled = load_deck(BUNDLED)
    load_s = statistics.median(timed(lambda: load_deck(BUNDLED), 5))
    gen_s = statistics.median(timed(lambda: generate_deck(bundled, seed=0), 5))
    n_bundled = len(generate_deck(bundled, seed=0).questions)
    print(
        f"bundled deck: {len(bundled.facts)} facts -> {n_bundled} items in {gen_s * 1000:.1f} ms "
        f"({n_bundled / gen_s:,.0f} items/s); loading it takes {load_s * 1000:.1f} ms"
    )

    t = time.perf_counter()
    big = synthetic_deck(5000)
    build_s = time.perf_counter() - t
    validate_s = statistics.median(timed(lambda: Deck.model_validate(big.model_dump()), 3))
    t = time.perf_counter()
    result = generate_deck(big, seed=0)
    big_s = time.perf_counter() - t
    n_big = len(result.questions)
    print(
        f"synthetic deck: {len(big.facts)} facts -> {n_big} items in {big_s:.2f} s "
        f"({n_big / big_s:,.0f} items/s); building it took {build_s:.2f} s"
    )
    print(
        json.dumps(
            {
                "bundled_generate_s": round(gen_s, 4),
                "bundled_items": n_bundled,
                "bundled_items_per_s": round(n_bundled / gen_s),
                "bundled_ratio_vs_load": round(gen_s / load_s, 2),
                "synthetic_facts": len(big.facts),
                "synthetic_generate_s": round(big_s, 3),
                "synthetic_items": n_big,
                "synthetic_items_per_s": round(n_big / big_s),
                "synthetic_ratio_vs_validate": round(big_s / validate_s, 2),
                "targets_met": gen_s < 0.2 and big_s < 5.0,
            }
        )
    )


if __name__ == "__main__":
    main()
