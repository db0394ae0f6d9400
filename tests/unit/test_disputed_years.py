"""A year the sources give two ways (session 20, issues 10 and 12; review 19415 #55-56):
helium was seen in the Sun's spectrum in 1868 and isolated on Earth in 1895. The fact says
so with `also: [1895]` beside its circa; every kind that grades a typed year takes either
reading (the grading corpus has the cases), a flashcard's back names the other reading, and
no true/false statement asserts one reading as the fact. The deck's true/false, cloze and
flashcard generators are run on the real helium fact."""

from __future__ import annotations

import random

import pytest
from pydantic import ValidationError

from quizapp.facts.values import Year
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import flashcard, true_false
from quizapp.generate.kinds.common import Dropped
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from tests.support.bundled import CHEM, bundled_deck

HELIUM = "helium-discovered"


def _index() -> DeckIndex:
    return DeckIndex(bundled_deck(CHEM))


def test_another_reading_must_lie_within_the_circa_and_differ_from_the_value() -> None:
    assert Year(kind="year", value=1868, circa=27, also=[1895]).readings == [1895]
    assert Year(kind="year", value=3750, era="BC", circa=500, also=[3500]).readings == [-3500]
    with pytest.raises(ValidationError, match="write circa: 27 or more"):
        Year(kind="year", value=1868, also=[1895])
    with pytest.raises(ValidationError, match="is the value itself"):
        Year(kind="year", value=1868, circa=27, also=[1868])


def test_a_figure_made_from_a_disputed_year_is_read_one_way() -> None:
    """A ladder's distractor near 1868 is no disputed year: it keeps no other reading."""
    helium = Year(kind="year", value=1868, circa=27, also=[1895])
    assert helium.with_magnitude(1930).also == []


def test_no_true_statement_asserts_one_reading() -> None:
    """Helium's statement is dropped with its reason (it has no false variant either: every
    ladder year near it lies within the circa), so the fact is asked by its open forms."""
    ix = _index()
    outcomes = true_false.generate(ix, ix.facts[HELIUM], random.Random(0))
    assert not [o for o in outcomes if isinstance(o, Question) and o.answer == ["True"]]
    assert any(isinstance(o, Dropped) and o.reason == true_false.DISPUTED for o in outcomes)
    other = ix.facts["gallium-discovered"]  # an undisputed year keeps its true statement
    kept = true_false.generate(ix, other, random.Random(0))
    assert any(isinstance(o, Question) and o.answer == ["True"] for o in kept)


def test_no_true_false_item_of_the_deck_states_helium_s_year_as_true() -> None:
    for seed in range(5):
        for q in generate_deck(bundled_deck(CHEM), seed=seed).questions:
            if q.kind == "true_false" and HELIUM in q.fact_ids:
                assert q.answer == ["False"], q.prompt


def test_a_flashcard_s_back_names_the_other_reading() -> None:
    ix = _index()
    cards = [o for o in flashcard.generate(ix, ix.facts[HELIUM], random.Random(0))]
    card = next(o for o in cards if isinstance(o, Question))
    assert card.back is not None and card.back.endswith("Also given as 1895."), card.back
    plain = next(
        o
        for o in flashcard.generate(ix, ix.facts["gallium-discovered"], random.Random(0))
        if isinstance(o, Question)
    )
    assert plain.back is not None and "Also given" not in plain.back


@pytest.mark.parametrize(("answer", "verdict"), [("1895", "correct"), ("1850", "wrong")])
def test_every_generated_item_that_grades_helium_s_year_takes_either_reading(
    answer: str, verdict: str
) -> None:
    seen = set()
    for seed in range(10):
        for q in generate_deck(bundled_deck(CHEM), seed=seed).questions:
            if HELIUM not in q.fact_ids or q.numeric is None or q.kind == "numeric_mcq":
                continue
            seen.add(q.kind)
            assert check(q, answer).verdict == verdict, (q.id, q.prompt)
    assert {"cloze", "numeric"} <= seen
