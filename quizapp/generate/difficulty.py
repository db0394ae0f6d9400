"""A difficulty estimate in [0, 1] per item: the kind, how alike the options are, number gaps.

Used to pick forms (easy recognition first, harder recall later). Crude by design: a base by
kind, plus up to 0.25 for options that look alike (text) or lie close together (numbers).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from quizapp.generate.numbers import parse_number

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
    "comparison": 0.45,
    "claim_evidence": 0.55,
    "why": 0.6,
    "assertion_reason": 0.7,
}
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
