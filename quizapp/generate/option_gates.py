"""Gates on the options of choice items: one settled key, distinct and plausible options, no cue.

Each gate returns a reason string when the item fails it (see `gates.GATES`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.facts.values import MONTHS
from quizapp.generate.argument_gates import ARGUMENT_KINDS, SENTENCE_KINDS, argument_key
from quizapp.generate.gate_scope import judges, judges_all_but
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.kinds.common import from_within, named_in
from quizapp.generate.option_forms import alone_in_form
from quizapp.generate.question import Question
from quizapp.generate.slot_tests import known

MONTH_NAMES = "|".join(MONTHS)

OPTION_COUNTS: dict[str, tuple[int, int]] = {
    k: s.options for k, s in SPECS.items() if s.options is not None
}


LENGTH_CUE = 1.6


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
    if q.kind in ARGUMENT_KINDS:
        return argument_key(q, ix)
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


@judges_all_but("true_false", "ordering", "matching", *SENTENCE_KINDS)
def homogeneous(q: Question, ix: DeckIndex) -> str | None:
    if not q.options or q.kind in ("true_false", "ordering", "matching", *SENTENCE_KINDS):
        return None  # sentence options: `sentence options` checks them
    if q.kind == "numeric_mcq":
        shapes = {re.sub(MONTH_NAMES, "M", re.sub(r"[\d.,]+", "#", o)) for o in q.options}
        return "options differ in format, unit or scale" if len(shapes) != 1 else None
    kinds = {ix.entities[e].kind if (e := _entity_of(ix, o)) else None for o in q.options}
    return "options are of different kinds" if len(kinds) != 1 or None in kinds else None


@judges("mcq", "odd_one_out", "why", "claim_evidence")
def no_length_cue(q: Question, ix: DeckIndex) -> str | None:
    if q.kind not in ("mcq", "odd_one_out", "why", "claim_evidence") or not q.options:
        return None
    if len(q.answer) != 1:
        return None
    others = sorted((len(o) for o in q.options if o != q.answer[0]), reverse=True)
    if others and len(q.answer[0]) > LENGTH_CUE * others[0]:
        return "the key is conspicuously the longest option"
    return None


@judges("mcq", "odd_one_out")  # alone_in_form asks only these
def one_form(q: Question, ix: DeckIndex) -> str | None:
    if alone_in_form(q.kind, q.options or [], q.answer, ix):
        return "the key alone has its form (a list of names among single names)"
    return None


@judges(*OPTION_COUNTS)
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


@judges("mcq", "multi_select", "odd_one_out")
def plausible_options(q: Question, ix: DeckIndex) -> str | None:
    """Every wrong option fills the slot for some other fact, or has the slot's declared role;
    a body with members takes its wrong values from among them."""
    if q.kind not in ("mcq", "multi_select", "odd_one_out") or not q.options:
        return None
    fact = ix.fact(q.fact_ids[0])
    inverse = q.kind != "mcq" or q.template == "inverse"
    # fair there (slot_tests.py) holds these tests and more: plausible, one of the members
    s, r, o = fact.subject, fact.relation, fact.object_id or ""
    fair = known(ix, ("false subject", r, o) if inverse else ("false object", s, r))
    for opt in q.options:
        if opt in q.answer and q.kind != "odd_one_out":
            continue
        if q.kind == "odd_one_out" and opt not in q.answer:
            continue
        eid = _entity_of(ix, opt)
        if eid is None or fair.get(eid):
            continue  # no entity: `one key` reports it
        ok = (
            ix.plausible_subject(fact.relation, eid, fact.object_id)
            if inverse
            else ix.plausible_object(fact.relation, eid, fact.subject)
        )
        if not inverse and not from_within(ix, fact.subject, eid):
            return f"implausible option {opt!r} (not one of {fact.subject}'s members)"
        if not ok:
            return f"implausible option {opt!r} (not a {'subject' if inverse else 'object'} of "
            "the relation, no declared role, or not of the class the true ones share)"
    return None


@judges("multi_select")
def set_shape(q: Question, ix: DeckIndex) -> str | None:
    """Tick-all needs at least two keys and two wrong options; else it is a disguised MCQ."""
    if q.kind != "multi_select":
        return None
    n_wrong = len(q.options or []) - len(q.answer)
    if len(q.answer) < 2 or n_wrong < 2:
        return f"{len(q.answer)} keys and {n_wrong} wrong options (want 2 and 2 at least)"
    return None


@judges("mcq", "multi_select")
def option_not_in_stem(q: Question, ix: DeckIndex) -> str | None:
    """A wrong option the stem itself names ('more trade than Russia?' offering Russia)."""
    if q.kind not in ("mcq", "multi_select") or not q.options:
        return None
    for opt in q.options:
        eid = _entity_of(ix, opt)
        if opt not in q.answer and eid is not None and named_in(ix.entities[eid], q.prompt):
            return f"option {opt!r} is named in the stem"
    return None


@judges("mcq")
def not_guessable(q: Question, ix: DeckIndex) -> str | None:
    """A single-answer choice whose key is the deck's protagonist (Russia in a deck about
    Russia) is answered by guessing the protagonist."""
    if q.kind != "mcq" or not q.answer:
        return None
    if _entity_of(ix, q.answer[0]) in ix.protagonists:
        return f"key {q.answer[0]!r} is the deck's protagonist (guessable)"
    return None
