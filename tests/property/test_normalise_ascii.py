"""normalise's ASCII fast path gives what the full Unicode path gives (a speed change only)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.facts.normalise import folded, folded_ascii, normalise

ASCII = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=40)


@settings(max_examples=500, deadline=None)
@given(ASCII)
def test_the_ascii_path_folds_as_the_unicode_path_does(text: str) -> None:
    assert folded_ascii(text) == folded(text)


def test_ascii_text_with_quotes_controls_and_capitals() -> None:
    for text in ["`Tis THE Kyrgyz\x00 Republic\t", "A\x7fB\nC", "plain", "", "  `x`  "]:
        assert folded_ascii(text) == folded(text)
    assert normalise("  The  `Eurasian` Economic\x01 Union. ") == "'eurasian' economic union"
