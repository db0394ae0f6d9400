"""The marks inside a name that a learner may type otherwise: abbreviation dots, commas,
apostrophes, hyphens, '&', 'St.' for 'Saint', and accents.

The session-17 import reading found "Washington DC" graded a near miss for "Washington, D.C."
(one of the ways most people write it), and "Saint John's" wrong for "St. John's". Names
written these ways are one name: `mark_fold` gives them one form, which check_text.py
compares as it compares British and American spellings (only where no other name of the
deck folds the same). Accents were already forgiven by normalising ("Bogota" for "Bogotá");
`accent_note` now tells the learner how the name is written.
"""

from __future__ import annotations

import re
import unicodedata

from quizapp.facts.normalise import normalise

# short forms of a name's first words, as place and person names print them
_SHORT_FORMS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_DROPPED = re.compile(r"['\u2019]")  # St John's = St Johns
_SPACED = re.compile(r"[.,\-/()]")  # D.C. = D C; Port-of-Spain; Pliny (the Younger) (r448 E)


def mark_fold(text: str) -> str:
    """One form for a normalised name written with other marks: 'washington, d.c' ->
    'washington dc', 'st. john's' -> 'saint johns', 'trinidad & tobago' -> 'trinidad and
    tobago'. Runs of single letters join ('d c' -> 'dc'); a lone initial stays."""
    words = _SPACED.sub(" ", _DROPPED.sub("", text.replace("&", " and "))).split()
    out: list[str] = []
    letters = ""
    for word in words:
        if len(word) == 1 and word.isalpha():
            letters += word
            continue
        if letters:
            out.append(letters)
            letters = ""
        out.append(_SHORT_FORMS.get(word, word))
    if letters:
        out.append(letters)
    return " ".join(out)


def joined_fold(text: str) -> str:
    """`mark_fold` without the spaces: 'ha noi' and 'hanoi' are one name (Vietnamese writes
    it in two syllables)."""
    return mark_fold(text).replace(" ", "")


def accent_note(text: str, names: list[str]) -> str:
    """'Right - written Bogotá.' when the answer is a name of the key typed without (some
    of) its accents; '' otherwise."""
    typed = _marks(text)
    for name in names:
        if _marks(name) > typed and normalise(text) == normalise(name):
            return f"Right - written {name}."
    return ""


def _marks(text: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFKD", text) if unicodedata.combining(ch))
