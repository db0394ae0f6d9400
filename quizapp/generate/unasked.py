"""The cards of an imported deck that yield no question at all, and why: `quizapp import` says
so, so that no card is dropped unseen (review r444 E: a card whose question held a "not" was
imported, counted and never asked)."""

from __future__ import annotations

from quizapp.facts.model import Deck, Fact
from quizapp.generate.registry import deck_index, generate_for_fact

MAX_CHECKED = 3000  # cards checked at import; a bigger file is checked by `questions --audit`


def unasked_cards(deck: Deck, seed: int = 0) -> list[tuple[Fact, str]] | None:
    """Each fact that yields no item, with why (its flashcard's reason first: the plainest
    kind); None for a deck too big to check at once."""
    if len(deck.facts) > MAX_CHECKED:
        return None
    ix = deck_index(deck)
    out: list[tuple[Fact, str]] = []
    for fact in deck.facts:
        made = generate_for_fact(ix, fact, seed)
        if not made.questions:
            reasons = sorted(made.dropped, key=lambda kind_why: kind_why[0] != "flashcard")
            why = reasons[0][1] if reasons else "no kind of question fits it"
            out.append((fact, why))
    return out
