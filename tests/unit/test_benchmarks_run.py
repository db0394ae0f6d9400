"""Benchmarks are not run for their figures in the suite, but they must keep running."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("script", "keys"),
    [
        (
            "bench_learning.py",
            {"fsrs", "fsrs_guessing", "mismatched", "mismatched_guessing", "seconds"},
        ),
        ("bench_generate.py", {"bundled_generate_s", "synthetic_items_per_s", "targets_met"}),
        ("bench_checker.py", {"answers", "ms_per_answer", "pint_load_s", "target_met"}),
        ("bench_big_deck.py", {"facts", "validate", "study_plain_cold", "study_plain_warm"}),
        (
            "bench_study_start.py",
            {
                "cold_first_question_ms",
                "warm_first_question_ms",
                "ratio_cold_vs_warm",
                "after_s_home_prepared_ms",
                "after_s_home_unprepared_ms",
            },
        ),
        (
            "bench_vs_anki.py",
            {"ratio_open_queue", "ratio_answer_next", "ratio_statistics", "load_average"},
        ),
        (
            "bench_session.py",
            {
                "answer_next_ms_200",
                "rebuilt_answer_next_ms_400",
                "ratio_400",
                "growth_big_vs_small",
            },
        ),
        (
            "bench_store.py",
            {
                "commit_ms_median",
                "commit_ms_p99",
                "stock_commit_ms_median_100000",
                "speedup_vs_stock_100000",
                "open_and_queue_ms_100000",
                "peak_rss_mb",
            },
        ),
    ],
)
def test_benchmark_runs_and_ends_with_its_json_line(script: str, keys: set[str]) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "benchmarks" / script)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QUIZAPP_BENCH_SMOKE": "1"},
    )
    assert out.returncode == 0, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert keys <= set(last)
