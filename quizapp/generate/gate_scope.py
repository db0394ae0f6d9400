"""Which kinds a gate judges, so that an item is put only to the gates that can fail it.

Most gates are about one family of items (the options of choice items, the quoted statement
of the argument kinds, open stems) and return None at once for any other kind. They still
cost a call each: a 5,000-fact deck puts 26,000 candidates to all 35 gates, and a true/false
statement can fail only 14 of them. A gate that opens with such a kind test declares the same
kinds here; `gates.first_failure` skips it for the others, in the same order, so the first
failure it reports is the one it reported before. The gate keeps its own test (the audit and
the tests call gates directly), and tests/unit/test_gate_scope.py holds the two to agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from quizapp.generate.kind_spec import KINDS

Gate = TypeVar("Gate", bound=Callable[..., object])

# gate -> the kinds it can fail; a gate not here judges every kind
SCOPES: dict[Callable[..., object], frozenset[str]] = {}


def judges(*kinds: str) -> Callable[[Gate], Gate]:
    """Declare that the gate returns None for every item of a kind not listed."""
    unknown = set(kinds) - set(KINDS)
    assert not unknown, f"not kinds: {sorted(unknown)}"

    def declare(gate: Gate) -> Gate:
        SCOPES[gate] = frozenset(kinds)
        return gate

    return declare


def judges_all_but(*kinds: str) -> Callable[[Gate], Gate]:
    """Declare that the gate returns None for every item of the kinds listed."""
    return judges(*(k for k in KINDS if k not in kinds))


def judged_by(gate: Callable[..., object], kind: str) -> bool:
    scope = SCOPES.get(gate)
    return scope is None or kind in scope
