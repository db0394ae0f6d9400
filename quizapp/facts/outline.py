"""A deck's outline: what opening a study session needs of a deck, without building the deck.

Asking whether anything is due and starting a session need the deck's id, title and topics
and, per fact, its id, topics, subject, relation and entity object (the spacer's families).
Building the whole validated deck instead (a 10k-fact deck is 42k pydantic models) was the
largest part of opening a session: about 100 ms of CPU of 300-400. So the outline is kept as
a compiled entry of its own, under the very key of the compiled deck (the file's bytes and
the facts code, this module included): it is the outline of the deck those bytes load to,
never of another. A missing entry, or one that fails its digest or its shape check, is made
again from the deck (loaded the usual way, which also validates it), losing nothing. The
full deck is loaded only when something asks for more than the outline (a leech's wording,
questions not in the cache).
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from quizapp import json_read
from quizapp.facts import compiled
from quizapp.facts.loader import MAX_DECK_BYTES, deck_key, load_deck
from quizapp.facts.model import Deck

KIND = "deck-outlines"


class FactOutline(NamedTuple):  # a tuple: ten thousand are built at every open, in C
    id: str
    subject: str
    relation: str
    object_id: str | None  # the entity the fact names as its object, if any
    topics: tuple[str, ...]


class TopicOutline(NamedTuple):
    id: str
    title: str


@dataclass(frozen=True)
class DeckOutline:
    id: str
    title: str
    topics: tuple[TopicOutline, ...]
    facts: tuple[FactOutline, ...]
    source: str | None  # the key of the file bytes the deck loads from (None: made in memory)

    def encode(self) -> bytes:
        """Column by column (a list per field), which decodes with no per-fact Python loop."""
        facts = self.facts
        body = {
            "id": self.id,
            "title": self.title,
            "topics": [[t.id for t in self.topics], [t.title for t in self.topics]],
            "facts": [
                [f.id for f in facts],
                [f.subject for f in facts],
                [f.relation for f in facts],
                [f.object_id for f in facts],
                [list(f.topics) for f in facts],
            ],
        }
        return json.dumps(body, separators=(",", ":")).encode()

    @classmethod
    def decode(cls, body: bytes, source: str) -> DeckOutline:
        """From an entry's body; raises ValueError if it is not an outline."""
        data = json_read.loads(body)
        if not isinstance(data, dict) or not _texts([data.get("id"), data.get("title")]):
            raise ValueError("not a deck outline")
        topic_ids, titles = _columns(data.get("topics"), 2)
        ids, subjects, relations, objects, topics = _columns(data.get("facts"), 5)
        if not (_texts(topic_ids, titles, ids, subjects, relations) and _lists(topics)):
            raise ValueError("not a deck outline")
        if not set(map(type, objects)) <= {str, type(None)}:
            raise ValueError("not a deck outline")
        if not _texts(chain.from_iterable(topics)):
            raise ValueError("not a deck outline")
        fact_topics = list(map(tuple, topics))
        return cls(
            data["id"],
            data["title"],
            tuple(map(TopicOutline._make, zip(topic_ids, titles, strict=True))),
            tuple(
                map(
                    FactOutline._make,
                    zip(ids, subjects, relations, objects, fact_topics, strict=True),
                )
            ),
            source,
        )


def _columns(value: Any, n: int) -> list[list[Any]]:
    """n lists of one length, else ValueError."""
    if not (isinstance(value, list) and len(value) == n and _lists(value)):
        raise ValueError("not a deck outline")
    if len({len(column) for column in value}) > 1:
        raise ValueError("not a deck outline")
    return value


def _lists(values: list[Any]) -> bool:
    return set(map(type, values)) <= {list}


def _texts(*columns: Iterable[Any]) -> bool:
    """Whether every item of every column is a string (types gathered in C, no loop here)."""
    return all(set(map(type, column)) <= {str} for column in columns)


def outline_of(deck: Deck) -> DeckOutline:
    """The outline of a deck built already."""
    facts = tuple(
        FactOutline(f.id, f.subject, f.relation, f.object_id, tuple(f.topics)) for f in deck.facts
    )
    topics = tuple(TopicOutline(t.id, t.title) for t in deck.topics)
    return DeckOutline(deck.id, deck.title, topics, facts, compiled.source_key(deck))


def deck_maker(deck: Deck | DeckOutline, full: Callable[[], Deck] | None) -> Callable[[], Deck]:
    """What gives the deck itself: the deck, if that is what was given, else `full` (which
    builds it from the outline's file; required with an outline)."""
    if isinstance(deck, Deck):
        return lambda: deck
    if full is None:
        raise TypeError("a deck's outline without a way to build the deck")
    return full


def load_outline(path: Path, raw: bytes | None = None) -> DeckOutline:
    """The outline of the deck in this file (whose bytes `raw` are, if read already): from
    its compiled entry, else from the deck loaded the usual way (and then stored). Raises
    DeckError as `load_deck` does."""
    raw = plain_bytes(path) if raw is None else raw
    if raw is not None:
        key = deck_key(raw)
        body = compiled.read_entry(KIND, key)
        if body is not None:
            try:
                return DeckOutline.decode(body, key)
            except (ValueError, TypeError):  # a damaged entry: made again below
                compiled.note_damaged(KIND)
    made = outline_of(load_deck(path))
    if made.source is not None:
        compiled.write_entry(KIND, made.source, made.encode())
    return made


def plain_bytes(path: Path) -> bytes | None:
    """The file's bytes when it is a plain file of a deck's size; None for anything else
    (the loader then says what is wrong with it)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_DECK_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None
