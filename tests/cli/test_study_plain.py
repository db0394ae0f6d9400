"""A plain-mode session driven through stdin like a script would, then `status` a day later."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import fsrs

from quizapp.facts import load_deck
from quizapp.generate import generate_deck
from quizapp.store import open_store
from tests.conftest import DECK_PATH, ROOT
from tests.review.learner import right_answer
from tests.support.plain import plain_session

NOW = datetime.fromisoformat("2026-11-29T10:00:00+00:00")


def items_by_text() -> dict[tuple[str, tuple[str, ...]], object]:
    return {
        (q.prompt, tuple(q.options or ())): q
        for q in generate_deck(load_deck(DECK_PATH), seed=4).questions
    }


def play(db: Path, answers: int) -> str:
    """Answer `answers` questions: right, wrong, revealed and a typo-free recall in turn."""
    known = items_by_text()
    proc = plain_session(db, NOW, answers)
    assert proc.stdin and proc.stdout
    transcript, n = [], 0
    while True:
        line = proc.stdout.readline()
        if not line:
            break
        transcript.append(line)
        if line.startswith("Question "):
            prompt = proc.stdout.readline().rstrip("\n")
            options: list[str] = []
            rest: list[str] = []
            while not (hint := proc.stdout.readline()).startswith("("):
                (options if hint.startswith("  ") and ")" in hint[:6] else rest).append(hint)
            opts = tuple(o.split(") ", 1)[1].rstrip("\n") for o in options)
            q = known[(prompt, opts)]
            n += 1
            if q.kind == "flashcard":  # type: ignore[attr-defined]
                proc.stdin.write("\n3\n")
            elif n % 3 == 0:
                proc.stdin.write("?\n")
            else:
                proc.stdin.write(right_answer(q) + "\n")  # type: ignore[arg-type]
            proc.stdin.flush()
    proc.wait(timeout=60)
    assert proc.stderr is not None
    assert proc.returncode == 0, proc.stderr.read()
    return "".join(transcript)


def test_twenty_answers_are_stored_and_status_matches_fsrs(tmp_path: Path) -> None:
    db = tmp_path / "db"
    out = play(db, 20)
    assert "Session over." in out and "Answered 20" in out
    store = open_store(db, read_only=True)
    reviews = list(store.reviews("ann"))
    cards = store.cards("ann", "russia-central-asia")
    store.close()
    assert len(reviews) == 20
    assert all(r.rating in (1, 2, 3, 4) and r.duration_ms >= 0 for r in reviews)
    assert {r.verdict for r in reviews} >= {"correct", "revealed"}

    later = NOW + timedelta(days=1)
    status = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizapp",
            "status",
            "--json",
            "--db",
            str(db),
            "--learner",
            "ann",
            "--deck",
            "russia-central-asia",
            "--now",
            later.isoformat(),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    (row,) = json.loads(status.stdout)
    due_by_fsrs = {f for f, c in cards.items() if fsrs.Card.from_dict(c.fsrs).due <= later}  # type: ignore[arg-type]
    assert due_by_fsrs
    assert row["due"] == len(due_by_fsrs)  # due now counts learning cards too (issue 14)
    assert row["new"] == len(load_deck(DECK_PATH).facts) - len(cards)


def test_end_of_input_ends_cleanly_with_answers_saved(tmp_path: Path) -> None:
    db = tmp_path / "db"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizapp",
            "study",
            "--plain",
            "--db",
            str(db),
            "--learner",
            "ann",
            "--seed",
            "1",
            "--now",
            NOW.isoformat(),
        ],
        # an answer, then a flashcard (Enter shows the back, 2 rates it Hard); then the input ends
        input="1\n\n2\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "Session over." in proc.stdout
    store = open_store(db, read_only=True)
    assert len(list(store.reviews("ann"))) == 2
    store.close()


def test_bad_options_are_one_line_errors(tmp_path: Path) -> None:
    base = [sys.executable, "-m", "quizapp", "study", "--plain", "--db", str(tmp_path / "db")]
    out = subprocess.run(
        [*base, "--mode", "exam"], capture_output=True, text=True, cwd=ROOT, input=""
    )
    assert out.returncode == 2 and "needs --exam-date" in out.stderr
    out = subprocess.run(
        [*base, "--mode", "exam", "--exam-date", "2001-01-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input="",
    )
    assert out.returncode == 2 and "must be in the future" in out.stderr
    out = subprocess.run(
        [*base, "--now", "yesterday"], capture_output=True, text=True, cwd=ROOT, input=""
    )
    assert (
        out.returncode == 2
        and "not an ISO date-time" in out.stderr
        and "Traceback" not in out.stderr
    )
    out = subprocess.run(
        [*base, "--deck", "nope"], capture_output=True, text=True, cwd=ROOT, input=""
    )
    assert out.returncode == 2 and "no deck with this id" in out.stderr


def test_plain_feedback_shows_your_answer_beside_the_key_in_plain_words(tmp_path: Path) -> None:
    from quizapp.wording import KIND_LABELS
    from tests.review.learner import wrong_answer

    known = items_by_text()
    proc = plain_session(tmp_path / "db", NOW, 1)
    assert proc.stdin and proc.stdout
    header = proc.stdout.readline()
    prompt = proc.stdout.readline().rstrip("\n")
    options = []
    while not (line := proc.stdout.readline()).startswith("("):
        options.append(line.split(") ", 1)[1].rstrip("\n"))
    q = known[(prompt, tuple(options))]
    assert f"({KIND_LABELS[q.kind]})" in header  # type: ignore[attr-defined]
    proc.stdin.write(wrong_answer(q) + "\n")  # type: ignore[arg-type]
    proc.stdin.close()
    out = proc.stdout.read()
    proc.wait(timeout=60)
    assert out.startswith("Not right.")
    if options:
        assert "✗" in out and "✓" in out
        assert q.answer[0] in next(x for x in out.splitlines() if x.startswith("  ✓"))  # type: ignore[attr-defined]
    assert "Rated Again. Comes back in 1 minute." in out
    assert "_" not in header
