"""The quick sampled mutation run: which tests reach a mutant, and its time limit (issue 19)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.mutation import hits
from tests.mutation.quick import (
    clean_command,
    function_of,
    limit_for,
    quickest_first,
    read_hits,
)


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
