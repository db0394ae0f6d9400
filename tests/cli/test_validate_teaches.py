"""`quizapp validate` on tiny bad decks (issue 12, authoring errors that teach), run as an
author runs it: a date or a name written as free text where an id or a value belongs, an
apostrophe that ends a quoted alias early, and a fact whose bad value used to hide its unknown
subject. Each message names the line of the cause and says how to write it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_loader import MINIMAL

VALUE = "object: {kind: percentage, value: 40}"


def validate(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    return [ln.replace(f"{path}:", "d.yaml:") for ln in out.stderr.splitlines() if ln]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


CASES = [
    (
        "a date with words, written as text",
        MINIMAL.replace(VALUE, "object: 23 September 1846"),
        "object: 23 September",
        "'23 September 1846' is not an entity id (lower-case letters, digits and hyphens) "
        "nor a value; write a date as {kind: date, year: 1846, month: 9, day: 23}",
    ),
    (
        "a quantity written as text",
        MINIMAL.replace(VALUE, "object: 40 per cent"),
        "object: 40 per",
        "nor a value; write a value as a mapping with its kind",
    ),
    (
        "an entity's name where its id belongs",
        MINIMAL.replace("    object: o\n", "    object: Org\n"),
        "object: Org",
        "write the id of the entity named so: 'o'",
    ),
    (
        "an apostrophe inside a single-quoted alias",
        MINIMAL.replace("name: Beta}", "name: Beta, aliases: ['Bet's land']}"),
        "aliases: ['Bet's",
        "an apostrophe inside 'Bet's land' ends the single-quoted string early",
    ),
]


@pytest.mark.parametrize(("name", "text", "at", "says"), CASES, ids=[c[0] for c in CASES])
def test_the_message_names_the_cause_and_the_fix(
    tmp_path: Path, name: str, text: str, at: str, says: str
) -> None:
    lines = validate(tmp_path, text)
    assert any(ln.startswith(f"d.yaml:{line_of(text, at)}: ") and says in ln for ln in lines), lines
    assert not any("should match pattern" in ln for ln in lines), lines


def test_a_bad_value_does_not_hide_the_facts_unknown_subject(tmp_path: Path) -> None:
    text = MINIMAL.replace("    subject: b\n", "    subject: zeta\n").replace(
        VALUE, "object: {kind: percentage, value: 140}"
    )
    lines = validate(tmp_path, text)
    assert sorted(lines) == sorted(
        [
            f"d.yaml:{line_of(text, 'value: 140')}: Input should be less than or equal to 100 "
            "(at facts[1].object.value)",
            f"d.yaml:{line_of(text, 'subject: zeta')}: unknown entity 'zeta' (at facts[1].subject)",
        ]
    ), lines
