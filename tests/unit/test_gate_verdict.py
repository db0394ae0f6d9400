"""`first_failure` judges the item it judged last once only: a why draft is judged by its
tier, by the drafts' pick and by the registry, the same frozen object each time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quizapp.generate import gates
from quizapp.generate.gates import first_failure
from tests.unit.test_gates import CASES, IX


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds whose gates are looked up, one entry per item really judged."""
    asked: list[str] = []
    real: Callable[[str], tuple[tuple[str, gates.Gate], ...]] = gates._gates_for

    def counted(kind: str) -> tuple[tuple[str, gates.Gate], ...]:
        asked.append(kind)
        return real(kind)

    monkeypatch.setattr(gates, "_gates_for", counted)
    return asked


def test_the_item_judged_last_is_not_judged_again(monkeypatch: pytest.MonkeyPatch) -> None:
    _, clean, broken = CASES[0]
    asked = _counting(monkeypatch)
    verdict = first_failure(broken, IX)
    assert verdict is not None
    assert first_failure(broken, IX) == verdict
    assert len(asked) == 1
    assert first_failure(clean, IX) is None
    assert len(asked) == 2


def test_an_equal_copy_or_another_item_between_is_judged_anew(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, clean, broken = CASES[0]
    asked = _counting(monkeypatch)
    first_failure(broken, IX)
    first_failure(broken.model_copy(), IX)  # equal, but not the object judged
    first_failure(clean, IX)
    assert first_failure(broken, IX) is not None
    assert len(asked) == 4
