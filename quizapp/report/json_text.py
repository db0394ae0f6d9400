"""The report as JSON text, written by orjson where it writes what json would.

`quizapp report --format json` lists every fact's accuracy: about 1 MB for a 10k-fact deck,
which the standard library's encoder took about 50 ms to write. orjson writes the same text
(two-space indent, `": "` between key and value, non-ASCII as is, the same escapes) in a tenth
of the time, except for floats that Python writes with an exponent below 1e-4 (orjson writes
`0.00001` or `1e-6` where json writes `1e-05` and `1e-06`), non-finite floats (null against
NaN), and what orjson refuses (integers past 64 bits, keys that are not strings). So the
value is looked over first: anything but plain JSON values, or such a float, and json writes
it, as before. The text is the same either way (tests/report/test_json_text.py).
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

SMALLEST_PLAIN = 1e-4  # Python's repr writes an exponent below this (and from 1e16)


def dumps(value: Any) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)`, written by orjson when that is the
    same text."""
    if _plain(value):
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
        except (TypeError, orjson.JSONEncodeError):  # past 64 bits, a lone surrogate
            pass
    return json.dumps(value, indent=2, ensure_ascii=False)


def _plain(value: Any) -> bool:
    """Whether the value holds only dicts with string keys, lists, tuples, strings, ints,
    None, and floats that both encoders write alike."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            if not all(type(key) is str for key in item):
                return False
            stack.extend(item.values())
        elif kind is list or kind is tuple:
            stack.extend(item)
        elif kind is float:
            if not math.isfinite(item) or (item and abs(item) < SMALLEST_PLAIN):
                return False
        elif not (kind is str or kind is int or kind is bool or item is None):
            return False
    return True
