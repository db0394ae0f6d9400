"""A session's corrections of its last answer: mark it right, rate it again, take it back.

Each replays the turn loop's one step (`StudySession.take_turn`) from the card as it was
before the answer, with the generator as it was, so the new review replaces the old one
(same id, same time) and draws the same interval fuzz its rating buttons showed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.generate.question import Question
from quizapp.review.outcome import Answer, fresh_card
from quizapp.review.scheduler import Rating
from quizapp.store.records import DayTally

if TYPE_CHECKING:
    from quizapp.review.feedback import Feedback
    from quizapp.review.session import StudySession
    from quizapp.review.turns import Turn

RERATABLE = ("correct", "near_miss", "self_graded")


def can_override(session: StudySession) -> bool:
    """Only a wrong answer can be marked right: a reveal counts as forgotten."""
    return bool(session.turns) and session.turns[-1].feedback.verdict == "wrong"


def override(session: StudySession) -> Feedback | None:
    """ "I was right": regrade the last answer as correct (Good), logged as an override."""
    if not can_override(session):
        return None
    turn = pop_replayed(session)
    answer = Answer(
        turn.fact_id,
        turn.question,
        "correct",
        turn.review.response,
        turn.review.duration_ms,
        Rating.Good,
        override=True,
    )
    return session.take_turn(answer, "Marked right by you.", turn.review)


def can_rerate(session: StudySession) -> bool:
    """A right answer (or a flashcard) may be rated again; a wrong or revealed one stays
    Again (a wrong one can first be marked right with `override`)."""
    turns = session.turns
    return session.policy.schedules and bool(turns) and turns[-1].feedback.verdict in RERATABLE


def rerate(session: StudySession, rating: int) -> Feedback | None:
    """Change the last answer's rating (1 again .. 4 easy) before moving on: the card is
    scheduled again from its state before the answer, and the logged review is replaced."""
    if not can_rerate(session) or rating not in (1, 2, 3, 4):
        return None
    if session.turns[-1].feedback.rating == rating:
        return session.turns[-1].feedback
    turn = pop_replayed(session)
    fb = turn.feedback
    answer = Answer(
        turn.fact_id,
        turn.question,
        fb.verdict,
        turn.review.response,
        turn.review.duration_ms,
        Rating(rating),
        override=fb.override,
    )
    return session.take_turn(answer, fb.note, turn.review)


def undo(session: StudySession) -> Question | None:
    """Take back the last answer: the card returns to how it was; ask the question again."""
    if not session.turns:
        return None
    turn = pop(session)
    restored = turn.before or fresh_card(
        session.learner, session.deck.id, turn.fact_id, session.clock()
    )
    session.store.commit_answer(
        restored if session.policy.schedules else None,
        turn.review.model_copy(update={"undone": True}),
        take_back(session, turn),
    )
    session.current = (turn.fact_id, turn.question)
    session.asking.today = session.done_today()
    return turn.question


def take_back(session: StudySession, turn: Turn) -> DayTally:
    """The day's tally without the turn's answer."""
    review = turn.review
    passed = int(turn.feedback.passed)
    return session.tallies.bump(review.reviewed_at, -1, -passed, -review.duration_ms)


def pop_replayed(session: StudySession) -> Turn:
    """Forget the last turn to answer it again: its tally taken back, the generator as it
    was, so the new rating draws the same interval fuzz its spans showed."""
    turn = pop(session)
    take_back(session, turn)
    session.rng.setstate(turn.rng_state)
    return turn


def pop(session: StudySession) -> Turn:
    """Forget the last turn in memory: counts back, and the card as it was before it."""
    turn = session.turns.pop()
    session.asking.set_card(turn.fact_id, turn.before)
    session.asked[turn.fact_id] -= 1
    summary = session.summary
    summary.add(turn.feedback, turn.before, session.policy.schedules, sign=-1)
    if turn.feedback.leech and turn.fact_id in summary.leeches:
        summary.leeches.remove(turn.fact_id)
    return turn
