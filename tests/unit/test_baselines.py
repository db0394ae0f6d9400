"""The benchmark's SM-2 (Anki defaults) and Leitner follow their published rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.benchmarks.baselines import DAY, MINUTE, AnkiSM2, Leitner

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_sm2_with_ankis_defaults() -> None:
    sm2 = AnkiSM2()
    sm2.add("f", T0)
    sm2.review("f", True, T0)
    assert sm2.due("f") == T0 + 10 * MINUTE  # second learning step
    sm2.review("f", True, T0 + 10 * MINUTE)
    assert sm2.due("f") == T0 + 10 * MINUTE + DAY  # graduating interval 1 day
    at = T0 + 10 * MINUTE + DAY
    sm2.review("f", True, at)
    assert sm2.due("f") == at + 2 * DAY  # max(1 + 1, 1 x 2.5) rounded
    card = sm2.cards["f"]
    assert card.interval == 2.5 and card.ease == 2.5
    sm2.review("f", False, at + 3 * DAY)  # a lapse: ease -20 points, relearn 10 minutes
    assert card.ease == 2.3 and card.lapses == 1
    assert sm2.due("f") == at + 3 * DAY + 10 * MINUTE
    sm2.review("f", True, at + 3 * DAY + 10 * MINUTE)
    assert sm2.due("f") == at + 4 * DAY + 10 * MINUTE  # back after one day
    for i in range(7):
        sm2.review("f", False, at + (10 + i) * DAY)
        sm2.review("f", True, at + (10 + i) * DAY + 10 * MINUTE)
    assert card.lapses == 8 and sm2.due("f") is None and sm2.suspended() == 1
    assert card.ease == 1.3  # never below 130%


def test_leitner_boxes_double_and_a_miss_goes_back_to_box_one() -> None:
    box = Leitner()
    box.add("f", T0)
    at = T0
    for expected in (1, 2, 4, 8, 16, 32, 64, 64):
        box.review("f", True, at)
        assert box.due("f") == at + expected * DAY
        at += expected * DAY
    box.review("f", False, at)
    assert box.due("f") == at + timedelta(days=1) and box.box["f"] == 1
