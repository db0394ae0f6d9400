"""Options shared by the commands that touch a learner's progress."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizapp.store.location import default_db_path, default_learner


def progress_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="the progress database folder (default: $QUIZAPP_DB or the user data folder)",
    )
    common.add_argument(
        "--learner", default=None, metavar="NAME", help="whose progress (default: your user name)"
    )
    common.add_argument(
        "--read-only",
        action="store_true",
        default=argparse.SUPPRESS,  # so `quizapp --read-only CMD` is not reset by CMD's default
        help="never write to the database (reading commands always work this way)",
    )
    return common


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def learner_name(args: argparse.Namespace) -> str:
    return args.learner or default_learner()


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
