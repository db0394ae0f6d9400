"""A difficulty estimate in [0, 1] per item: the kind, how alike the options are, number gaps.

Used to pick forms (easy recognition first, harder recall later). Crude by design: a base by
kind, plus up to 0.25 for options that look alike (text) or lie close together (numbers).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from quizapp.generate.kind_spec import SPECS
from quizapp.generate.numbers import parse_number

BASE: dict[str, float] = {k: s.difficulty for k, s in SPECS.items()}
CLOSE_GAP = 0.5  # numeric options within 50 % of the key start to make it harder


def estimate(kind: str, options: list[str] | None, answer: list[str]) -> float:
    score = BASE[kind]
    if options and len(options) > 2 and answer:
        others = [o for o in options if o not in answer]
        if kind == "numeric_mcq":
            score += 0.25 * _closeness(answer[0], others)
        elif others:
            similarity = sum(fuzz.ratio(answer[0], o) for o in others) / (100 * len(others))
            score += 0.25 * similarity
    return round(min(1.0, max(0.0, score)), 3)


def _closeness(key: str, others: list[str]) -> float:
    """1 when a wrong number sits right beside the key, 0 when all are 50 % or more away."""
    k = parse_number(key)
    values = [p.value * p.scale for p in map(parse_number, others) if p is not None]
    if k is None or not values or k.value == 0:
        return 0.0
    kv = k.value * k.scale
    gap = min(abs(v - kv) for v in values) / abs(kv)
    return max(0.0, 1.0 - gap / CLOSE_GAP)
