"""Input a user can give never ends in a traceback: learner names, --now values, stray bytes
and odd digits on stdin, out-of-range options (issue 18, items 11 and B34)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_deck_commands import run


def study(db: Path, *extra: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "study", "--plain", "--db", str(db), *extra],
        input=stdin,
        capture_output=True,
        env=os.environ.copy(),
        timeout=120,
    )


@pytest.mark.parametrize(
    "name", ["x" * 65, "ann\x1b]0;TITLE\x07", "tab\there"], ids=["long", "escape", "tab"]
)
def test_bad_learner_names_are_one_line(tmp_path: Path, name: str) -> None:
    for command in (["study", "--plain"], ["status"], ["report"]):
        out = run(*command, "--db", str(tmp_path / "db"), "--learner", name)
        assert out.returncode == 2 and "Traceback" not in out.stderr, (command, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1 and "learner" in out.stderr


@pytest.mark.parametrize(
    "now", ["9999-12-31T23:59:59", "0001-01-01T00:00", "tomorrow", "2027-13-01T00:00"]
)
def test_now_out_of_range_is_refused(tmp_path: Path, now: str) -> None:
    for command in (["study", "--plain"], ["status"], ["report"]):
        out = run(*command, "--db", str(tmp_path / "db"), "--now", now)
        assert out.returncode == 2 and "Traceback" not in out.stderr, (command, out.stderr)
        assert "--now" in out.stderr


def test_now_with_an_offset_is_converted_to_utc(tmp_path: Path) -> None:
    out = study(tmp_path / "db", "--now", "2027-01-01T10:00+02:00", "--limit", "2", stdin=b"1\n1\n")
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr


@pytest.mark.parametrize("answer", ["²", "①", "1²", "\udcff", "\x1b[2J"])
def test_odd_answers_and_stray_bytes_on_stdin(tmp_path: Path, answer: str) -> None:
    line = answer.encode("utf-8", "surrogateescape") + b"\n"
    out = study(
        tmp_path / "db", "--mode", "practice", "--seed", "3", "--limit", "4", stdin=line * 8
    )
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr
    assert b"\x1b" not in out.stdout  # an answer is never echoed raw


@pytest.mark.parametrize("option", [["--limit", "-5"], ["--target", "nan"], ["--target", "2"]])
def test_out_of_range_options_are_refused(tmp_path: Path, option: list[str]) -> None:
    out = study(tmp_path / "db", *option)
    assert out.returncode == 2 and b"Traceback" not in out.stderr


def test_questions_to_an_unwritable_file_exits_2(tmp_path: Path) -> None:
    out = run("questions", "-o", str(tmp_path / "no" / "such" / "x.txt"))
    assert out.returncode == 2 and "cannot write" in out.stderr


def test_markdown_report_escapes_the_learner_name() -> None:
    from datetime import UTC, datetime

    from quizapp.report.render_files import to_markdown
    from quizapp.service import StudyService

    service = StudyService(None)
    figures = service.report("<img src=x onerror=alert(1)>", None, None, datetime.now(UTC))
    service.close()
    assert "<img" not in to_markdown(figures)
