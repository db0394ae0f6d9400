"""Several drafts of one item, the first that passes every gate kept.

A claim can be asked with any of its reasons or evidence as the key, and with many draws of
wrong options; one draw may fail a gate (the key echoing the stem's words) where another
passes. Trying a few drafts keeps every claim asked without weakening any gate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome

DRAWS = 3  # wrong-option draws per key


def first_fair(drafts: Iterable[Callable[[], Outcome]], ix: DeckIndex) -> Outcome | None:
    """The first draft that passes the gates; else the last one (dropped, with its reason)."""
    from quizapp.generate.gates import first_failure

    last: Outcome | None = None
    for draft in drafts:
        last = draft()
        if not isinstance(last, Dropped) and first_failure(last, ix) is None:
            return last
    return last
