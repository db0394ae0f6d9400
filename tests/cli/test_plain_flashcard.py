"""A flashcard in plain mode: its grade is its answer, read like any other (issue 15).

Plain mode used to read the grade line by itself and took anything but 1-4 (a typo, "good")
as Again, silently. Now the grade goes through the session's one answer path and the
checker's `answer_problem`, so an unreadable grade is asked again, like an option number
that does not exist.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from quizapp.generate.checker import GRADE_PROBLEM
from quizapp.store import open_store
from tests.support.plain import plain_session

NOW = datetime.fromisoformat("2026-11-29T10:00:00+00:00")
FLASHCARD_HINT = "(press Enter to see the back)"


def test_an_unreadable_grade_is_asked_again_and_the_grade_given_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "db"
    proc = plain_session(db, NOW, 40)
    assert proc.stdin and proc.stdout
    transcript: list[str] = []
    graded = False
    while line := proc.stdout.readline():
        transcript.append(line)
        if line.rstrip("\n") == FLASHCARD_HINT and not graded:
            proc.stdin.write("\n5\ngood\n3\n")  # flip; a typo; a word; then Good
            graded = True
        elif line.startswith("(") and not graded:
            proc.stdin.write("?\n")  # any other item: revealed, until a flashcard comes
        elif graded and line.startswith("Rated "):
            break
        proc.stdin.flush()
    proc.stdin.close()
    proc.wait(timeout=60)
    out = "".join(transcript)
    assert graded, "no flashcard came up in 40 questions"
    after = out[out.index(FLASHCARD_HINT) :]
    assert after.count(GRADE_PROBLEM) == 3  # shown with the back, then after each slip
    assert "Rated Good." in after
    store = open_store(db, read_only=True)
    last = list(store.reviews("ann"))[-1]
    store.close()
    assert last.kind == "flashcard" and last.verdict == "self_graded" and last.rating == 3
