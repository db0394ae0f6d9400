"""Fuzz the real commands (quizapp.cli.main, as the console script runs it) with generated
decks, answers, learner names, CSV files and --now values: every run ends with exit 0 or 2
and no exception escapes; time and memory stay bounded; no escape byte reaches stdout."""

from __future__ import annotations

import io
import os
import random
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.cli import main
from tests.unit.test_loader import MINIMAL

PAYLOADS = [
    "[/]",
    "[@click=app.quit]x[/]",
    "[b]bold",
    '"\\e]0;TITLE\\a"',
    '"\\e[2J"',
    '"\\x9b31m"',
    '"a\\0b"',
    "'" + "x" * 5000 + "'",
    "ünïcødé ①²",
    "'{subject:>2000000000}'",
    "'{subject!r}'",
    "'{0}'",
    "'{'",
    ".nan",
    ".inf",
    "-.inf",
    "1e308",
    "-1",
    "99999999999999999999999999",
    "~",
    "[]",
    "{}",
    "&a",
    "*a",
    "!!binary aGk=",
    "'=1+1'",
]
ANSWERS = ["²", "①", "1²", "٣", "1", "2", "a", "", " ", "?", "!undo", "!right", "-0", "1e999"]
ANSWERS += ["nan", "\x1b[2J", "\x1b]0;T\x07", "x" * 3000, "[/]", "1,2,3", "c a b", "\udcff"]


def _call(*argv: str, stdin: bytes = b"") -> tuple[int, float, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors="surrogateescape")
    sys.stdout, sys.stderr = out, err
    start = time.monotonic()
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refusing an option: exit 2 with its usage line
        code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = real
    return code, time.monotonic() - start, out.getvalue(), err.getvalue()


def _ok(result: tuple[int, float, str, str], what: object) -> None:
    code, seconds, out, err = result
    assert code in (0, 2), (what, code, err[-500:])
    assert "Traceback" not in err, (what, err[-2000:])
    assert "\x1b" not in out, what
    assert seconds < 60, (what, seconds)


def _decks(rng: random.Random, n: int) -> Iterator[str]:
    lines = MINIMAL.splitlines(keepends=True)
    for _ in range(n):
        mutated = list(lines)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(mutated))
            line = mutated[i]
            if ": " in line and rng.random() < 0.8:
                key, _, _ = line.rpartition(": ")
                end = "}\n" if line.rstrip().endswith("}") else "\n"
                mutated[i] = f"{key}: {rng.choice(PAYLOADS)}{end}"
            else:
                mutated[i] = rng.choice(["", line * 2, "  " + line, line[1:]])
        yield "".join(mutated)


def test_fuzz_the_real_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(18)
    db = tmp_path / "db"
    mini = tmp_path / "mini.yaml"  # status and report over a small deck: the loop stays quick
    mini.write_text(MINIMAL, encoding="utf-8")
    for i, text in enumerate(_decks(rng, 500)):  # 500 decks: validate, then questions
        deck = tmp_path / f"d{i}.yaml"
        deck.write_text(text, encoding="utf-8")
        _ok(_call("validate", str(deck)), text)
        if i % 5 == 0:
            _ok(_call("questions", "--deck", str(deck)), text)
        deck.unlink()

    for s in range(5):  # 500 answers over 5 plain sessions
        answers = "\n".join(rng.choice(ANSWERS) for _ in range(100)) + "\n"
        data = answers.encode("utf-8", "surrogateescape")
        args = ["study", "--plain", "--db", str(db), "--mode", "practice", "--seed", str(s)]
        _ok(_call(*args, stdin=data), s)

    alphabet = "aZ é①[]/@=\x1b\x07\t\n" + "x" * 10
    for _ in range(100):  # learner names
        name = "".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 5, 40, 64, 65, 300])))
        for command in ("status", "report"):
            _ok(_call(command, "--db", str(db), "--deck", str(mini), "--learner", name), name)

    monkeypatch.setenv("QUIZAPP_DECKS", str(tmp_path / "decks"))
    cells = ["q", "a", "=1+1", '"quoted, comma"', '"', "x" * 200_000, "\r", "é", "\x1b[2J", ""]
    headers = ["#separator:ab", "#separator:Tab", "#separator:;", "#deck:Russia Central Asia"]
    headers += ["#columns:Back,Front", "#tags:a b", "#deck:[/]", "#html:true", '#separator:"']
    for i in range(100):  # CSV files
        f = tmp_path / f"c{i}.csv"
        body = [rng.choice(headers) for _ in range(rng.randint(0, 2))]
        body += [
            rng.choice([",", ";", "\t"]).join(rng.choice(cells) for _ in range(rng.randint(0, 3)))
            + f"{i}-{j}"
            for j in range(rng.randint(0, 6))
        ]
        f.write_bytes("\n".join(body).encode("utf-8"))
        _ok(_call("import", str(f), "--skip-bad"), body[:3])

    stamps = ["2027-01-01T10:00", "2027-01-01T10:00+02:00", "2027-01-01T10:00-11:30", "0001-01-01"]
    stamps += ["9999-12-31T23:59:59", "1970-01-01", "2027-02-30", "now", "", "2027-01-01T25:00"]
    for i in range(100):  # --now values
        now = rng.choice(stamps) if i < 50 else f"{rng.randint(1, 9999):04d}-01-01T00:00"
        for command in ("status", "report"):
            _ok(_call(command, "--db", str(db), "--deck", str(mini), "--now", now), now)

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mib < 1500, peak_mib
    assert not list(Path(os.environ["QUIZAPP_DECKS"]).glob("*.partial"))
