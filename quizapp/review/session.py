"""One study session: a thin turn loop. Pick the next question, take the answer, commit it.

The modes are modes.py's; each part has its module: what is asked (asking.py), what an answer
does (outcome.py, pure), the day's tally (tallies.py), feedback and summary (feedback.py), undo
and corrections (corrections.py). Clock and randomness are injected: a session is reproducible.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime

from quizapp.facts.model import Deck
from quizapp.facts.outline import DeckOutline, deck_maker
from quizapp.generate.answers import read_grade
from quizapp.generate.checker import answer_problem, check
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import ONE_OF_OPTIONS, Question
from quizapp.review import corrections, hindsight, spacing
from quizapp.review.asking import MAX_ASKS_PER_FACT, Asking, Exam, cards_and_index
from quizapp.review.day import StudyDay
from quizapp.review.due_index import DueIndex
from quizapp.review.feedback import Feedback, Summary, feedback_of
from quizapp.review.modes import policy
from quizapp.review.outcome import Answer, Outcome, Where, fresh_card, outcome, spans_from
from quizapp.review.plan import done_today
from quizapp.review.queue import DoneToday
from quizapp.review.rollback import all_or_nothing
from quizapp.review.scheduler import Rating, due_at, make_scheduler
from quizapp.review.tallies import DayTallies
from quizapp.review.turns import AskedSoFar, Turn
from quizapp.store.records import CardState, Mode, Review, Session
from quizapp.store.repository import ProgressStore

__all__ = ["MAX_ASKS_PER_FACT", "Feedback", "StudySession", "Summary"]


class StudySession:
    """`indexed`: the deck's cards and due index the service built asking whether anything
    is due; a scheduled session of the whole deck takes them over (asking.cards_and_index).
    `deck` may be the deck's outline, with `full_deck` building the deck when needed."""

    def __init__(
        self,
        *,
        store: ProgressStore,
        deck: Deck | DeckOutline,
        items: Mapping[str, list[Question]],  # only facts that have questions; may be lazy
        vocabulary: dict[str, str],
        learner: str,
        mode: Mode,
        clock: Callable[[], datetime],
        rng: random.Random,
        session_id: str,
        limit: int | None = None,
        topic: str | None = None,
        exam_date: datetime | None = None,
        exam_target: float = 0.9,
        incremental: bool = True,
        indexed: tuple[dict[str, CardState], DueIndex] | None = None,
        full_deck: Callable[[], Deck] | None = None,
    ) -> None:
        self.store, self.deck, self.items, self.vocabulary = store, deck, items, vocabulary
        self.whole_deck = deck_maker(deck, full_deck)  # the deck itself, when needed
        self.learner, self.mode, self.clock, self.rng = learner, mode, clock, rng
        self.policy, self.settings = policy(mode), store.settings(learner)
        self.scheduler = make_scheduler(self.settings, deck_id=deck.id)
        facts = [f.id for f in deck.facts if topic is None or topic in f.topics]
        queued = incremental and not (self.policy.shuffled_pool or self.policy.exam_order)
        whole = indexed if topic is None else None  # the service's index covers the whole deck
        self.cards, index = cards_and_index(store, learner, deck.id, facts, queued, whole)
        self.asking = Asking(
            *(facts, self.cards, items, self.policy, self.settings, self.scheduler, limit),
            Exam(exam_date, exam_target),
            index,  # None: the queue rebuilt every time (the reference tests compare with)
        )
        started = clock()
        self.record = Session(
            id=session_id, learner=learner, deck_id=deck.id, mode=mode, started_at=started
        )
        self.summary = Summary.of_deck(session_id, mode, deck, self.settings.timezone)
        self.spacer, self.asked_so_far = spacing.Spacer(deck), AskedSoFar()  # items asked
        self.turns: list[Turn] = []
        self.current: tuple[str, Question] | None = None  # the question shown, not answered
        if self.policy.shuffled_pool:  # practice: the pool of askable facts, shuffled once
            self.asking.shuffle_practice(rng)
        day = StudyDay.of(self.settings)
        self._day_start, self.tallies = day.start(started), DayTallies(store, learner, day)
        self.asking.today = self.done_today()
        self.guessing, self.spacer.probe, self.spacer.check = hindsight.at_start(self, started)
        if not store.read_only:
            store.save_session(self.record)

    @property
    def asked(self) -> Counter[str]:
        """How often each fact was asked in this session."""
        return self.asking.asked

    @property
    def facts(self) -> list[str]:
        """The facts this session may ask (the deck's, or one topic's)."""
        return self.asking.facts

    @property
    def _today(self) -> DoneToday:
        return self.asking.today

    # -- choosing ------------------------------------------------------------------------
    def done_today(self) -> DoneToday:
        """New facts introduced and known facts reviewed so far today (for the daily limits)."""
        start = self._day_start
        return done_today(
            self.cards, self.store.reviews(self.learner, since=start), self.deck.id, start
        )

    def _candidates(self, now: datetime) -> list[str]:
        """The mode's queue now, before the session's own limits (the property test's view)."""
        return self.asking.candidates(now)

    def _askable(self, now: datetime) -> list[str]:
        return self.asking.askable(now, self.summary.answered, self._spent)

    def _spent(self, fact_id: str) -> bool:  # all its items asked already: an exam waits
        asked = self.asked_so_far.of(self.turns)  # by id, or by its prompt under another id
        return all(
            i.id in asked.ids or i.prompt in asked.prompts for i in self.items.get(fact_id, [])
        )

    def next_question(self) -> Question | None:
        """The question to ask now, or None: then `waiting_until` says whether a learning
        card is worth waiting for, or the session is over."""
        if self.current is not None:
            return self.current[1]
        now = self.clock()
        ready = (f for f in self._askable(now) if self.asking.ready(f, now))  # read lazily
        picked = self.spacer.pick(ready, self._fresh_items, self.cards, self._recent(), self.rng)
        if picked is None:
            return None
        self.current = picked
        return picked[1]

    def _recent(self) -> list[Question]:
        """The questions asked lately, the latest last (spacing looks at these)."""
        return [t.question for t in self.turns[-spacing.WINDOW :]]

    def _fresh_items(self, fact_id: str) -> list[Question]:
        """The fact's items not yet used in this session (all of them once all were used, or
        once only claim-level ones are left: those wait until the fact is known; an exam
        never repeats an item, so it takes a claim-level one rather than an item asked)."""
        asked = self.asked_so_far.of(self.turns)
        items = self.items.get(fact_id, [])
        fresh = [i for i in items if i.id not in asked.ids and i.prompt not in asked.prompts]
        own = any(i.kind not in ONE_OF_OPTIONS for i in fresh)
        return fresh if own or (fresh and self.policy.exam_order) else items

    def waiting_until(self) -> datetime | None:
        """When nothing can be asked now but a learning card falls due within the
        learn-ahead window: the moment it does (the session stays open until then)."""
        if self.current is not None:
            return None
        now = self.clock()
        askable = self._askable(now)
        if not askable or any(self.asking.ready(f, now) for f in askable):
            return None
        return min(due_at(self.cards[f]) for f in askable)

    def remaining(self) -> int:
        """How many more questions this session means to ask, from the queue it really has:
        the one on screen, what is due, and learning cards coming within the window."""
        askable = self._askable(self.clock())
        on_screen = self.current is not None and self.current[0] not in askable
        return len(askable) + int(on_screen)

    def progress(self) -> tuple[int, int]:
        """(questions answered, questions in the session so far): equal when it ends; never
        past the session's limit (a limit of 2 read '1 / 11': review r325)."""
        done = self.summary.answered
        total = done + self.remaining()
        return done, total if self.asking.limit is None else min(total, self.asking.limit)

    def problem(self, response: str) -> str | None:
        """Why a response cannot be graded (a slip, not a wrong answer), or None."""
        if self.current is None or response.strip() == "?":
            return None
        return answer_problem(self.current[1], response, self.vocabulary)

    # -- answering -----------------------------------------------------------------------
    @all_or_nothing
    def answer(self, response: str, duration_ms: int) -> Feedback:
        """A response in the wire format (generate/answers.py); a flashcard's: its grade 1-4."""
        fact_id, question = self._take()
        grade = read_grade(response) if SPECS[question.kind].shape == "self" else None
        if grade is not None:
            graded = Answer(fact_id, question, "self_graded", response, duration_ms, Rating(grade))
            return self.take_turn(graded)
        if response.strip() == "?":
            return self.take_turn(Answer(fact_id, question, "revealed", response, duration_ms))
        verdict = check(question, response, self.vocabulary, self.clock().year)
        answer = Answer(fact_id, question, verdict.verdict, response, duration_ms)
        return self.take_turn(answer, verdict.note)

    def self_grade(self, rating: int, duration_ms: int) -> Feedback:  # a flashcard: 1 to 4
        return self.answer(str(rating), duration_ms)

    def _take(self) -> tuple[str, Question]:
        if self.current is None and self.next_question() is None:
            raise LookupError("no question is waiting for an answer")
        assert self.current is not None
        taken, self.current = self.current, None
        return taken

    def take_turn(self, answer: Answer, note: str = "", replaces: Review | None = None) -> Feedback:
        """Grade, schedule and commit one answer; `replaces`: the logged review a correction
        replaces (same id, same time, so the same month's partition: B23)."""
        now = replaces.reviewed_at if replaces else self.clock()
        before = self.cards.get(answer.fact_id)
        rng_state = self.rng.getstate()  # the interval fuzz to come: the spans use the same
        review_id = replaces.id if replaces else f"{self.record.id}-{len(self.turns) + 1}"
        where = Where(self.learner, self.deck.id, self.record.id, review_id, now, self._day_start)
        how = (self.policy, self.scheduler, self.settings, self.rng)
        out = outcome(answer, before, *how, where, self.guessing)
        self.store.commit_answer(out.card, out.review, self.tallies.bump(now, *out.tally))
        if out.card is not None:
            self.asking.set_card(answer.fact_id, out.card)
            self.asking.today = self.asking.today.plus(out.new_fact, out.known_review)
        feedback = feedback_of(
            answer, note, out, now, self._spans(answer, out, before, now, rng_state)
        )
        turn = Turn(answer.fact_id, answer.question, before, out.review, feedback, rng_state)
        self.turns.append(turn)
        self.asked[answer.fact_id] += 1
        self.summary.add(feedback, before, self.policy.schedules)
        return feedback

    def _spans(
        self,
        answer: Answer,
        out: Outcome,
        before: CardState | None,
        now: datetime,
        rng_state: object,
    ) -> dict[int, str]:
        """The next interval under each rating (none in practice), from the card as it was,
        drawn as the answer's own was (its own rating's is the due moment it stored)."""
        if not self.policy.schedules:
            return {}
        base = before or fresh_card(self.learner, self.deck.id, answer.fact_id, now)
        known = (out.rating, out.due) if out.due is not None else None
        return spans_from(out.aimed, base, now, answer.duration_ms, rng_state, known)

    # -- corrections (corrections.py) -------------------------------------------------
    def can_override(self) -> bool:
        return corrections.can_override(self)

    @all_or_nothing
    def override(self) -> Feedback | None:
        return corrections.override(self)

    def can_rerate(self) -> bool:
        return corrections.can_rerate(self)

    @all_or_nothing
    def rerate(self, rating: int) -> Feedback | None:
        return corrections.rerate(self, rating)

    @all_or_nothing
    def undo(self) -> Question | None:
        return corrections.undo(self)

    def end(self) -> Summary:
        now = self.clock()
        self.summary.close(self.deck, self.cards, self.record.started_at, now, self.whole_deck)
        if not self.store.read_only:
            self.store.save_session(
                self.record.model_copy(
                    update={
                        "ended_at": now,
                        "answered": self.summary.answered,
                        "correct": self.summary.correct,
                    }
                )
            )
        return self.summary
