"""A key that is a unit's own name ('Pascal', 'Henry' on a card asking for the SI unit of
pressure or inductance), given by its symbol as written ('Pa', 'H'), in the plural
('henries'), or by both ('Pascal (Pa)', 'Pa (pascal)', 'the tesla (T)'). Review r664 B: each
was graded wrong. A symbol is read in its own case: 'h' is the hour, 'pa' no pascal; the
lower case is taken only where it names the same unit ('hz'). A symbol the stem shows is no
answer ('Which unit is Pa?')."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quizapp.facts.normalise import normalise
from quizapp.facts.physical import unit_of
from quizapp.generate.element_names import symbol_forms
from quizapp.generate.question import Question

_PAIR = re.compile(r"^\s*(?P<a>[^()]+?)\s*\(\s*(?P<b>[^()]+?)\s*\)\s*$")


def by_symbol(q: Question, text: str) -> bool:
    """Whether `text` gives the key by an element's symbol ('Hg' for mercury, review r494 B)
    or the key unit by its symbol, plural or both."""
    said = text.strip()
    if said in symbol_forms(q):
        return True
    units = [u for key in q.answer if (u := _key_unit(key)) is not None]
    return any(_gives(said.rstrip("."), name, unit, q.prompt) for name, unit in units)


def _gives(said: str, name: str, unit: Any, prompt: str) -> bool:
    """The unit by its symbol, its name or plural, or one of them with the other bracketed."""
    pair = _PAIR.match(said)
    if pair is not None:
        a, b = pair["a"], pair["b"]
        return _one(a, name, unit, prompt, True) and _one(b, name, unit, prompt, True)
    return _one(said, name, unit, prompt, False)


def _one(said: str, name: str, unit: Any, prompt: str, named: bool) -> bool:
    """The symbol as pint writes it (or a lower case pint reads as the same unit), or, where
    `named`, the unit's name or plural ('the henry', 'henries')."""
    said = re.sub(r"^the\s+", "", said.strip(), flags=re.IGNORECASE)
    symbol = f"{unit:~}"
    shown = re.search(rf"(?<![\w'’]){re.escape(symbol)}(?![\w'’])", prompt) is not None
    if not shown and (said == symbol or (said.lower() == symbol.lower() and _same(said, unit))):
        return True
    return (named or normalise(said) != name) and normalise(said) in _names(name)


def _same(said: str, unit: Any) -> bool:
    found = unit_of(said)
    return found is not None and found == unit


@lru_cache(maxsize=256)
def _names(name: str) -> frozenset[str]:
    """A unit's name and its plurals: 'henry', 'henrys', 'henries'."""
    import inflect

    return frozenset({name, f"{name}s", normalise(inflect.engine().plural_noun(name))})


@lru_cache(maxsize=256)
def _key_unit(key: str) -> tuple[str, Any] | None:
    """(name, unit) where the key is one word that is a unit's own name ('Pascal', 'the
    henry'), not a symbol ('C') or another word pint reads ('pound' of money is a unit too,
    but only a key that is its unit's name is read so)."""
    name = normalise(key).removeprefix("the ")
    if not name.isalpha() or len(name) < 3:
        return None
    unit = unit_of(name)
    own = str(unit).replace("_", " ").lower() if unit is not None else ""
    return (name, unit) if own in (name, re.sub(r"re$", "er", name)) else None
