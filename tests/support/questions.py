"""A bare question of any kind, built from only the fields a test cares about."""

from __future__ import annotations

from quizapp.generate.question import Question


def bare_question(kind: str, **fields: object) -> Question:
    """A valid `kind` item with placeholder text: bare_question("mcq", options=o, answer=a)."""
    base: dict[str, object] = dict(
        id="x",
        kind=kind,
        template="t",
        prompt="?",
        fact_ids=["f"],
        topic="t",
        explanation="e",
        citation="c",
        difficulty=0.5,
    )
    return Question.model_validate(base | fields)
