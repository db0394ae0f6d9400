"""A figure written in scientific notation, as people type it, read as one number.

"1.01325 × 10^5", "1.01325 x 10⁵", "6.022*10**23", "3.0 · 10^8" and "10^5" are "1.01325e5",
"6.022e23", "3.0e8" and "1e5", which the number readers take. Run before NFKC folding, which
would make "10⁵" read "105". A caret or superscript on any base but ten ("2^10") is left alone.
"""

from __future__ import annotations

import re

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_EXPONENT = (
    r"(?:\s*(?:\^|\*\*)\s*([-+\u2212\u2013]?\d{1,3})|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
)
_TIMES_TEN = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:[x×*·⋅]|\*\*?)\s*10" + _EXPONENT, re.IGNORECASE
)
_BARE_TEN = re.compile(r"(?<![\d.,^*×·⋅])(?<![x] )(?<![×·⋅] )10" + _EXPONENT)


def plain_powers(text: str) -> str:
    """The text with each 'a × 10^b' written 'aeb' (and a bare '10^b' as '1eb')."""
    if "10" not in text:
        return text
    text = _TIMES_TEN.sub(lambda m: f"{m[1]}e{_exponent(m)}", text)
    return _BARE_TEN.sub(lambda m: f"1e{_exponent(m)}", text)


def _exponent(m: re.Match[str]) -> str:
    caret, raised = m.groups()[-2:]
    power = caret if caret is not None else raised.translate(_SUPERSCRIPTS)
    return power.replace("\u2212", "-").replace("\u2013", "-").lstrip("+")
