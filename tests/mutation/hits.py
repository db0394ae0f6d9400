"""A pytest plugin for tests/mutation/quick.py: which tests reach which mutated functions.

Loaded with `-p tests.mutation.hits` inside a mutmut scratch copy's `mutants/` folder, before
any quizapp module is imported. mutmut's generated modules wrap every function in a trampoline
made by `mutmut.mutation.trampoline.wrap_in_trampoline`; this plugin swaps that factory for
one that also notes the function's name (`quizapp.store.journal.x_read` style, the part of a
mutant's name before `__mutmut_`) each time it is called. Cheaper than mutmut's own mapping
pass, which tracks a call stack on every call. Per test (setup, call and teardown) it writes
one JSON line to QUIZAPP_MUTATION_HITS: the test's node id, its duration and the functions it
reached. Calls made while tests are collected are not attributed to any test.

With QUIZAPP_MUTATION_SELECT set to a file of node ids (one a line), only those tests run, in
the file's order (quick.py lists them quickest first, as mutmut orders a mutant's tests, so a
killed mutant stops at its first failing test early).
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

_HITS: set[str] = set()


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
                return trampoline(*args, **kwargs)

            return noted

        return decorate

    return wrap_in_trampoline


if os.environ.get("QUIZAPP_MUTATION_HITS"):  # pragma: no cover - only inside a scratch copy
    _tramp: Any = importlib.import_module("mutmut.mutation.trampoline")
    _tramp.wrap_in_trampoline = _recording(_tramp.wrap_in_trampoline)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    out = os.environ.get("QUIZAPP_MUTATION_HITS")
    _HITS.clear()
    start = time.perf_counter()
    yield
    if out:  # pragma: no cover - only inside a scratch copy
        line = {"test": item.nodeid, "secs": time.perf_counter() - start, "hits": sorted(_HITS)}
        with Path(out).open("a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")


def _selected() -> Iterator[str]:
    path = os.environ.get("QUIZAPP_MUTATION_SELECT")
    if path:
        yield from (x for x in Path(path).read_text(encoding="utf-8").splitlines() if x)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep = set(_selected())
    if not keep:
        return
    order = {t: n for n, t in enumerate(_selected())}  # the file's order: quickest first
    chosen = sorted((i for i in items if i.nodeid in keep), key=lambda i: order[i.nodeid])
    config.hook.pytest_deselected(items=[i for i in items if i.nodeid not in keep])
    items[:] = chosen
