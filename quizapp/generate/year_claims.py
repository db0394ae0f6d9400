"""A year beside a right answer, checked against the years the deck gives the question's
things (reviews r406 A, r408 A): 'Marguerite Perey (1937)' or 'Perey, who discovered it in
1925' of francium (found 1939), 'Daniel Rutherford (1766)' of nitrogen (1772) are false.

A year is read as a claim about one of the thing's dated facts when the remark names the
relation ('discovered', 'launched') or when the thing has one date only and the year lies
within ten years of it; a year further off may date something the deck does not hold (Perey
was born in 1909), and is left as it was.
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.generate.full_lists import DATED, dated

WITHIN = 10  # years either side of a thing's only date within which a bare year dates it


def year_told(
    q_text: str, part: str, vocabulary: dict[str, str], anchors: dict[str, str]
) -> tuple[bool, str] | None:
    """(True, '') when the year in `part` is one the deck gives the thing it dates; (False,
    why) when it is not; None when `part` holds no such year or dates nothing the deck has.
    `q_text` is the question and its key, whose own years are no remark; `anchors` the
    things they name ('kind:id' to the name used)."""
    years = set(_YEAR.findall(part)) - set(_YEAR.findall(q_text))
    if len(years) != 1:
        return None
    year, cued = int(years.pop()), {stem(w) for w in re.findall(r"[a-z]+", part.lower())}
    refuted = None
    for anchor, said in anchors.items():
        facts = dated(vocabulary, anchor)
        named = {r: spans for r, spans in facts.items() if {stem(w) for w in r.split("-")} & cued}
        if not named and len(set(facts.values())) == 1:
            spans = next(iter(facts.values()))
            near = any(lo - WITHIN <= year <= hi + WITHIN for lo, hi in spans)
            named = facts if near else {}
        for relation, spans in named.items():
            if any(lo <= year <= hi for lo, hi in spans):
                return True, ""
            refuted = refuted or (said, relation, spans)
    if refuted is None:
        return None
    said, relation, spans = refuted
    given = " or ".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in spans)
    return False, f"The deck dates {said} ({relation.replace('-', ' ')}) to {given}, not {year}."


def stem(word: str) -> str:
    """A rough stem, so that 'discovered' meets 'discovery' and 'launched' 'launched-on'."""
    return word[:6] if len(word) >= 5 else ""


@cache
def _cue_stems(joined: str) -> frozenset[str]:
    relations = {entry.split(">")[1] for entry in filter(None, joined.split("|"))}
    return frozenset(s for r in relations for w in r.split("-") if (s := stem(w)))


def dating_word(word: str, vocabulary: dict[str, str]) -> bool:
    """Whether `word` names one of the deck's dated relations ('discovered', 'landed')."""
    return bool(stem(word)) and stem(word) in _cue_stems(vocabulary.get(DATED, ""))


_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
