"""A bracket that likens the key to another thing of its kind: 'the EEU (like the CSTO)',
'Na (like K)' name a second answer; 'like the Latin' is a remark."""

from __future__ import annotations

import re

from quizapp.generate.bracket_kinds import _key_things, _thing, names_in
from quizapp.generate.fact_links import kind_group
from quizapp.generate.question import Question

_OWN_THING = re.compile(r"\s(?:for|of|is for|is to)\s+\w", re.I)
_LIKE = re.compile(r"^\s*(?:just\s+)?(?:like|as|similar to|same as|the same as)\s+", re.I)


def likened(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether `part` likens the key to another thing of its kind: 'like the CSTO' beside the
    EEU, 'like K' beside Na, a second answer; 'like the Latin' is a remark."""
    if not _LIKE.match(part) or _OWN_THING.search(part):
        return False  # 'like Au for gold': the other thing's own, a remark (review r451 A)
    keys = _key_things(q, vocabulary)
    kinds = {kind_group(k) for k in keys}
    things = [_thing(n, vocabulary) for n in names_in(_LIKE.sub("", part), vocabulary)]
    return any(t is not None and t not in keys and kind_group(t) in kinds for t in things)
