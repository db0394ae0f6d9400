"""Authoring errors that teach (issue 12, item 4): each message that misled a new author now
points at the line of the cause, with a hint; every phase is reported at once; warnings name
what no fact uses, and `validate --strict` makes them errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import deck_warnings_of, parse_deck
from tests.unit.test_loader import MINIMAL

FAR = "\n".join(f"  - {{id: t{i}, title: Topic {i}}}" for i in range(60))


def _problems(text: str) -> list[str]:
    with pytest.raises(DeckError) as info:
        parse_deck(text, "d.yaml")
    return [str(p) for p in info.value.problems]


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


APOSTROPHE = MINIMAL.replace(
    "name: Beta}", "name: Beta}\n  - id: hb\n    kind: country\n    name: 's-Hertogenbosch"
).replace("  - {id: t, title: T}", "  - {id: t, title: T}\n" + FAR.replace("Topic 59", "Earth's"))
# the apostrophe opens a string YAML closes at "Earth's", far below; the error came from there
CASES = [
    # (name, deck text, the line's text, what the message must say)
    (
        "unquoted alias starting with an apostrophe",
        APOSTROPHE,
        "name: 's-Hertogenbosch",
        "starts with an apostrophe, which opens a quoted string that is not closed on this line",
    ),
    (
        "the hint quotes the value",
        MINIMAL.replace("name: Beta}", "name: Beta, aliases: ['t Gooi]}"),
        "aliases: ['t Gooi]",
        'quote the whole value: "\'t Gooi"',
    ),
    (
        "a line indented too deep",
        MINIMAL.replace("    explanation: Alpha", "      explanation: Alpha"),
        "      explanation: Alpha",
        "indented deeper than the key above it",
    ),
    (
        "a line indented too shallow",
        MINIMAL.replace("    subject: b\n", "    subject: b\n   relation: share\n"),
        "   relation: share",
        "check this line's indentation",
    ),
    (
        "a tab",
        MINIMAL.replace("    subject: b\n", "\tsubject: b\n"),
        "\tsubject: b",
        "indent with spaces, not tabs",
    ),
    (
        "a date written as a string",
        MINIMAL.replace("object: {kind: percentage, value: 40}", "object: 1846-09-23"),
        "object: 1846-09-23",
        "write a date as {kind: date, year: 1846, month: 9, day: 23}",
    ),
    (
        "a bare number as a value",
        MINIMAL.replace("object: {kind: percentage, value: 40}", "object: 40"),
        "object: 40",
        "write a value as a mapping with its kind",
    ),
    (
        "a template error",
        MINIMAL.replace(
            'statement: "{subject} holds {object}."', 'statement: "{subject} {objet}."'
        ),
        'statement: "{subject} {objet}."',
        "templates.statement: slot {objet} does not exist (at relations[1].templates.statement)",
    ),
]


@pytest.mark.parametrize(("name", "text", "at", "says"), CASES, ids=[c[0] for c in CASES])
def test_each_misleading_message_now_points_at_the_cause(
    name: str, text: str, at: str, says: str
) -> None:
    found = _problems(text)
    assert any(p.startswith(f"d.yaml:{_line(text, at)}: ") and says in p for p in found), found
    if "date" in name:
        assert not any("not an entity id" in p for p in found)


def test_every_phase_is_reported_at_once() -> None:
    text = MINIMAL.replace("    subject: a\n", "    subject: a\n    difficulty_hint: 3\n")
    text = text.replace("    subject: b\n", "    subject: zeta\n").replace(
        "topics: [t]", "topics: [q]"
    )
    assert _problems(text) == [
        f"d.yaml:{_line(text, 'difficulty_hint')}: unknown field 'difficulty_hint' "
        "(at facts[0].difficulty_hint)",
        f"d.yaml:{_line(text, 'topics: [q]')}: unknown topic 'q' (at facts[0].topics[0])",
        f"d.yaml:{_line(text, 'subject: zeta')}: unknown entity 'zeta' (at facts[1].subject)",
        f"d.yaml:{text[: text.rindex('topics: [q]')].count(chr(10)) + 1}: unknown topic 'q' "
        "(at facts[1].topics[0])",
    ]


def test_a_reference_to_an_invalid_item_is_not_reported_twice() -> None:
    text = MINIMAL.replace(
        "  - {id: o, kind: organisation, name: Org, article: the}",
        "  - {id: o, kind: organisation, name: Org, article: a}",
    )
    found = _problems(text)
    assert len(found) == 1 and "entities[2].article" in found[0], found


UNUSED = MINIMAL.replace("name: Beta}", "name: Beta}\n  - {id: g, kind: country, name: Gamma}")


def test_unused_entities_and_relations_are_warnings(tmp_path: Path) -> None:
    text = UNUSED.replace(
        "facts:\n",
        "  - id: spare\n    subject_kinds: [country]\n    object_type: year\n"
        "    functional: true\n    templates:\n      forward: When did {subject} start?\n"
        '      statement: "{subject} started in {object}."\nfacts:\n',
    )
    path = tmp_path / "d.yaml"
    path.write_text(text)
    deck = parse_deck(text, str(path))  # warnings do not stop a load
    assert [str(w) for w in deck_warnings_of(path, deck)] == [
        f"{path}:{_line(text, 'id: g,')}: warning: entity 'g' is used by no fact (at entities[2])",
        f"{path}:{_line(text, 'id: spare')}: warning: relation 'spare' is used by no fact "
        "(at relations[2])",
    ]


def _validate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", *args], capture_output=True, text=True
    )


def test_validate_strict_turns_warnings_into_errors(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(UNUSED)
    plain = _validate(str(path))
    assert plain.returncode == 0, plain.stderr
    assert "warning: entity 'g' is used by no fact" in plain.stderr
    assert "1 warning(s)" in plain.stdout
    strict = _validate("--strict", str(path))
    assert strict.returncode != 0
    assert strict.stdout.startswith("FAIL")
    assert "Traceback" not in strict.stderr
    assert _validate("--strict").returncode == 0  # the bundled decks have no warnings
