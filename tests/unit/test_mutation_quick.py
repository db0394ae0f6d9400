"""The quick sampled mutation run: which tests reach a mutant, and its time limit (issue 19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.mutation import hits, rejudge
from tests.mutation.quick import (
    STATUS,
    budgets,
    child_env,
    clean_command,
    function_of,
    limit_for,
    quickest_first,
    read_hits,
)
from tests.mutation.sample import KILLED
from tests.support import bundled


def _line(test: str, secs: float, reached: list[str]) -> str:
    return json.dumps({"test": test, "secs": secs, "hits": reached})


def test_each_function_maps_to_the_tests_that_reached_it_in_run_order() -> None:
    lines = [
        _line("t.py::a", 1.0, ["q.m.x_f", "q.m.x_g"]),
        _line("t.py::b", 2.0, []),
        _line("u.py::c", 0.5, ["q.m.x_f"]),
    ]
    reach = read_hits(lines, wall=10.0)
    assert reach.tests_of == {"q.m.x_f": ["t.py::a", "u.py::c"], "q.m.x_g": ["t.py::a"]}
    assert reach.startup == pytest.approx(6.5)  # the wall time the tests themselves did not use
    assert function_of("q.m.x_f__mutmut_12") == "q.m.x_f"
    assert function_of("q.m.xǁEngineǁ__init____mutmut_3") == "q.m.xǁEngineǁ__init__"


def test_the_time_limit_is_mutmuts_rule_plus_a_fresh_processs_start_up() -> None:
    reach = read_hits([_line("a", 2.0, ["f"]), _line("b", 3.0, ["f", "g"])], wall=9.0)
    # mutmut: 15 x (the reaching tests' time + 1 s); here plus the 4 s the clean run spent
    # starting and collecting
    assert limit_for(reach, ["a", "b"]) == pytest.approx(15 * 6 + 4)
    assert limit_for(reach, ["b"]) == pytest.approx(15 * 4 + 4)
    assert read_hits([_line("a", 5.0, [])], wall=1.0).startup == 0.0


def test_a_clean_run_over_workers_counts_the_tests_time_shared_among_them() -> None:
    lines = [_line("a", 6.0, ["f"]), _line("b", 4.0, ["f"])]
    # two workers ran 10 s of tests in about 5 s: the other 7 s of 12 were start-up
    assert read_hits(lines, wall=12.0, jobs=2).startup == pytest.approx(7.0)
    assert read_hits(lines, wall=12.0).startup == pytest.approx(2.0)
    one, two = clean_command(["tests/x"], 1), clean_command(["tests/x"], 2)
    assert "no:xdist" in one and "-n" not in one
    assert "no:xdist" not in two and two[two.index("-n") + 1] == "2"
    assert one[-1] == two[-1] == "tests/x" and "tests.mutation.hits" in two


def _plain_factory(mutants: dict[str, Any], is_classmethod: bool = False) -> Any:
    """A stand-in for mutmut's trampoline factory: calls the function itself."""

    def make(func: Callable[..., Any]) -> Callable[..., Any]:
        return func

    return make


def test_a_wrapped_function_notes_its_name_once_mutmut_has_filled_its_mutants() -> None:
    mutants: dict[str, Any] = {}  # mutmut decorates first, fills the dict after
    decorate: Callable[[Callable[[int], int]], Callable[[int], int]]
    decorate = hits._recording(_plain_factory)(mutants)

    def double(x: int) -> int:
        return 2 * x

    twice = decorate(double)

    mutants["x_twice__mutmut_1"] = double
    mutants["_mutmut_orig"] = double
    hits._HITS.clear()
    assert twice(4) == 8  # the call goes through, result unchanged
    assert {f"{__name__}.x_twice"} == hits._HITS
    hits._HITS.clear()


def test_a_mutants_tests_run_quickest_first_in_the_order_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reach = read_hits([_line("a", 9.0, ["f"]), _line("b", 0.5, ["f"]), _line("c", 3.0, ["f"])], 20)
    order = quickest_first(reach, reach.tests_of["f"])
    assert order == ["b", "c", "a"]
    select = tmp_path / "select.txt"
    select.write_text("\n".join(order) + "\n", encoding="utf-8")
    monkeypatch.setenv("QUIZAPP_MUTATION_SELECT", str(select))

    class Item:
        def __init__(self, nodeid: str) -> None:
            self.nodeid = nodeid

    class Hook:
        def pytest_deselected(self, items: list[Any]) -> None:
            self.dropped = [i.nodeid for i in items]

    class Config:
        hook = Hook()

    items: list[Any] = [Item(t) for t in ("a", "x", "b", "c")]
    hits.pytest_collection_modifyitems(Config(), items)  # type: ignore[arg-type]
    assert [i.nodeid for i in items] == ["b", "c", "a"]
    assert Config.hook.dropped == ["x"]


class _Holder:
    def method(self) -> int:
        return 1


def _plain(x: int) -> int:
    return x + 1


def test_a_functions_mutant_name_is_known_from_its_definition() -> None:
    assert hits.key_at_definition(_plain) == f"{__name__}.x__plain"
    assert hits.key_at_definition(_Holder.method) == f"{__name__}.xǁ_Holderǁmethod"

    def nested() -> None: ...

    assert hits.key_at_definition(nested) is None  # kept behind its trampoline


def test_in_a_mutants_run_only_its_function_keeps_the_trampoline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def factory(mutants: dict[str, Any], is_classmethod: bool = False) -> Any:
        return lambda func: ("trampoline", func)  # marks what went through mutmut's wrapper

    monkeypatch.setattr(hits, "TARGET_SEEN", [])
    decorate = hits._only(factory, f"{__name__}.x__plain")({})
    assert decorate(_plain) == ("trampoline", _plain)
    assert [f"{__name__}.x__plain"] == hits.TARGET_SEEN
    assert decorate(_Holder.method) is _Holder.method  # another function: its plain source
    assert hits._only(factory, "elsewhere.x_f")({})(_plain) is _plain


def test_each_test_gets_mutmuts_rule_on_its_own_clean_time() -> None:
    reach = read_hits([_line("a", 2.0, ["f"]), _line("b", 0.0, ["f"])], wall=7.0)
    assert budgets(reach, ["a", "b"]) == {"a": 15 * 3 + 5.0, "b": 15 * 1 + 5.0}


def _run_with_budget(tmp_path: Path, secs: float) -> int:
    (tmp_path / "test_sleepy.py").write_text(
        f"import time\n\ndef test_sleepy():\n    time.sleep({secs})\n", encoding="utf-8"
    )
    budget = tmp_path / "budget.json"
    budget.write_text(json.dumps({"test_sleepy.py::test_sleepy": 0.5}), encoding="utf-8")
    env = {**os.environ, "QUIZAPP_MUTATION_BUDGET": str(budget), "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "tests.mutation.hits", "-p", "no:xdist"]
    cmd += ["-p", "no:cacheprovider", "-p", "no:randomly", "test_sleepy.py"]
    return subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, check=False).returncode


def test_a_test_module_failing_at_import_is_a_collection_error_a_kill(tmp_path: Path) -> None:
    # a deck generated at import under a mutant that raises: pytest stops at collection
    (tmp_path / "test_broken.py").write_text("ITEMS = 1 / 0\n\ndef test_x():\n    pass\n")
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly", "test_broken.py"]
    code = subprocess.run(cmd, cwd=tmp_path, capture_output=True, check=False).returncode
    assert STATUS.get(code) == "collection error"
    assert "collection error" in KILLED


def test_a_test_over_its_budget_ends_the_run_as_a_timeout(tmp_path: Path) -> None:
    over = _run_with_budget(tmp_path, 30.0)
    assert STATUS.get(over) == "timeout", over
    assert _run_with_budget(tmp_path, 0.0) == 0  # within it, the test passes


def test_a_mutants_tests_share_one_cache_folder_during_their_calls(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared, fresh = str(tmp_path / "shared"), str(tmp_path / "fresh")
    monkeypatch.setenv("QUIZAPP_MUTATION_CACHE", shared)
    monkeypatch.setenv("QUIZAPP_CACHE", fresh)  # what the test's fixture set
    call = hits.pytest_runtest_call(None)  # type: ignore[arg-type]
    next(call)
    assert os.environ["QUIZAPP_CACHE"] == shared
    with pytest.raises(StopIteration):
        next(call)
    assert os.environ["QUIZAPP_CACHE"] == fresh
    call = hits.pytest_runtest_call(None)  # type: ignore[arg-type]
    next(call)
    os.environ["QUIZAPP_CACHE"] = str(tmp_path / "own")  # the test body chose its own
    with pytest.raises(StopIteration):
        next(call)
    assert os.environ["QUIZAPP_CACHE"] == str(tmp_path / "own")  # left for its monkeypatch
    monkeypatch.delenv("QUIZAPP_MUTATION_CACHE")
    assert "QUIZAPP_MUTATION_CACHE" not in child_env("m", tmp_path, tmp_path, None)
    env = child_env("m", tmp_path, tmp_path, tmp_path / "c")
    assert env["QUIZAPP_CACHE"] == env["QUIZAPP_MUTATION_CACHE"] == str(tmp_path / "c")
    assert env["MUTANT_UNDER_TEST"] == "m" and env["QUIZAPP_MUTATION_ONLY"] == "1"


def test_what_a_test_module_reaches_at_import_counts_for_each_of_its_tests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """test_generated_items.py checks items generated at import: its tests must run for a
    mutant of the generating code. The test helpers' memos are emptied before each test of the
    clean run, for the same reason."""
    out = tmp_path / "hits.jsonl"
    monkeypatch.setenv("QUIZAPP_MUTATION_HITS", str(out))
    module = object.__new__(pytest.Module)
    module._nodeid = "test_items.py"
    report = hits.pytest_make_collect_report(module)
    next(report)
    hits._HITS.add("generate.x_deck")  # the deck generated while the module is imported
    with pytest.raises(StopIteration):
        next(report)

    class Item:
        nodeid = "test_items.py::test_well_formed[q1]"

    bundled.bundled_deck(bundled.CENTRAL_ASIA)  # a memo an earlier test filled
    run = hits.pytest_runtest_protocol(Item())  # type: ignore[arg-type]
    next(run)
    # ... is emptied, so this test is seen reaching the code that fills it
    assert bundled.bundled_deck.cache_info().currsize == 0
    with pytest.raises(StopIteration):
        next(run)
    assert json.loads(out.read_text(encoding="utf-8"))["hits"] == ["generate.x_deck"]


def test_a_test_the_clean_run_never_had_runs_for_the_mutant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mutant that changes the generated items changes the ids of the tests parametrized
    by them: those new tests run after the chosen ones; a known test not chosen does not."""
    (tmp_path / "select.txt").write_text("b\na\n", encoding="utf-8")
    (tmp_path / "known.txt").write_text("a\nb\nx\n", encoding="utf-8")
    monkeypatch.setenv("QUIZAPP_MUTATION_SELECT", str(tmp_path / "select.txt"))
    monkeypatch.setenv("QUIZAPP_MUTATION_KNOWN", str(tmp_path / "known.txt"))

    class Item:
        def __init__(self, nodeid: str) -> None:
            self.nodeid = nodeid

    class Hook:
        def pytest_deselected(self, items: list[Any]) -> None:
            self.dropped = [i.nodeid for i in items]

    class Config:
        hook = Hook()

    items: list[Any] = [Item(t) for t in ("a", "new", "x", "b")]
    hits.pytest_collection_modifyitems(Config(), items)  # type: ignore[arg-type]
    assert [i.nodeid for i in items] == ["b", "a", "new"]
    assert Config.hook.dropped == ["x"]


def test_rejudge_reads_each_mutant_afresh_at_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A module that makes its items at import, as test_generated_items.py does: the second
    mutant must not be judged against the items the first one made."""
    (tmp_path / "test_items.py").write_text(
        "import os\n\nITEMS = os.environ['MUTANT_UNDER_TEST']\n\n"
        "def test_items():\n    assert ITEMS != 'bad'\n",
        encoding="utf-8",
    )
    (tmp_path / "names.txt").write_text("good\nbad\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rejudge.main([str(tmp_path / "names.txt"), "-p", "no:randomly", "test_items.py"])
    assert capsys.readouterr().out.splitlines()[:2] == ["good survived", "bad killed"]
