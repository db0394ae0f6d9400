"""The deck's text values that are names ('Aquarius', 'Odyssey': call signs), for the answer
checker: a second answer when said beside the key ('Odyssey (Aquarius)': review r357 C),
though the deck has no entity of that name.

They sit in the grading vocabulary under one key with no words of its own, apart from the
names of things: the readers that look a name up, or scan the names for a word, never meet
them, and a call sign 'America' is never taken for the country.
"""

from __future__ import annotations

import re

from quizapp.facts.model import Deck
from quizapp.facts.normalise import normalise
from quizapp.facts.values import Text

VALUE_NAMES = "\x00"  # the vocabulary's key for them; its value joins them with '|'
# a short proper name: every word capitalised or a figure, at most four words
PROPER = re.compile(r"[A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,3}")


def value_names(deck: Deck) -> dict[str, str]:
    """{VALUE_NAMES: 'aquarius|odyssey|...'}, or {} when the deck gives no such value."""
    names = sorted(
        {
            normalise(f.object.value)
            for f in deck.facts
            if isinstance(f.object, Text) and PROPER.fullmatch(f.object.value)
        }
    )
    return {VALUE_NAMES: "|".join(names)} if names else {}


def is_value_name(name: str, vocabulary: dict[str, str]) -> bool:
    """Whether the normalised `name` is one of the deck's text values that are names."""
    return name in vocabulary.get(VALUE_NAMES, "").split("|")


VALUE_CODES = "\x03"  # the vocabulary's key for the codes that name things: 'Cu>element:copper|...'


def value_codes(deck: Deck) -> dict[str, str]:
    """{VALUE_CODES: 'Cu>element:copper|...'}: the short text values that name their subject
    one to one (chemical symbols), and the symbols its entities declare, as typed, so that 'Cu'
    on a choice of element names picks copper (review r382 B); {} when the deck has none."""
    one_to_one = {r.id for r in deck.relations if r.functional and r.inverse_functional}
    kinds = {e.id: e.kind for e in deck.entities}
    pairs = {
        f"{f.object.value}>{kinds[f.subject]}:{f.subject}"
        for f in deck.facts
        if f.relation in one_to_one
        and isinstance(f.object, Text)
        and _CODE.fullmatch(f.object.value)
        and f.subject in kinds
    }
    pairs |= {f"{e.symbol}>{e.kind}:{e.id}" for e in deck.entities if e.symbol}  # 'Zn': r400 C
    return {VALUE_CODES: "|".join(sorted(pairs))} if pairs else {}


_CODE = re.compile(r"[A-Z][a-z]{0,2}")  # 'Cu', 'I', 'Uue': a symbol as the deck prints it


def codes(vocabulary: dict[str, str] | None) -> dict[str, str]:
    """The deck's codes as typed, each to the thing it names: {'Cu': 'element:copper', ...}."""
    pairs = (vocabulary or {}).get(VALUE_CODES, "").split("|")
    return dict(p.split(">", 1) for p in pairs if p)
