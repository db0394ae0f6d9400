"""A synthetic learner: recalls a fact with the probability FSRS predicts, and answers
any question kind the way a person would type it."""

from __future__ import annotations

import random

from quizapp.generate.question import ONE_OF_OPTIONS, Question
from quizapp.review.scheduler import phase, retrievability
from quizapp.review.session import Feedback, StudySession

FIRST_SIGHT_RECALL = 0.6  # chance of knowing a fact before it was ever reviewed


def right_answer(q: Question) -> str:
    options = q.options or []
    if q.kind in ("mcq", "numeric_mcq", "odd_one_out", "true_false", *ONE_OF_OPTIONS):
        return str(options.index(q.answer[0]) + 1)
    if q.kind == "multi_select":
        return " ".join(str(options.index(a) + 1) for a in q.answer)
    if q.kind == "ordering":
        return " ".join(str(options.index(a) + 1) for a in q.answer)
    if q.kind == "matching":
        rights = [a.split(" → ")[1] for a in q.answer]
        return " ".join(str(options.index(r) + 1) for r in rights)
    return q.answer[0]


def wrong_answer(q: Question) -> str:
    options = q.options or []
    if q.kind in ("mcq", "numeric_mcq", "odd_one_out", "true_false", *ONE_OF_OPTIONS):
        right = options.index(q.answer[0])
        return str((right + 1) % len(options) + 1)
    if q.kind in ("multi_select", "ordering", "matching"):
        return (
            " ".join(str(i) for i in range(len(options), 0, -1))
            if q.kind != "multi_select"
            else (" ".join(str(i + 1) for i, o in enumerate(options) if o not in q.answer))
        )
    if q.numeric is not None:
        return "1"
    return "no idea"


class SyntheticLearner:
    def __init__(self, rng: random.Random, always_forgets: frozenset[str] = frozenset()) -> None:
        self.rng = rng
        self.always_forgets = always_forgets

    def recalls(self, session: StudySession, fact_id: str) -> bool:
        card = session.cards.get(fact_id)
        if fact_id in self.always_forgets:
            # a leech: learnt for the moment in its learning steps, gone by the next review
            return phase(card) in ("new", "learning", "relearning")
        if card is None or not card.seen:
            return self.rng.random() < FIRST_SIGHT_RECALL
        return self.rng.random() < retrievability(session.scheduler, card, session.clock())

    def answer(self, session: StudySession, q: Question) -> Feedback:
        knows = self.recalls(session, q.fact_ids[0])
        if q.kind == "flashcard":
            return session.self_grade(3 if knows else 1, 6000)
        return session.answer(right_answer(q) if knows else wrong_answer(q), 9000)
