"""Typed recall: the learner writes the answer; the answer checker grades it leniently.

Forward (name the object) only where the deck declares the object unique in the world
(a functional relation, or a subject inside a closed world); inverse (name the subject) only
where the subject is (one subject per object, or the object's subjects all listed). Long
descriptive answers with no short alias are left to recognition kinds.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, as_said, build, open_wording
from quizapp.generate.kinds.typable import card_list, typable

MAX_WORDS = 3
SEVERAL = "more than one right answer in the world"


def short_form(names: list[str]) -> bool:
    return any(len(n.split()) <= MAX_WORDS for n in names)


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    if ix.numeric_value(fact) is not None:
        return []  # numbers go to `numeric`
    out: list[Outcome] = []
    names = ix.object_names(fact)
    forward = open_wording(rel)
    if not ix.object_unique(fact):
        out.append(Dropped("typed", SEVERAL))
    elif forward is None:
        out.append(Dropped("typed", "no open wording (the question reads as a choice)"))
    elif not short_form(names) and not card_list(ix, fact, names[0]):
        out.append(Dropped("typed", "answer too long to type"))
    elif why := typable(ix, fact, names[0], fact.object_id):
        out.append(Dropped("typed", why))
    else:
        prompt = ix.say(forward, fact)
        key = as_said(ix, fact.object_id, names[0])
        accepted = list(dict.fromkeys([key, *names]))
        out.append(build(ix, "typed", "forward", [fact], prompt, [key], accepted=accepted))
    inverse = open_wording(rel, inverse=True)
    if inverse and fact.object_id:
        subject_names = ix.entities[fact.subject].all_names()
        unfit = typable(ix, fact, subject_names[0], fact.subject)
        if ix.subject_unique(fact) and short_form(subject_names) and unfit is None:
            prompt, said = ix.say(inverse, fact), as_said(ix, fact.subject, subject_names[0])
            out.append(
                build(
                    ix,
                    "typed",
                    "inverse",
                    [fact],
                    prompt,
                    [said],
                    accepted=list(dict.fromkeys([said, *subject_names])),
                )
            )
    return out
