"""Gates that declare the kinds they judge (generate/gate_scope.py) are skipped for the others
by `first_failure`: the declaration must agree with the gate's own kind test, and the first
failure must be the one asking every gate in order would report."""

from __future__ import annotations

import pytest

from quizapp.facts import load_deck
from quizapp.generate import registry
from quizapp.generate.gate_scope import SCOPES
from quizapp.generate.gates import GATES, first_failure
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import KINDS, Question
from tests.conftest import DECK_PATH
from tests.unit.test_gates import CASES, ITEMS, IX


def _assertion_naming_its_reasons_cause() -> Question:
    """An assertion that opens with the cause its reason states (CASES has a why item only)."""
    item = next(q for q in ITEMS if q.kind == "assertion_reason")
    prompt = (
        "Assertion: After the fire the command module was redesigned. "
        "Reason: The fire killed three astronauts. Which is right?"
    )
    return item.model_copy(update={"prompt": prompt})


# (gate, clean, broken) as in test_gates.CASES, for the scoped gates, and bad items of the
# other kinds a gate judges where CASES has one kind only
SCOPED = [c for c in CASES if GATES[c[0]] in SCOPES] + [
    ("stem names its cause", ITEMS[0], _assertion_naming_its_reasons_cause()),
]


def test_scoped_gates_are_gates() -> None:
    assert set(SCOPES) <= set(GATES.values())
    assert len({c[0] for c in SCOPED}) >= 20  # the option, open-form and argument gates


@pytest.mark.parametrize(("gate", "clean", "broken"), SCOPED, ids=[c[0] for c in SCOPED])
def test_scope_holds_the_kind_of_the_gates_bad_item(
    gate: str, clean: Question, broken: Question
) -> None:
    assert broken.kind in SCOPES[GATES[gate]]
    assert GATES[gate] in [g for _, g in _asked(broken)]


@pytest.mark.parametrize(("gate", "clean", "broken"), SCOPED, ids=[c[0] for c in SCOPED])
def test_gate_passes_its_bad_item_as_any_kind_out_of_scope(
    gate: str, clean: Question, broken: Question
) -> None:
    """The gate's own test lets every other kind through, so skipping it changes nothing."""
    for kind in sorted(set(KINDS) - SCOPES[GATES[gate]]):
        assert GATES[gate](broken.model_copy(update={"kind": kind}), IX) is None, kind


def _asked(q: Question) -> list[tuple[str, object]]:
    from quizapp.generate.gates import _gates_for

    return list(_gates_for(q.kind))


def _every_gate(q: Question, ix: DeckIndex) -> str | None:
    for name, gate in GATES.items():
        reason = gate(q, ix)
        if reason:
            return f"{name}: {reason}"
    return None


def test_first_failure_as_asking_every_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every candidate of a deck, passed or dropped, gets the verdict of all gates in order."""
    deck = load_deck(DECK_PATH)
    seen: list[Question] = []

    def record(q: Question, ix: DeckIndex) -> str | None:
        seen.append(q)
        return first_failure(q, ix)

    monkeypatch.setattr(registry, "first_failure", record)
    ix = DeckIndex(deck)
    registry.generate_deck(deck, seed=0, index=ix)
    verdicts = [(first_failure(q, ix), _every_gate(q, ix)) for q in seen]
    assert len({q.kind for q in seen}) >= 12
    assert any(ours for ours, _ in verdicts)  # some candidates fail
    assert all(ours == theirs for ours, theirs in verdicts)
