"""A candidate's tests for one slot, kept per deck: asked once per (slot, candidate).

A choice or true/false item tries each candidate of the key's kind against its slot (false
there by the deck's declarations, plausible there, one of the subject's insiders): tests of
the slot and the candidate only, not of the fact. Every fact on the same slot (the members of
one bloc, a country's memberships) asked them again of the same candidates, so a big deck
paid for them once per fact and candidate: 700,000 calls at 5,000 facts. Kept here, a slot
asks each candidate once, and a fact reads the answers; a slot asked by one fact only costs
what it did, and no candidate is tested that the fact did not draw.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import from_within, name_pattern

Slot = tuple[str, ...]


class Verdicts(dict[str, bool]):
    """Candidate id -> whether it passes the slot's test, worked out on first lookup."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, candidate: str) -> bool:
        passed = self[candidate] = self.test(candidate)
        return passed


def verdicts(ix: DeckIndex, slot: Slot, test: Callable[[str], bool]) -> Verdicts:
    """The slot's verdicts, kept in the index; `slot` names the test and what it depends on
    (its first element says which test), `test` is used only the first time the slot is met."""
    memo: dict[Slot, Verdicts] = ix.__dict__.setdefault("_slot_verdicts", {})
    found = memo.get(slot)
    if found is None:
        found = memo[slot] = Verdicts(test)
    return found


def known(ix: DeckIndex, slot: Slot) -> dict[str, bool]:
    """The slot's verdicts worked out so far, none added: a gate that tests an option again
    passes at once one the slot found fair (the same tests of the same deck)."""
    memo: dict[Slot, Verdicts] = ix.__dict__.get("_slot_verdicts", {})
    return memo.get(slot) or {}


def false_object(ix: DeckIndex, subject: str, relation: str) -> Verdicts:
    """Objects that are a fair wrong filler of (subject, relation, ?): provably false there,
    plausible for the subject, and (for a body with members) one of its members."""

    def test(e: str) -> bool:
        return (
            ix.provably_false(subject, relation, e)
            and ix.plausible_object(relation, e, subject)
            and from_within(ix, subject, e)
        )

    return verdicts(ix, ("false object", subject, relation), test)


def false_subject(ix: DeckIndex, relation: str, obj: str) -> Verdicts:
    """Subjects that are a fair wrong filler of (?, relation, obj): provably false there and
    plausible for the object."""

    def test(e: str) -> bool:
        return ix.provably_false(e, relation, obj) and ix.plausible_subject(relation, e, obj)

    return verdicts(ix, ("false subject", relation, obj), test)


def swapped_object(ix: DeckIndex, subject: str, relation: str) -> Verdicts:
    """As `false_object`, and the subject fits the swapped-in object's class too (never 'China
    was in the EEU'): the objects a false statement may swap in."""
    fair = false_object(ix, subject, relation)

    def test(e: str) -> bool:
        return fair[e] and ix.plausible_subject(relation, subject, e)

    return verdicts(ix, ("swapped object", subject, relation), test)


def naming(ix: DeckIndex, text: str) -> Callable[[str], bool]:
    """`named_in(entity, text)` for one stem and many candidates, by entity id: the stem
    normalised once, every entity's names once per deck (a choice item asks it of ~45
    candidates). A name that normalises to nothing names nothing, as in `named_in`."""
    said = normalise(text)
    names = _plain_names(ix)

    def named(entity_id: str) -> bool:
        for plain, name in names[entity_id]:
            if plain in said and (p := name_pattern(name)) and p.search(said):
                return True
        return False

    return named


def _plain_names(ix: DeckIndex) -> dict[str, tuple[tuple[str, str], ...]]:
    """Entity id -> (normalised name, name) for each of its names that normalises to text."""
    found: dict[str, tuple[tuple[str, str], ...]] | None = ix.__dict__.get("_plain_names")
    if found is None:
        found = ix.__dict__["_plain_names"] = {
            e.id: tuple((p, n) for n in e.all_names() if (p := normalise(n)))
            for e in ix.deck.entities
        }
    return found


def kind_ids(ix: DeckIndex, kind: str) -> list[str]:
    """The ids of `ix.entities_of_kind(kind)`, in the same order (a random sample of either
    picks the same entities), listed once per deck: a candidate's tests and names go by id."""
    ids: dict[str, list[str]] = ix.__dict__.setdefault("_kind_ids", {})
    found = ids.get(kind)
    if found is None:
        found = ids[kind] = [e.id for e in ix.entities_of_kind(kind)]
    return found
