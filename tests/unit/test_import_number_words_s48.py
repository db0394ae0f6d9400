"""Issue 12, imported decks (review r484 A): a card whose answer is a count written in words
('nine nights', 'nine') was kept as text, so '9' and '9 nights' were graded wrong while a card
written '8' took 'eight'. Such a card is imported as the number it is; text that only opens
with a number word stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.import_values import in_figures
from quizapp.facts.importer import read_table


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("nine nights", "9 nights"),
        ("nine", "9"),
        ("Twenty-one guns", "21 guns"),
        ("two", "2"),
        ("one of his eyes", "one of his eyes"),
        ("Odin", "Odin"),
        ("nine worlds of the tree", "nine worlds of the tree"),
    ],
)
def test_a_count_in_words_is_read_in_figures(answer: str, read: str) -> None:
    assert in_figures(answer) == read


def test_the_cards_are_imported_as_counts(tmp_path: Path) -> None:
    cards = tmp_path / "cards.csv"
    cards.write_text(
        "#separator:comma\n#columns:Question,Answer\n"
        "For how many nights did Odin hang on the tree?,nine nights\n"
        "How many worlds does the tree hold?,nine\n"
        "What did Odin give up at Mimir's well?,one of his eyes\n",
        encoding="utf-8",
    )
    result = read_table(cards)
    assert result.deck is not None
    relations = {f["subject"]: f["relation"] for f in result.deck["facts"]}
    assert relations["for-how-many-nights-did-odin-hang-on-the-tree"] == "answer-quantity"
    assert relations["how-many-worlds-does-the-tree-hold"] == "answer-quantity"
    assert relations["what-did-odin-give-up-at-mimir-s-well"] == "answer"
