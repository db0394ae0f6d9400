"""spacing.whole_word_in finds exactly what the regular expression it replaced finds: the key
with no word character (str.isalnum, or "_") right before or after it, anywhere in the text,
overlapping occurrences included."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.review.spacing import whole_word_in

# word and non-word characters, ASCII and not: letters, digits, marks, the underscore
ALPHABET = st.sampled_from(list("ab_1 -.,'()→éß²٣ⅫДж\u0301\u00a0"))
KEY = st.text(ALPHABET, min_size=1, max_size=4)
TEXT = st.text(ALPHABET, max_size=30)


def by_regex(key: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text) is not None


@settings(max_examples=3000, deadline=None)
@given(key=KEY, before=TEXT, after=TEXT, between=st.booleans())
def test_whole_word_in_agrees_with_the_regex(
    key: str, before: str, after: str, between: bool
) -> None:
    text = before + key + after if between else before + after  # the key usually present
    assert whole_word_in(key, text) == by_regex(key, text)


def test_examples() -> None:
    assert whole_word_in("china", "is china in it")
    assert not whole_word_in("china", "chinatown")
    assert whole_word_in("aa", "aaa aa")  # a later occurrence counts
    assert whole_word_in("a a", "xa a a")  # and one overlapping the first
    assert whole_word_in("x", "x") and not whole_word_in("x", "_x")
    assert not whole_word_in("1", "²1") and whole_word_in("é", "-é-")
