"""An aside that calls the answer the other craft of a pair: 'Yankee Clipper (LM)' or
'Yankee Clipper, the lander' for the call sign of Apollo 12's command module (review r387:
each was right, Good). A spacecraft's two modules are named apart by what the question says
the answer is; an aside that says it is the other one, and nothing else, is a false claim
('Intrepid was the LM' is a remark on another craft, and is left to the other rules).
"""

from __future__ import annotations

import re

# each group: the words for one craft of a pair, the question's and the learner's
_CRAFTS = (
    r"command module|command and service module|\bcsm\b|\bcm\b|mother ?ship|orbiter",
    r"lunar module|lunar excursion module|\blem\b|\blm\b|lander",
)
_GROUPS = tuple(re.compile(g, re.IGNORECASE) for g in _CRAFTS)


def other_craft(prompt: str, aside: str) -> bool:
    """Whether the question asks of one craft and `aside` names only the other."""
    asked = [g for g in _GROUPS if g.search(prompt)]
    if len(asked) != 1:
        return False
    said = [g for g in _GROUPS if g.search(aside)]
    if said != [g for g in _GROUPS if g is not asked[0]]:
        return False
    rest = _SAYS_NOTHING.sub(" ", said[0].sub(" ", aside.lower()))
    return not rest.strip()  # 'Intrepid was the LM' is a remark on another craft


_SAYS_NOTHING = re.compile(r"[^\w]|\b(?:the|a|s|its|it'?s|call|sign|name|of|apollo|\d+)\b")
