"""Deck-wide clashes: two items that are one question, and True statements another fact
gives away."""

from __future__ import annotations

import re
from collections import Counter

from quizapp.facts.normalise import normalise
from quizapp.generate.generation import Generation
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import true_false
from quizapp.generate.question import Question
from quizapp.generate.spread import MIN_PER_FACT

ORDERINGS_PER_FACT = 2  # one event must not anchor every ordering round
SHARED_PROMPT = "same prompt as another item with a different key"
REPEATED_PROMPT = "same prompt and kind as another item"
_FIGURE = re.compile(r"^(about |around )?(us\$|[$€£])?\s*([-+]?(?:\d[\d,]*)?\.?\d+)\s*(.*)$")


def prompt_identity(q: Question) -> str:
    """What the learner reads as 'the question': the stem, plus the items for generic stems."""
    text = normalise(q.prompt)
    if q.kind in ("ordering", "matching"):
        text += " | " + " | ".join(sorted(normalise(o) for o in q.options or []))
    return text


def same_key(a: Question, b: Question) -> bool:
    """Whether two items under one prompt want the same answer. A figure is compared as a
    number in its unit: a flashcard's '8' and an option's '8 protons' are one key, and a bare
    number matches the figure with any unit words, since the prompt already names the unit
    (compared as text they read as two keys, and every atomic-number option was dropped as
    a clash)."""
    if len(a.answer) != len(b.answer):
        return False
    pairs = zip(sorted(a.answer, key=normalise), sorted(b.answer, key=normalise), strict=True)
    return all(_same_answer(x, y) for x, y in pairs)


def _same_answer(x: str, y: str) -> bool:
    fx, fy = _figure(x), _figure(y)
    if fx is None or fy is None:
        return normalise(x) == normalise(y)
    return fx[0] == fy[0] and (not fx[1] or not fy[1] or fx[1] == fy[1])


def _figure(answer: str) -> tuple[float, str] | None:
    """A figure's number and its unit words ('us$ million', 'proton'), or None for text; a
    name with a number in it ('Apollo 11') is text."""
    m = _FIGURE.match(normalise(answer))
    if m is None:
        return None
    unit = f"{m.group(2) or ''} {m.group(4)}".strip()
    return float(m.group(3).replace(",", "")), unit.removesuffix("s")


def deck_wide(items: list[Question], result: Generation) -> list[Question]:
    """Drop items that clash with an earlier one: the same prompt with another key (two right
    answers to one question), the same prompt and kind again, an over-used ordering anchor."""
    keys: dict[str, Question] = {}
    kinds: set[tuple[str, str]] = set()
    anchored: Counter[str] = Counter()
    kept: list[Question] = []
    for q in items:
        ident = prompt_identity(q)
        reason = None
        if ident in keys and not same_key(keys[ident], q):
            reason = SHARED_PROMPT
        elif (ident, q.kind) in kinds:
            reason = REPEATED_PROMPT
        elif q.kind == "ordering" and any(anchored[f] >= ORDERINGS_PER_FACT for f in q.fact_ids):
            reason = "an event already used by enough orderings"
        if reason:
            result.dropped[(q.kind, reason)] += 1
            continue
        keys.setdefault(ident, q)
        kinds.add((ident, q.kind))
        if q.kind == "ordering":
            anchored.update(q.fact_ids)
        kept.append(q)
    return kept


def drop_given_away(items: list[Question], ix: DeckIndex, result: Generation) -> list[Question]:
    """A True statement that another fact implies about the protagonist ('Russia was a member
    of the EEU' beside 'the EEU is led by Russia', or Russia founding it) is a freebie: it is
    always left out (the fact is still asked by its other items). A statement of the source's
    judgment ('Russia wants to keep China out') is not given away by another tie to China, so
    it is left out only where the fact has two other items."""
    asked: Counter[str] = Counter(f for q in items if q.kind != "true_false" for f in q.fact_ids)
    out: list[Question] = []
    for q in items:
        fact = ix.fact(q.fact_ids[0])
        given = q.kind == "true_false" and q.answer == ["True"] and true_false.implied(ix, fact)
        if given and (not ix.relations[fact.relation].judgment or asked[fact.id] >= MIN_PER_FACT):
            result.dropped[(q.kind, true_false.GIVEN_AWAY)] += 1
            continue
        out.append(q)
    return out
