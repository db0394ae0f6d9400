"""Generator faults found by the session-23 learner reviews of the bundled decks (issue 12),
checked as rules over the decks and new seeds, never as single items."""

from __future__ import annotations

from quizapp.generate.deck_clashes import same_key
from quizapp.generate.question import Question
from tests.support.bundled import CHEM, generated

SEEDS = (24001, 24002, 24003)


def _item(kind: str, answer: list[str]) -> Question:
    return Question(
        id=f"{kind}-x",
        kind=kind,  # type: ignore[arg-type]
        template="forward",
        prompt="How many protons does an atom of oxygen have in its nucleus?",
        answer=answer,
        fact_ids=["oxygen-protons"],
        topic="identity",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_a_figure_is_one_key_whatever_unit_words_it_carries() -> None:
    """'8' (a flashcard) and '8 protons' (an option) under one prompt are one key; another
    number, another scale or a name with a number in it are not."""
    bare, unit = _item("flashcard", ["8"]), _item("numeric_mcq", ["8 protons"])
    assert same_key(bare, unit)
    assert not same_key(unit, _item("numeric_mcq", ["6 protons"]))
    assert not same_key(_item("numeric", ["333 million"]), _item("numeric", ["333 billion"]))
    assert not same_key(_item("mcq", ["Apollo 11"]), _item("mcq", ["Soyuz 11"]))
    assert same_key(_item("numeric", ["14"]), _item("numeric_mcq", ["14 K"]))


def test_atomic_number_options_are_asked() -> None:
    """Every atomic-number numeric_mcq was dropped as a clash with the open forms' bare
    number; now the seeds ask some of them."""
    asked = [
        q
        for q in generated(CHEM, SEEDS)
        if q.kind == "numeric_mcq" and q.fact_ids[0].endswith("-protons")
    ]
    assert len(asked) >= 3
