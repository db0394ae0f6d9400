"""Typed recall: the learner writes the answer; the answer checker grades it leniently.

Forward (name the object) when the subject has exactly one object for the relation in the
deck; inverse (name the subject) when exactly one subject has that object. An answer of
four or more words with no short form (an alias of at most three words) is left to
recognition kinds: nobody can be expected to type it as the deck words it.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build

MAX_WORDS = 3


def short_form(names: list[str]) -> bool:
    return any(len(n.split()) <= MAX_WORDS for n in names)


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    if ix.numeric_value(fact) is not None:
        return []  # numbers go to `numeric`
    out: list[Outcome] = []
    names = ix.object_names(fact)
    same_subject = [
        f
        for f in ix.facts_by_subject[(fact.subject, rel.id)]
        if f.qualifiers.as_of == fact.qualifiers.as_of
    ]
    if len(same_subject) != 1:
        out.append(Dropped("typed", "more than one right answer for this subject"))
    elif not short_form(names):
        out.append(Dropped("typed", "answer too long to type"))
    else:
        prompt = ix.say(rel.templates.forward, fact)
        out.append(build(ix, "typed", "forward", [fact], prompt, [names[0]], accepted=names))
    if rel.templates.inverse and fact.object_id:
        subjects = ix.subjects_of[(rel.id, fact.object_id)]
        subject_names = ix.entities[fact.subject].all_names()
        if len(subjects) == 1 and short_form(subject_names):
            prompt = ix.say(rel.templates.inverse, fact)
            out.append(
                build(
                    ix,
                    "typed",
                    "inverse",
                    [fact],
                    prompt,
                    [subject_names[0]],
                    accepted=subject_names,
                )
            )
    return out
