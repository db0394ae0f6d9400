"""The ways a learner types a matching as pairs: a left item's letter and its match's number
('A3 B2 C4 D1', '1-C 2-B': review r368 H); more (review r417): each left item's number with
its match's ('1=3, 2=1, 3=2', '1-3 2-1 3-2', '1 3, 2 1, 3 2'), or a few words of each left
item with its match's number ('Apollo 1 fire 3, Apollo-Soyuz 1, Saturn V 2'). The numbers of
the matches are read in left order (from 0); None unless every left item and every option is
named exactly once."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.facts.normalise import normalise

_JOIN = r"\s*(?:[-=:>→]+|\s)\s*"
_NUMBER_PAIR = re.compile(rf"(\d{{1,2}}){_JOIN}(\d{{1,2}})")
_WORD_PAIR = re.compile(r"^(?P<name>.*?[^\W\d_].*?)[\s:=>→-]+(?P<number>\d{1,2})\.?$")
_LITTLE = frozenset({"the", "a", "an", "of", "at", "in", "on", "to", "and", "s"})


def number_pairs(text: str, n: int) -> list[int] | None:
    """'1=3, 2=1, 3=2' or '1-3 2-1 3-2': the left item's number, then its match's."""
    t = text.strip()
    joined = bool(re.search(r"\d\s*[-=:>→]+\s*\d", t))
    chunks = re.split(r"\s*[,;]\s*", t) if not joined else _NUMBER_PAIR.findall(t)
    pairs = [_NUMBER_PAIR.fullmatch(c) for c in chunks] if not joined else None
    found = [(m[1], m[2]) for m in pairs if m] if pairs is not None else list(chunks)
    if len(found) != n or (pairs is None and _NUMBER_PAIR.sub("", t).strip(" ,;.") != ""):
        return None
    return _ordered({int(a) - 1: int(b) - 1 for a, b in found}, n)


def word_pairs(text: str, left: list[str], n: int, options: Sequence[str] = ()) -> list[int] | None:
    """'Apollo 1 fire 3, Apollo-Soyuz 1, Saturn V 2': each part's words name one left item
    more than any other, and its number is the match's; unless the part ends with an option's
    own text ('francium → period 5' is the option 'period 5', not option 5: review r533 A)."""
    parts = [p for p in re.split(r"\s*[,;]\s*", text.strip()) if p]
    if len(parts) != len(left) or len(left) != n:
        return None
    match: dict[int, int] = {}
    for part in parts:
        found = _WORD_PAIR.match(part)
        item = _left_item(found["name"], left) if found else None
        if found is None or item is None or item in match:
            return None
        said = f" {normalise(part)}"
        ends = [i for i, o in enumerate(options) if said.endswith(f" {normalise(o)}")]
        match[item] = ends[0] if len(ends) == 1 else int(found["number"]) - 1
    return _ordered(match, n)


def _left_item(name: str, left: list[str]) -> int | None:
    said = _words(name)
    scores = [len(said & _words(item)) for item in left]
    best = max(scores, default=0)
    return scores.index(best) if best and scores.count(best) == 1 else None


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s'’-]+", normalise(text)) if w and w not in _LITTLE}


def _ordered(match: dict[int, int], n: int) -> list[int] | None:
    if sorted(match) != list(range(n)) or sorted(match.values()) != list(range(n)):
        return None
    return [match[i] for i in range(n)]


_PAIRS = re.compile(r"\b(?:([a-z])\s*[-=:>→]*\s*(\d{1,2})|(\d{1,2})\s*[-=:>→]*\s*([a-z]))\b")


def letter_pairs(text: str, n: int) -> list[int] | None:
    """A matching answered as pairs of a left item's letter and its match's number, either
    way round, as the CLI lists them; the numbers in A, B, C order (from 0), or None."""
    t = text.strip().lower()
    found = _PAIRS.findall(t)
    if len(found) != n or _PAIRS.sub("", t).strip(" ,;.") != "":
        return None
    match = {ord(a or d) - ord("a"): int(b or c) - 1 for a, b, c, d in found}
    if sorted(match) != list(range(n)) or sorted(match.values()) != list(range(n)):
        return None
    return [match[i] for i in range(n)]


_LETTERED = re.compile(r"^\s*([a-z])\s*(?:[:=\-\u2013]\s*|\s+)(\S.*?)\s*$", re.IGNORECASE)


def lettered_texts(text: str, n: int) -> str | None:
    """A matching answered as each left item's letter and its match's text ('A: Snoopy, B:
    Intrepid, ...', 'A Lovell, B Scott', review r572 B: asked again): the texts in A, B, C
    order joined by commas, or None where the letters are not the first n, each once."""
    parts = [p for p in re.split(r"\s*[,;]\s*", text.strip()) if p]
    found = [_LETTERED.match(p) for p in parts]
    if len(parts) != n or None in found:
        return None
    by_letter = {m[1].lower(): m[2] for m in found if m}
    if sorted(by_letter) != [chr(ord("a") + i) for i in range(n)]:
        return None
    return ", ".join(by_letter[chr(ord("a") + i)] for i in range(n))
