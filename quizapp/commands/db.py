"""`quizapp db backup | backups | restore | check`."""

from __future__ import annotations

import argparse
import sys

from quizapp.commands.common import EXIT_OK, EXIT_USAGE
from quizapp.commands.options import db_path, progress_options, refuse_read_only
from quizapp.store.backups import create_backup, list_backups
from quizapp.store.check import check_database
from quizapp.store.repository import open_store
from quizapp.store.restore import restore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = progress_options()
    p = sub.add_parser("db", help="back up, restore and check the progress database")
    db_sub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    b = db_sub.add_parser("backup", parents=[common], help="make a backup now")
    b.set_defaults(handler=cmd_backup)
    ls = db_sub.add_parser("backups", parents=[common], help="list backups, newest first")
    ls.set_defaults(handler=cmd_backups)
    r = db_sub.add_parser(
        "restore",
        parents=[common],
        help="repair from the newest good backup, keeping every intact newer answer; "
        "or roll back to the backup named",
    )
    r.add_argument(
        "backup", nargs="?", help="backup name from `quizapp db backups` (roll back to it)"
    )
    r.set_defaults(handler=cmd_restore)
    c = db_sub.add_parser("check", parents=[common], help="validate every file and record")
    c.set_defaults(handler=cmd_check)


def _progress(label: str) -> object:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty() or done == total:
            end = "\n" if done == total else "\r"
            print(f"{label}: {done}/{total} files", end=end, file=sys.stderr, flush=True)

    return show


def cmd_backup(args: argparse.Namespace) -> int:
    if refuse_read_only(args, "db backup"):
        return EXIT_USAGE
    root = db_path(args)
    store = open_store(root)  # takes the writer lock and folds the journal into the files
    try:
        keeps = [store.settings(learner.name).backups_to_keep for learner in store.learners()]
        keep = max(keeps, default=10)
        store.compact()
        path = create_backup(root, "manual", keep, progress=_progress("Backing up"))  # type: ignore[arg-type]
    finally:
        store.close()
    print(f"Backed up to {path}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    backups = list_backups(db_path(args), verify_each=True)
    if not backups:
        print(f"No backups in {db_path(args) / 'backups'}.")
    for b in backups:
        state = "ok" if b.readable else f"DAMAGED: {'; '.join(b.problems or ())}"
        made = b.created.strftime("%Y-%m-%d %H:%M UTC")
        print(f"{b.name:<48} {made}  {b.files:>4} files {b.size / 1024:>9.1f} KiB  {state}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if refuse_read_only(args, "db restore"):
        return EXIT_USAGE
    done = restore(db_path(args), args.backup, progress=_progress("Restoring"))  # type: ignore[arg-type]
    taken = ", ".join(done.from_backup) or "no file"
    kept = "" if args.backup else f"; kept {done.recovered} answer(s) newer than the backup"
    print(
        f"Restored {done.backup.name} ({taken} taken from it{kept}); the files it replaced "
        "were kept as a 'before-restore' backup."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    report = check_database(db_path(args))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    status = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    print(
        f"{db_path(args)}: {report.records} records, "
        f"{report.journal_commits} journal commits: {status}"
    )
    return EXIT_OK if report.ok else EXIT_USAGE
