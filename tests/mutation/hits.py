"""A pytest plugin for tests/mutation/quick.py: which tests reach which mutated functions.

Loaded with `-p tests.mutation.hits` inside a mutmut scratch copy's `mutants/` folder, before
any quizapp module is imported. mutmut's generated modules wrap every function in a trampoline
made by `mutmut.mutation.trampoline.wrap_in_trampoline`; this plugin swaps that factory for
one that also notes the function's name (`quizapp.store.journal.x_read` style, the part of a
mutant's name before `__mutmut_`) each time it is called. Cheaper than mutmut's own mapping
pass, which tracks a call stack on every call. Per test (setup, call and teardown) it writes
one JSON line to QUIZAPP_MUTATION_HITS: the test's node id, its duration and the functions it
reached. Calls made while a test module is imported (a deck generated at import) count for
every test of that module, and the test helpers' memos (tests/support) are emptied before
each test, so a test reading a deck's items generated earlier is still seen to reach the
generating code. In a mutant's run, a test the clean run never had (QUIZAPP_MUTATION_KNOWN
lists those it had) is one the mutant's items made: it runs too.

With QUIZAPP_MUTATION_SELECT set to a file of node ids (one a line), only those tests run, in
the file's order (quick.py lists them quickest first, as mutmut orders a mutant's tests, so a
killed mutant stops at its first failing test early).

In a mutant's run (QUIZAPP_MUTATION_ONLY set, MUTANT_UNDER_TEST naming the mutant) only the
function holding the mutant keeps mutmut's trampoline: every other mutated function is left as
its plain source (a trampoline reads the active mutant on every call and only ever calls the
original there), so the tests run at nearly the speed of unmutated code. `TARGET_SEEN` says
whether the mutant's function was met at all (quick.py counts a run that never met it as the
harness's fault, not a survivor). QUIZAPP_MUTATION_BUDGET names a JSON file {node id: seconds}:
each test gets that long (mutmut's rule applied to the test's own clean time) before SIGALRM
ends the process, which quick.py reports as a timeout. QUIZAPP_MUTATION_CACHE names a folder
every test's call uses as its QUIZAPP_CACHE, so compiled decks and generated questions made
under this one mutant are made once per process, not once per test.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

_HITS: set[str] = set()
TARGET_SEEN: list[str] = []  # the mutant's function, once mutmut has decorated it


def _function_key(module: str, mutants: dict[str, Any]) -> str:
    """`quizapp.store.journal` and {'x_read__mutmut_1': ...} -> `quizapp.store.journal.x_read`."""
    names = (k.split("__mutmut_")[0] for k in mutants if "__mutmut_" in k)
    return f"{module}.{next(names, '')}"


def _recording(original: Callable[..., Any]) -> Callable[..., Any]:
    def wrap_in_trampoline(mutants: dict[str, Any], is_classmethod: bool = False) -> Any:
        make = original(mutants, is_classmethod)

        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            trampoline = make(func)
            key: list[str] = []  # known at the first call: mutmut fills `mutants` after this

            @functools.wraps(trampoline)
            def noted(*args: Any, **kwargs: Any) -> Any:
                if not key:
                    key.append(_function_key(func.__module__, mutants))
                _HITS.add(key[0])
                return func(*args, **kwargs)  # no mutant is active in the clean run

            return noted

        return decorate

    return wrap_in_trampoline


def key_at_definition(func: Callable[..., Any]) -> str | None:
    """The name mutmut gives a function's mutants, less `__mutmut_N`, from the function as it
    is defined (`quizapp.m.f` -> `quizapp.m.x_f`, a method `C.m` -> `quizapp.m.xǁCǁm`); None
    for a nested definition, which keeps its trampoline."""
    parts = func.__qualname__.split(".")
    if len(parts) == 1:
        return f"{func.__module__}.x_{parts[0]}"
    if len(parts) == 2 and "<" not in parts[0]:
        return f"{func.__module__}.xǁ{parts[0]}ǁ{parts[1]}"
    return None


def _only(original: Callable[..., Any], target: str) -> Callable[..., Any]:
    """mutmut's trampoline factory, keeping trampolines only where the mutant `target` (a
    function's name, `function_of` a mutant) may be."""

    def wrap_in_trampoline(mutants: dict[str, Any], is_classmethod: bool = False) -> Any:
        make = original(mutants, is_classmethod)

        def decorate(func: Callable[..., Any]) -> Any:
            key = key_at_definition(func)
            if key is not None and key != target:
                return func  # its plain source: no mutant of it is active here
            if key == target:
                TARGET_SEEN.append(key)
            return make(func)

        return decorate

    return wrap_in_trampoline


if os.environ.get("QUIZAPP_MUTATION_HITS"):  # pragma: no cover - only inside a scratch copy
    _tramp: Any = importlib.import_module("mutmut.mutation.trampoline")
    _tramp.wrap_in_trampoline = _recording(_tramp.wrap_in_trampoline)
elif os.environ.get("QUIZAPP_MUTATION_ONLY"):  # pragma: no cover - a mutant's own run
    _tramp = importlib.import_module("mutmut.mutation.trampoline")
    _mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    _tramp.wrap_in_trampoline = _only(_tramp.wrap_in_trampoline, _mutant.split("__mutmut_")[0])


_AT_IMPORT: dict[str, set[str]] = {}  # test file -> what its import reached (a deck generated)


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, None, None]:
    """What a test module reaches while it is imported (test_gates.py and
    test_generated_items.py generate the bundled deck at import) counts for each of its tests:
    their checks read those items, so a mutant of the generating code must run them."""
    _HITS.clear()
    yield
    if isinstance(collector, pytest.Module):
        _AT_IMPORT[collector.nodeid] = set(_HITS)
    _HITS.clear()


def _forget_test_caches() -> None:
    """The clean run: the test helpers' memos (a bundled deck's items, generated once per
    process) are emptied before each test, so each test that reads them is seen to reach the
    generating code; in a mutant's run they stay, made once under that mutant."""
    for name in ("tests.support.bundled", "tests.support.grading_corpus"):
        module = sys.modules.get(name)
        for value in vars(module).values() if module else ():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    out = os.environ.get("QUIZAPP_MUTATION_HITS")
    if out:  # pragma: no cover - only inside a scratch copy
        _forget_test_caches()
    _HITS.clear()
    start = time.perf_counter()
    budget = _budgets().get(item.nodeid)
    if budget is not None:  # past it, SIGALRM's default action ends the process: a timeout
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, budget)
    yield
    if budget is not None:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if out:  # pragma: no cover - only inside a scratch copy
        reached = _HITS | _AT_IMPORT.get(item.nodeid.split("::")[0], set())
        line = {"test": item.nodeid, "secs": time.perf_counter() - start, "hits": sorted(reached)}
        with Path(out).open("a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")


@functools.cache
def _budgets() -> dict[str, float]:
    path = os.environ.get("QUIZAPP_MUTATION_BUDGET")
    if not path:
        return {}
    return {str(k): float(v) for k, v in json.loads(Path(path).read_text("utf-8")).items()}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """The test's call with the process's shared cache folder (its fixtures have set a fresh
    one; the test body may still set its own)."""
    shared = os.environ.get("QUIZAPP_MUTATION_CACHE")
    before = os.environ.get("QUIZAPP_CACHE")
    if shared:
        os.environ["QUIZAPP_CACHE"] = shared
    yield
    if shared and os.environ.get("QUIZAPP_CACHE") == shared:
        if before is None:
            os.environ.pop("QUIZAPP_CACHE", None)
        else:
            os.environ["QUIZAPP_CACHE"] = before


def _selected() -> Iterator[str]:
    path = os.environ.get("QUIZAPP_MUTATION_SELECT")
    if path:
        yield from (x for x in Path(path).read_text(encoding="utf-8").splitlines() if x)


def _known() -> set[str]:
    path = os.environ.get("QUIZAPP_MUTATION_KNOWN")
    return set(Path(path).read_text(encoding="utf-8").splitlines()) if path else set()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep = set(_selected())
    if not keep:
        return
    # a test the clean run never had exists because of the mutant (a test parametrized by the
    # items generated at import, whose ids changed): it runs too, after the chosen ones
    known = _known()
    keep |= {i.nodeid for i in items if known and i.nodeid not in known}
    order = {t: n for n, t in enumerate(_selected())}  # the file's order: quickest first
    last = len(order)
    chosen = sorted((i for i in items if i.nodeid in keep), key=lambda i: order.get(i.nodeid, last))
    config.hook.pytest_deselected(items=[i for i in items if i.nodeid not in keep])
    items[:] = chosen
