"""One row per question kind, one answer wire format: every consumer reads them, none keeps
a copy (issue 15, items 3 and 4)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import pytest

from quizapp.commands.plain_view import question_text
from quizapp.facts import load_deck
from quizapp.generate import answers, difficulty, gates
from quizapp.generate.checker import answer_problem, check
from quizapp.generate.compare import compare
from quizapp.generate.kind_spec import KINDS, SPECS, Shape, kinds_where
from quizapp.generate.question import ONE_OF_OPTIONS, Question
from quizapp.generate.registry import generate_deck
from quizapp.generate.verdict import Checked
from quizapp.review import forms, grading
from quizapp.store.records import VerdictKind
from quizapp.wording import kind_label
from tests.conftest import DECK_PATH, ROOT

ITEMS: list[Question] = generate_deck(load_deck(DECK_PATH), seed=0).questions
ONE_OF_EACH: dict[str, Question] = {q.kind: q for q in reversed(ITEMS)}


def test_every_kind_has_a_row_and_the_bundled_deck_yields_every_shape() -> None:
    assert set(SPECS) == set(KINDS)
    assert {SPECS[q.kind].shape for q in ONE_OF_EACH.values()} == set(get_args(Shape))


@pytest.mark.parametrize("kind", KINDS)
def test_the_per_kind_tables_read_the_row(kind: str) -> None:
    row = SPECS[kind]  # type: ignore[index]
    assert grading.EXPECTED_MS[kind] == row.expected_ms
    assert difficulty.BASE[kind] == row.difficulty
    assert gates.OPTION_COUNTS.get(kind) == row.options
    assert kind_label(kind) == row.label
    assert (kind in forms.RECOGNITION) == (row.stage == "recognition")
    assert (kind in forms.RECALL) == (row.stage == "recall")
    assert (kind in forms.UNDERSTANDING) == (row.stage == "understanding")
    assert (kind in ONE_OF_OPTIONS) == (row.stage == "understanding")


@pytest.mark.parametrize("kind", sorted(ONE_OF_EACH))
def test_plain_mode_says_how_to_answer_from_the_row(kind: str) -> None:
    q = ONE_OF_EACH[kind]
    assert f"({SPECS[q.kind].how}" in question_text(1, q)


@pytest.mark.parametrize("kind", sorted(ONE_OF_EACH))
def test_the_key_written_in_the_wire_format_is_read_back_right(kind: str) -> None:
    """What answers.key_response writes (as the widgets and the synthetic learner do), the
    checker grades right and the comparison marks with no wrong line."""
    q = ONE_OF_EACH[kind]
    response = answers.key_response(q)
    assert answer_problem(q, response) is None
    if SPECS[q.kind].shape == "self":  # graded by the learner: the session reads the grade
        assert response == "3" and answers.read_grade(response) == 3
        return
    assert check(q, response).verdict == "correct", (q.prompt, response)
    assert all(line.mark in ("right", "plain") for line in compare(q, response))


def test_the_writers_and_readers_agree() -> None:
    options = ["Almaty", "Bishkek", "Dushanbe", "Tashkent"]
    assert answers.option_index(answers.choice(2), options) == 2
    assert answers.read_ticks(answers.ticks({3, 0}), options) == [0, 3]
    assert answers.read_sequence(answers.sequence([2, 0, 3, 1]), options) == [2, 0, 3, 1]
    assert answers.read_sequence(answers.sequence([2, 0]), options) is None  # not all given
    assert answers.read_ticks("1 9", options) is None


def test_a_built_answer_is_the_one_that_may_be_easy_and_cannot_be_guessed() -> None:
    assert {k for k in KINDS if SPECS[k].shape in ("text", "order", "pairs")} == grading.BUILT_KINDS
    for kind in grading.BUILT_KINDS:
        assert grading.guess_chance(kind, 4) == 0.0
    assert set(kinds_where(stage="recall")) < grading.BUILT_KINDS


def _module_names(pattern: str) -> list[str]:
    """Every module-level name in quizapp/ that contains `pattern`, as "file:name"."""
    found = []
    for path in sorted((ROOT / "quizapp").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            found += [
                f"{Path(path).relative_to(ROOT)}:{t.id}"
                for t in targets
                if isinstance(t, ast.Name) and pattern in t.id
            ]
    return found


def test_one_verdict_kind_type_and_one_recall_set() -> None:
    assert _module_names("VerdictKind") == ["quizapp/store/records.py:VerdictKind"]
    assert set(get_args(Checked)) < set(get_args(VerdictKind))
    assert _module_names("RECALL") == ["quizapp/review/forms.py:RECALL"]
