"""The forms of a typed key a marker takes beyond those the deck lists: a place with or
without its category word (place_words.py), a country by its other usual names
(country_names.py) and a person by surname or first name and surname (given_names.py). They
join the question's accepted names before grading, so a slip in one ('Speeke', 'Orrellana')
is a near miss like any name's slip."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.binomials import binomial_forms
from quizapp.generate.card_categories import category_forms
from quizapp.generate.card_names import shared_word
from quizapp.generate.count_words import IRREGULAR
from quizapp.generate.country_names import country_forms, people_forms
from quizapp.generate.element_names import other_element_names
from quizapp.generate.given_names import (
    asks_agent,
    asks_who,
    has_name_shape,
    reads_as_person,
    short_forms,
    surname_rivals,
)
from quizapp.generate.person_names import PERSON_KINDS
from quizapp.generate.place_words import place_forms
from quizapp.generate.question import Question
from quizapp.generate.regnal_names import regnal_number
from quizapp.generate.text_words import entity_kind
from quizapp.generate.us_states import state_code_forms

IMPORTED = "answer-"  # the importer's entity kinds (check_imported.py)


# German's own way of writing a name without its umlauts: Röntgen is also Roentgen (r484 I)
_UMLAUTS = str.maketrans(
    {"ö": "oe", "ü": "ue", "ä": "ae", "Ö": "Oe", "Ü": "Ue", "Ä": "Ae", "ß": "ss"}
)


def with_loose_forms(q: Question, vocabulary: dict[str, str]) -> Question:
    """The question with the further forms of its key among its accepted names."""
    names = [*q.answer, *q.accepted]
    # a country's other names only for an entity of the deck: the call sign 'America' is no
    # country, and 'USA' no name of it (review r293 #65)
    named = [n for n in names if normalise(n) in vocabulary]
    extra = (
        place_forms(q.prompt, names, vocabulary)
        + country_forms(named)
        + people_forms(q.prompt, named)
    )
    extra += [f for name in names for f in shared_surname_forms(name)]
    extra += movement_forms(q.prompt, names) + binomial_forms(q.prompt, names)
    extra += gerund_forms(names) if imported_key(q, vocabulary) else []  # 'shoot the moon'
    extra += state_code_forms(q.prompt, names)  # 'PA' asked which US state (r464 B)
    extra += other_element_names(q)  # 'quicksilver' for mercury (review r494 C)
    extra += [f for name in names if (f := name.translate(_UMLAUTS)) != name]  # 'Roentgen'
    extra += [
        f"{n.rsplit(' ', 1)[0]} {p}".strip() if " " in n else p
        for n in names
        for p, one in IRREGULAR.items()
        if normalise(n).split()[-1:] == [one]
    ]  # 'lire'
    if imported_key(q, vocabulary):  # 'Sicilian', 'Death Valley National Park' (review r444 C)
        extra += category_forms(q.prompt, named, vocabulary)
    if is_person_key(q, vocabulary):
        own = {vocabulary[n] for n in map(normalise, names) if n in vocabulary}
        who = imported_key(q, vocabulary) and (asks_who(q.prompt) or asks_agent(q.prompt))
        for name in names:
            person = reads_as_person(name) or (who and has_name_shape(name))
            if person and not regnal_number(name) and not surname_rivals(name, vocabulary, own):
                extra += short_forms(name)
        regnal = any(regnal_number(n) for n in named)  # 'Louis' is no name of Louis XIV
        shared = shared_word(named) if who and not regnal else None  # 'Gukesh' (r444 C)
        extra += [shared] if shared and normalise(shared) not in vocabulary else []
    if not extra:
        return q
    return q.model_copy(update={"accepted": [*q.accepted, *dict.fromkeys(extra)]})


_SHARED_SURNAME = re.compile(r"^(\w+) (?:and|&) (\w+) (\w+)$")


def shared_surname_forms(name: str) -> list[str]:
    """'Marie and Pierre Curie' -> 'marie curie and pierre curie' (each with the surname), 'the
    curies' and 'mr and mrs curie' (a couple by its surname: review r504 B, 'the Simons')."""
    found = _SHARED_SURNAME.match(normalise(name))
    if found is None or not name[:1].isupper():
        return []
    first, second, surname = found.groups()
    plural = f"{surname}es" if surname.endswith(("s", "x", "z", "ch", "sh")) else f"{surname}s"
    couple = [f"the {plural}", f"mr and mrs {surname}", f"the {surname} couple"]
    return [f"{first} {surname} and {second} {surname}", *couple]


def gerund_forms(names: list[str]) -> list[str]:
    """An imported key that opens with a verb in -ing, by its plain verb: 'shoot the moon' and
    'to shoot the moon' for shooting the moon (review r504 B: graded wrong)."""
    out: list[str] = []
    for name in names:
        head, _, rest = normalise(name).partition(" ")
        if not head.endswith("ing") or len(head) < 6 or not rest:
            continue
        stem = head[:-3]
        stem = (
            stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
        )
        out += [f"{stem} {rest}", f"to {stem} {rest}"]
    return out


_MOVEMENT = re.compile(r"\b(?:movement|style|school)\b", re.IGNORECASE)


def movement_forms(prompt: str, names: list[str]) -> list[str]:
    """An '-ism' asked as a movement, style or school, by its people or with its noun:
    'Impressionist', 'the Impressionists', 'the Impressionist movement' (review r224)."""
    if not _MOVEMENT.search(prompt):
        return []
    out: list[str] = []
    for name in map(normalise, names):
        if name.endswith("ism") and " " not in name:
            stem = name[:-3]
            out += [f"{stem}ist", f"{stem}ists", f"{stem}ist movement", f"{name} movement"]
    return out


def is_person_key(q: Question, vocabulary: dict[str, str]) -> bool:
    """The key names a person: its entity is of a person kind, or it was imported and reads
    as a person's name."""
    key = normalise(q.answer[0]) if q.answer else ""
    kind = entity_kind(vocabulary[key]) if key in vocabulary else ""
    if kind in PERSON_KINDS:
        return True
    if not imported_key(q, vocabulary):
        return False  # an imported 'Who ...?' key of a name's shape: a person (review r219)
    asked = asks_who(q.prompt) or asks_agent(q.prompt)  # 'Which French striker' (r624 B)
    return reads_as_person(q.answer[0]) or (asked and has_name_shape(q.answer[0]))


def imported_key(q: Question, vocabulary: dict[str, str]) -> bool:
    """Whether the key is an imported card's answer (the importer's entity kinds)."""
    key = normalise(q.answer[0]) if q.answer else ""
    return key in vocabulary and entity_kind(vocabulary[key]).startswith(IMPORTED)
