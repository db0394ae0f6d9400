"""A difficulty estimate in [0, 1] per item: the kind, how alike the options are, number gaps.

Used to pick forms (easy recognition first, harder recall later). Crude by design and
documented: base by kind, plus up to 0.25 for options that look alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from quizapp.generate.question import Question

BASE: dict[str, float] = {
    "true_false": 0.2,
    "mcq": 0.3,
    "numeric_mcq": 0.4,
    "odd_one_out": 0.45,
    "multi_select": 0.5,
    "matching": 0.5,
    "flashcard": 0.5,
    "ordering": 0.55,
    "cloze": 0.6,
    "typed": 0.7,
    "numeric": 0.75,
}


def estimate(q: Question) -> float:
    score = BASE[q.kind]
    if q.options and len(q.options) > 2 and q.answer:
        key = q.answer[0]
        others = [o for o in q.options if o not in q.answer]
        if others:
            similarity = sum(fuzz.ratio(key, o) for o in others) / (100 * len(others))
            score += 0.25 * similarity
    return round(min(1.0, max(0.0, score)), 3)
