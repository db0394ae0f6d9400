"""A person whose namesake the item's explanation sets apart: 'a Scottish physician and chemist,
not the later physicist Ernest Rutherford, who split the atom' (nitrogen's discoverer). A bare
surname could be either man: close, with a note naming the right one. A remark that describes
the namesake ('Rutherford (the nuclear physicist)', 'Rutherford, who split the atom') names the
other man: wrong (review r406 #67, unfair: each passed)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_NAMESAKE = re.compile(
    r"\bnot\s+(?:the\s+|a\s+|an\s+)?(?P<about>(?:\S+\s+){0,6}?)"
    r"(?P<name>(?:[A-Z][\w'-]+\s+){1,2})(?P<surname>[A-Z][\w'-]+)(?=[,.;]|\s+who\b|$)"
    r"(?P<after>,?\s+who\s+[^.;]+)?"
)
_DENIED = re.compile(r"\b(?:not|unlike|rather than|as opposed to|never)\b.*")
_FILLER = frozenset({"the", "a", "an", "later", "earlier", "other", "who", "and", "of", "his"})
_FILLER |= {"born", "was", "is", "he", "she", "her", "in", "on", "at", "to", "for", "by"}


def namesake_verdict(q: Question, text: str, verdict: Verdict) -> Verdict:
    """`verdict`, made close for a bare surname the namesake shares and wrong for a remark
    that describes the namesake; as it is where the explanation sets no namesake apart."""
    found = _NAMESAKE.search(q.explanation)
    if found is None or verdict.verdict == "wrong":
        return verdict
    surname = found["surname"].lower()
    key_words = {w for a in q.answer for w in normalise(a).split()}
    if surname not in key_words:
        return verdict
    other = " ".join(f"{found['name']}{found['surname']}".split())
    kept = _DENIED.sub("", normalise(text))  # 'Daniel Rutherford, not Ernest' (r342)
    said = set(re.findall(r"[a-z]+", kept))
    told = f"{found['about']} {found['name']} {found['after'] or ''}"
    marks = set(re.findall(r"[a-z]+", normalise(told))) - _FILLER - key_words
    if said & marks:
        return Verdict("wrong", verdict.expected, f"That describes {other}.", text.strip())
    if said <= {surname}:
        note = f"{q.answer[0]}, not {other}: give the first name too."
        return Verdict("near_miss", verdict.expected, note, verdict.understood)
    return verdict
