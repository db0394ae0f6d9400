"""House rule 1: the domain never imports Textual."""

from __future__ import annotations

import subprocess
import sys

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
