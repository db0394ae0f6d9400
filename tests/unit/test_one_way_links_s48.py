"""Issue 12 (review r486 D): a `because` link asked the other way round keys "the reason does
not explain the assertion"; where the target is what the source does by its nature (choosing
lunar-orbit rendezvous, and the small lander it meant), "it explains" is as defensible, and the
key unfair. Such a link says `one_way: true` and is never asked reversed."""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.facts.model import Deck
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from tests.support.bundled import APOLLO, bundled_deck, generated


def _reversed(items: Iterable[Question]) -> set[frozenset[str]]:
    return {
        frozenset(q.claim_ids)
        for q in items
        if q.kind == "assertion_reason" and q.template == "because-reversed"
    }


def test_a_one_way_link_is_never_asked_reversed() -> None:
    one_way = [k for k in bundled_deck(APOLLO).links if k.one_way]
    assert one_way, "the bundled Apollo deck marks the LOR link one way"
    asked = _reversed(generated(APOLLO, tuple(range(8)), spread=False))
    assert asked, "other because links are still asked the other way round"
    assert all(frozenset({k.source, k.target}) not in asked for k in one_way)


def test_the_same_link_without_the_mark_is_asked_reversed() -> None:
    """The gate, shown to matter: with the mark taken off, the LOR link is asked reversed."""
    deck = bundled_deck(APOLLO)
    links = [k.model_copy(update={"one_way": False}) for k in deck.links]
    plain = Deck.model_validate(deck.model_copy(update={"links": links}).model_dump())
    lor = frozenset({"c-lor-picked", "c-lor-saves-mass"})
    items = tuple(q for s in range(8) for q in generate_deck(plain, seed=s, spread=False).questions)
    assert lor in _reversed(items)
