"""The report's JSON writer (report/json_text.py) gives the very text of
`json.dumps(value, indent=2, ensure_ascii=False)`, whichever encoder writes it: any JSON value,
every float (tiny, huge, negative zero, non-finite), any text (control characters, non-ASCII,
lone surrogates), integers past 64 bits and keys that are not strings."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.report import json_text
from quizapp.report.json_text import dumps

FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [1e-4, 9.99e-5, 1e-5, 3.3333333333333335e-05, 1e16, 1.5e16, -0.0, 0.0, 1e22, 5e-324]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(2**70), 2**70)
    | FLOATS
    | st.text()
    | st.text(st.characters(codec=None, max_codepoint=0x7F))
    | st.fractions(min_value=0, max_value=1).map(float)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.text(max_size=5), inner, max_size=5)
        | st.dictionaries(st.integers(0, 3), inner, max_size=2)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_the_text_is_the_standard_encoders(value: Any) -> None:
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_plain_values_are_written_by_orjson_and_others_by_json() -> None:
    assert json_text._plain({"rate": 0.5, "n": [1, None, True, "é"], "tiny": 0.0})
    assert not json_text._plain({"rate": 3e-05})
    assert not json_text._plain([float("nan")])
    assert not json_text._plain({1: "a"})
    assert not json_text._plain([object()])
