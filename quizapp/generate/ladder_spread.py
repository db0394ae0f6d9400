"""Whether a ladder's key stands out from its options: a lone outlier at an end of the ladder
('1962 / 1965 / 1966 / 1967'), a month alone in its year ('January 1970' among three months of
1969), or the one option off a step the others keep ('44% / 54% / 64% / 75%': review r395 A).
A learner who knows nothing picks the odd one out, so a ladder like that is drawn again.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quizapp.facts.values import Date, NumericValue

LONE_GAP = 1.5  # a key at an end this many times further off than any other gap stands out


def key_stands_out(values: Sequence[NumericValue], key: NumericValue) -> bool:
    """Whether the key, among options sorted ascending, is set apart by spacing or year."""
    n = len(values)
    r = next((i for i, w in enumerate(values) if w is key), -1)
    if n < 3 or r < 0:
        return False
    if isinstance(key, Date) and key.month is not None and key.day is None:
        years = [w.signed for w in values if isinstance(w, Date)]
        if years.count(key.signed) == 1 and len(set(years)) < n:
            return True  # the others share years, the key has its own
    gaps = [b.magnitude - a.magnitude for a, b in itertools.pairwise(values)]
    if _off_their_step([w.magnitude for w in values if w is not key], key.magnitude):
        return True  # '44% / 54% / 64% / 75%': the odd one out is the key (review r395 A)
    if r not in (0, n - 1):
        return False
    own = gaps[0] if r == 0 else gaps[-1]
    rest = gaps[1:] if r == 0 else gaps[:-1]
    return own > LONE_GAP * max(rest)


def _off_their_step(others: list[float], key: float) -> bool:
    """The other options are evenly spaced (three or more) and the key is off their step:
    between two of them, or beyond them by a small part of the step (a step of 2 with the key
    1 beyond is no pattern a learner sees)."""
    steps = [b - a for a, b in itertools.pairwise(others)]
    tiny = 1e-9 * max(map(abs, [*others, key]))
    if len(steps) < 2 or max(steps) - min(steps) > tiny:
        return False
    off = abs((key - others[0]) / steps[0] - round((key - others[0]) / steps[0])) * steps[0]
    inside = others[0] < key < others[-1]
    return off > tiny and (inside or steps[0] >= 3 * off)
