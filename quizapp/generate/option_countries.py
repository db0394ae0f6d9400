"""An option that names a country the question does not ask about gives itself away: 'Mexico
City' offered for the capital of Belize (review r333: three imported items). Where the stem
names a country, a candidate whose name holds another country's name, and is more than that
name, is left out (a proper name: 'one of Russia's closest allies' is a stance, not a
place), unless the key names a country too ('Which pipeline carries Turkmen gas
...', with keys and rivals alike named after countries)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from quizapp.facts.normalise import normalise
from quizapp.generate.country_names import OTHER_NAMED
from quizapp.generate.place_countries import same_country
from quizapp.generate.place_names import COUNTRIES

_NAMES = sorted(COUNTRIES | OTHER_NAMED, key=len, reverse=True)
_COUNTRY = re.compile(rf"\b(?:{'|'.join(map(re.escape, _NAMES))})\b")


@lru_cache(maxsize=4096)
def _countries(text: str) -> tuple[str, ...]:
    return tuple(_COUNTRY.findall(normalise(text)))


_SMALL = frozenset({"of", "the", "de", "del", "and", "on", "upon", "da", "la", "le"})


def _proper(name: str) -> bool:
    """A proper name ('Mexico City'), not a phrase about a country ('one of Russia's closest
    allies', a stance)."""
    words = [w for w in name.split() if w[:1].isalpha() and w.lower() not in _SMALL]
    return bool(words) and all(w[:1].isupper() for w in words)


def gives_country_away(stem: str, key: str) -> Callable[[str], bool]:
    """`away(name)`: whether an option called `name` names a country that neither the stem
    nor the key names, where the stem names one and the key none, and is more than that
    country's name."""
    asked, keyed = _countries(stem), _countries(key)

    def away(name: str) -> bool:
        if not asked or keyed or not _proper(name):
            return False
        plain = normalise(name).removeprefix("the ")
        return any(
            c != plain and not any(same_country(a, c) for a in asked) for c in _countries(name)
        )

    return away
