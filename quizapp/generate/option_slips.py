"""A choice typed with a slip: which slips a typed option may have and still name it."""

from __future__ import annotations

import re


def slips_only(said: str, option: str) -> bool:
    """Every word of the option, of three letters or more, said or said with a slip: 'Tajikstan'
    for Tajikistan; never a word put in another's place ('great' for 'little', 'growing' for
    'shrinking': a sentence reversed by one word, review r641 B)."""
    from rapidfuzz.distance import OSA

    said_words, option_words = (re.findall(r"[a-z]{3,}", t) for t in (said, option))
    if abs(len(said_words) - len(option_words)) > 1:  # a part of it, or more: not a reworded
        return True  # copy (the remark readers judge 'actually the reason explains ...')
    return all(
        any(OSA.distance(w, v) <= (1 if len(w) <= 5 else 2) for v in said_words)
        for w in option_words
    )  # words beside the option ('not Turkmenistan') are for the remark readers
