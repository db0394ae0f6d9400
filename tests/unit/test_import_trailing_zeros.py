"""An imported figure keeps the precision its trailing zeros say: '8.90 m' is known to the
centimetre, so 8.95 m (another jump) is not right for it (review r244 #5)."""

from __future__ import annotations

from quizapp.facts.import_values import answer_value


def test_a_trailing_zero_is_kept_as_the_precision() -> None:
    got = answer_value("8.90 m", "How far did Bob Beamon jump in 1968?")
    assert got is not None and got["value"] == 8.9 and got["precision"] == 0.01


def test_a_figure_without_trailing_zeros_keeps_its_own_digits() -> None:
    for answer in ("8.9 m", "330 m", "42.195 km"):
        got = answer_value(answer, "How long is it?")
        assert got is not None and "precision" not in got
