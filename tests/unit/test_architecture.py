"""House rule 1: the domain never imports Textual; the layers are import contracts."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOMAIN = [
    "quizapp.facts",
    "quizapp.facts.catalog",
    "quizapp.generate",
    "quizapp.generate.registry",
    "quizapp.store",
    "quizapp.store.backups",
    "quizapp.store.check",
    "quizapp.review.session",
    "quizapp.review.queue",
    "quizapp.service",
    "quizapp.cli",
    "quizapp.commands.decks",
    "quizapp.commands.questions",
    "quizapp.commands.db",
    "quizapp.commands.study",
]


def test_domain_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in DOMAIN)
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    tool = Path(sys.executable).with_name("lint-imports")
    command = [str(tool)] if tool.exists() else [sys.executable, "-m", "importlinter.cli"]
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [*command, "--no-cache"], cwd=root, capture_output=True, text=True, env=env
    )


def test_import_contracts_are_kept() -> None:
    out = _lint_imports(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: 4 kept, 0 broken." in out.stdout


@pytest.mark.parametrize(
    ("module", "bad_import"),
    [
        ("quizapp/facts/model.py", "import quizapp.review.queue"),
        ("quizapp/store/records.py", "import textual"),
        ("quizapp/tui/screens/home.py", "import quizapp.store.repository"),
        ("quizapp/commands/report.py", "from quizapp.facts.catalog import find_decks"),
        ("quizapp/tui/screens/browse.py", "from quizapp.tui.app import QuizApp"),
    ],
)
def test_import_contracts_fail_on_a_violation(tmp_path: Path, module: str, bad_import: str) -> None:
    shutil.copytree(ROOT / "quizapp", tmp_path / "quizapp")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n")
    out = _lint_imports(tmp_path)
    assert out.returncode != 0
    assert "BROKEN" in out.stdout


def _store_reached_through(source: str) -> list[int]:
    """Lines where code reads an attribute called `store` (as in `service.store.cards`)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr == "store"
    ]


def test_front_ends_never_reach_through_the_facade() -> None:
    front_ends = [*(ROOT / "quizapp" / "tui").rglob("*.py")]
    front_ends += [*(ROOT / "quizapp" / "commands").rglob("*.py"), ROOT / "quizapp" / "cli.py"]
    found = {
        str(path.relative_to(ROOT)): lines
        for path in front_ends
        if (lines := _store_reached_through(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_reaching_through_the_facade_is_caught() -> None:
    assert _store_reached_through("def f(service):\n    return service.store.cards('a', 'd')\n")
    assert not _store_reached_through("def f(service):\n    return service.read_only\n")
