"""Report figures at their edges (issue 19, mutation testing of quizapp/report): the
self-graded rule, the deck filter, Bloom levels, the 21-day and 26-week and 30-day borders, the
weakest lists' order and length. Every expected number is worked out by hand from the reviews
and cards listed here."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import fsrs
import pytest

from quizapp.report.figures import compute
from quizapp.store.records import ReviewRow, Settings
from tests.report.test_figures import CARDS, NOW, REVIEWS, SETTINGS, TOPICS, at, card, rows, rv


def answer(
    n: int, fact: str, when: datetime, verdict: str = "correct", kind: str = "mcq", **kw: Any
) -> ReviewRow:
    """A scheduled review in state review (a retention test once the fact was seen before);
    `kw` changes other fields (rating, deck_id, mode, card_state)."""
    review = rv(
        n, fact, when, kind, verdict, 3 if verdict == "correct" else 1, 1000, "review", f"s{n}"
    )
    return rows(review.model_copy(update=kw))


def test_a_self_graded_answer_counts_as_right_only_when_rated_above_again() -> None:
    history = [
        answer(1, "A", at(10, 10), "self_graded", rating=1),  # Again: wrong
        answer(2, "A", at(11, 10), "self_graded", rating=2),  # Hard: right
        answer(3, "A", at(12, 10), "self_graded", rating=4),  # Easy: right
        answer(4, "A", at(13, 10), "self_graded", rating=None),  # no rating: not right
        answer(5, "B", at(13, 11), "near_miss", rating=3),  # a near miss passes
        answer(6, "B", at(13, 12), "wrong", rating=3),  # a wrong verdict never does
    ]
    f = compute(history, [], SETTINGS, TOPICS, at(14, 12))
    assert (f.by_fact["A"].right, f.by_fact["A"].total) == (2, 4)
    assert (f.by_fact["B"].right, f.by_fact["B"].total) == (1, 2)
    # A's 2nd-4th and B's 2nd are retention tests, a day or less after the one before
    assert (f.retention_young.right, f.retention_young.total) == (2, 4)


def test_a_deck_report_counts_only_that_decks_reviews_and_cards() -> None:
    other = [answer(40 + i, "A", at(30, 8, i), deck_id="other") for i in range(3)]
    other_cards = [c.model_copy(update={"deck_id": "other"}) for c in CARDS]
    settings = SETTINGS.model_copy(update={"deck_retention": {"d": 0.85}})
    mine = compute([*REVIEWS, *other], [*CARDS, *other_cards], settings, TOPICS, NOW, "d")
    alone = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)
    assert mine.reviews == alone.reviews == 5 and mine.states == alone.states
    assert mine.heatmap == alone.heatmap and mine.known_now == pytest.approx(alone.known_now)
    assert mine.desired_retention == 0.85 and alone.desired_retention == 0.9
    every = compute([*REVIEWS, *other], [*CARDS, *other_cards], SETTINGS, TOPICS, NOW)
    assert every.reviews == 8 and every.states["mature"] == 2 and every.states["new"] == 2


def test_accuracy_by_level_follows_each_kinds_bloom_level() -> None:
    history = [
        answer(1, "A", at(10, 10), kind="mcq"),
        answer(2, "A", at(10, 11), "wrong", kind="why"),
        answer(3, "A", at(10, 12), kind="claim_evidence"),
        answer(4, "A", at(10, 13), kind="comparison"),
        answer(5, "A", at(10, 14), "wrong", kind="assertion_reason"),
        answer(6, "A", at(10, 15), kind="no_such_kind"),  # an unknown kind: remember
    ]
    f = compute(history, [], SETTINGS, TOPICS, at(10, 20))
    assert {k: (r.right, r.total) for k, r in f.by_level.items()} == {
        "remember": (2, 2),
        "understand": (1, 2),
        "apply": (1, 1),
        "analyse": (0, 1),
    }


def test_a_retention_test_is_mature_from_exactly_21_days() -> None:
    start = at(1, 10)
    history = [
        answer(1, "A", start),
        answer(2, "A", start + timedelta(days=21)),  # exactly 21 days: mature
        answer(3, "B", start),
        answer(4, "B", start + timedelta(days=21, seconds=-1), "wrong"),  # a second less: young
    ]
    f = compute(history, [], SETTINGS, TOPICS, at(30, 12))  # compute sorts them
    assert (f.retention_mature.right, f.retention_mature.total) == (1, 1)
    assert (f.retention_young.right, f.retention_young.total) == (0, 1)


def test_only_scheduled_reviews_of_cards_in_review_test_retention() -> None:
    history = [
        answer(1, "A", at(1, 10)),
        answer(2, "A", at(2, 10), card_state="learning"),  # a learning step: not a test
        answer(3, "A", at(3, 10), mode="practice"),  # practice: not a test
        answer(4, "A", at(4, 10), "wrong"),  # the one test
    ]
    f = compute(history, [], SETTINGS, TOPICS, at(5, 12))
    assert (f.retention_young.right, f.retention_young.total) == (0, 1)
    assert f.practice == 1 and f.reviews == 3


def test_the_activity_calendar_keeps_26_weeks_back_from_today() -> None:
    today = date(2026, 3, 30)
    edge = today - timedelta(weeks=26)  # 29 September 2025: just out
    history = [
        answer(1, "A", datetime(2025, 9, 29, 12, tzinfo=UTC)),
        answer(2, "A", datetime(2025, 9, 30, 12, tzinfo=UTC)),
        answer(3, "A", datetime(2026, 3, 30, 10, tzinfo=UTC)),
    ]
    f = compute(history, [], SETTINGS, TOPICS, NOW)
    assert f.heatmap == {edge + timedelta(days=1): 1, today: 1}
    assert f.reviews == 3  # the calendar is cut, the counts are not


def test_the_forecast_covers_today_and_the_next_29_days() -> None:
    cards = [
        card("A", 2, at(20, 9), at(27, 9), 5.0),  # overdue since the 27th: due today
        card("B", 2, at(29, 9), NOW + timedelta(days=29), 5.0),  # the forecast's last day
        card("C", 2, at(29, 9), NOW + timedelta(days=30), 5.0),  # one day beyond it
        card("D", 2, at(29, 9), at(31, 9), 5.0, suspended=True),  # suspended: not forecast
    ]
    f = compute([], cards, SETTINGS, TOPICS, NOW)
    assert [d for d, _ in f.forecast] == [date(2026, 3, 30) + timedelta(days=i) for i in range(30)]
    assert {d: n for d, n in f.forecast if n} == {date(2026, 3, 30): 1, date(2026, 4, 28): 1}


def test_a_card_is_mature_from_an_interval_of_exactly_21_days() -> None:
    cards = [
        card("A", 2, at(1, 9), at(22, 9), 20.0),  # 21 days: mature
        card("B", 2, at(1, 9), at(22, 8, 59), 20.0),  # a minute less: young
        card("C", 1, at(1, 9), at(22, 9), 20.0),  # in learning: neither
    ]
    f = compute([], cards, SETTINGS, TOPICS, at(2, 12))
    assert (f.states["mature"], f.states["young"], f.states["learning"]) == (1, 1, 1)


def test_the_weakest_lists_put_the_lowest_rate_first_then_the_most_asked() -> None:
    plan = {  # fact: answers, right first, then wrong
        "F1": (1, 1),  # 50% of 2
        "F2": (1, 3),  # 25% of 4
        "F3": (2, 2),  # 50% of 4: before F1 (asked more)
        "F0": (1, 1),  # 50% of 2: before F1 (same rate and count, by id)
        "F4": (0, 1),  # asked once: not listed
        "F5": (2, 0),  # always right: not listed
    }
    history: list[ReviewRow] = []
    n = 0
    for fact, (right, wrong) in plan.items():
        for verdict in ["correct"] * right + ["wrong"] * wrong:
            n += 1
            history.append(answer(n, fact, at(1, 5) + timedelta(minutes=n), verdict))
    topics = {"F1": "t1", "F2": "t2", "F3": "t3", "F0": "t0", "F4": "t5", "F5": "t6"}
    f = compute(history, [], SETTINGS, topics, at(2, 12))
    assert f.weakest_facts == [("F2", 0.25, 4), ("F3", 0.5, 4), ("F0", 0.5, 2), ("F1", 0.5, 2)]
    assert f.weakest_topics == [("t2", 0.25, 4), ("t3", 0.5, 4), ("t0", 0.5, 2), ("t1", 0.5, 2)]


def test_the_weakest_lists_keep_the_ten_worst_facts_and_five_worst_topics() -> None:
    history: list[ReviewRow] = []
    for i in range(12):  # fact i: i right of 12 answers, so fact 0 is the weakest
        for j in range(12):
            history.append(
                answer(
                    100 * i + j,
                    f"F{i:02}",
                    at(1, 5) + timedelta(minutes=12 * i + j),
                    "correct" if j < i else "wrong",
                )
            )
    topics = {f"F{i:02}": f"T{i:02}" for i in range(12)}
    f = compute(history, [], SETTINGS, topics, at(2, 12))
    assert [k for k, _, _ in f.weakest_facts] == [f"F{i:02}" for i in range(10)]
    assert [k for k, _, _ in f.weakest_topics] == [f"T{i:02}" for i in range(5)]


def test_known_now_leaves_out_unseen_and_suspended_cards() -> None:
    seen = card("A", 2, NOW, NOW + timedelta(days=5), 5.0)  # reviewed this moment: R = 1
    f = compute(
        [],
        [
            seen,
            card("B", 2, NOW, NOW + timedelta(days=5), 5.0, suspended=True),
            card("C", 2, NOW, NOW + timedelta(days=5), 5.0, seen=False),
        ],
        SETTINGS,
        TOPICS,
        NOW,
    )
    assert f.known_now == pytest.approx(1.0)
    assert sum(n for _, n in f.forecast) == 1


def test_the_parameters_line_names_personal_parameters_when_in_use() -> None:
    params = [float(p) for p in fsrs.scheduler.DEFAULT_PARAMETERS]
    params[0] = 0.3  # a first-day stability of its own
    personal = Settings(learner="t", fsrs_parameters=params)
    f = compute([], [], personal, TOPICS, NOW)
    assert f.parameters == "personal FSRS parameters" and f.fsrs_parameters == params
    assert compute([], [], SETTINGS, TOPICS, NOW).fsrs_parameters is None
