"""Issue 12 (session 24, s243): an imported multiple choice keeps its year options in the key's
era: no '753 BC' among modern years, where it gives itself away (as the key) or is never
right (as a wrong option). Driven through the importer and generator on
tests/data/rulers-climbers-s243.csv, which holds one BC year among five modern ones."""

from __future__ import annotations

import pytest

from quizapp.generate.index import DeckIndex
from quizapp.generate.option_eras import era_of, one_era, same_era
from tests.support.grading_corpus import CorpusDecks, deck_ref

CARDS = "tests/data/rulers-climbers-s243.csv"


def test_no_choice_item_mixes_eras(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(CARDS))
    choices = [q for qs in loaded.items.values() for q in qs if q.kind in ("mcq", "numeric_mcq")]
    years = [q for q in choices if all(era_of(o) for o in q.options or [])]
    assert len(years) >= 4, "too few year items: the test proves nothing"
    for q in years:
        assert "753 BC" not in (q.options or []), (q.prompt, q.options)
        assert one_era(q, DeckIndex(loaded.deck)) is None


def test_the_bc_card_gets_no_modern_options(decks: CorpusDecks) -> None:
    loaded = decks.service.load_deck(deck_ref(CARDS))
    rome = loaded.items["q-in-which-year-was-rome-founded-by-tradition"]
    assert "mcq" not in {q.kind for q in rome}  # no other BC year: no fair options, no item
    assert "typed" in {q.kind for q in rome}


@pytest.mark.parametrize(
    ("name", "era"),
    [
        ("753 BC", "bc"),
        ("44 BCE", "bc"),
        ("AD 79", "first millennium"),
        ("AD 476", "first millennium"),
        ("476", None),  # three bare figures: a count as much as a year
        ("1989", "since 1000"),
        ("3 March 1861", "since 1000"),
        ("c. 1455", "since 1000"),
        ("8", None),  # a count, not a year
        ("Paris", None),
    ],
)
def test_era_of(name: str, era: str | None) -> None:
    assert era_of(name) == era


def test_same_era_leaves_other_answers_alone() -> None:
    assert same_era("1989", "1914")
    assert not same_era("1989", "753 BC")
    assert not same_era("753 BC", "1066")
    assert same_era("Paris", "753 BC")  # not a year key: not this rule's business
