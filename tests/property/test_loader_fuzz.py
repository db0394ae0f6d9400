"""Hundreds of mutated decks: the loader fails only with DeckError, and always names a line."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts import DeckError, parse_deck
from tests.unit.test_loader import MINIMAL

LINES = MINIMAL.splitlines(keepends=True)
JUNK = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "-",
        ":",
        "{",
        "}",
        "[",
        "]",
        "&a",
        "*a",
        "!!python/object:os.system",
        "140",
        "-3",
        "null",
        "~",
        "yes",
        "'",
        '"',
        "\t",
        "#",
        "\x00",
        "é",
        "{when}",
        "{subject}",
        "1e309",
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "splice", "swap"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "indent":
            lines[i] = "  " + lines[i]
        elif op == "dedent":
            lines[i] = lines[i][2:]
        elif op == "splice":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(JUNK) + lines[i][at:]
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            break
    return "".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_decks_fail_only_with_located_deck_errors(text: str) -> None:
    try:
        parse_deck(text, "m.yaml")
    except DeckError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert re.match(r"m\.yaml:\d+: \S", str(problem)), str(problem)
            assert 1 <= problem.line <= max(1, text.count("\n") + 1)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_fails_only_with_deck_errors(text: str) -> None:
    try:
        parse_deck(text, "t.yaml")
    except DeckError as exc:
        assert all(p.line >= 1 for p in exc.problems)
