"""A deck version's generated questions, kept with its compiled deck (see facts.compiled).

Generating every question of a big deck takes seconds (71k questions for 10k facts), and the
result depends only on the deck, the seed and the generating code. So the questions are
stored once per (deck content, seed, code of quizapp.facts and quizapp.generate) and read
back on the next start; a damaged entry is ignored and the questions generated again.

An entry is laid out per fact, so a session decodes only the facts it asks: a first line
of JSON lists `[fact id, start, end]` for each fact (in generation order), and the rest is
each fact's questions as a JSON list at those byte offsets. A study session of a 10k-fact
deck asks a few hundred facts a day; decoding all 71k questions up front cost seconds.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterator, KeysView, Mapping

from pydantic import TypeAdapter

from quizapp import json_read
from quizapp.facts import compiled
from quizapp.facts.model import Deck
from quizapp.generate.question import Question

KIND = "questions-by-fact"
VOCABULARY = "grading-vocabulary"
_LIST = TypeAdapter(list[Question])


class FactQuestions(Mapping[str, list[Question]]):
    """Fact id -> the questions anchored on it (only facts that have some), in generation
    order; each fact's questions are decoded the first time they are asked for."""

    def __init__(self, spans: dict[str, tuple[int, int]], blob: bytes | memoryview) -> None:
        self._spans, self._blob = spans, blob
        self._decoded: dict[str, list[Question]] = {}

    @classmethod
    def of(cls, questions: list[Question]) -> FactQuestions:
        """Already decoded questions (just generated), grouped by their first fact."""
        grouped: dict[str, list[Question]] = {}
        for question in questions:
            grouped.setdefault(question.fact_ids[0], []).append(question)
        made = cls(dict.fromkeys(grouped, (0, 0)), b"")
        made._decoded = grouped
        return made

    def __getitem__(self, fact_id: str) -> list[Question]:
        found = self._decoded.get(fact_id)
        if found is None:
            start, end = self._spans[fact_id]  # KeyError for a fact without questions
            part = self._blob[start:end]
            found = self._decoded[fact_id] = _LIST.validate_json(bytes(part))
        return found

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._spans

    def keys(self) -> KeysView[str]:
        """The facts that have questions, as the offsets' own view (tested in C: the queue
        asks it of a few hundred facts after every answer)."""
        return self._spans.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def decoded(self) -> int:
        """How many facts' questions have been decoded so far."""
        return len(self._decoded)

    def encode(self) -> bytes:
        """The cache entry's body: the offsets line, then each fact's questions."""
        parts: list[bytes] = []
        spans: list[tuple[str, int, int]] = []
        at = 0
        for fact_id in self._spans:
            part = _LIST.dump_json(self[fact_id])
            spans.append((fact_id, at, at + len(part)))
            parts.append(part)
            at += len(part)
        return json.dumps(spans, separators=(",", ":")).encode() + b"\n" + b"".join(parts)

    @classmethod
    def decode(cls, body: bytes | memoryview) -> FactQuestions:
        """From a cache entry's body; raises ValueError if it is not one. The offsets are
        checked column by column (types gathered in C), not in a loop over 10k facts, and
        the questions' bytes are not copied (a fact's are, when it is decoded)."""
        view = memoryview(body)
        cut = _newline(view)
        rows = json_read.loads(view[:cut])
        if not isinstance(rows, list) or not set(map(type, rows)) <= {list}:
            raise ValueError("not a questions entry")
        blob = view[cut + 1 :]
        ids, starts, ends = zip(*rows, strict=True) if rows else ((), (), ())
        if not (
            set(map(type, ids)) <= {str}
            and set(map(type, starts)) | set(map(type, ends)) <= {int}
            and min(starts, default=0) >= 0
            and max(ends, default=0) <= len(blob)
            and all(map(operator.le, starts, ends))
        ):
            raise ValueError("not a questions entry")
        return cls(dict(zip(ids, zip(starts, ends, strict=True), strict=True)), blob)


def _newline(view: memoryview) -> int:
    """Where the offsets line ends, found without copying the entry."""
    at, step = 0, 1 << 16
    while at < len(view):
        found = view[at : at + step].tobytes().find(b"\n")
        if found >= 0:
            return at + found
        at += step
    raise ValueError("not a questions entry")


def _deck_part(deck: Deck) -> str:
    """What stands for the deck in a key: the key of the file bytes it was compiled from (which
    the facts code turns into this deck alone), else the deck itself as JSON (a deck made in
    memory)."""
    source = compiled.source_key(deck)
    return f"source:{source}" if source is not None else deck.model_dump_json(by_alias=True)


def questions_key(deck: Deck, seed: int) -> str:
    return _questions_key(_deck_part(deck), seed)


def _questions_key(deck_part: str, seed: int) -> str:
    return compiled.key_for(KIND, compiled.code_hash("facts", "generate"), deck_part, str(seed))


def grading_vocabulary(deck: Deck, make: Callable[[], dict[str, str]]) -> dict[str, str]:
    """The answer checker's vocabulary of the deck (name -> 'kind:id'): read from its cache
    entry, else made by `make` (indexing the whole deck, a twentieth of a big deck's start)
    and stored. A damaged entry is made again."""
    return _vocabulary(_deck_part(deck), make)


def vocabulary_of_source(source: str, make: Callable[[], dict[str, str]]) -> dict[str, str]:
    """`grading_vocabulary` of the deck loaded from the file bytes with this key, without
    the deck (`make` builds it only when the entry is missing or damaged)."""
    return _vocabulary(f"source:{source}", make)


def _vocabulary(deck_part: str, make: Callable[[], dict[str, str]]) -> dict[str, str]:
    key = compiled.key_for(VOCABULARY, compiled.code_hash("facts", "generate"), deck_part)
    body = compiled.read_entry(VOCABULARY, key)
    if body is not None:
        try:
            found = json.loads(body)
        except ValueError:
            found = None
        if isinstance(found, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in found.items()
        ):
            return found
    made = make()
    compiled.write_entry(VOCABULARY, key, json.dumps(made).encode())
    return made


def questions_by_fact(deck: Deck, seed: int) -> FactQuestions:
    """The deck's questions for this seed by fact: from the cache (each fact decoded when
    first asked for), or generated (and then stored)."""
    return _questions(questions_key(deck, seed), seed, lambda: deck)


def questions_of_source(source: str, seed: int, deck: Callable[[], Deck]) -> FactQuestions:
    """`questions_by_fact` of the deck loaded from the file bytes with this key, without the
    deck: `deck` is called only when the questions must be generated."""
    return _questions(_questions_key(f"source:{source}", seed), seed, deck)


def _questions(key: str, seed: int, deck: Callable[[], Deck]) -> FactQuestions:
    from quizapp.generate.registry import generate_deck

    body = compiled.read_entry_view(KIND, key)
    if body is not None:
        try:
            return FactQuestions.decode(body)
        except (ValueError, TypeError):  # a damaged cache entry must never stop a start
            pass
    made = FactQuestions.of(generate_deck(deck(), seed=seed).questions)
    compiled.write_entry(KIND, key, made.encode())
    return made


def generated_questions(deck: Deck, seed: int) -> list[Question]:
    """Every question of the deck for this seed, fact by fact."""
    by_fact = questions_by_fact(deck, seed)
    return [q for fact_id in by_fact for q in by_fact[fact_id]]
