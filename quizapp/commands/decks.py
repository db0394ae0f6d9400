"""`quizapp schema`, `quizapp decks`, `quizapp validate`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quizapp.commands.common import EXIT_OK, EXIT_USAGE, write_output
from quizapp.facts.schema import deck_schema_json
from quizapp.service.catalog import DeckCatalog, DeckEntry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print the deck JSON Schema (for YAML editors)")
    p.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")
    p.set_defaults(handler=cmd_schema)

    p = sub.add_parser("decks", help="list the decks quizapp can find")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument(
        "--deck",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="also look at this deck file or folder (repeatable)",
    )
    p.set_defaults(handler=cmd_decks)

    p = sub.add_parser("validate", help="check deck files and report every problem")
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="deck files or folders (default: every bundled deck)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (an entity or relation no fact uses) as errors",
    )
    p.set_defaults(handler=cmd_validate)


def cmd_schema(args: argparse.Namespace) -> int:
    return write_output(deck_schema_json(), args.output)


def _summary(entry: DeckEntry) -> dict[str, object]:
    deck = entry.deck
    row: dict[str, object] = {"id": entry.id, "path": str(entry.path), "origin": entry.origin}
    if deck is None:
        assert entry.error is not None
        row |= {"title": None, "valid": False, "errors": [str(p) for p in entry.error.problems]}
        return row
    return row | {
        "title": deck.title,
        "valid": True,
        "entities": len(deck.entities),
        "relations": len(deck.relations),
        "facts": len(deck.facts),
        "topics": [t.id for t in deck.topics],
    }


def cmd_decks(args: argparse.Namespace) -> int:
    entries = DeckCatalog(extra=args.deck).entries()
    rows = [_summary(e) for e in entries]
    if args.json:
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    if not rows:
        print("No decks found.")
    for row in rows:
        if row["valid"]:
            print(
                f"{row['id']:<28} {row['facts']:>4} facts {row['entities']:>4} entities "
                f"{row['relations']:>3} relations  {row['title']}  [{row['origin']}]"
            )
        else:
            print(
                f"{row['id']:<28} BROKEN ({len(row['errors'])} problems; run "  # type: ignore[arg-type]
                f"`quizapp validate {row['path']}`)  [{row['origin']}]"
            )
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    if args.paths:
        missing = [p for p in args.paths if not p.exists()]
        for p in missing:
            print(f"{p}:1: no such file", file=sys.stderr)
        entries = DeckCatalog.files([p for p in args.paths if p.exists()])
    else:
        missing = []
        bundled = DeckCatalog(include_user=False).entries()
        entries = [e for e in bundled if e.origin == "bundled"]
    failed = bool(missing)
    for entry in entries:
        if entry.deck is not None:
            d = entry.deck
            warnings = DeckCatalog.warnings(entry)
            for warning in warnings:
                print(warning, file=sys.stderr)
            counts = (
                f"{d.id}: {len(d.facts)} facts, {len(d.entities)} entities, "
                f"{len(d.relations)} relations"
            )
            noted = f", {len(warnings)} warning(s)" if warnings else ""
            if warnings and args.strict:
                failed = True
                print(f"FAIL {entry.path}: {len(warnings)} warning(s), errors under --strict")
            else:
                print(f"ok   {entry.path}: {counts}{noted}")
        else:
            assert entry.error is not None
            failed = True
            for problem in entry.error.problems:
                print(problem, file=sys.stderr)
            print(f"FAIL {entry.path}: {len(entry.error.problems)} problem(s)")
    if not entries and not missing:
        print("No deck files found.", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_USAGE if failed else EXIT_OK
