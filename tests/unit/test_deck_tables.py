"""The deck's lookup tables (generate/deck_tables.py): one grouping rule, checked against a
plain scan of the bundled deck."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from quizapp.facts import load_deck
from quizapp.facts.model import Fact
from quizapp.generate.deck_tables import group
from quizapp.generate.index import DeckIndex
from tests.conftest import DECK_PATH

K = TypeVar("K")


def ids(table: Mapping[K, list[Fact]]) -> dict[K, list[str]]:
    return {key: [f.id for f in facts] for key, facts in table.items()}


def test_group_keeps_order_leaves_out_none_and_reads_a_missing_key_as_empty() -> None:
    words = ["apple", "bean", "avocado", "", "banana", "cherry"]
    grouped = group(words, lambda w: w[0] if w else None)
    assert dict(grouped) == {"a": ["apple", "avocado"], "b": ["bean", "banana"], "c": ["cherry"]}
    assert grouped["z"] == []


def test_the_tables_match_a_plain_scan_of_the_deck() -> None:
    deck = load_deck(DECK_PATH)
    ix = DeckIndex(deck)
    by_pair: dict[tuple[str, str], list[str]] = {}
    by_object: dict[str, list[str]] = {}
    by_place: dict[tuple[object, ...], list[str]] = {}
    for f in deck.facts:
        if isinstance(f.object, str):
            by_pair.setdefault((f.relation, f.object), []).append(f.id)
        if f.object_id:
            by_object.setdefault(f.object_id, []).append(f.id)
        p = f.provenance
        by_place.setdefault((f.subject, p.source, p.section, p.paragraph), []).append(f.id)

    assert ids(ix.facts_by_pair) == by_pair
    assert ids(ix.facts_by_object) == by_object
    assert ids(ix.facts_by_place) == by_place
    families = {f.id for fs in ix.numeric_by_family.values() for f in fs}
    assert families == {f.id for f in deck.facts if ix.numeric_value(f) is not None}
    assert sum(len(es) for es in ix.by_kind.values()) == len(deck.entities)
