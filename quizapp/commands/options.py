"""Options shared by the commands that touch a learner's progress."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from quizapp.store.location import default_db_path, default_learner

T = TypeVar("T")


def add_global_options(parser: argparse.ArgumentParser, *, after_command: bool) -> None:
    """--db, --learner and --read-only, defined once for `quizapp` and for every command.

    After a command they have no default, so a value given before it (`quizapp --db X
    status`) is kept, not reset by the command's own default."""
    unset = argparse.SUPPRESS if after_command else None
    parser.add_argument(
        "--db",
        type=Path,
        default=unset,
        metavar="PATH",
        help="the progress database folder (default: $QUIZAPP_DB or the user data folder)",
    )
    parser.add_argument(
        "--learner", default=unset, metavar="NAME", help="whose progress (default: your user name)"
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        default=argparse.SUPPRESS if after_command else False,
        help="never write to the database (reading commands always work this way)",
    )


def progress_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_global_options(common, after_command=True)
    return common


def db_path(args: argparse.Namespace) -> Path:
    db: Path | None = getattr(args, "db", None)
    return db if db is not None else default_db_path()


class UsageError(Exception):
    """A bad option value found after parsing; str() is the one-line message (exit 2)."""


def learner_problem(name: str) -> str | None:
    """Why `name` cannot be a learner's name (None if it can)."""
    if not 1 <= len(name) <= 64:
        return "a learner's name has 1 to 64 characters"
    if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in name):
        return "a learner's name cannot contain control characters"
    return None


def learner_name(args: argparse.Namespace) -> str:
    name = getattr(args, "learner", None) or default_learner()
    problem = learner_problem(name)
    if problem:
        raise UsageError(f"--learner {name[:40]!r}: {problem}")
    return name


EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def read_as(text: str, read: Callable[[str], T], what: str) -> T:
    """`text` read by `read` (int, float, ...), or the one-line usage error every option type
    gives for a value it cannot read: "not a whole number: 'x'"."""
    try:
        return read(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None


def moment(text: str) -> datetime:
    """An ISO date-time for --now, in UTC (an offset is converted; none means UTC)."""
    value = read_as(text, datetime.fromisoformat, "an ISO date-time")
    value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 1970 and 9000")
    return value


def positive_int(text: str) -> int:
    value = read_as(text, int, "a whole number")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def fraction(text: str) -> float:
    value = read_as(text, float, "a number")
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def read_only(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "read_only", False))


def refuse_read_only(args: argparse.Namespace, what: str) -> bool:
    """Print why `what` cannot run read-only; True if it was refused."""
    if not read_only(args):
        return False
    import sys

    print(
        f"quizapp: {what} writes to the database, so it cannot run with --read-only "
        "(status, report, export and db check/backups can)",
        file=sys.stderr,
    )
    return True
