"""The facts model, deck loading and validation. No Textual here.

Names load on first use, so importing a light submodule (locations, errors) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.lazy import lazy_exports

if TYPE_CHECKING:
    from quizapp.facts.errors import DeckError as DeckError
    from quizapp.facts.errors import Problem as Problem
    from quizapp.facts.loader import load_deck as load_deck
    from quizapp.facts.loader import parse_deck as parse_deck
    from quizapp.facts.model import Deck as Deck
    from quizapp.facts.model import Entity as Entity
    from quizapp.facts.model import Fact as Fact
    from quizapp.facts.model import RelationType as RelationType

_EXPORTS = {
    "quizapp.facts.errors": ("DeckError", "Problem"),
    "quizapp.facts.loader": ("load_deck", "parse_deck"),
    "quizapp.facts.model": ("Deck", "Entity", "Fact", "RelationType"),
}
__all__ = sorted(name for names in _EXPORTS.values() for name in names)
__getattr__ = lazy_exports(_EXPORTS)
