"""Tests for the real survivor of the fresh report sample, seed 2613 (issue 19, session 26),
written after that sample was judged: the figure it brings is fitted to it."""

from __future__ import annotations

from quizapp.report.figures import compute
from quizapp.report.tables import sections
from tests.report.test_figures import CARDS, NOW, REVIEWS, SETTINGS, TOPICS


def test_answers_to_a_fact_in_no_known_topic_are_counted_under_a_question_mark() -> None:
    # figures.compute_months #90: such answers grouped under 'XX?XX'
    topics = {fact: topic for fact, topic in TOPICS.items() if fact != "B"}
    f = compute(REVIEWS, CARDS, SETTINGS, topics, NOW)
    assert {k: (r.right, r.total) for k, r in f.by_topic.items()} == {"t1": (3, 3), "?": (0, 2)}
    assert sections(f)["topics"][2] == [["?", "0", "2", "0%"], ["t1", "3", "3", "100%"]]
