"""Cloze: the fact's statement with one part blanked, where the world admits exactly one filler.

Variants: the object blanked (when the deck declares it unique), else the subject (when that
is unique); and separately the year of a dated single event. A blank never falls on the deck's
protagonists (named in its title, or its most frequent entity): anyone would guess them.
"""

from __future__ import annotations

import random
import re

from quizapp.facts.model import Fact
from quizapp.facts.templates import render
from quizapp.facts.values import Date, Money, NumericValue, Quantity, Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, as_said, build, numeric_key
from quizapp.generate.kinds.typable import typable
from quizapp.generate.measures import blank_frame, counts_one, cue
from quizapp.generate.question import NumericKey

BLANK = "_____"
SEVERAL = "blank admits more than one answer"


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    out: list[Outcome] = [_part(ix, fact)]
    when = fact.qualifiers.as_of
    rel = ix.relations[fact.relation]
    # a background date is not the source's: never a year to recall from it
    if when is not None and when.phrase is None and when.month is None and not when.background:
        if rel.event or rel.exclusive:
            out.append(_year(ix, fact, when.year))
        else:
            out.append(Dropped("cloze", "the year of a state, not of a single event"))
    return out


def _part(ix: DeckIndex, fact: Fact) -> Outcome:
    rel = ix.relations[fact.relation]
    statement = rel.templates.statement
    why = SEVERAL
    if ix.object_unique(fact, scoped=False):
        names = ix.object_names(fact)
        unfit = typable(ix, fact, names[0], fact.object_id)
        if unfit is None:
            value = ix.numeric_value(fact)
            # a figure keeps its unit around the blank ('US$_____ million', '_____%', '_____
            # troops'): only this measure fits, and the key is the number alone
            blank, key = (BLANK, names[0]) if value is None else blank_frame(value, BLANK)
            cue = _kind_cue(ix, fact.object_id, blank)
            key = as_said(ix, fact.object_id, key) if cue == blank else key
            prompt = _time_cue(ix.say(statement, fact, obj=cue) + _unit_cue(value), value)
            prompt = _place_cue(prompt, rel.templates.forward) if fact.object_id else prompt
            numeric = numeric_key(ix, fact)
            if numeric is not None and isinstance(value, Money) and value.scale != "unit":
                numeric = numeric.model_copy(update={"scale_given": True})  # 'US$_____ billion'
            return build(
                ix,
                "cloze",
                "object",
                [fact],
                prompt,
                [key],
                accepted=list(dict.fromkeys([key, *names])),
                numeric=numeric,
            )
        why = unfit
    if ix.subject_unique(fact, scoped=False):
        names = ix.entities[fact.subject].all_names()
        unfit = typable(ix, fact, names[0], fact.subject)
        if unfit is None:
            cue = _kind_cue(ix, fact.subject, BLANK)
            key = as_said(ix, fact.subject, names[0]) if cue == BLANK else names[0]
            prompt = ix.say(statement, fact, subject=cue)
            accepted = list(dict.fromkeys([key, *names]))
            return build(ix, "cloze", "subject", [fact], prompt, [key], accepted=accepted)
        why = unfit
    return Dropped("cloze", why)


_IN_BLANK = re.compile(rf"\b([Ii]n) {BLANK}")


def _time_cue(prompt: str, value: NumericValue | None) -> str:
    """A year or month blank after 'in', or a day's after 'on', says it wants a time: 'took
    place in _____' or 'was discovered in _____' asks for a place as much (review 27161 #64:
    'China' for 2014)."""
    if isinstance(value, Year) or (isinstance(value, Date) and value.precision == "year"):
        return _IN_BLANK.sub(rf"\1 the year {BLANK}", prompt)
    if isinstance(value, Date) and value.precision == "month" and _IN_BLANK.search(prompt):
        return _IN_BLANK.sub(rf"\1 {BLANK} (month and year)", prompt)
    if isinstance(value, Date) and value.precision == "day":  # 'was launched on _____' asks
        return _ON_BLANK.sub(rf"\1 {BLANK} (day, month and year)", prompt)  # for a rocket as
    return prompt  # much, 'landed on _____' for the Moon (review r396 A)


_ON_BLANK = re.compile(rf"\b([Oo]n) {BLANK}")


_AFTER_PLACE_WORD = re.compile(rf"\b(?:from|at) {BLANK}")
_ASKED_BY = re.compile(r"\b[Ww]hich ((?:[A-Z][\w-]* )+[a-z][\w-]*)\b")


def _place_cue(prompt: str, forward: str) -> str:
    """A blank after 'from' or 'at' is as open as the places around the answer: 'made from
    _____' took 'Merritt Island' and 'Florida' for the Kennedy Space Center (review 27231
    #10). Where the question asks by an owner's noun ('From which NASA site'), the blank says
    it: 'made from _____ (a NASA site)'."""
    asked = _ASKED_BY.search(forward)
    if asked is None or not _AFTER_PLACE_WORD.search(prompt):
        return prompt
    article = "an" if asked[1][:1] in "AEIOU" else "a"
    return prompt.replace(BLANK, f"{BLANK} ({article} {asked[1]})", 1)


def _unit_cue(value: NumericValue | None) -> str:
    """The measure, for a blank that holds its unit as well ('1 proton': see counts_one)."""
    if isinstance(value, Quantity) and counts_one(value):
        return f" {cue(value)}"
    return ""


# kinds of entity a learner may fairly name by who owns or runs them: a blank for one says
# which is wanted ('the company _____ now controls ...': 'Russia' is true too; review 19401 #46)
OWNED_KINDS = ("company",)


def _kind_cue(ix: DeckIndex, entity_id: str | None, blank: str) -> str:
    entity = ix.entities.get(entity_id) if entity_id else None
    if entity is None or entity.kind not in OWNED_KINDS:
        return blank
    return f"the {entity.kind} {blank}"


def _year(ix: DeckIndex, fact: Fact, year: int) -> Outcome:
    rel = ix.relations[fact.relation]
    slots = ix.slots(fact)
    slots["when"] = f"in the year {BLANK}"  # 'In _____, ...' reads as a place too (#64)
    prompt = render(rel.templates.statement, slots)
    value = Year(kind="year", value=year)
    key = NumericKey(value=float(year), tolerance=0.0, family="year")
    return build(ix, "cloze", "year", [fact], prompt, [value.display()], numeric=key)
