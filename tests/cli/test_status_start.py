"""`quizapp status` counts cards: it loads no question generator, no answer checker, no study
session and no Textual. Building the command line's parser used to import all of them (the
`questions` and `study` command modules imported them at the top, and importing any
`quizapp.generate` submodule loaded the whole package), which made `status` slower than before
issue 15's refactor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

# what a `status` run must not load (each was loaded by the parser before the fix)
QUESTION_MACHINERY = (
    "quizapp.generate.registry",
    "quizapp.generate.checker",
    "quizapp.generate.audit",
    "quizapp.generate.coverage",
    "quizapp.review.session",
    "quizapp.commands.plain_view",
    "rapidfuzz",
    "textual",
)


def _loaded_by(args: list[str]) -> tuple[str, set[str]]:
    code = (
        "import json, sys\n"
        "from quizapp.cli import main\n"
        f"code = main({args!r})\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    *printed, last = out.stdout.strip().splitlines()
    exit_code, modules = json.loads(last)
    assert exit_code == 0, out.stderr
    return "\n".join(printed), set(modules)


def test_status_loads_no_question_machinery(tmp_path: Path) -> None:
    printed, modules = _loaded_by(["status", "--db", str(tmp_path / "db")])
    assert "russia-central-asia" in printed  # it still counts every bundled deck
    assert "new" in printed
    assert sorted(m for m in QUESTION_MACHINERY if m in modules) == []


def test_the_question_machinery_still_loads_where_it_is_used(tmp_path: Path) -> None:
    """The guard above is not vacuous: a command that generates questions loads them."""
    _, modules = _loaded_by(["questions", "--deck", "russia-central-asia", "--stats"])
    assert {"quizapp.generate.registry", "quizapp.generate.generation"} <= modules
