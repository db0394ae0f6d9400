"""The `quizapp` command. With no subcommand it opens the terminal app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp import __version__
from quizapp.commands import db, decks, questions, study
from quizapp.commands.common import EXIT_INTERRUPTED, EXIT_USAGE, report_deck_error
from quizapp.facts.errors import DeckError
from quizapp.store.errors import StoreError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Study facts with generated questions and spaced review. "
        "Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="the progress database folder (for the app; commands take it too)",
    )
    parser.add_argument("--learner", default=None, metavar="NAME", help="whose progress")
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    decks.register(sub)
    questions.register(sub)
    db.register(sub)
    study.register(sub)
    return parser


def _open_app(args: argparse.Namespace) -> int:
    from quizapp.tui.app import QuizApp  # Textual is imported only when the app opens

    QuizApp(args.db, args.learner, read_only=args.read_only).run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", _open_app)
    try:
        return int(handler(args))
    except DeckError as exc:
        return report_deck_error(exc)
    except StoreError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"quizapp: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
