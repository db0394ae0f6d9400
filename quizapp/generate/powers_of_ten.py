"""A figure written in scientific notation, as people type it, read as one number.

"1.01325 × 10^5", "1.01325 x 10⁵", "6.022*10**23", "3.0 · 10^8" and "10^5" are "1.01325e5",
"6.022e23", "3.0e8" and "1e5", which the number readers take; a whole number's power of another
base is worked out ("4³" and "4^3" are 64). Run before NFKC folding, which would make "10⁵"
read "105" and "4³" read "43".
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
_RAISED = re.compile(r"[\^⁰¹²³⁴⁵⁶⁷⁸⁹]|\*\*")
_OTHER_BASE = re.compile(
    r"(?<![\d.,^*×·⋅])(\d{1,3})(?:\s*(?:\^|\*\*)\s*(\+?\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹.,])"
)
_BARE_TEN = re.compile(r"(?<![\d.,^*×·⋅])(?<![x] )(?<![×·⋅] )10" + _EXPONENT)


def plain_powers(text: str) -> str:
    """The text with each 'a × 10^b' written 'aeb' (and a bare '10^b' as '1eb')."""
    if not _RAISED.search(text):
        return text
    text = _TIMES_TEN.sub(lambda m: f"{m[1]}e{_exponent(m)}", text)
    text = _BARE_TEN.sub(lambda m: f"1e{_exponent(m)}", text)
    return _OTHER_BASE.sub(_power, text)


def _power(m: re.Match[str]) -> str:
    """'4^3' and '4³' as 64 (review r714 #10: '4³' was read 43); a huge power left alone."""
    power = int(_exponent(m))
    return str(int(m[1]) ** power) if int(m[1]) ** power < 10**15 else m[0]


def _exponent(m: re.Match[str]) -> str:
    caret, raised = m.groups()[-2:]
    power = caret if caret is not None else raised.translate(_SUPERSCRIPTS)
    return power.replace("\u2212", "-").replace("\u2013", "-").lstrip("+")
