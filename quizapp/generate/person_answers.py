"""How a typed answer names a person: the readings that name the same person, and the one
way of naming another person with the key's own surname, a first initial none of the key's
first names begins with ("E. Rutherford" for Daniel Rutherford names Ernest).

Titles and ranks come off first ("Dr. E. Rutherford", "Sir H. Davy", "Major William
Anders"), then the name is read as person_names.py reads it: without its suffix and middle
initials, by initials and surname, with another usual form of the first name.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.check_forms import person_readings
from quizapp.generate.person_names import (
    formal_name_readings,
    given_name_readings,
    initial_readings,
    names_for_initials,
    other_initial,
    surname_after_initials,
)
from quizapp.generate.person_roles import role_readings
from quizapp.generate.styled_names import styled_readings

__all__ = ["other_initial_answer", "same_person_readings"]


def same_person_readings(text: str, accepted: set[str], *, slips: bool = False) -> list[str]:
    """Every other reading of the answer that could name the key's person: titles dropped,
    then each form without its suffix and middle initials, by its initials, and with its
    first name in another usual form ('Dr. Ed Mitchell' -> 'edgar mitchell'). With `slips`,
    only the readings in which a slip is still a slip in the name: titles cut from the front,
    never a role phrase reworded ("Ruritania's new president" is no slip of an accepted
    'Ruritanian president')."""
    untitled = person_readings(text, accepted) + role_readings(text)  # 'the alchemist X'
    untitled += styled_readings(text)  # 'Br. Adam', 'Rev. Langstroth' (styled_names.py)
    if slips:
        given = f" {normalise(text)}"
        untitled = [u for u in untitled if given.endswith(f" {u}")]
    untitled += _without_particles([text, *untitled])  # 'Antoine-Laurent de Lavoisier'
    untitled += [f"{m[2]}. {m[1]}" for m in [_INITIAL_AFTER.fullmatch(text.strip())] if m]
    untitled += [_JOINED_INITIALS.sub(r"\1. \2.", text)] if _JOINED_INITIALS.search(text) else []
    untitled += [m[1] for m in [_INITIAL_FIRST.fullmatch(text.strip())] if m]  # 'R. Walter
    # Cunningham', as NASA styles him, by the name he goes by (review r512 D)
    out = list(untitled)
    for form in [text, *untitled]:
        formal = formal_name_readings(form)
        out += formal
        for plain in [form, *formal]:  # 'R.F. Gordon Jr.': initials once the suffix is off
            out += initial_readings(plain, accepted)  # 'H. Cavendish'
            out += surname_after_initials(plain, accepted)  # 'T.K. Mattingly'
            out += [r for r in given_name_readings(plain) if not slips or _own_given(r, accepted)]
            out += names_for_initials(plain, accepted)  # 'Ieoh Ming Pei' for I. M. Pei
    return list(dict.fromkeys(out))


def _own_given(reading: str, accepted: set[str]) -> bool:
    """Whether a reading's given name is an accepted form's: a slip may then be in the rest
    ('Ed Mitchel' as edgar mitchel), never in the given name read for the typed one ('Edward
    Land' read as eddie land is no slip of Edwin Land's: review r574 G)."""
    return any(reading.split()[0] == a.split()[0] for a in accepted if " " in a)


def _without_particles(forms: list[str]) -> list[str]:
    """Each full formal name without the particle before its surname: 'Antoine-Laurent de
    Lavoisier' is Antoine-Laurent Lavoisier (review r494 C). Only after two given names: 'José
    de Saramago' puts a particle where the name has none (review r219)."""
    out = []
    for form in (f" {normalise(f)} " for f in forms):
        found = _PARTICLE.search(form)
        given = form[: found.start()].replace("-", " ").split() if found else []
        if found and len(given) >= 2:
            out.append(" ".join(_PARTICLE.sub(" ", form).split()))
    return out


# a surname with its initial after it, as an index lists it: 'Davy H.', 'Perey, M.' (r503 A)
# initials joined by a hyphen, as French names are: 'J.-G. Noverre' (review r594 B)
_JOINED_INITIALS = re.compile(r"\b([A-Z])\.?-([A-Z])\.?(?=\s)")
_INITIAL_AFTER = re.compile(r"([A-Z][\w'’-]{2,}),?\s+([A-Z])\.?")
_INITIAL_FIRST = re.compile(r"[A-Z]\.?\s+([A-Z][\w'’-]{2,}\s+[A-Z][\w'’-]{2,})")
_PARTICLE = re.compile(r"(?<=\s)(?:de|da|di|du|des|del|della|van|von|der|den|le|la)(?=\s\S+\s*$)")


def other_initial_answer(text: str, accepted: set[str]) -> bool:
    """Whether the answer is an initial and the key's surname, with or without a title, where
    the initial begins none of the first names the key goes by: 'E. Rutherford', 'Sir J.
    Davy', 'M. Winkler'. Another person's name, not a slip in this one's."""
    untitled = person_readings(text, accepted)
    if any(u in accepted for u in untitled):
        return False  # 'PM Mirziyoyev': a title, not initials (review r320)
    forms = [text, *untitled]
    forms += [f for form in forms for f in formal_name_readings(form)]  # 'C. Gordon Jr.'
    return any(other_initial(form, accepted) for form in forms)
