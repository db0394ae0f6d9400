"""`folded` through translation tables (a speed change only: issue 12) gives what folding
character by character gave, for every code point and for text mixing them."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.facts import normalise as module
from quizapp.facts.normalise import folded


def folded_by_character(text: str) -> str:
    """`folded` as it was: two Unicode look-ups for each character of the decomposed text."""
    text = unicodedata.normalize("NFKC", text).translate(module._DASHES).translate(module._QUOTES)
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text.casefold().translate(module._UNSPLIT_LETTERS))
        if not unicodedata.combining(ch) and (unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    )


def test_every_code_point_folds_as_character_by_character() -> None:
    points = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    met = dict(module._DROPPED)  # the table as the process has it: left so afterwards
    try:
        for start in range(0, len(points), 4096):  # in runs: a line of text, not one at a time
            run = "".join(points[start : start + 4096])
            assert folded(run) == folded_by_character(run), hex(ord(run[0]))
    finally:
        module._DROPPED.clear()
        module._DROPPED.update(met)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_folds_as_character_by_character(text: str) -> None:
    assert folded(text) == folded_by_character(text)


def test_marks_and_letters_outside_the_decompositions() -> None:
    text = "Łódź – “Wisła”’s œuvre, ÆTHER\u0301\x07\tþing ıstanbul \u2212 ħ"
    assert (
        folded(text)
        == folded_by_character(text)
        == ('lodz - "wisla"\'s oeuvre, aether\tthing istanbul - h')
    )
