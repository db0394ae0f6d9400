"""A tick-all answer in the deck's words: 'Kyrgyz Republic and Kazakhstan', 'Russian Federation
and Belarus' (the deck's other names for options), 'only Russia and Belarus', 'both Kyrgyzstan
and Kazakhstan' (a word that says the list is whole). Each was asked again (review r401 D)."""

from __future__ import annotations

import re

from quizapp.generate.answers import chosen_option, option_index

_WHOLE = re.compile(
    r"^\s*(?:only|just|both|all of|all|solely)\s+"
    r"|\s+(?:only|alone|both|and no others?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_JOINS = re.compile(r"\s*(?:[,;&]|\band\b)\s*", re.IGNORECASE)


def ticked_names(text: str, options: list[str], vocabulary: dict[str, str] | None) -> str:
    """The options the text names, by their own text and joined by commas, where every part
    names one; else the text as it is."""
    bare = _WHOLE.sub("", text).strip()
    parts = [p for p in _JOINS.split(bare) if p]
    if not parts or all(option_index(p, options) is not None for p in parts):
        return bare if parts else text
    found = [chosen_option(p, options, vocabulary) for p in parts]
    if any(i is None for i in found):
        return text
    return ", ".join(options[i] for i in dict.fromkeys(i for i in found if i is not None))
