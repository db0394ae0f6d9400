"""Hundreds of mutated decks: the loader fails only with DeckError, and always names a line."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts import Deck, DeckError, parse_deck
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
        deck = parse_deck(text, "m.yaml")
    except DeckError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert re.match(r"m\.yaml:\d+: \S", str(problem)), str(problem)
            assert 1 <= problem.line <= max(1, text.count("\n") + 1)
    else:
        assert_references_resolve(deck)


def assert_references_resolve(deck: Deck) -> None:
    """A deck the loader accepts has every reference resolved: accepted means checked."""
    entities = {e.id: e for e in deck.entities}
    relations = {r.id: r for r in deck.relations}
    topics = {t.id for t in deck.topics}
    sources = {s.id for s in deck.sources}
    for fact in deck.facts:
        assert fact.subject in entities and fact.relation in relations, fact
        assert entities[fact.subject].kind in relations[fact.relation].subject_kinds, fact
        if isinstance(fact.object, str):
            assert fact.object in entities and fact.object != fact.subject, fact
            assert entities[fact.object].kind in relations[fact.relation].object_kinds, fact
        assert set(fact.topics) <= topics and fact.provenance.source in sources, fact


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_fails_only_with_deck_errors(text: str) -> None:
    try:
        deck = parse_deck(text, "t.yaml")
    except DeckError as exc:
        assert exc.problems and all(p.line >= 1 for p in exc.problems)
    else:
        assert_references_resolve(deck)
