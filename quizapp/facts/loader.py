"""Load a deck file: YAML syntax, model validation and whole-deck checks, all errors at once.

Every failure is a :class:`DeckError` whose problems read ``FILE:LINE: what (at facts[12].object)``.
Nothing else escapes: an unreadable file, bad encoding, a YAML bomb and a model error all
become problems with a line.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import ValidationError

from quizapp.facts import compiled
from quizapp.facts.checks import DATE_HINT, VALUE_HINT, check_deck, deck_warnings
from quizapp.facts.errors import DeckError, Loc, Problem
from quizapp.facts.model import Deck, ObjectType
from quizapp.facts.partial import partial_checks
from quizapp.facts.yaml_hints import syntax_problem
from quizapp.facts.yaml_lines import TooLarge, line_for, load_with_lines

MAX_DECK_BYTES = 20 * 1024 * 1024


def load_deck(path: Path) -> Deck:
    name = str(path)
    too_large = DeckError([Problem(name, 1, f"larger than {MAX_DECK_BYTES // 2**20} MiB")])
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would hang or never end
            raise DeckError([Problem(name, 1, "not a regular file")])
        if info.st_size > MAX_DECK_BYTES:
            raise too_large  # checked before reading a byte
        with path.open("rb") as f:
            raw = f.read(MAX_DECK_BYTES + 1)
    except FileNotFoundError:
        raise DeckError([Problem(name, 1, "no such file")]) from None
    except IsADirectoryError:
        raise DeckError([Problem(name, 1, "is a folder, not a deck file")]) from None
    except OSError as exc:
        raise DeckError([Problem(name, 1, f"cannot read: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_DECK_BYTES:
        raise too_large
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DeckError([Problem(name, line, "not UTF-8 text")]) from None
    key = deck_key(raw)
    deck = _compiled(key)
    if deck is None:
        deck = parse_deck(text, name)
        compiled.write_entry("decks", key, deck.model_dump_json(by_alias=True).encode())
    compiled.remember_source(deck, key)
    return deck


def deck_key(raw: bytes) -> str:
    """The compiled deck's key: the file's bytes and the code that reads them."""
    return compiled.key_for("deck", compiled.code_hash("facts"), raw)


def deck_warnings_of(path: Path, deck: Deck) -> list[Problem]:
    """The warnings of a deck that loaded, located by line (the file is read again for them)."""
    try:
        _, lines, _ = load_with_lines(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, TooLarge, RecursionError):
        lines = {}
    return sorted(
        (Problem(str(path), line_for(loc, lines), msg, loc) for loc, msg in deck_warnings(deck)),
        key=lambda p: p.line,
    )


def _compiled(key: str) -> Deck | None:
    """The deck compiled earlier from the same bytes by the same code, if its cache entry
    is whole and still validates; else None (the file is parsed again)."""
    body = compiled.read_entry("decks", key)
    if body is None:
        return None
    try:
        return Deck.model_validate_json(body)
    except Exception:  # a damaged cache entry must never stop a load
        compiled.note_damaged("decks")
        return None


def parse_deck(text: str, name: str = "<deck>") -> Deck:
    try:
        data, lines, problems = load_with_lines(text, name)
    except yaml.MarkedYAMLError as exc:
        line, what = syntax_problem(exc, text)
        raise DeckError([Problem(name, line, what)]) from None
    except yaml.YAMLError as exc:
        raise DeckError([Problem(name, 1, f"YAML syntax: {exc}")]) from None
    except TooLarge as exc:
        raise DeckError([exc.problem]) from None
    except RecursionError:
        raise DeckError([Problem(name, 1, "the file nests too deeply to be a deck")]) from None
    if not isinstance(data, dict):
        raise DeckError(
            [*problems, Problem(name, 1, "a deck file is a mapping with id, title, ...")]
        )
    problems += _control_characters(data, (), lines, name)
    try:
        deck = Deck.model_validate(data)
    except ValidationError as exc:
        problems += [p for err in exc.errors() for p in _problems(err, data, lines, name)]
        # every phase at once: the cross-references of the parts that are valid, too
        problems += [
            Problem(name, line_for(loc, lines), msg, loc) for loc, msg in partial_checks(data)
        ]
        raise DeckError(problems) from None
    problems += [Problem(name, line_for(loc, lines), msg, loc) for loc, msg in check_deck(deck)]
    if problems:
        raise DeckError(problems)
    return deck


# C0 and C1 controls but newline and tab: ESC starts terminal escape sequences (window title,
# screen clearing, links, clipboard writes), so deck text may not carry them.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_characters(data: Any, loc: Loc, lines: dict[Loc, int], name: str) -> list[Problem]:
    if isinstance(data, str):
        found = CONTROL.search(data)
        if found is None:
            return []
        what = f"control character U+{ord(found.group()):04X} in text (not allowed in a deck)"
        return [Problem(name, line_for(loc, lines), what, loc)]
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    out: list[Problem] = []
    for key, value in items:
        out += _control_characters(value, (*loc, key), lines, name)
    return out


def _problems(err: Any, data: Any, lines: dict[Loc, int], name: str) -> list[Problem]:
    loc = _data_path(tuple(err["loc"]), data)
    message = str(err["msg"])
    if err["type"] == "missing":
        message = f"missing field {err['loc'][-1]!r}"
    elif err["type"] == "extra_forbidden":
        message = f"unknown field {err['loc'][-1]!r}"
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    if loc[-1:] == ("object",) and err["type"] == "model_attributes_type":
        message += f"; {VALUE_HINT}"
    if loc[-1:] == ("object",) and err["type"] == "string_pattern_mismatch":
        message = object_text_problem(str(err.get("input", "")), data)
    out = []
    for part in message.split("; ") if "templates." in message else [message]:
        # a relation's template problems point at the template's own line
        m = _TEMPLATE.match(part)
        at = (*loc, "templates", m.group(1)) if m and loc[-1:] != ("templates",) else loc
        out.append(Problem(name, line_for(at, lines), part, at))
    return out


_TEMPLATE = re.compile(r"templates\.(\w+)")
_DATE_WORDS = re.compile(
    r"\b\d{3,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bbce?\b|\bad\b",
    re.IGNORECASE,
)


def object_text_problem(text: str, data: Any = None) -> str:
    """A fact's object written as free text ('14 July 1820', '12 km', 'Ruritania'): it is no
    entity id, so say so, and how a date or a value is written, or the id of the entity so
    named (issue 12: it read 'String should match pattern ...', the entity id's rule)."""
    what = f"the object {text!r} is not an entity id (lower-case letters, digits and hyphens)"
    entities = data.get("entities") if isinstance(data, dict) else None
    for entity in entities if isinstance(entities, list) else []:
        if isinstance(entity, dict) and str(entity.get("name", "")).casefold() == text.casefold():
            return f"{what}; write the id of the entity named so: {entity.get('id')!r}"
    hint = DATE_HINT if _DATE_WORDS.search(text) else VALUE_HINT
    return f"{what} nor a value; {hint}"


def _data_path(loc: Loc, data: Any) -> Loc:
    """Drop union tags pydantic puts into locs ('value', 'money') that are not in the data."""
    out: list[str | int] = []
    node = data
    parts: list[str | int] = list(loc)
    if "object" in parts:  # ('object', 'value', 'money', ...) -> ('object', ...)
        at = parts.index("object") + 1
        if parts[at : at + 1] in (["entity"], ["value"]):
            del parts[at]
            if parts[at : at + 1] and parts[at] in _TAGS:
                del parts[at]
    for part in parts:
        child = _child(node, part)
        if child is not _ABSENT:
            node = child
        elif isinstance(node, dict) and isinstance(part, str) and part not in _TAGS:
            node = None  # a missing field: keep its name, there is nothing below it
        else:
            continue  # a union tag that is not in the data
        out.append(part)
    return tuple(out)


_ABSENT = object()


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict) and part in node:
        return node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return _ABSENT


_TAGS = frozenset({*get_args(ObjectType), "value"})  # the tags pydantic puts in a union's path
