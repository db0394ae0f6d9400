"""A bound before a figure: 'more than 5', 'under 5', 'nearly 5'.

Hedges ('about', 'roughly') are dropped before a figure is judged (number_words.py): the
question's tolerance decides how close is close enough. A bound is not a hedge: 'more than 5'
says the figure is not 5. Where the key is an exact count, a bound that leaves the key's own
figure out is wrong however close its figure is ('more than 5' for the Saturn V's five
engines); a bound that takes it in ('at least 5', 'up to 5') is judged by its figure as before.
"""

from __future__ import annotations

import re

from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import NumericKey

__all__ = ["bound_problem"]

_SOFT = r"(?:just|a little|a bit|slightly|well|far|much)\s+"
_OVER = re.compile(
    rf"^\s*(?:by\s+)?(?:{_SOFT})?(?P<word>over|more than|above|greater than|upwards of|"
    r"in excess of|exceeding)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_UNDER = re.compile(
    rf"^\s*(?:by\s+)?(?:{_SOFT})?(?P<word>under|less than|fewer than|below|nearly|almost|"
    r"not quite|short of)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def bound_problem(key: NumericKey, text: str, expected: str) -> str | None:
    """Why a bounded figure is wrong for an exact count ('more than 5' where the count is 5),
    or None: no bound, a bound that takes the key in, or a figure other than the key's (which
    the figure's own reading judges)."""
    if not key.exact:
        return None
    for pattern in (_OVER, _UNDER):
        m = pattern.match(text)
        if m is None:
            continue
        readings = read_quantity(m["rest"], key)
        if isinstance(readings, list) and any(r.value == key.value for r in readings):
            said = f"{m['word'].lower()} {m['rest'].strip()}"
            return f"'{said}' leaves the figure itself out: the answer is exactly {expected}."
    return None
