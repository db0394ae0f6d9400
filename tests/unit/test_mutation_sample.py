"""The mutation sampler's arithmetic: a reproducible draw and the Wilson interval (issue 19)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.mutation.sample import draw, module_of, read_results, score, strip, wilson


def test_wilson_interval_matches_the_textbook_figures() -> None:
    lo, hi = wilson(8, 10)
    assert lo == pytest.approx(0.4902, abs=1e-4)
    assert hi == pytest.approx(0.9433, abs=1e-4)
    lo, hi = wilson(80, 80)
    assert hi == pytest.approx(1.0)
    assert lo == pytest.approx(0.9542, abs=1e-4)


def test_the_same_seed_draws_the_same_sample_whatever_the_order_of_names() -> None:
    names = [f"quizapp.x.m{i % 7}.f__mutmut_{i}" for i in range(500)]
    first = draw(names, 1, 80)
    assert first == draw(list(reversed(names)), 1, 80)
    assert first != draw(names, 2, 80)
    assert len(set(first)) == 80
    assert set(first) <= set(names)


def test_a_mutant_no_test_reaches_counts_as_surviving() -> None:
    sample = ["quizapp.a.x_f__mutmut_1", "quizapp.a.x_f__mutmut_2", "quizapp.b.x_g__mutmut_1"]
    results = read_results(
        "    quizapp.a.x_f__mutmut_1: killed\n"
        "    quizapp.a.x_f__mutmut_2: no tests\n"
        "    quizapp.b.x_g__mutmut_1: timeout\n"
    )
    text = score(sample, results)
    assert "score: 2/3 killed = 66.7%" in text
    assert "  no tests: quizapp.a.x_f__mutmut_2" in text
    assert module_of("quizapp.facts.loader.x_load__mutmut_12") == "quizapp.facts.loader"


def test_strip_keeps_mutated_only_the_modules_of_the_sample(tmp_path: Path) -> None:
    source = tmp_path / "quizapp" / "pkg"
    mutants = tmp_path / "mutants"
    for name in ("a.py", "b.py", "sub/c.py", "sub/__init__.py", "__init__.py"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(f"plain {name}\n")
        target = mutants / "quizapp" / "pkg" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"mutated {name}\n")
    sample = ["quizapp.pkg.a.x_f__mutmut_1", "quizapp.pkg.sub.c.xǁCǁg__mutmut_2"]
    old = Path.cwd()
    try:
        os.chdir(tmp_path)
        kept = strip(sample, Path("quizapp/pkg"), Path("mutants"))
    finally:
        os.chdir(old)
    got = {p.relative_to("mutants/quizapp/pkg").as_posix() for p in kept}
    assert got == {"a.py", "sub/c.py"}
    pkg = mutants / "quizapp" / "pkg"
    assert (pkg / "a.py").read_text() == "mutated a.py\n"
    assert (pkg / "sub" / "c.py").read_text() == "mutated sub/c.py\n"
    for name in ("b.py", "sub/__init__.py", "__init__.py"):
        assert (pkg / name).read_text() == f"plain {name}\n"


def test_the_score_names_kills_by_timeout_and_at_collection_apart() -> None:
    sample = [f"quizapp.a.x_f__mutmut_{n}" for n in range(1, 5)]
    results = read_results(
        "quizapp.a.x_f__mutmut_1: killed\nquizapp.a.x_f__mutmut_2: timeout\n"
        "quizapp.a.x_f__mutmut_3: collection error\nquizapp.a.x_f__mutmut_4: survived\n"
    )
    text = score(sample, results)
    assert "score: 3/4 killed = 75.0%" in text
    assert "1 by timeout, 1 by collection error)" in text
    assert "by timeout" not in score(sample[:1], results)  # said only when there is one
