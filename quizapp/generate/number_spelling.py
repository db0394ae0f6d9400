"""Number words with a slip of the keyboard: 'fitfy', 'sixten', 'tweny-two', 'twentytwo',
'two thousand and nien' (review r353 C: each was 'Type one number', or read as another
figure: 'tweny-two million' became 1 million).

A word of four letters or more that is no number word, one edit (a swap of two letters is
one edit) from exactly one number word, is that word; two tens and units run together are
split. Words of English that lie one edit from a number word ('fire', 'nice', 'seen', 'tree')
are never read as one.
"""

from __future__ import annotations

import re

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ["hundred", "thousand", "million", "billion", "zero"]
NUMBER_WORDS = frozenset(_UNITS + _TEENS + _TENS + _SCALES)
# English words one edit from a number word: never taken for one
_ENGLISH_MORE = "then thee throe sever seventh weight eighth gone bone lone done hone there threw"
_ENGLISH = frozenset(
    [
        *_ENGLISH_MORE.split(),  # 'then' was ten: '1, then 3, then 2' (review r521 A)
        "none",
        "nice",
        "fine",
        "fire",
        "five",
        "live",
        "life",
        "hive",
        "dive",
        "give",
        "line",
        "mine",
        "wine",
        "pine",
        "vine",
        "nine",
        "tent",
        "tend",
        "tens",
        "teen",
        "teens",
        "even",
        "seen",
        "seven",
        "tree",
        "three",
        "free",
        "forth",
        "fourth",
        "fifth",
        "sixth",
        "eighth",
        "ninth",
        "tenth",
        "fight",
        "eighty",
        "sight",
        "light",
        "right",
        "might",
        "tight",
        "night",
        "site",
        "sixty",
        "twelfth",
        "tone",
        "tons",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "fort",
        "fortify",
        "four",
        "your",
        "hour",
        "pour",
        "tour",
        "for",
        "foul",
        "nina",
        "into",
        "onto",
        "once",
        "ones",
    ]
)
_TOKEN = re.compile(r"[a-z]{4,}")
_RUN_TOGETHER = re.compile(rf"^({'|'.join(_TENS)})-?({'|'.join(_UNITS)})$")


# after a tens word and a hyphen only a units word can follow: 'twenty-for' (review r357 E)
_AFTER_TENS = re.compile(rf"\b({'|'.join(_TENS)})(-)([a-z]{{2,6}})\b(?!-)")


# a three-letter number word with two letters swapped: 'tow', 'sxi', 'noe' (review r359 C);
# a word that short is never taken for one with a letter lost or wrong ('to', 'too', 'on')
_SWAPPED = {
    w[:i] + w[i + 1] + w[i] + w[i + 2 :]: w for w in ("one", "two", "six", "ten") for i in (0, 1)
}
del _SWAPPED["wto"]  # the trade body
_SHORT = re.compile(rf"\b(?:{'|'.join(_SWAPPED)})\b")


def respelt(text: str) -> str:
    """`text` (lower case) with each misspelt number word put right; else as it was. Beside a
    figure in digits only a scale is put right ('1.5 milion'): the other words are a remark's
    ('1.74 (light)' was 1.74 and 8, two numbers: review r394)."""
    if any(ch.isdigit() for ch in text):
        return _TOKEN.sub(lambda m: _scale(m[0]), text)
    text = _SHORT.sub(lambda m: _SWAPPED[m[0]], text)
    return _TOKEN.sub(lambda m: _respell(m[0]), _AFTER_TENS.sub(_unit_after_tens, text))


def _scale(word: str) -> str:
    spelt = _respell(word)
    return spelt if spelt in _SCALES else word


def _unit_after_tens(m: re.Match[str]) -> str:
    word = m[3]
    if word in NUMBER_WORDS:
        return m[0]
    from rapidfuzz.distance import OSA

    near = [w for w in _UNITS if OSA.distance(word, w, score_cutoff=1) <= 1]
    return f"{m[1]}{m[2]}{near[0]}" if len(near) == 1 else m[0]


def _respell(word: str) -> str:
    if word in NUMBER_WORDS or word in _ENGLISH:
        return word
    joined = _RUN_TOGETHER.match(word)
    if joined:  # 'twentytwo', 'sixtyeight'
        return f"{joined[1]} {joined[2]}"
    from rapidfuzz.distance import OSA

    near = [w for w in NUMBER_WORDS if OSA.distance(word, w, score_cutoff=1) <= 1]
    if len(near) == 1:
        return near[0]
    for tens in _TENS:  # 'sixtyeigth': a tens word run into a misspelt unit
        if word.startswith(tens) and len(word) > len(tens) + 2:
            unit = _respell(word[len(tens) :])
            if unit in _UNITS:
                return f"{tens} {unit}"
    return word
