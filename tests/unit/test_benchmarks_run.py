"""Benchmarks are not run for their figures in the suite, but they must keep running."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("script", "keys"),
    [
        (
            "bench_learning.py",
            {"fsrs", "fsrs_guessing", "mismatched", "mismatched_guessing", "seconds"},
        ),
        (
            "bench_generate.py",
            {
                "bundled_generate_s",
                "synthetic_items_per_s",
                "targets_met",
                "bundled_cached_s",
                "synthetic_cached_s",
            },
        ),
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
                "cold_home_now_launch_to_home_ms",
                "cold_home_now_home_to_ready_ms",
                "cold_home_now_after_s_ms",
                "cold_home_ready_after_s_ms",
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
        ("bench_report.py", {"read_log_ms", "full_report_ms", "ratio_vs_read"}),
        ("bench_report_scale.py", {"growth_per_review", "growth_per_card"}),
        ("bench_startup.py", {"quizapp_start_ms_median", "minimal_start_ms_median", "ratio"}),
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


def _smoke(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QUIZAPP_BENCH_SMOKE": "1"},
        cwd=ROOT,
    )


def test_study_start_runs_the_cases_asked_for_on_a_fixed_clock() -> None:
    out = _smoke(str(ROOT / "tests" / "benchmarks" / "bench_study_start.py"), "--cases", "warm")
    assert out.returncode == 0, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert "warm_first_question_ms" in last and "cold_first_question_ms" not in last
    assert last["clock"].startswith("2025-")  # the hour after the synthetic log, not today
    wrong = _smoke(str(ROOT / "tests" / "benchmarks" / "bench_study_start.py"), "--cases", "x")
    assert wrong.returncode == 2 and "--cases takes some of" in wrong.stderr


def test_study_start_measures_a_bundled_decks_first_start_from_home() -> None:
    """Issues 12/16: the first start of a bundled deck, cold cache, as the TUI makes it."""
    script = str(ROOT / "tests" / "benchmarks" / "bench_study_start.py")
    out = _smoke(script, "--deck", "apollo-programme", "--cases", "cold_home_now")
    assert out.returncode == 0, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert last["deck"] == "apollo-programme" and last["facts"] > 50
    assert "cold_home_now_after_s_ms" in last and "warm_first_question_ms" not in last
    low, median, high = last["cold_home_now_launch_to_home_ms"]
    assert 0 < low <= median <= high


def test_the_learning_benchmark_runs_its_guess_blind_ablation() -> None:
    """`--ablation` runs quizapp again with the guess-aware rule off (it once failed: the
    stand-in took fewer arguments than the propensity it replaced), and once more told from
    the start that the learner guesses (what perfect detection would give)."""
    script = str(ROOT / "tests" / "benchmarks" / "bench_learning.py")
    out = _smoke(script, "--ablation", "--learners", "fsrs", "--guessing", "yes")
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout.strip().splitlines()[-1])["fsrs_guessing"]
    assert {"quizapp", "quizapp_guess_blind", "quizapp_told"} <= set(row)
    assert row["quizapp_guess_blind"]["lucky_guesses"] > 0
    # per seed: the day the log first showed guessing (None: never) and the retention
    quiz = row["quizapp"]
    assert len(quiz["shown_on_day"]) == len(quiz["retention_per_seed"]) == 1
    assert quiz["shown_on_day"][0] is None or 0 <= quiz["shown_on_day"][0] < 12
    # the one-day floor's accounting, and quizapp paired with plain FSRS per seed
    assert 0 < quiz["floored_share"] < 1 and quiz["expected_beyond_floor"] is not None
    (paired,) = row["per_seed"]
    assert paired["seed"] == 1 and paired["shown_on_day"] == quiz["shown_on_day"][0]
    assert paired["quizapp_retention"] == quiz["retention_per_seed"][0]
    assert paired["fsrs_plain_retention"] == row["fsrs_plain"]["retention_per_seed"][0]


def test_the_learning_benchmark_has_a_deck_shape_with_typed_forms() -> None:
    """`--deck typed` (session 25): a synthetic deck where about half the facts have an item a
    guess cannot pass, as the bundled Apollo and elements decks, beside the default one where
    half the facts are true/false only."""
    from tests.benchmarks.bench_learning import SHAPES
    from tests.benchmarks.synthetic import synthetic_deck

    def shares(shape: str) -> int:
        members, per_country = SHAPES[shape]
        deck = synthetic_deck(60, seed=0, n_countries=max(8, 60 // per_country), members=members)
        return sum(f.relation == "share" for f in deck.facts)

    assert shares("typed") >= 2 * shares("synthetic")
    script = str(ROOT / "tests" / "benchmarks" / "bench_learning.py")
    out = _smoke(script, "--deck", "typed", "--learners", "fsrs", "--guessing", "no")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["deck"] == "typed"


def test_run_all_prints_a_min_median_max_table_of_each_benchmark(tmp_path: Path) -> None:
    kept = tmp_path / "table.md"
    out = _smoke(
        "-m",
        "tests.benchmarks.run_all",
        "--only",
        "bench_report",
        "--runs",
        "2",
        "--out",
        str(kept),
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    # each run's figures printed as it ends (a stopped run keeps them), then the table
    each = [line for line in lines if line.startswith("bench_report run ")]
    assert [line.split(":")[0] for line in each] == ["bench_report run 1", "bench_report run 2"]
    assert all("full_report_ms" in json.loads(line.split(": ", 1)[1]) for line in each)
    assert "| bench_report | *2 runs," in kept.read_text()
    assert "| benchmark | figure | min | median | max |" in lines
    row = next(line for line in lines if line.startswith("| bench_report | full_report_ms |"))
    low, mid, high = (float(c.replace(",", "")) for c in row.split("|")[3:6])
    assert low <= mid <= high
    last = json.loads(lines[-1])
    assert len(last["figures"]["bench_report"]) == 2
    wrong = _smoke("-m", "tests.benchmarks.run_all", "--only", "bench_nothing")
    assert wrong.returncode == 2 and "no such benchmark" in wrong.stderr


def test_numeric_figures_take_the_median_of_a_spread_and_skip_flags() -> None:
    from tests.benchmarks.run_all import numeric_figures

    got = numeric_figures({"a": [1, 5, 9], "b": True, "c": {"d": 2}, "e": "x", "f": [1, 2]})
    assert got == {"a": 5.0, "c.d": 2.0}


def test_the_guess_power_count_tells_a_guesser_from_an_honest_learner() -> None:
    """tests/benchmarks/guess_power.py runs guessing's own test over simulated first sights:
    with as many facts probed as asked on true/false, nearly every guesser is shown and
    hardly any honest learner (the figures the README's power argument rests on)."""
    from tests.benchmarks.guess_power import shown_share

    levels = [0.0] * 100 + [0.5] * 100
    assert shown_share(1.0, levels, 0.5, trials=40, seed=1) >= 0.9
    assert shown_share(0.0, levels, 0.5, trials=40, seed=2) <= 0.1
