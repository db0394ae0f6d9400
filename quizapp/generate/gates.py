"""Quality gates: every generated item passes all of them or is dropped and counted.

The gates re-check items against the deck rather than trusting the generator that made them.
Each gate returns a reason string when the item fails it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.facts.templates import fix_articles
from quizapp.facts.values import MONTHS
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question

OPTION_COUNTS: dict[str, tuple[int, int]] = {
    "mcq": (3, 5),
    "numeric_mcq": (3, 5),
    "odd_one_out": (3, 5),
    "multi_select": (4, 5),
    "true_false": (2, 2),
    "matching": (3, 5),
    "ordering": (3, 4),
}
NEGATIVE = re.compile(r"\b(not|never|except)\b|n't\b|none of the above|all of the above", re.I)
LENGTH_CUE = 1.6
MONTH_NAMES = "|".join(MONTHS)


def _entity_of(ix: DeckIndex, option: str) -> str | None:
    return ix.vocabulary.get(normalise(option))


def _settled(q: Question, ix: DeckIndex, truth: Callable[[str, bool], bool]) -> str | None:
    """Each option names a deck entity and `truth(entity, is_key)` holds for it."""
    for opt in q.options or []:
        eid = _entity_of(ix, opt)
        if eid is None:
            return "an option is not an entity of the deck"
        if not truth(eid, opt in q.answer):
            return "an option's truth is not settled by the deck"
    return None


def one_key(q: Question, ix: DeckIndex) -> str | None:
    if not q.answer:
        return "no answer"
    fact = ix.fact(q.fact_ids[0])
    s, r, o = fact.subject, fact.relation, fact.object_id or ""
    if q.kind == "mcq" and q.template == "forward":
        return _settled(q, ix, lambda e, key: key or ix.provably_false(s, r, e))
    if q.kind == "mcq":
        return _settled(q, ix, lambda e, key: key or ix.provably_false(e, r, o))
    if q.kind == "multi_select":
        return _settled(
            q, ix, lambda e, key: ix.is_true(e, r, o) if key else ix.provably_false(e, r, o)
        )
    if q.kind == "odd_one_out":
        return _settled(
            q, ix, lambda e, key: ix.provably_false(e, r, o) if key else ix.is_true(e, r, o)
        )
    if q.kind == "numeric_mcq" and sum(opt == q.answer[0] for opt in q.options or []) != 1:
        return "the key is not exactly one option"
    return None


def distinct(q: Question, ix: DeckIndex) -> str | None:
    if not q.options:
        return None
    folded = [ix.vocabulary.get(normalise(o), normalise(o)) for o in q.options]
    return "options repeat after normalisation" if len(set(folded)) != len(folded) else None


def homogeneous(q: Question, ix: DeckIndex) -> str | None:
    if not q.options or q.kind in ("true_false", "ordering", "matching"):
        return None
    if q.kind == "numeric_mcq":
        shapes = {re.sub(MONTH_NAMES, "M", re.sub(r"[\d.,]+", "#", o)) for o in q.options}
        return "options differ in format, unit or scale" if len(shapes) != 1 else None
    kinds = {ix.entities[e].kind if (e := _entity_of(ix, o)) else None for o in q.options}
    return "options are of different kinds" if len(kinds) != 1 or None in kinds else None


def no_leak(q: Question, ix: DeckIndex) -> str | None:
    if q.kind in ("true_false", "matching", "ordering", "odd_one_out"):
        return None
    stem = _words(q.prompt)
    for name in [*q.answer, *q.accepted]:
        n = _words(name)
        if n.strip() and n in stem:
            return "the answer appears in the stem"
    return None


_NON_WORD = re.compile(r"[^\w%$]+")


def _words(text: str) -> str:
    """' kyrgyz republic ': normalised words between single spaces, for whole-word search."""
    return f" {_NON_WORD.sub(' ', normalise(text)).strip()} "


def grammar(q: Question, ix: DeckIndex) -> str | None:
    p = q.prompt
    if fix_articles(p) != p:
        return "article does not agree (a/an)"
    if "  " in p or re.search(r"\s[?.,]", p) or re.search(r"\b(the|a|an) (the|a|an)\b", p, re.I):
        return "spacing or doubled article"
    if not (p[:1].isupper() or p[:1].isdigit() or p.startswith("_")):
        return "stem does not start with a capital"
    for text in [p, *(q.options or [])]:
        for entity in ix.plural_entities:
            if re.search(rf"\b{re.escape(entity.phrase())} (is|was|has)\b", text, re.I):
                return f"'{entity.name}' is plural: the verb must agree"
    return None


def no_length_cue(q: Question, ix: DeckIndex) -> str | None:
    if q.kind not in ("mcq", "odd_one_out") or not q.options or len(q.answer) != 1:
        return None
    others = sorted((len(o) for o in q.options if o != q.answer[0]), reverse=True)
    if others and len(q.answer[0]) > LENGTH_CUE * others[0]:
        return "the key is conspicuously the longest option"
    return None


def no_negative(q: Question, ix: DeckIndex) -> str | None:
    texts = [q.prompt, *(q.options or [])]
    return (
        "negative stem or all/none of the above" if any(NEGATIVE.search(t) for t in texts) else None
    )


def option_count(q: Question, ix: DeckIndex) -> str | None:
    bounds = OPTION_COUNTS.get(q.kind)
    if bounds is None:
        return None
    n = len(q.options or [])
    if not bounds[0] <= n <= bounds[1]:
        return f"{n} options (want {bounds[0]}-{bounds[1]})"
    if q.kind == "numeric_mcq" and q.numeric:
        return None if _ascending(q) else "numbers not in ascending order"
    return None


def _ascending(q: Question) -> bool:
    from quizapp.generate.numbers import parse_number

    nums = [parse_number(o) for o in q.options or []]
    values = [n.value * n.scale for n in nums if n is not None]
    return len(values) == len(nums) and values == sorted(values)


def cites_and_dates(q: Question, ix: DeckIndex) -> str | None:
    facts = [ix.facts[i] for i in q.fact_ids if i in ix.facts]
    if not facts or len(facts) != len(q.fact_ids):
        return "cites no fact or an unknown fact"
    if q.template == "by-date":
        return None  # the order of the dates is the question
    for f in facts:
        when = f.qualifiers.as_of
        dated = ix.relations[f.relation].time_bound and when is not None
        if dated and str(when.year) not in q.prompt and "_____" not in q.prompt:  # type: ignore[union-attr]
            return "time-bound stem does not say when"
    return None


GATES: dict[str, Callable[[Question, DeckIndex], str | None]] = {
    "one key": one_key,
    "distinct options": distinct,
    "homogeneous options": homogeneous,
    "no leak": no_leak,
    "grammar": grammar,
    "no length cue": no_length_cue,
    "no negative stem": no_negative,
    "option count and order": option_count,
    "cites facts, says when": cites_and_dates,
}


def first_failure(q: Question, ix: DeckIndex) -> str | None:
    for name, gate in GATES.items():
        reason = gate(q, ix)
        if reason:
            return f"{name}: {reason}"
    return None
