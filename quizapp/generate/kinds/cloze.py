"""Cloze: the fact's statement with one part blanked, where the deck admits exactly one filler.

Variants: the object blanked, else the subject; and separately the year of a dated fact.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.facts.values import Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, numeric_key
from quizapp.generate.kinds.typed import short_form
from quizapp.generate.question import NumericKey

BLANK = "_____"


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    out: list[Outcome] = [_part(ix, fact)]
    when = fact.qualifiers.as_of
    if when is not None and when.phrase is None and when.month is None:
        out.append(_year(ix, fact, when.year))
    return out


def _part(ix: DeckIndex, fact: Fact) -> Outcome:
    rel = ix.relations[fact.relation]
    statement = rel.templates.statement
    same_subject = [
        f
        for f in ix.facts_by_subject[(fact.subject, rel.id)]
        if f.qualifiers.as_of == fact.qualifiers.as_of
    ]
    if len(same_subject) == 1:
        value = ix.numeric_value(fact)
        if value is not None and not rel.functional:
            return Dropped("cloze", "blank admits more than one answer")
        names = ix.object_names(fact)
        if value is None and not short_form(names):
            return Dropped("cloze", "answer too long to type")
        prompt = ix.say(statement, fact, obj=BLANK)
        return build(
            ix,
            "cloze",
            "object",
            [fact],
            prompt,
            [names[0]],
            accepted=names,
            numeric=numeric_key(ix, fact),
        )
    if fact.object_id and len(ix.subjects_of[(rel.id, fact.object_id)]) == 1:
        names = ix.entities[fact.subject].all_names()
        if not short_form(names):
            return Dropped("cloze", "answer too long to type")
        prompt = ix.say(statement, fact, subject=BLANK)
        return build(ix, "cloze", "subject", [fact], prompt, [names[0]], accepted=names)
    return Dropped("cloze", "blank admits more than one answer")


def _year(ix: DeckIndex, fact: Fact, year: int) -> Outcome:
    rel = ix.relations[fact.relation]
    slots = ix.slots(fact)
    slots["when"] = f"in {BLANK}"
    from quizapp.facts.templates import render

    prompt = render(rel.templates.statement, slots)
    value = Year(kind="year", value=year)
    key = NumericKey(value=float(year), tolerance=0.0, family="year")
    return build(ix, "cloze", "year", [fact], prompt, [value.display()], numeric=key)
