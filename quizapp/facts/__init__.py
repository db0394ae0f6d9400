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
    "DeckError": "quizapp.facts.errors",
    "Problem": "quizapp.facts.errors",
    "load_deck": "quizapp.facts.loader",
    "parse_deck": "quizapp.facts.loader",
    "Deck": "quizapp.facts.model",
    "Entity": "quizapp.facts.model",
    "Fact": "quizapp.facts.model",
    "RelationType": "quizapp.facts.model",
}
__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(_EXPORTS)
