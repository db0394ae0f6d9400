"""`quizapp db check`: every file parses and every record validates against its model."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from quizapp.store import journal
from quizapp.store.records import CardState, DayTally, Learner, Review, Session, Settings

MODELS: dict[str, type[BaseModel]] = {
    "learners": Learner,
    "settings": Settings,
    "cards": CardState,
    "sessions": Session,
    "reviews": Review,
    "days": DayTally,
}


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
    files = [root / "main.json", *sorted((root / "reviews").glob("*.json"))]
    for path in files:
        if path.exists():
            _check_file(path, report)
    commits, damaged = journal.read(root / "journal.jsonl")
    report.journal_commits = len(commits)
    for ops in commits:
        for _, table, _, doc in ops:
            if doc is not None and table in MODELS:
                _check_record(root / "journal.jsonl", table, doc, report)
    if damaged:
        report.problems.append(
            f"{root / 'journal.jsonl'}: a damaged last line (an unacknowledged "
            "write cut short by a crash; it is dropped when the database opens)"
        )
    return report


def _check_file(path: Path, report: CheckReport) -> None:
    try:
        data = json.loads(path.read_bytes() or b"{}")
    except (ValueError, OSError) as exc:
        report.problems.append(f"{path}: not readable JSON ({exc})")
        return
    if not isinstance(data, dict):
        report.problems.append(f"{path}: not a TinyDB database")
        return
    for table, rows in data.items():
        if not isinstance(rows, dict):
            report.problems.append(f"{path}: table {table!r} is not a mapping")
            continue
        for key, doc in rows.items():
            if not key.isdigit():
                report.problems.append(f"{path}: {table}[{key}]: document id is not a number")
            if table in MODELS:
                _check_record(path, table, doc, report)


def _check_record(path: Path, table: str, doc: object, report: CheckReport) -> None:
    report.records += 1
    try:
        MODELS[table].model_validate(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        report.problems.append(f"{path}: a {table} record: {where}: {first['msg']}")
