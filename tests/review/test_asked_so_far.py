"""AskedSoFar is Asked.of(turns) however the turns changed: an answer appended, an undo
popped, a re-rating's pop and new turn, the list put back by a failed save, or an item
asked again under the same prompt."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import cast

from quizapp.review.turns import Asked, AskedSoFar, Turn


def turn(item: str, prompt: str) -> Turn:
    return cast(Turn, SimpleNamespace(question=SimpleNamespace(id=item, prompt=prompt)))


def test_the_memo_follows_every_change_of_the_turns() -> None:
    memo, turns = AskedSoFar(), [turn("a", "A?"), turn("b", "B?")]
    steps: list[Callable[[], object]] = [
        lambda: None,  # asked twice without a change
        lambda: turns.append(turn("c", "C?")),  # an answer
        lambda: turns.extend([turn("c2", "A?"), turn("c3", "C3?")]),  # two; a prompt again
        lambda: turns.pop(),  # an undo
        lambda: turns.append(turn("d", "D?")),  # the same length as before the undo
        lambda: turns.__setitem__(-1, turn("e", "E?")),  # a re-rating: the last one replaced
        lambda: turns.__setitem__(0, turn("f", "F?")),  # any other one replaced
        lambda: turns.clear(),
    ]
    for step in steps:
        step()
        assert memo.of(turns) == Asked.of(turns)
    saved = [turn("g", "G?")]
    assert memo.of(saved) == Asked(frozenset({"g"}), frozenset({"G?"}))  # a list put back
