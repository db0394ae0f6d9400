"""A synthetic learner: recalls a fact with the probability FSRS predicts, and answers
any question kind the way a person would type it."""

from __future__ import annotations

import random

from quizapp.generate import answers
from quizapp.generate.answers import key_response
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question
from quizapp.review.scheduler import phase, retrievability
from quizapp.review.session import Feedback, StudySession

FIRST_SIGHT_RECALL = 0.6  # chance of knowing a fact before it was ever reviewed


def right_answer(q: Question) -> str:
    return key_response(q)


def wrong_answer(q: Question) -> str:
    options = q.options or []
    shape = SPECS[q.kind].shape
    if shape == "choice":
        return answers.choice((options.index(q.answer[0]) + 1) % len(options))
    if shape == "ticks":
        return answers.ticks(i for i, o in enumerate(options) if o not in q.answer)
    if shape in ("order", "pairs"):
        return answers.sequence(range(len(options) - 1, -1, -1))
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
