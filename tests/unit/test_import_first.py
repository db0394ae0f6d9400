"""Every domain module can be the first quizapp module a process imports. The facts model and
claims.py imported each other, which worked only when model.py came first: importing
`quizapp.generate.argument_pools` first failed once `quizapp.generate` stopped loading every
generator up front (so that `quizapp status` does not pay for them)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import quizapp
from tests.conftest import ROOT

DOMAIN = ("quizapp.facts", "quizapp.store", "quizapp.generate", "quizapp.review")

FRESH_EACH = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "quizapp" or m.startswith("quizapp.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
"""


def _domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(quizapp.__path__, "quizapp."):
        if info.name.startswith(DOMAIN):
            names.append(info.name)
    return names


def test_every_domain_module_imports_first() -> None:
    modules = _domain_modules()
    assert "quizapp.facts.claims" in modules and "quizapp.generate.argument_pools" in modules
    command = [sys.executable, "-c", FRESH_EACH, *modules]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""
