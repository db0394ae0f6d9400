"""A choice said in a short sentence that opens with its option: 'osmium is denser',
'tungsten has the highest melting point', 'calcium and radium are in group 2' (review r583 A:
asked again on choice, comparison and tick-all items, though other kinds took sentences). The
sentence is read as the option (or the options, joined by 'and' or commas) and a remark
after it, in brackets, so the remark is not marked and the learner is told so. Not where the
rest names another option, or denies or hedges ('osmium is not denser', 'maybe'): those are
asked again as before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.facts.normalise import normalise

_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)
_BARRED = re.compile(
    r"\b(?:not|no|never|nor|or|maybe|perhaps|possibly|probably|unless|than|wrong|incorrect"
    r"|false|untrue|mistaken)\b|n't\b|\?",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"^(?:is|are|was|were|has|have|had|melts|boils|lies|sits|comes|belongs|belong|holds)\b",
    re.IGNORECASE,
)


def option_first(text: str, options: Sequence[str], single: bool = False) -> str:
    """'osmium is denser' as 'osmium (is denser)' where it opens with an option and a verb;
    else `text`. Where one option is asked (`single`), a second option after the first is
    what a remark tells of ('calcium, gallium is in group 13': review r663 B)."""
    said = text.strip().rstrip(".!")
    names = sorted({normalise(o) for o in options if o.strip()}, key=len, reverse=True)
    at, taken = 0, 0
    lowered = said.lower()
    while True:
        name = next((n for n in names if _starts(normalise(lowered[at:]), n)), None)
        if name is None:
            break
        at = _skip(lowered, at, name)
        taken += 1
        joined = _SPLIT.match(lowered, at)
        if joined is None or not next(
            (n for n in names if _starts(normalise(lowered[joined.end() :]), n)), None
        ):
            break
        at = joined.end()
    rest = said[at:].strip()
    if not taken or (single and taken > 1) or not _VERB.match(rest) or _BARRED.search(rest):
        return text
    if any(re.search(rf"\b{re.escape(n)}\b", normalise(rest)) for n in names):
        return text  # 'osmium is denser than copper': another option
    return f"{said[:at].strip()} ({rest})"


def _starts(text: str, name: str) -> bool:
    return text == name or text.startswith(name + " ") or text.startswith(name + ",")


def _skip(lowered: str, at: int, name: str) -> int:
    """The index after the option `name` read at `at` (its words, whatever their spacing)."""
    words = len(name.split())
    found = re.match(rf"\s*(?:\S+\s+){{{words - 1}}}\S+?(?=[\s,]|$)", lowered[at:])
    return at + (found.end() if found else len(name))
