"""The loader reports every problem of a file at once, each with its line, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.facts import DeckError, load_deck, parse_deck

MINIMAL = """\
id: mini
title: Mini deck
sources:
  - {id: src, title: A source, sections: [{number: 1, label: only, paragraphs: 2}]}
topics:
  - {id: t, title: T}
entities:
  - {id: a, kind: country, name: Alpha}
  - {id: b, kind: country, name: Beta}
  - {id: o, kind: organisation, name: Org, article: the}
relations:
  - id: member-of
    subject_kinds: [country]
    object_type: entity
    object_kinds: [organisation]
    functional: false
    templates:
      forward: Which body does {subject} belong to?
      statement: "{subject} belongs to {object}."
  - id: share
    subject_kinds: [country]
    object_type: percentage
    functional: true
    templates:
      forward: What share does {subject} hold?
      statement: "{subject} holds {object}."
facts:
  - id: a-in-o
    subject: a
    relation: member-of
    object: o
    explanation: Alpha joined long ago.
    topics: [t]
    provenance: {source: src, section: 1, paragraph: 1}
  - id: b-share
    subject: b
    relation: share
    object: {kind: percentage, value: 40}
    explanation: Beta holds two fifths.
    topics: [t]
    provenance: {source: src, section: 1, paragraph: 2}
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(DeckError) as info:
        parse_deck(text, "deck.yaml")
    return [str(p) for p in info.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), 1) if needle in ln)


def test_minimal_deck_loads() -> None:
    deck = parse_deck(MINIMAL)
    assert [f.id for f in deck.facts] == ["a-in-o", "b-share"]


def test_percentage_of_140_names_its_line_and_field() -> None:
    text = MINIMAL.replace("value: 40", "value: 140")
    assert problems_of(text) == [
        f"deck.yaml:{line_of(text, 'value: 140')}: Input should be less than or equal to 100 "
        "(at facts[1].object.value)"
    ]


def test_unknown_entity_names_its_line() -> None:
    text = MINIMAL.replace("    object: o\n", "    object: omega\n")
    assert problems_of(text) == [
        f"deck.yaml:{line_of(text, 'object: omega')}: unknown entity 'omega' (at facts[0].object)"
    ]


def test_misspelt_field_names_its_line() -> None:
    text = MINIMAL.replace("    explanation: Alpha", "    explanaton: Alpha")
    got = problems_of(text)
    line = line_of(text, "explanaton")
    assert f"deck.yaml:{line}: unknown field 'explanaton' (at facts[0].explanaton)" in got
    assert any("missing field 'explanation'" in p for p in got)


def test_bad_indentation_is_a_syntax_error_with_a_line() -> None:
    text = MINIMAL.replace("    relation: share\n", "      relation: share\n")
    (only,) = problems_of(text)
    assert re.match(r"deck\.yaml:\d+: YAML syntax: ", only)


def test_all_errors_of_a_file_come_at_once() -> None:
    text = (
        MINIMAL.replace("value: 40", "value: 140")
        .replace("    object: o\n", "    object: omega\n")
        .replace(
            "topics: [t]\n    provenance: {source: src, section: 1, paragraph: 2}",
            "topics: [nope]\n    provenance: {source: src, section: 1, paragraph: 9}",
        )
    )
    got = problems_of(text)
    # model errors stop before whole-deck checks can run, so fix the value and look again
    assert any("less than or equal to 100" in p for p in got)
    got = problems_of(text.replace("value: 140", "value: 40"))
    assert len(got) == 3, got
    assert any("unknown entity 'omega'" in p for p in got)
    assert any("unknown topic 'nope'" in p for p in got)
    assert any("has 2 paragraphs, not 9" in p for p in got)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  - {id: b, kind: country, name: Beta}",
            "  - {id: a, kind: country, name: Beta}",
            "duplicate id 'a'",
        ),
        (
            "    relation: member-of\n    object: o",
            "    relation: member-of\n    object: b",
            "takes an object of kind organisation",
        ),
        ("    subject: a\n", "    subject: o\n", "takes a subject of kind country"),
        (
            "    object: o\n",
            "    object: {kind: year, value: 2000}\n",
            "takes an entity id, not a year value",
        ),
        (
            "What share does {subject} hold?",
            "What share does {subjct} hold?",
            "slot {subjct} does not exist",
        ),
        (
            "What share does {subject} hold?",
            "What share of {object} does {subject} hold?",
            "must not contain {object}",
        ),
        ("title: Mini deck\n", "title: Mini deck\ntitle: Again\n", "duplicate key 'title'"),
        (
            "provenance: {source: src, section: 1, paragraph: 1}",
            "provenance: {source: src}",
            "give section and paragraph",
        ),
        (
            "provenance: {source: src, section: 1, paragraph: 1}",
            "provenance: {source: other, background: true}",
            "unknown source 'other'",
        ),
        (
            "  - {id: b, kind: country, name: Beta}",
            "  - {id: b, kind: country, name: Beta, aliases: [alpha]}",
            "name 'alpha' is also used",
        ),
    ],
)
def test_each_kind_of_mistake_is_named(old: str, new: str, message: str) -> None:
    text = MINIMAL.replace(old, new, 1)
    assert text != MINIMAL
    got = problems_of(text)
    assert any(message in p for p in got), got
    assert all(re.match(r"deck\.yaml:\d+: ", p) for p in got)


def test_time_bound_relation_needs_when() -> None:
    text = (
        MINIMAL.replace(
            "Which body does {subject} belong to?", "Which body did {subject} join {when}?"
        ).replace('"{subject} belongs to {object}."', '"{subject} joined {object} {when}."')
    ).replace("    functional: false\n", "    functional: false\n    time_bound: true\n", 1)
    got = problems_of(text)
    assert any("is time-bound: give qualifiers.as_of" in p for p in got), got


def test_files_that_are_not_decks(tmp_path: Path) -> None:
    cases = {
        "missing.yaml": None,
        "binary.yaml": b"id: x\n\xff\xfe\n",
        "list.yaml": b"- 1\n- 2\n",
        "empty.yaml": b"",
        "bomb.yaml": b"a: &a [x, x, x, x, x, x, x, x, x]\n"
        + b"".join(
            f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n".encode()
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(DeckError) as info:
            load_deck(path)
        assert info.value.problems, name
        assert all(str(p).startswith(f"{path}:") for p in info.value.problems)
    with pytest.raises(DeckError, match="is a folder"):
        load_deck(tmp_path)


def test_two_template_problems_of_one_relation_point_at_their_own_lines() -> None:
    text = MINIMAL.replace("What share does {subject} hold?", "What share does {subjct} hold?")
    text = text.replace('"{subject} holds {object}."', '"{subject} holds it."')
    lines = text.splitlines()
    forward = 1 + next(i for i, x in enumerate(lines) if "{subjct}" in x)
    statement = 1 + next(i for i, x in enumerate(lines) if "holds it." in x)
    assert problems_of(text) == [
        f"deck.yaml:{forward}: templates.forward must contain {{subject}}"
        " (at relations[1].templates.forward)",
        f"deck.yaml:{forward}: templates.forward: slot {{subjct}} does not exist"
        " (at relations[1].templates.forward)",
        f"deck.yaml:{statement}: templates.statement must contain {{object}}"
        " (at relations[1].templates.statement)",
    ]
