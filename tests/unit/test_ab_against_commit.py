"""The A/B script against an earlier commit: its table and one of its procedures, run on this
tree (the whole A/B takes minutes, so the suite checks the parts)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.benchmarks.ab_against_commit import measure, table, tree_env
from tests.conftest import ROOT


def test_the_table_gives_min_median_max_and_the_ratio_of_medians() -> None:
    results = {
        "c9c826d87cac": [{"x": 1.0}, {"x": 3.0}, {"x": 2.0}],
        "this": [{"x": 4.0, "only_here": 5.0}, {"x": 6.0}, {"x": 5.0}],
    }
    rows = table(results).splitlines()
    assert rows[0].startswith("| figure | c9c826d87cac min / median / max")
    assert "| x | 1 / 2 / 3 | 4 / 5 / 6 | 2.50 |" in rows
    assert "| only_here | - | 5 / 5 / 5 | - |" in rows  # a figure one tree lacks: no ratio


def test_the_report_procedure_runs_in_a_tree(tmp_path: Path) -> None:
    figures = measure("report", ROOT, tree_env(ROOT, tmp_path), 300)
    assert set(figures) == {"read_log_ms", "full_report_ms"}
    assert 0 < figures["read_log_ms"] <= figures["full_report_ms"]


def test_an_unknown_family_is_refused_in_one_line() -> None:
    script = ROOT / "tests" / "benchmarks" / "ab_against_commit.py"
    out = subprocess.run(
        [sys.executable, str(script), "HEAD", "--only", "store,speed"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 2
    assert "unknown families: speed" in out.stderr
