"""A figure right in another unit where the question names the unit it asks in: 'What is
absolute zero in degrees Celsius?' is not answered by '-459.67 °F', '0 K' or a bare '-459.67'
(read as °F): each says the learner knows the fact in another unit, not the figure asked, so
it is a near miss with a note (review r664 F: graded right). Only where the stem asks 'in' a
unit: one it only mentions ('density of _____ g/cm³', 'how many pascals') leaves the other
units open as before (unit_siblings.py), and a prefix of the asked unit is the same unit."""

from __future__ import annotations

import re

from quizapp.facts.physical import base_unit
from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_SIBLING = re.compile(r"^Read as (?P<read>.+?), which is right; the deck gives it in .+$")


def asked_unit_kept(q: Question, text: str, verdict: Verdict) -> Verdict:
    """`verdict` made a near miss where it took the figure in a unit other than the one the
    question names."""
    unit = q.numeric.unit if q.numeric is not None else None
    if verdict.verdict != "correct" or unit is None:
        return verdict
    sibling = _SIBLING.match(verdict.note or "")
    if not (sibling or _IN_UNIT.search(q.prompt)) or not base_unit(unit):
        return verdict  # pint stays unloaded; a unit it reads none of ('' matches any word)
    asked = sibling and (_after_blank(q.prompt, unit) or _how_many(q.prompt, unit))
    if not _names_unit(q.prompt, unit) and not asked:
        return verdict
    said = sibling["read"] if sibling else _other_unit(text, q, unit)
    if said is None:
        return verdict
    note = f"Read as {said}: right, but the question asks in {unit}."
    return Verdict("near_miss", verdict.expected, note, verdict.understood)


def _other_unit(text: str, q: Question, unit: str) -> str | None:
    """The unit the answer names when it is not the asked one (nor a prefix of it)."""
    assert q.numeric is not None
    readings = read_quantity(text, q.numeric)
    if isinstance(readings, str) or not readings or not readings[0].unit:
        return None
    return None if base_unit(readings[0].unit) == base_unit(unit) else text.strip()


def _names_unit(prompt: str, unit: str) -> bool:
    """Whether the prompt asks for the figure in `unit`: 'in degrees Celsius', 'in metres per
    second' (a unit the stem only mentions, 'density of _____ g/cm³', 'how many hours', leaves
    the other units open)."""
    for found in _IN_UNIT.finditer(prompt):
        words = found["unit"].split()
        runs = [" ".join(words[:n]) for n in (3, 2, 1) if len(words) >= n]
        if any(base_unit(r) == base_unit(unit) for r in runs):
            return True
    return False


def _after_blank(prompt: str, unit: str) -> bool:
    """Whether a cloze shows the unit right after its blank ('melts at _____ °C'): a bare
    figure right only in another unit ('2800', as °F) is then a near miss (review r693 A)."""
    found = re.search(r"_{3,}\s*(?P<unit>°\s?[CFK]\b|[^\W\d_][\w/³²]*)", prompt)
    return found is not None and base_unit(found["unit"]) == base_unit(unit)


_IN_UNIT = re.compile(r"\b(?:in|into)\s+(?P<unit>(?:degrees?\s+)?[^\W\d_]+(?:\s+per\s+\w+)?)")


_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<unit>[^\W\d_]+)")


def _how_many(prompt: str, unit: str) -> bool:
    """Whether the stem asks 'how many' of the unit ('By how many centimetres per year ...'):
    a bare figure right only in another unit ('38', as mm, for 3.8 cm) is then a near miss
    (review r724: graded right)."""
    found = _HOW_MANY.search(prompt)
    return found is not None and base_unit(found["unit"]) == base_unit(unit)
