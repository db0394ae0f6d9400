"""A bracket that describes a thing in lower case beside a key that is a name: 'Tajikistan
(and the 201st base)', 'Tajikistan (and an airbase in Kyrgyzstan)' add what Russia has there,
no second country (review r491 A: read as second answers and graded wrong)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.check_qualified import joined_parts
from quizapp.generate.fact_links import kind_group
from quizapp.generate.place_names import WHOLE_PLACE_NAMES
from quizapp.generate.question import Question
from quizapp.generate.tie_claims import named_things


def described(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Every part a thing told in lower case ('the 201st base', 'an airbase in Kyrgyzstan',
    'facilities in Kazakhstan') beside a key that is a name: no second answer of its kind.
    Never a figure alone ('and 12') or a word that opens one of the deck's names, typed in
    lower case ('and kyrgyzstan')."""
    if not q.answer or not all(a[:1].isupper() for a in q.answer):
        return False
    kinds = {kind_group(t) for a in q.answer for t in named_things(a, vocabulary)}
    openers = {n.split()[0] for n, t in vocabulary.items() if n.strip() and kind_group(t) in kinds}
    openers |= _PLACE_OPENERS if kinds & _PLACE_KINDS or not kinds else frozenset()
    for said in (_ARTICLE.sub("", p) for p in joined_parts(part)):
        words = said.split()
        if not words or not (words[0][:1].islower() or words[0][:1].isdigit()):
            return False  # 'and Kyrgyzstan'
        if normalise(words[0]) in openers or (len(words) < 2 and not words[0].isalpha()):
            return False
    return bool(joined_parts(part))


_PLACE_KINDS = frozenset({"country", "city", "place", "region", "state", "site", "capital"})
_PLACE_OPENERS = frozenset(name.split()[0] for name in WHOLE_PLACE_NAMES if name.strip())
_ARTICLE = re.compile(r"^\s*(?:and\s+|&\s*)?(?:the|an?|its|their)\s+", re.IGNORECASE)
