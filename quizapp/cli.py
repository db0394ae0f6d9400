"""The `quizapp` command. With no subcommand it opens the terminal app.

Opening the app is the common case and should be quick, so it is parsed by a small parser
of global options alone; the command modules (and the domain they import) load only when a
command is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from quizapp import __version__

COMMANDS = (
    "schema",
    "decks",
    "validate",
    "questions",
    "db",
    "study",
    "status",
    "report",
    "export",
    "import",
    "grade",
    "optimize",
)


def _global_options(parser: argparse.ArgumentParser) -> None:
    from quizapp.commands.options import add_global_options

    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    add_global_options(parser, after_command=False)


def build_parser() -> argparse.ArgumentParser:
    from quizapp.commands import db, decks, grade, optimize, questions, report, study, transfer

    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Study facts with generated questions and spaced review. "
        "Run with no command to open the app.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    decks.register(sub)
    questions.register(sub)
    grade.register(sub)
    db.register(sub)
    study.register(sub)
    report.register(sub)
    transfer.register(sub)
    optimize.register(sub)
    return parser


def _open_app(args: argparse.Namespace) -> int:
    from quizapp.commands.options import learner_name

    learner = learner_name(args) if args.learner is not None else None
    from quizapp.tui.app import QuizApp  # Textual is imported only when the app opens

    QuizApp(args.db, learner, read_only=args.read_only).run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C while the commands are still being imported
        print("Interrupted.", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if any(w in COMMANDS or w in ("-h", "--help") for w in words):
        args = build_parser().parse_args(words)
    else:
        app_parser = argparse.ArgumentParser(prog="quizapp", add_help=False)
        _global_options(app_parser)
        args = app_parser.parse_args(words)
    handler = getattr(args, "handler", _open_app)
    return _guarded(handler, args)


def _guarded(handler: object, args: argparse.Namespace) -> int:
    """Errors a user can cause end in one line and an exit code, never a traceback."""
    from quizapp.commands.common import EXIT_INTERRUPTED, EXIT_USAGE, report_deck_error
    from quizapp.commands.options import UsageError
    from quizapp.facts.errors import DeckError
    from quizapp.store.errors import StoreError

    try:
        return int(handler(args))  # type: ignore[operator]
    except DeckError as exc:
        return report_deck_error(exc)
    except UsageError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
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
    finally:
        _say_cache_notices()


def _say_cache_notices() -> None:
    """A damaged cache entry was rebuilt: one line on stderr each (stdout stays the output)."""
    from quizapp.facts import compiled

    for line in compiled.take_notices():
        print(f"quizapp: {line}", file=sys.stderr)
