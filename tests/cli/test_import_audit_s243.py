"""`quizapp questions --audit` on an imported deck lists the cards left to flashcards alone
(an answer no typed or choice item can ask fairly) apart from the breaches, and exits 0 for
them (issue 12, session 24, s243)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_deck_commands import run

CARDS = Path(__file__).resolve().parents[1] / "data" / "rulers-climbers-s243.csv"


def test_the_audit_lists_flashcard_only_cards_without_failing(tmp_path: Path) -> None:
    path = tmp_path / "rulers.csv"
    shutil.copy(CARDS, path)
    assert run("import", str(path)).returncode == 0
    audit = run("questions", "--deck", "rulers-and-climbers-s243", "--audit")
    assert audit.returncode == 0, audit.stdout
    lines = audit.stdout.splitlines()
    assert [ln for ln in lines if ln.startswith("[")] == [
        "[flashcard-only] q-why-did-the-titanic-go-down-so-fast: "
        "Why did the Titanic go down so fast?"
    ]
    summary = "rulers-and-climbers-s243 (seed 0): 0 breaches, 1 flashcard-only, no mcq item"
    assert lines[-1] == summary
