"""The key said again in another form beside it: 'Discobolus (Diskobolos)', 'Croesus
(Kroisos)' in the Greek spelling, 'Deutsche Mark (D-Mark)' shortened (review r488 C: graded
wrong or asked again as second answers). A gloss of the key itself names nothing else."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.element_names import element_symbol

_LANGUAGE = re.compile(
    r"^(?:(?:in|the)\s+)?(?:ancient\s+)?(?:greek|latin|german|french|italian|spanish|"
    r"portuguese|russian|arabic|chinese|japanese|old norse|original)\s*(?::\s*)?",
    re.IGNORECASE,
)
# Greek and Latin spell one name apart: k and c, -os and -us, oi and oe
_GREEK = ((re.compile(r"k"), "c"), (re.compile(r"oi"), "oe"), (re.compile(r"os\b"), "us"))


def restates_key(names: list[str], said: str) -> bool:
    """Whether `said` is one of the key's `names` in another spelling or shortened form, or an
    element's symbol beside its name ('mercury (Hg)': review r494 B)."""
    if any(element_symbol(n) == _SYMBOL_WORD.sub("", said).strip(" .") for n in names):
        return True
    said = normalise(_LANGUAGE.sub("", said.strip()))
    if len(said) < 2:
        return False
    for name in map(normalise, names):
        if re.findall(r"\d+", said) != re.findall(r"\d+", name):
            continue  # 'Apollo 14' is no spelling of Apollo 12
        if len(name) >= 6 and OSA.distance(_latin(said), _latin(name)) <= 1:
            return True  # 'diskobolos', 'kroisos'
        said_words, words = said.replace("-", " ").split(), name.split()
        shortened = len(said_words) == len(words) >= 2 and said_words[-1] == words[-1]
        if shortened and all(w.startswith(s) for s, w in zip(said_words, words, strict=True)):
            return True  # 'd-mark' for Deutsche Mark
    return False


def _latin(text: str) -> str:
    for pattern, spelt in _GREEK:
        text = pattern.sub(spelt, text)
    return text


_SYMBOL_WORD = re.compile(
    r"^\s*(?:its\s+|the\s+)?(?:chemical\s+)?(?:symbol\s*:?\s*)?", re.IGNORECASE
)
