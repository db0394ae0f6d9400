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
    return common


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def learner_name(args: argparse.Namespace) -> str:
    return args.learner or default_learner()
