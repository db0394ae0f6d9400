"""The answer checker's modules stay small (house style 9; issue 15): each under 300 lines,
no function over 50. generate/ as a whole is not checked yet (test_sizes.py); these are."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT
from tests.unit.test_sizes import MAX_FUNCTION_LINES, MAX_MODULE_LINES

GRADING = sorted(
    p.relative_to(ROOT).as_posix()
    for pattern in ("check*.py", "text_*.py", "*_names.py", "quantity_reader.py", "dates.py")
    for p in (ROOT / "quizapp" / "generate").glob(pattern)
) + [
    f"quizapp/generate/{name}.py"
    for name in (
        "number_words",
        "tolerance",
        "compare",
        "answers",
        "units",
        "verdict",
        "periods",
        "rival_figures",
    )
]


def test_the_grading_modules_are_found() -> None:
    assert "quizapp/generate/check_text.py" in GRADING
    assert "quizapp/generate/text_words.py" in GRADING
    assert len(GRADING) >= 15


@pytest.mark.parametrize("name", GRADING)
def test_grading_module_is_small(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{name}:{node.name} has {length} lines"
