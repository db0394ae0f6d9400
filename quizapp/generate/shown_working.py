"""Arithmetic shown beside a figure: the working, not a second answer.

"7! = 5040", "5040 = 7!", "2^10 = 1024", "6 = 1+2+3", "6 (1+2+3)", "5040 (7 × 720)" and
"7x6x5x4x3x2x1 = 5040" answer 5040, 1024 and 6 (review r704 #6, #17, #71): the figure is
graded alone, and a right one carries the note that the working beside it was not marked,
as any remark does. Working is only digits, brackets and operators (+ - × x * / ^ ! √ ·)
with at least one operator between two terms; a bare signed figure ("-38.83") is no working.
"""

from __future__ import annotations

import math
import re

from quizapp.generate.remark_notes import noted
from quizapp.generate.verdict import Verdict

_TERMS = r"[\d.,\s()+\-*/×x·^!√⋅]+"
_WORKING = re.compile(_TERMS, re.IGNORECASE)
# a dash alone is a range ('6% (2014-2015)', '19-22%': range_asides.py), not working
_OPERATION = re.compile(r"(?:[\d)!]\s*(?:[+*/×x·^⋅]|\*\*)\s*[\d(√])|\d\s*!", re.IGNORECASE)
_TAIL = re.compile(
    r"([^,;:=]+?)\s*[,;:]\s*(?:i\.?e\.?,?|that is|which is|being|since|as|because|from)?\s*"
    r"([^,;:a-wyz]+)$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*$")


def is_working(text: str) -> bool:
    """Whether `text` is arithmetic alone: terms joined by at least one operator."""
    return bool(_WORKING.fullmatch(text.strip())) and bool(_OPERATION.search(text))


def without_working(text: str) -> str | None:
    """The figure of an answer that shows its working beside it, or None if it shows none."""
    bracket = _BRACKETED.search(text)
    if bracket is not None and text[: bracket.start()].strip():
        inside = [side for side in bracket[1].split("=") if side.strip()]
        if inside and is_working(inside[0]) and all(_WORKING.fullmatch(s) for s in inside):
            return text[: bracket.start()].strip()  # '6 (1+2+3)', '5040 (7 × 720)', '6 (1+2+3=6)'
    tail = _TAIL.match(text)
    if tail is not None and all(map(is_working, tail[2].split("=")[:1])):
        return tail[1].strip()  # '5040, i.e. 7×6×5×4×3×2×1', '6; 1+2+3'
    if "=" not in text:
        return None
    sides = [side.strip() for side in text.split("=")]
    plain = [side for side in sides if not is_working(side)]
    if all(sides) and len(plain) == 1:
        return plain[0]  # '7! = 5040', '1024 = 2^10'; not '6 = 6' nor '7 x 6 = 6 x 7'
    return None


def working_noted(text: str, figure: str, verdict: Verdict) -> Verdict:
    """The verdict on the figure alone; noted unless the working is arithmetic that comes to
    the figure itself ('2^10 = 1024', '6 (1+2+3)'), which says nothing more than it."""
    if "=" not in text:
        return verdict  # a bracket or a comma: remark_notes.py notes it as any remark
    worked = [worth(part) for part in re.split(r"[=()]", text.replace(figure, "", 1))]
    values = [v for v in worked if v is not None]
    if values and all(v == worth(figure) for v in values) and verdict.verdict != "wrong":
        return verdict
    return noted(verdict, figure)


_TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|\*\*|[-+*/×x·⋅^!()])", re.IGNORECASE)


def worth(text: str) -> float | None:
    """The value of plain arithmetic ('7!', '2^10', '1+2+3', '7 × 720'), or None."""
    tokens = _TOKEN.findall(text.replace(",", ""))
    if not tokens or "".join(tokens) != re.sub(r"\s+", "", text.replace(",", "")):
        return None
    try:
        value, rest = _sum(tokens)
    except (ValueError, IndexError, OverflowError, ZeroDivisionError):
        return None
    return value if not rest else None


def _sum(tokens: list[str]) -> tuple[float, list[str]]:
    value, tokens = _product(tokens)
    while tokens and tokens[0] in "+-":
        right, rest = _product(tokens[1:])
        value, tokens = value + right if tokens[0] == "+" else value - right, rest
    return value, tokens


def _product(tokens: list[str]) -> tuple[float, list[str]]:
    value, tokens = _power(tokens)
    while tokens and tokens[0].lower() in ("*", "×", "x", "·", "⋅", "/"):
        right, rest = _power(tokens[1:])
        value, tokens = value / right if tokens[0] == "/" else value * right, rest
    return value, tokens


def _power(tokens: list[str]) -> tuple[float, list[str]]:
    value, tokens = _factorial(tokens)
    if tokens and tokens[0] in ("^", "**"):
        right, rest = _power(tokens[1:])
        if abs(right) > 64:
            raise ValueError("too large a power")
        return value**right, rest
    return value, tokens


def _factorial(tokens: list[str]) -> tuple[float, list[str]]:
    if tokens[0] == "(":
        value, rest = _sum(tokens[1:])
        if rest[:1] != [")"]:
            raise ValueError("unclosed bracket")
        value, tokens = value, rest[1:]
    else:
        value, tokens = float(tokens[0]), tokens[1:]
    while tokens and tokens[0] == "!":
        if value != int(value) or not 0 <= value <= 20:
            raise ValueError("no factorial")
        value, tokens = float(math.factorial(int(value))), tokens[1:]
    return value, tokens
