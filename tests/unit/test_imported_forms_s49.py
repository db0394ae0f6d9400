"""Issue 12, session 49 (review r494 of an imported deck): a card's answer written in small
letters on purpose keeps them on the flashcard's back ('c. 1300' was shown as 'C. 1300'), and
an element's name is known by its symbol and its other common name."""

from __future__ import annotations

import pytest

from quizapp.facts.templates import capitalise_first
from quizapp.generate.element_names import SYMBOL_OF, element_symbol


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("c. 1300", "c. 1300"),
        ("ca. 1500", "ca. 1500"),
        ("pH 7", "pH 7"),
        ("mRNA vaccines", "mRNA vaccines"),
        ("china", "China"),
        ("cat. 5 storm", "Cat. 5 storm"),
        ("1300", "1300"),
    ],
)
def test_a_back_keeps_small_letters_written_on_purpose(text: str, shown: str) -> None:
    assert capitalise_first(text) == shown


def test_every_element_has_its_symbol_in_order_of_atomic_number() -> None:
    assert len(set(SYMBOL_OF.values())) == 118
    named = {"hydrogen": "H", "mercury": "Hg", "tungsten": "W", "oganesson": "Og"}
    assert {n: SYMBOL_OF[n] for n in named} == named
    assert element_symbol("the element Mercury") == "Hg"
    assert element_symbol("mercury vapour") is None
