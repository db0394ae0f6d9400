"""`quizapp export` (Anki package, progress JSON, review-log CSV) and `quizapp import`."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.commands.common import EXIT_OK, EXIT_USAGE, write_output
from quizapp.commands.options import db_path, learner_name, progress_options

if TYPE_CHECKING:
    from quizapp.facts.errors import Problem
    from quizapp.facts.importer import ImportResult
    from quizapp.facts.model import Deck

MAX_LISTED = 5  # unasked cards named on the import's closing line


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser(
        "export",
        parents=[progress_options()],
        help="export a deck to Anki, or your progress as JSON or CSV",
    )
    e.add_argument(
        "--format",
        choices=["apkg", "json", "csv"],
        required=True,
        help="apkg (an Anki package of the deck), json (your progress) or csv (the review log)",
    )
    e.add_argument(
        "--deck",
        default="russia-central-asia",
        help="the deck id or file (default russia-central-asia)",
    )
    e.add_argument(
        "--output",
        "-o",
        type=Path,
        help="file to write (json/csv: stdout if not given; apkg: DECK-ID.apkg here)",
    )
    e.set_defaults(handler=cmd_export)
    i = sub.add_parser("import", help="import a CSV/TSV of questions and answers as a deck")
    i.add_argument(
        "file",
        type=Path,
        help="a CSV or TSV file: question,answer per line; Anki's #separator:, #columns:, "
        "#deck: and #tags: header lines are followed",
    )
    i.add_argument(
        "--skip-bad", action="store_true", help="import the good lines of a file with errors"
    )
    i.add_argument("--force", action="store_true", help="replace a deck of the same id")
    i.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from quizapp.report.exports import export_apkg, progress_json
    from quizapp.report.render_files import to_csv
    from quizapp.service import StudyService

    if args.format == "apkg":
        from quizapp.service.catalog import DeckCatalog

        deck = DeckCatalog().deck(args.deck)
        target = args.output or Path(f"{deck.id}.apkg")
        notes = export_apkg(deck, target)
        print(f"Wrote {notes} notes to {target}")
        return EXIT_OK
    service = StudyService(db_path(args), read_only=True)
    try:
        learner = learner_name(args)
        log = service.review_log(learner, args.deck)
        if args.format == "csv":
            text = to_csv(log)
        else:
            cards = service.stored_cards(learner, args.deck)
            text = progress_json(learner, cards, log)
    finally:
        service.close()
    return write_output(text, args.output)


def cmd_import(args: argparse.Namespace) -> int:
    from quizapp.facts.importer import read_table
    from quizapp.facts.locations import user_dir

    result = read_table(args.file, skip_bad=args.skip_bad)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.deck is None:
        if closing := _nothing_imported(result, args.skip_bad):
            print(closing, file=sys.stderr)
        return EXIT_USAGE
    target = user_dir() / f"{result.deck['id']}.yaml"
    refusal = _refusal(result.deck["id"], target, args.force)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return EXIT_USAGE
    replaced = target.exists()
    written = _write_checked(result.deck, target)
    if written is None:
        return EXIT_USAGE
    skipped = f" ({skipped_summary(result.bad_lines)})" if result.bad_lines else ""
    done = "replacing the deck that was there" if replaced else ""
    print(
        f"Imported {result.imported} questions as deck {result.deck['id']!r} into {target}"
        f"{', ' + done if done else ''}{skipped}"
    )
    if unasked := _unasked_line(written, args.file.name):
        print(unasked)
    return EXIT_OK


def _unasked_line(deck: Deck, name: str) -> str | None:
    """The cards that yield no question, by line, or None when every card is asked."""
    from quizapp.generate.unasked import unasked_cards

    unasked = unasked_cards(deck)
    if not unasked:
        return None
    lines = ", ".join(
        f"{name}:{fact.provenance.section} ({why})" for fact, why in unasked[:MAX_LISTED]
    )
    more = f" and {len(unasked) - MAX_LISTED} more" if len(unasked) > MAX_LISTED else ""
    return f"{len(unasked)} card(s) yield no question and will not be asked: {lines}{more}."


def _nothing_imported(result: ImportResult, skip_bad: bool) -> str | None:
    """The closing line of an import that wrote nothing. --skip-bad is advised only where it
    helps: some lines are good (not for a file whose every line is bad, nor for one that could
    not be read at all, whose one problem line says it all)."""
    bad = result.bad_lines
    if not bad:
        return None
    if skip_bad:
        return f"Nothing imported: no good line was left ({skipped_summary(bad)})."
    if result.good:
        return (
            f"Nothing imported: fix the {len(bad)} bad line(s) above, or use --skip-bad to "
            f"import the {result.good} good one(s)."
        )
    return (
        f"Nothing imported: no line of the file could be imported; fix the {len(bad)} line(s) "
        "above."
    )


FIRST_LINES = 3  # a summary names this many line numbers per reason


def skipped_summary(bad_lines: list[Problem]) -> str:
    """One line for the refused lines of an import: how many, why, and where first ('4 bad
    line(s) skipped: needs a question and an answer on lines 1, 2, 3 and 1 more'). The reason
    is each problem's text up to its hint (the full problems are printed above it)."""
    where: dict[str, list[str]] = {}
    for problem in bad_lines:
        where.setdefault(re.split(r" \(|; ", problem.message)[0], []).append(str(problem.line))
    reasons = []
    for why, lines in where.items():
        more = len(lines) - FIRST_LINES
        said = ", ".join(lines[:FIRST_LINES]) + (f" and {more} more" if more > 0 else "")
        reasons.append(f"{why} on line{'s' if len(lines) > 1 else ''} {said}")
    return f"{len(bad_lines)} bad line(s) skipped: {'; '.join(reasons)}"


def _refusal(deck_id: str, target: Path, force: bool) -> str | None:
    """Why the imported deck may not be written to `target`: another deck has its id, or the
    file exists and --force was not given."""
    from quizapp.service.catalog import DeckCatalog

    clash = next(
        (
            e.path
            for e in DeckCatalog().entries()
            if e.deck is not None and e.deck.id == deck_id and e.path != target
        ),
        None,
    )
    if clash is not None:
        return (
            f"quizapp: a deck with id {deck_id!r} exists already ({clash}); "
            "give the import another title with a `#deck:` line"
        )
    if target.exists() and not force:
        return f"quizapp: {target} exists; use --force to replace it"
    return None


def _write_checked(deck: dict[str, Any], target: Path) -> Deck | None:
    """Write the deck beside `target`, check it as any deck is checked, and only then put it in
    place (the deck read back); a deck that fails the checks is removed and its problems
    printed (None)."""
    import yaml

    from quizapp.facts.errors import DeckError
    from quizapp.facts.loader import load_deck

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".yaml.partial")
    partial.write_text(yaml.safe_dump(deck, sort_keys=False, allow_unicode=True), encoding="utf-8")
    try:
        checked = load_deck(partial)  # the same checks as any deck, before it is put in place
    except DeckError as exc:
        partial.unlink()
        for located in exc.problems:
            print(located, file=sys.stderr)
        return None
    partial.replace(target)
    return checked
