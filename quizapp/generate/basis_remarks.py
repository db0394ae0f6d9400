"""A second figure beside the answer that names a basis of its own: '0.93% (or 1.3% by mass)',
'0.93% (by mass it is 1.3%)' asked by volume (review r573 A: each was graded wrong, as a
second answer or as the by-mass figure, though it says which figure is which).

The basis ('by mass', 'by volume', 'by weight') belongs to the figure it stands beside: the
one after it ('by mass it is 1.3%') or, where none follows, the one before it ('1.3% by
mass'). A figure labelled with another basis than the stem asks by answers another question,
so an 'or' before it offers no second answer to this one: it is a remark, read as one (the
remark itself is not marked). The answer's own figure still comes first: '1.3% (or 0.93% by
volume)' asked by volume is the by-mass figure, and wrong."""

from __future__ import annotations

import re

from quizapp.generate.question import Question

BASIS = re.compile(r"\bby\s+(volume|mass|weight)\b", re.I)
_SAME = {"weight": "mass"}
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# 'or' (or 'either') and then a figure before any bracket or comma ends the part
_OR_FIGURE = re.compile(r"\b(?:or|either)\s+(?=[^(),;]*?\d)", re.I)


def basis_word(found: re.Match[str]) -> str:
    return _SAME.get(found[1].lower(), found[1].lower())


def labels_a_later_figure(text: str, said: re.Match[str]) -> bool:
    """Whether the basis `said` names a figure after the answer's first one: it stands after
    that figure, and another figure is in the text ('0.93% (by mass it is 1.3%)')."""
    figures = list(FIGURE.finditer(text))
    return len(figures) > 1 and said.start() >= figures[0].end()


def other_basis_as_remark(prompt: str, text: str) -> str:
    """The answer with an 'or' dropped before a figure whose own basis is not the one the
    stem asks by: '0.93% (or 1.3% by mass)' as '0.93% (1.3% by mass)'."""
    asked = BASIS.search(prompt)
    if asked is None:
        return text
    for found in _OR_FIGURE.finditer(text):
        if not FIGURE.search(text, 0, found.start()):
            continue  # the answer's own figure comes first
        rest = re.split(r"[(),;]", text[found.end() :], maxsplit=1)[0]
        label = BASIS.search(rest)
        if label is not None and basis_word(label) != basis_word(asked):
            return text[: found.start()] + text[found.end() :]
    return text


def basis_against_stem(q: Question, text: str) -> str | None:
    """Why an answer that names its basis ('78% by mass') answers another basis than the
    stem's ('by volume'), or None (review r361 D: it was right)."""
    asked, said = BASIS.search(q.prompt), BASIS.search(text)
    if q.numeric is None or asked is None or said is None:
        return None
    if labels_a_later_figure(text, said):  # '0.93% (about 1.3% by mass)' (r421), '0.93%
        return None  # (by mass it is 1.3%)': the basis of the remark's figure (r573 A)
    if basis_word(asked) == basis_word(said):
        return None
    other, basis = said[1].lower(), asked[1].lower()
    return f"That is by {other}; the question asks by {basis}: {'; '.join(q.answer)}."
