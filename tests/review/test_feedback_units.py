"""Feedback that teaches, ratings the learner can see and change: the domain side."""

from __future__ import annotations

from datetime import timedelta

import fsrs
from pydantic import ValidationError

from quizapp.generate.compare import compare
from quizapp.review.forms import choose, stage
from quizapp.review.grading import rating_for
from quizapp.review.humanize import short_span
from quizapp.review.scheduler import Rating, due_at
from quizapp.store.records import CardState, Settings
from quizapp.wording import kind_label, rating_line, settings_error
from tests.review.learner import right_answer, wrong_answer
from tests.review.test_review_units import T, clocked
from tests.support.questions import bare_question

DECK = "russia-central-asia"


q = bare_question


def test_choice_marks_the_pick_wrong_and_the_key_right() -> None:
    mcq = q("mcq", options=["China", "Kyrgyzstan", "Belarus"], answer=["Kyrgyzstan"])
    marks = [(line.text.split("  ")[0], line.mark) for line in compare(mcq, "1")]
    assert marks == [("1 China", "wrong"), ("2 Kyrgyzstan", "right"), ("3 Belarus", "plain")]
    assert [line.mark for line in compare(mcq, "2")] == ["plain", "right", "plain"]
    assert compare(mcq, "?") == []  # a reveal: nothing was answered


def test_ticks_say_which_were_wrong_and_which_were_missed() -> None:
    multi = q("multi_select", options=["a1", "b2", "c3", "d4"], answer=["a1", "c3"])
    assert [line.mark for line in compare(multi, "1 2")] == ["right", "wrong", "missed", "plain"]


def test_ordering_and_matching_say_which_positions_were_wrong() -> None:
    order = q("ordering", options=["B", "A", "C"], answer=["A", "B", "C"])
    lines = compare(order, "1 2 3")  # B A C
    assert [line.mark for line in lines] == ["wrong", "wrong", "right"]
    assert lines[0].text == "1. B  (should be A)"
    match = q("matching", left=["x", "y"], options=["Y", "X"], answer=["x → X", "y → Y"])
    lines = compare(match, "1 2")
    assert [line.mark for line in lines] == ["wrong", "wrong"]
    assert lines[0].text == "A  x → Y  (should be X)"
    assert [line.mark for line in compare(match, "2 1")] == ["right", "right"]


def test_typed_shows_what_was_typed_beside_the_key() -> None:
    typed = q("typed", answer=["Russia"])
    assert [(line.text, line.mark) for line in compare(typed, "Rusia")] == [
        ("You answered: Rusia", "plain"),
        ("Answer: Russia", "right"),
    ]
    assert [(line.text, line.mark) for line in compare(typed, "russia")] == [
        ("You answered: russia", "right")
    ]


def test_a_first_answer_is_never_easy() -> None:
    assert rating_for("correct", "typed", 1000) == Rating.Easy
    assert rating_for("correct", "typed", 1000, first=True) == Rating.Good


def test_learning_cards_stay_on_recognition() -> None:
    service, _ = clocked()
    recall = {"typed", "numeric", "cloze"}
    # a fact asked both ways, so that choosing recognition is a real choice
    fact_id, items = next(
        (f, qs)
        for f, qs in sorted(service.load_deck(DECK).items.items())
        if {q.kind for q in qs} & recall and {q.kind for q in qs} & {"mcq", "true_false"}
    )
    learning = CardState(
        learner="a",
        deck_id="d",
        fact_id=fact_id,
        seen=True,
        fsrs=fsrs.Card(card_id=2, state=fsrs.State.Learning, stability=30.0, due=T).to_dict(),
    )
    assert stage(learning) == "new"
    import random

    rng = random.Random(0)
    assert not any(choose(items, learning, rng).kind in recall for _ in range(30))  # type: ignore[union-attr]


def test_rerate_reschedules_from_before_and_rewrites_the_log() -> None:
    service, _ = clocked()
    session = service.start("a", DECK, backup=False)
    question = session.next_question()
    assert question is not None
    fb = session.answer(right_answer(question), 4000)
    # a first right answer is Good until the learner's log shows guessing (review.guessing)
    assert fb.rating == 3 and set(fb.spans) == {1, 2, 3, 4}
    assert session.can_rerate() and not session.can_override()
    easy = session.rerate(4)
    assert easy is not None and easy.rating == 4 and easy.verdict == "correct"
    (log,) = service.store.reviews("a")
    assert log.rating == 4
    card = session.cards[question.fact_ids[0]]
    assert card.reps == 1 and easy.next_due == due_at(card)
    assert due_at(card) - log.reviewed_at > timedelta(days=1)
    assert session.summary.answered == 1 and session.summary.correct == 1


def test_wrong_and_revealed_cannot_be_rerated_and_reveal_not_marked_right() -> None:
    service, _ = clocked()
    session = service.start("a", DECK, backup=False)
    question = session.next_question()
    assert question is not None
    session.answer(wrong_answer(question), 4000)
    assert not session.can_rerate() and session.rerate(3) is None
    assert session.override() is not None and session.can_rerate()  # marked right: now 1-4
    session.next_question()
    session.answer("?", 4000)
    assert not session.can_override() and session.override() is None
    assert session.rerate(4) is None


def test_plain_words() -> None:
    assert kind_label("mcq") == "multiple choice"
    assert kind_label("true_false") == "true or false"
    assert short_span(60) == "1 min" and short_span(600) == "10 min"
    assert short_span(4 * 86400) == "4 days" and short_span(3 * 3600) == "3 h"
    assert short_span(59.6 * 60) == "1 h" and short_span(21.6 * 3600) == "22 h"  # never 60 min
    assert short_span(22 * 3600) == "1 day" and short_span(60 * 86400) == "2 mo"
    assert short_span(364.7 * 86400) == "1.0 yr"  # months and years of whole days (365)
    assert rating_line({1: "1 min", 3: "10 min"}, 3) == "1 Again 1 min · [3 Good 10 min]"


def test_settings_errors_in_plain_words() -> None:
    cases: list[tuple[dict[str, object], str]] = [
        ({"desired_retention": 1.5}, "Desired retention must be at most 0.99."),
        ({"new_per_day": -1}, "New facts per day must be at least 0."),
        ({"timezone": "Mars/Phobos"}, "'Mars/Phobos' is not a known time zone"),
    ]
    for raw, said in cases:
        try:
            Settings.model_validate({"learner": "a", **raw})
        except ValidationError as exc:
            message = settings_error(exc.errors())
        assert said in message
        assert "Value error" not in message and "Input should" not in message


def test_the_shown_interval_is_the_one_stored_even_after_a_change() -> None:
    service, _ = clocked()
    session = service.start("a", DECK, backup=False)
    rerated = 0
    while rerated < 6:  # several facts: fuzz applies to intervals of days
        question = session.next_question()
        assert question is not None
        if question.kind == "flashcard":  # graded by the learner, not by a typed key
            session.answer(right_answer(question), 4000)
            continue
        rerated += 1
        fb = session.answer(right_answer(question), 4000)
        log = list(service.store.reviews("a"))[-1]
        assert fb.next_due is not None and fb.rating is not None
        assert fb.spans[fb.rating] == short_span((fb.next_due - log.reviewed_at).total_seconds())
        easy = session.rerate(4)
        assert easy is not None and easy.next_due is not None
        assert easy.spans == fb.spans  # the same fuzz replayed
        stored = list(service.store.reviews("a"))[-1]
        assert easy.spans[4] == short_span((easy.next_due - stored.reviewed_at).total_seconds())


def test_an_empty_tick_all_answer_gets_a_tick_all_hint() -> None:
    from quizapp.generate.checker import answer_problem

    multi = q("multi_select", options=["a1", "b2", "c3"], answer=["a1"])
    hint = answer_problem(multi, "  ")
    assert hint is not None and "e.g. 1 3" in hint and "Type an answer" not in hint
    assert answer_problem(q("typed", answer=["x"]), "") == "Type an answer, or ? to see it."


def test_leeches_are_named_by_their_statement() -> None:
    from tests.review.test_review_units import review_card

    service, _ = clocked()
    service.store.ensure_learner("a", T)
    service.save_settings(Settings(learner="a", leech_threshold=1, timezone="UTC"))
    fact = "keep-out-usa"
    card = review_card(fact, T - timedelta(days=1), 5, T - timedelta(days=6))
    service.store.put_card(card.model_copy(update={"learner": "a", "deck_id": DECK}))
    session = service.start("a", DECK, backup=False)
    question = session.next_question()
    assert question is not None and question.fact_ids[0] == fact
    assert session.answer(wrong_answer(question), 4000).leech
    summary = session.end()
    assert summary.leeches == [fact]
    assert "United States" in summary.fact_names[fact]
