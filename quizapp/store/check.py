"""`quizapp db check`: every file parses and every record validates against its model.

A reader: it takes no lock and changes no file. Each problem names the file and, for the
journal, the line and byte where the damage is, and what opening the database will do with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quizapp.store import journal
from quizapp.store.verify import MODELS, Damage, parse_tables, read_regular

__all__ = ["MODELS", "CheckReport", "check_database", "check_file"]


@dataclass
class CheckReport:
    records: int = 0
    journal_commits: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(root: Path) -> CheckReport:
    report = CheckReport()
    if not root.is_dir():
        report.problems.append(f"{root}: no database here")
        return report
    if (root / ".restore.ready").exists():
        report.problems.append(
            f"{root}: a restore was interrupted; run `quizapp db restore` to finish it"
        )
    reviews = root / "reviews"
    if reviews.exists() and not reviews.is_dir():
        report.problems.append(f"{reviews}: not a folder")
    months = sorted(reviews.glob("*.json")) if reviews.is_dir() else []
    for path in [root / "main.json", *months]:
        if path.exists() or path.is_symlink():
            problem = check_file(path, report)
            if problem:
                report.problems.append(f"{path}: {problem}")
    found = journal.scan(root / "journal.jsonl")
    if found.unreadable:
        report.problems.append(f"{root / 'journal.jsonl'}: {found.unreadable}")
    report.journal_commits = len(found.commits)
    report.records += sum(1 for ops in found.commits for op in ops if op[3] is not None)
    for bad in found.bad:
        report.problems.append(f"{root / 'journal.jsonl'}: {bad.describe()}")
    if found.bad and not all(b.torn_tail for b in found.bad):
        later = _intact_after(found)
        report.problems.append(
            f"{root / 'journal.jsonl'}: {len(found.commits)} intact commit(s) are replayed "
            f"({later} after the first damaged line); opening the database as a writer copies "
            "each damaged line to corrupt/ and folds the rest into the files"
        )
    return report


def _intact_after(found: journal.Scan) -> int:
    first = min(b.number for b in found.bad)
    return sum(1 for n in found.good_lines if n > first)


def check_file(path: Path, report: CheckReport | None = None) -> str | None:
    """What is wrong with one database file (None if nothing)."""
    try:
        tables = parse_tables(read_regular(path))
    except (Damage, OSError) as exc:
        return str(exc) if isinstance(exc, Damage) else (exc.strerror or str(exc))
    if report is not None:
        report.records += sum(len(rows) for name, rows in tables.items() if name in MODELS)
    return None
