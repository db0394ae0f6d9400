"""Small modules and short functions (house style 9; issue 15): no module over 300 lines and
no function over 50 lines anywhere in quizapp/, with no list of exceptions.

A declarative table (a module-level literal) may be longer than 50 lines: only `def`s are
measured, from the `def` line to its last line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50


def oversized(root: Path) -> tuple[dict[str, int], dict[str, int]]:
    """The modules over MAX_MODULE_LINES and the functions over MAX_FUNCTION_LINES under
    root/quizapp, every package and the top-level modules alike."""
    modules: dict[str, int] = {}
    functions: dict[str, int] = {}
    for path in sorted((root / "quizapp").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if (lines := len(text.splitlines())) > MAX_MODULE_LINES:
            modules[name] = lines
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    functions[f"{name}:{node.name}"] = length
    return modules, functions


def test_no_module_over_300_lines_and_no_function_over_50() -> None:
    modules, functions = oversized(ROOT)
    assert modules == {}, f"modules over {MAX_MODULE_LINES} lines: {modules}"
    assert functions == {}, f"functions over {MAX_FUNCTION_LINES} lines: {functions}"


@pytest.mark.parametrize("package", ["review", "generate", "generate/kinds", "."])
@pytest.mark.parametrize("what", ["module", "function"])
def test_a_deliberate_violation_is_caught(tmp_path: Path, what: str, package: str) -> None:
    folder = tmp_path / "quizapp" / package
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES)]
    body = "\n".join(lines)  # with its `def`, one line over the limit
    if what == "module":
        text = "\n".join(f"X{i} = {i}" for i in range(MAX_MODULE_LINES + 1))
    else:
        text = f"def long() -> None:\n{body}\n"
    (folder / "big.py").write_text(text, encoding="utf-8")
    at_limit = "\n".join(lines[1:])  # a function just at the limit passes
    (folder / "small.py").write_text(f"def short() -> None:\n{at_limit}\n", encoding="utf-8")
    modules, functions = oversized(tmp_path)
    name = (folder / "big.py").relative_to(tmp_path).as_posix()
    if what == "module":
        assert (modules, functions) == ({name: MAX_MODULE_LINES + 1}, {})
    else:
        assert (modules, functions) == ({}, {f"{name}:long": MAX_FUNCTION_LINES + 1})
