"""Whether a pattern occurs in a text, answered without running it where a word it needs is absent.

The gates and generators search every new stem for a few phrases ('not', 'according to',
'one of'); most stems have none of them, but a pattern that ignores case or opens with an
alternation is tried at every position of the text, and these searches were near a tenth of
generating a big deck. A `cue` pairs a pattern with the literal words one of which each of
its matches contains: ASCII text holding none of them (ignoring case where the pattern does)
cannot match, and is answered at once; any other text goes to the pattern, so the answer is
always `pattern.search(text) is not None`. Only ASCII text is passed over: under IGNORECASE
some other letters match ASCII ones (the long s matches 's', and stays a long s in lower
case), which a substring test would miss. tests/unit/test_text_cues.py holds each cue to its
pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def cue(pattern: re.Pattern[str], *words: str) -> Callable[[str], bool]:
    """`pattern.search(text) is not None`, where each match of the pattern contains one of
    `words` (given in lower case when the pattern ignores case)."""
    folds = bool(pattern.flags & re.IGNORECASE)
    if folds and any(w != w.lower() for w in words):
        raise ValueError(f"words of a pattern that ignores case are lower case: {words}")
    search = pattern.search

    def found(text: str) -> bool:
        if text.isascii():
            said = text.lower() if folds else text
            for word in words:
                if word in said:
                    break
            else:
                return False
        return search(text) is not None

    found.__doc__ = f"Whether {pattern.pattern!r} occurs in the text."
    return found


# the source's claim told as its claim: 'according to the briefing', 'in the memo's account'
ATTRIBUTED = re.compile(
    r"\baccording to\b|\bin the \w+'s account\b|\bthe (briefing|source|report|memo)\b"
    r"|\bby one estimate\b|\bin one survey\b|\bjudging by\b",
    re.I,
)
attributed_text = cue(
    ATTRIBUTED,
    *("according to", "'s account", "the briefing", "the source", "the report", "the memo"),
    *("by one estimate", "in one survey", "judging by"),
)

# an explanation that corrects the source against the world ('strictly, Armenia acceded a day
# after the launch (background)') or calls a figure the source's own ('95% is the briefing's
# figure', where the deal's sums make it nearer 97%: seed 9301 #49): the stem must not state the
# source's version as world fact
_CAVEATS = (
    r"strictly",
    r"in the world",
    r"in reality",
    r"the (briefing|source|report|memo)'s (own )?(figure|estimate|count|number)",
)
WORLD_CAVEAT = re.compile("|".join(rf"\b{c}\b" for c in _CAVEATS), re.I)
world_caveat = cue(
    WORLD_CAVEAT,
    *("strictly", "in the world", "in reality"),
    *("the briefing'", "the source'", "the report'", "the memo'"),
)
