"""A bracket that names the key's partners: 'Borman (Lovell and Anders)' asked who commanded
Apollo 8 names the crew he flew with, a true remark (review r486 A: graded wrong as second
answers). Read as the key and the bracket listed together ('Borman, Lovell and Anders'), which
tie_claims confirms when the deck puts all of them with the question's thing. Only a list of
two names or more is a crew named: one ('Odyssey (Aquarius)', 'Borman (Lovell)') may be a
second answer as well, so it is asked about (`partner_asked`), and a name the deck does not tie
('Borman (Alan Shepard)') is one."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.fact_links import kind_group
from quizapp.generate.question import Question
from quizapp.generate.tie_claims import named_things, tie_told


def partners_told(
    q: Question, outer: str, inner: str, vocabulary: dict[str, str], text: str
) -> tuple[bool, str] | None:
    """(True, '') when the bracket names the key's partners the deck gives; else None."""
    names = [p for p in _LISTED.split(inner.strip()) if p]
    if f"({inner})" not in text or len(names) < 2:  # the crew listed in brackets, not 'A, B, C'
        return None
    if any(normalise(n) not in vocabulary for n in names):
        return None
    listed = tie_told(q, f"{outer}, {inner}", vocabulary, text)
    return listed if listed and listed[0] else None


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*")


def partner_asked(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """Why 'Borman (Lovell)' is asked again: two bare names of the key's kind, one in brackets,
    each the key or one the deck puts with the question's thing (crewmates, the two craft of a
    mission) may be a second answer or the crew the learner flew the key with, and nothing
    tells which (review r486 A: graded wrong as a second answer; r357 C: 'Odyssey (Aquarius)'
    right would credit a hedge). 'Lovell (Borman)' is asked as well, so the question tells
    nothing of which is the key; a name the deck does not tie ('Spider (Snoopy)' of Apollo 10,
    'Borman (Alan Shepard)') is judged as before. None for any other answer."""
    found = _PAIRED.match(text.strip())
    if found is None or not all(_NAME.fullmatch(found[p].strip()) for p in _PARTS):
        return None  # 'with Lovell', 'LM Aquarius', 'Lovell and Anders' say what it is
    keys = set().union(*(named_things(a, vocabulary) for a in q.answer))
    named = [named_things(found[p], vocabulary) for p in _PARTS]
    if not keys or any(len(n) != 1 for n in named) or set.union(*named) <= keys:
        return None  # the key said twice: 'Borman (Frank Borman)'
    groups = {kind_group(k) for k in keys}
    for part, things in zip(_PARTS, named, strict=True):
        thing, said = next(iter(things)), found[part].strip()
        told = (True, "") if thing in keys else tie_told(q, f"{q.answer[0]}, {said}", vocabulary)
        if kind_group(thing) not in groups or told is None or not told[0]:
            return None
    inner = found["inner"].strip()
    return (
        f"Is {inner} a second answer? Type your answer alone, or say in words what {inner} is "
        f"to it (e.g. 'with {inner}')."
    )


_PARTS = ("outer", "inner")
# one to three capitalised words, none all in capitals: 'Lovell', 'James McDivitt', 'Aquarius'
_WORD = r"[A-Z\u00c0-\u00de](?=\S*[a-z\u00df-\u00ff])[\w'’.-]*"
_NAME = re.compile(rf"{_WORD}(?:\s{_WORD}){{0,2}}")
_PAIRED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)[\s.!]*$")
