"""The new kinds in plain mode and `quizapp grade`: shown with numbered options and graded by
option number, as a plain study session grades them."""

from __future__ import annotations

import json

import pytest

from quizapp.commands.plain_view import question_text
from quizapp.generate.question import ONE_OF_OPTIONS, Question
from tests.cli.test_deck_commands import run


@pytest.mark.parametrize("kind", ONE_OF_OPTIONS)
def test_each_new_kind_reads_and_grades_by_option_number(kind: str) -> None:
    listed = run("questions", "--kind", kind, "--format", "json", "--seed", "2")
    assert listed.returncode == 0, listed.stderr
    q = Question.model_validate(json.loads(listed.stdout)[0])
    text = question_text(1, q)
    assert "answer with the option's number" in text
    assert all(f"  {i}) {o}" in text for i, o in enumerate(q.options or [], 1))
    right = (q.options or []).index(q.answer[0]) + 1
    wrong = right % len(q.options or []) + 1
    for answer, verdict in ((right, "correct"), (wrong, "wrong")):
        out = run("grade", "--item", q.id, "--seed", "2", "--json", str(answer))
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["verdict"] == verdict, (q.prompt, answer)
