"""Card states read without pydantic validation: the hot path of every start.

Every card record was validated when it was written (records are only ever written from a
CardState) and `quizapp db check` validates every record on disk, so opening a deck of
10k cards need not validate 10k records again: that cost about three times as much as
building the models directly. A record is trusted only if it has exactly CardState's fields
and plain JSON values of the expected types where the model would convert (the two
datetimes); anything else (a hand-edited or older record) goes through full validation.
The garbage collector is paused for the bulk build: it would otherwise scan the young
objects many times over while thousands are made (a third of the time). After the build the
records are settled (`settle`): moved out of the collector's generations, so that the young,
middle and full collections that follow do not each walk all of them once more.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter

from quizapp.gc_pause import gc_paused
from quizapp.store.records import CardState

_CARDS = TypeAdapter(list[CardState])
_FIELDS = frozenset(CardState.model_fields)
_DATETIMES = ("buried_until", "introduced_at")
_NONE = type(None)
# the JSON type each other field has in a record this program wrote
_TYPES: tuple[tuple[str, tuple[type, ...]], ...] = (
    ("schema_version", (int,)),
    ("learner", (str,)),
    ("deck_id", (str,)),
    ("fact_id", (str,)),
    ("fsrs", (dict,)),
    ("seen", (bool,)),
    ("suspended", (bool,)),
    ("lapses", (int,)),
    ("reps", (int,)),
    ("leech", (bool,)),
    ("last_item_id", (str, _NONE)),
    ("last_kind", (str, _NONE)),
)
# a field added to CardState must be given its type here (or it would never be trusted)
assert {name for name, _ in _TYPES} | set(_DATETIMES) == _FIELDS
_HOLDS = [0]  # builds under way that leave cyclic garbage (see no_settling)
_HOLDS_LOCK = threading.Lock()
_LEFT_CYCLES = [False]  # such a build has ended since the last full collection: collect first
_new = object.__new__
_set = object.__setattr__


def settle() -> None:
    """Move every object alive now out of the collector's generations (`gc.freeze`): what a
    bulk load has just built (a database file's records, a deck's models, a due index) lives
    as long as the store or the deck, and would otherwise be walked again by each of the next
    collections (a fifth of an open of 10k cards). Frozen objects are still freed when no
    longer referenced; only a reference cycle among them would never be collected, so call
    it only after a build that makes none. While another thread generates questions (which
    does leave cycles: `no_settling`), it does nothing: that garbage must stay collectable."""
    with _HOLDS_LOCK:
        if _HOLDS[0] == 0:
            if _LEFT_CYCLES[0]:  # a generation's cycles not yet collected would be kept for good
                gc.collect()
                _LEFT_CYCLES[0] = False
            gc.freeze()


def _full_collection_done(phase: str, info: dict[str, int]) -> None:
    """A full collection (the collector's own or any gc.collect()) that ran while no build
    was leaving cycles has collected what the earlier builds left: the next settle need not
    collect again (a full collection cost up to a tenth of an open + queue). Called by the
    collector, perhaps inside settle's own collect: it takes no lock (the GIL is held)."""
    if phase == "stop" and info.get("generation") == 2 and _HOLDS[0] == 0:
        _LEFT_CYCLES[0] = False


gc.callbacks.append(_full_collection_done)


@contextmanager
def no_settling() -> Iterator[None]:
    """Meanwhile `settle` freezes nothing: for work that leaves cyclic garbage to collect
    (generating a deck's questions), which a settle on another thread would keep for good."""
    with _HOLDS_LOCK:
        _HOLDS[0] += 1
    try:
        yield
    finally:
        with _HOLDS_LOCK:
            _HOLDS[0] -= 1
            _LEFT_CYCLES[0] = True


def _trusted(doc: dict[str, Any]) -> CardState | None:
    if doc.keys() != _FIELDS:
        return None
    for name, types in _TYPES:
        if type(doc[name]) not in types:  # exact: a bool is no int here
            return None
    values = dict(doc)
    for name in _DATETIMES:
        raw = values[name]
        if raw is None:
            continue
        if not isinstance(raw, str):
            return None
        try:
            at = datetime.fromisoformat(raw)
        except ValueError:
            return None
        if at.tzinfo is None:
            return None  # the model would have kept it naive too, but let it say so
        values[name] = at
    card = _new(CardState)
    _set(card, "__dict__", values)
    _set(card, "__pydantic_fields_set__", set(_FIELDS))
    _set(card, "__pydantic_extra__", None)
    _set(card, "__pydantic_private__", None)
    return card


def load_cards(rows: list[tuple[dict[str, Any], CardState | None]]) -> list[CardState]:
    """The card states of these stored records, each given with the model validated from it
    when the database was opened, or None: those are used as they are, the others built
    directly where every record is one this program wrote, else all validated the ordinary
    way (which raises on a bad one)."""
    with gc_paused():
        cards = []
        for doc, model in rows:
            card = model if model is not None else _trusted(doc)
            if card is None:
                return _CARDS.validate_python([doc for doc, _ in rows])
            cards.append(card)
        return cards


def trusted_cards(rows: dict[str, Any]) -> dict[str, CardState] | None:
    """The card states of a table's records by document id, built directly, if every record
    is one this program wrote (else None: the caller validates them the ordinary way). What
    the database's open does for its cards table instead of validating 10k records."""
    with gc_paused():
        cards = {}
        for key, doc in rows.items():
            card = _trusted(doc)
            if card is None:
                return None
            cards[key] = card
        return cards
