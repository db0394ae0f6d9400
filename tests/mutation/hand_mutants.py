"""The twelve hand-made mutants of the mutation review (issue 19), re-applied one at a time.

Usage: python -m tests.mutation.hand_mutants [--fast] [ID ...]
Each mutant is a one-line edit of today's code; the script applies it, runs the tests named for
it, restores the file and prints whether the suite caught it. Not part of the default run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Mutant:
    id: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]
    catcher: str = ""  # the test written for it (issue 19); `--fast` runs only this


GEN = ("tests/unit", "tests/property", "--deselect", "tests/unit/test_static_checks.py")
MUTANTS = [
    Mutant(
        "M01",
        "quizapp/generate/gates.py",
        '    "no leak": no_leak,\n',
        "",
        GEN,
        "tests/unit/test_gates.py",
    ),
    Mutant(
        "M01b",
        "quizapp/generate/stem_gates.py",
        "        if n.strip() and n in stem:",
        "        if n.strip() and n in stem and len(q.answer) > 1:",
        GEN,
        catcher="tests/unit/test_gates.py::test_leak_gate_catches_a_short_key_and_an_alias",
    ),
    Mutant(
        "M02b",
        "quizapp/generate/option_gates.py",
        "if len(set(folded)) != len(folded)",
        "if len(set(folded)) > len(folded)",
        GEN,
        catcher="tests/unit/test_gates.py",
    ),
    Mutant(
        "M03b",
        "quizapp/generate/text_words.py",
        "SHORT = 6",
        "SHORT = 3",
        GEN,
        "tests/unit/test_checker.py",
    ),
    Mutant(
        "M08b",
        "quizapp/generate/option_gates.py",
        "lambda e, key: key or ix.provably_false(s, r, e)",
        "lambda e, key: key or not ix.is_true(s, r, e)",
        GEN,
        catcher="tests/unit/test_gates.py::test_one_key_refuses_a_distractor_that_is_merely_unlisted",
    ),
    Mutant(
        "M13",
        "quizapp/review/outcome.py",
        'updates["buried_until"] = StudyDay.of(s).next_start(now)',
        'updates["buried_until"] = now',
        ("tests/review",),
        catcher="tests/review/test_defences.py::test_a_scheduled_review_buries_the_card_until_the_next_study_day",
    ),
    Mutant(
        "M27",
        "quizapp/review/outcome.py",
        "if after.lapses >= s.leech_threshold and not after.leech:",
        "if after.lapses > s.leech_threshold and not after.leech:",
        ("tests/review",),
        catcher="tests/review/test_defences.py::test_a_leech_is_flagged_at_the_lapse_that_reaches_the_threshold",
    ),
    Mutant(
        "M15",
        "quizapp/store/journal.py",
        "    if crc != zlib.crc32(payload):",
        "    if crc != zlib.crc32(payload) and False:",
        ("tests/store",),
        catcher="tests/store/test_defences.py::test_a_changed_line_that_still_parses_is_refused_by_its_checksum",
    ),
    Mutant(
        "M25",
        "quizapp/store/engine.py",
        "        if found.needs_reset:\n            self.compact()  # intact",
        "        if any(not b.torn_tail for b in found.bad):\n            self.compact()  # intact",
        ("tests/store",),
        catcher="tests/store/test_defences.py::test_a_torn_tail_is_cleared_so_later_commits_survive_the_next_crash",
    ),
    Mutant(
        "M18",
        "quizapp/store/restore.py",
        "    for backup in backups:\n        if backup.reason",
        "    for backup in reversed(backups):\n        if backup.reason",
        ("tests/store",),
        catcher="tests/store/test_defences.py::test_restore_takes_the_newest_of_several_good_backups",
    ),
    Mutant(
        "M21",
        "quizapp/facts/checks.py",
        '        if subject is None:\n            yield (*at, "subject")',
        '        if subject is None and rel is None:\n            yield (*at, "subject")',
        GEN,
        catcher="tests/unit/test_deck_references.py",
    ),
    Mutant(
        "M22",
        "quizapp/tui/widgets/answers.py",
        "AnswerSubmitted(answers.choice(event.option_index))",
        "AnswerSubmitted(str(event.option_index))",  # a 0-based index sent as the answer
        (
            "tests/tui",
            "--deselect",
            "tests/tui/test_snapshots.py",
            "--deselect",
            "tests/tui/test_e2e_tmux.py",
        ),
        catcher="tests/tui/test_answer_ways.py",
    ),
    Mutant(
        "M16",
        "quizapp/store/files.py",
        '    tmp = path.with_name(f".{path.name}.tmp")',
        "    tmp = path",
        ("tests/store",),
        catcher="tests/store/test_defences.py::test_an_fsync_failure_during_compaction_leaves_every_snapshot_intact",
    ),
]


def run(m: Mutant, fast: bool = False) -> tuple[bool, str, float]:
    path = ROOT / m.file
    original = path.read_text()
    if original.count(m.old) != 1:
        return False, f"mutation site not found once in {m.file}", 0.0
    path.write_text(original.replace(m.old, m.new))
    t0 = time.monotonic()
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-x",
                "-q",
                "-n",
                "2",
                "-p",
                "no:cacheprovider",
                *((m.catcher,) if fast and m.catcher else m.tests),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        path.write_text(original)
    failed = [ln for ln in proc.stdout.splitlines() if ln.startswith(("FAILED", "ERROR"))]
    return (
        proc.returncode != 0,
        (failed[0] if failed else proc.stdout.strip().splitlines()[-1]),
        time.monotonic() - t0,
    )


def main(args: list[str]) -> int:
    fast = "--fast" in args
    ids = [a for a in args if a != "--fast"]
    chosen = [m for m in MUTANTS if not ids or m.id in ids]
    survivors = 0
    for m in chosen:
        caught, detail, secs = run(m, fast)
        survivors += not caught
        print(f"{m.id:5} {'caught  ' if caught else 'SURVIVED'} {secs:5.0f}s  {detail}", flush=True)
    print(f"{len(chosen) - survivors} of {len(chosen)} caught")
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
