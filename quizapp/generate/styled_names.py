"""A person's religious style, short or in full, before a name (review r524 A).

'Br. Adam' and 'Bro. Adam' are Brother Adam, 'Rev. Langstroth' and 'Reverend Lorenzo
Langstroth' are Lorenzo Langstroth: a style is written short as often as in full, and it is
no part of the name the key gives unless the key has it. So the answer is read with a short
style written out, and without the style; the reading must still be an accepted name.
"""

from __future__ import annotations

from quizapp.facts.normalise import normalise

_SHORT = {"br": "brother", "bro": "brother", "rev": "reverend", "revd": "reverend"}
_SHORT |= {"fr": "father", "sr": "sister"}
_STYLES = frozenset({*_SHORT.values(), "pastor", "rabbi", "imam", "the reverend"})


def styled_readings(text: str) -> list[str]:
    """The answer with its opening style written out ('brother adam'), and without it
    ('langstroth'); none when it opens with no style."""
    words = normalise(text).split()
    if len(words) < 2:
        return []
    lead = 2 if words[0] == "the" and len(words) > 2 else 1
    style = " ".join(w.rstrip(".") for w in words[:lead])
    full = " ".join(_SHORT.get(w, w) for w in style.split())
    if full not in _STYLES and full.removeprefix("the ") not in _STYLES:
        return []
    rest = " ".join(words[lead:])
    return [f"{full.removeprefix('the ')} {rest}", rest]
