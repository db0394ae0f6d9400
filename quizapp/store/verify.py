"""What a sound database file and a sound journal op look like, checked the same way everywhere.

The engine (at open), backups (before one is kept or called "ok") and `db check` all ask these
questions, so a file that one of them accepts the others accept too.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from quizapp import json_read
from quizapp.store.fast_load import trusted_cards
from quizapp.store.records import CardState, DayTally, Learner, Review, Session, Settings

MODELS: dict[str, type[BaseModel]] = {
    "learners": Learner,
    "settings": Settings,
    "cards": CardState,
    "sessions": Session,
    "reviews": Review,
    "days": DayTally,
}
# one pass per table (a month holds thousands of reviews): about ten times faster than
# validating the records one by one, which a backup at every session start cannot afford
_TABLES = {name: TypeAdapter(dict[str, model]) for name, model in MODELS.items()}  # type: ignore[valid-type]
PARTITION = re.compile(r"main|[0-9]{4}-[0-9]{2}")
_J = TypeVar("_J")
MAX_FILE = 1 << 30  # no database file of a real learner comes near 1 GiB


class Damage(ValueError):
    """A file or a journal line that is not what the store wrote; str() says what is wrong."""


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file (a FIFO, device or folder is damage, not something to read)."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise Damage("not a regular file")
    if info.st_size > MAX_FILE:
        raise Damage(f"larger than {MAX_FILE >> 20} MiB")
    return path.read_bytes()


def json_of(raw: bytes, expected: type[_J], unreadable: str, unexpected: str) -> _J:
    """`raw` read as JSON that is an `expected` (a dict, a list), or Damage saying why not:
    the one reading of a database file and of a journal line."""
    try:
        data = json_read.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Damage(unreadable) from None
    if not isinstance(data, expected):
        raise Damage(unexpected)
    return data


def parse_tables(
    raw: bytes, models: dict[str, dict[str, Any]] | None = None
) -> dict[str, dict[str, dict[str, Any]]]:
    """A TinyDB JSON file whose every record validates. An empty file is damage.
    `models`, if given, receives each known table's validated models by document id; the
    engine's open, which asks for them, builds card records it wrote directly (the same
    checks of fields and types, without pydantic: fast_load), `db check` and backups
    validate every record with pydantic."""
    if not raw.strip():
        raise Damage("empty (0 bytes of data)")
    data = json_of(raw, dict, "not readable JSON: truncated or damaged", "not a TinyDB database")
    for table, rows in data.items():
        if not isinstance(rows, dict) or not all(isinstance(d, dict) for d in rows.values()):
            raise Damage(f"table {table!r} is not a mapping of documents")
        for key in rows:
            if not key.isdigit():
                raise Damage(f"{table}[{key}]: document id is not a number")
        if table in _TABLES:
            fast = trusted_cards(rows) if models is not None and table == "cards" else None
            try:
                validated = fast if fast is not None else _TABLES[table].validate_python(rows)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"][1:])
                raise Damage(f"a {table} record: {where}: {first['msg']}") from None
            if models is not None:
                models[table] = validated
    return data


def record_problem(table: str, doc: object, raise_it: bool = False) -> str | None:
    """Why `doc` is not a valid record of `table` (None if it is, or the table is not ours)."""
    model = MODELS.get(table)
    if model is None:
        return None
    try:
        model.model_validate(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        problem = f"a {table} record: {where}: {first['msg']}"
        if raise_it:
            raise Damage(problem) from None
        return problem
    return None


def check_op(op: object) -> tuple[str, str, str, dict[str, Any] | None]:
    """One journal op, (partition, table, doc id, document or None), or Damage."""
    if not isinstance(op, list) or len(op) != 4:
        raise Damage("an op is not [partition, table, id, document]")
    part, table, key, doc = op
    if not isinstance(part, str) or not PARTITION.fullmatch(part):
        raise Damage(f"an op names an unknown partition {str(part)[:40]!r}")
    if not isinstance(table, str) or not isinstance(key, str) or not key.isdigit():
        raise Damage("an op has a bad table or document id")
    if doc is not None:
        if not isinstance(doc, dict):
            raise Damage("an op's document is not an object")
        record_problem(table, doc, raise_it=True)
    return part, table, key, doc
