"""Plain mode's session flow (issue 14, part A): `!right` speaks of the question before and
asks the current one again under its own number; `--topic` takes a topic's title and refuses
an unknown one; with nothing to ask, no session starts and the next card's time is said."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quizapp.facts import load_deck
from quizapp.generate import generate_deck
from quizapp.store import open_store
from quizapp.store.records import Settings
from tests.conftest import DECK_PATH, ROOT
from tests.review.learner import wrong_answer

NOW = "2026-11-29T10:00:00+00:00"
BASE = [sys.executable, "-m", "quizapp", "study", "--plain"]


def study(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BASE, "--db", str(db), "--learner", "ann", "--seed", "4", "--now", NOW, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def first_question(out: str) -> tuple[str, tuple[str, ...]]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Question 1 "))
    options = []
    for line in lines[start + 2 :]:
        if not line.startswith("  "):
            break
        options.append(line.split(") ", 1)[1])
    return lines[start + 1], tuple(options)


def test_right_after_a_wrong_answer_names_that_question_and_asks_the_next_again(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db"
    peek = study(tmp_path / "peek", "--limit", "1", stdin="")
    prompt, options = first_question(peek.stdout)
    items = {
        (q.prompt, tuple(q.options or ())): q
        for q in generate_deck(load_deck(DECK_PATH), seed=4).questions
    }
    wrong = wrong_answer(items[(prompt, options)])
    out = study(db, "--limit", "2", stdin=f"{wrong}\n!right\n")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    marked = text.index("Question 1 is marked right by you.")
    assert text.index("Question 2 ") < marked  # typed at question 2's prompt...
    after = text[marked:]
    assert "Correct (marked right by you)." in after
    assert after.index("Question 2 ") > after.index("Comes back")  # ...then question 2 again
    assert "Question 3" not in text
    store = open_store(db, read_only=True)
    (review,) = [r for r in store.reviews("ann") if not r.undone]
    assert review.override and review.verdict == "correct"
    store.close()


def test_topic_by_title_and_unknown_topic(tmp_path: Path) -> None:
    energy = {
        q.prompt
        for q in generate_deck(load_deck(DECK_PATH), seed=4).questions
        if q.topic == "energy"
    }
    out = study(tmp_path / "db", "--mode", "practice", "--topic", "Energy", "--limit", "3")
    assert out.returncode == 0, out.stderr
    prompt, _ = first_question(out.stdout)
    assert prompt in energy
    bad = study(tmp_path / "db", "--mode", "practice", "--topic", "nosuch")
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "no topic 'nosuch'" in bad.stderr
    assert "Energy" in bad.stderr and "Traceback" not in bad.stderr
    assert "Answered" not in bad.stdout


def test_nothing_due_starts_no_session_and_says_what_comes_next(tmp_path: Path) -> None:
    db = tmp_path / "db"
    store = open_store(db)
    store.save_settings(Settings(learner="ann", new_per_day=0, timezone="UTC"))
    store.close()
    out = study(db)
    assert out.returncode == 0, out.stderr
    facts = len(load_deck(DECK_PATH).facts)
    assert out.stdout.strip() == (
        f"Nothing due. No card is scheduled; {facts} new facts wait for tomorrow (daily limit 0)."
    )
    store = open_store(db, read_only=True)
    assert not list(store.reviews("ann"))
    store.close()
