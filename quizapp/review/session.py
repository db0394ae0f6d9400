"""One study session: pick the next fact and form, grade answers, schedule, log, undo.

Modes: "scheduled" (FSRS review with daily limits), "practice" (any facts, logged as
practice, FSRS state untouched) and "exam" (reviews chosen so that every studied fact's
retrievability on the exam date reaches a target; see queue.exam_queue). Time comes from
an injected clock and randomness from an injected generator, so a session is reproducible.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from quizapp.facts.model import Deck
from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import ONE_OF_OPTIONS, Question
from quizapp.review import guessing, spacing
from quizapp.review import queue as q
from quizapp.review.day import StudyDay
from quizapp.review.due_index import DueIndex
from quizapp.review.humanize import when_text
from quizapp.review.modes import policy
from quizapp.review.outcome import Answer, Where, fresh_card, outcome, passed
from quizapp.review.plan import done_today
from quizapp.review.rollback import all_or_nothing
from quizapp.review.scheduler import (
    Rating,
    due_at,
    is_learning,
    make_scheduler,
    review,
)
from quizapp.store.records import (
    CardState,
    DayTally,
    Mode,
    Review,
    Session,
    Settings,
    VerdictKind,
)
from quizapp.store.repository import ProgressStore
from quizapp.wording import short_span

MAX_ASKS_PER_FACT = 8  # a session never loops on one fact


@dataclass(frozen=True)
class Feedback:
    question: Question
    verdict: VerdictKind
    expected: str
    note: str
    rating: int | None
    next_due: datetime | None
    next_due_text: str
    leech: bool = False
    override: bool = False
    response: str = ""  # what the learner answered, as given
    spans: dict[int, str] = field(default_factory=dict)  # rating -> "10 min" (none in practice)

    @property
    def passed(self) -> bool:
        return passed(self.verdict, self.rating)


@dataclass
class Summary:
    session_id: str
    mode: Mode
    answered: int = 0
    correct: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    right_by_kind: Counter[str] = field(default_factory=Counter)
    by_topic: Counter[str] = field(default_factory=Counter)
    right_by_topic: Counter[str] = field(default_factory=Counter)
    learned: int = 0
    seconds: float = 0.0
    leeches: list[str] = field(default_factory=list)
    next_due: datetime | None = None  # never in the past: "now" is the session's end
    timezone: str = "UTC"  # the learner's, for showing times
    ended_at: datetime | None = None

    def next_due_text(self) -> str:
        """When the next card falls due, in the learner's zone: "now", "05:12 (in 4 min)"."""
        from quizapp.review.humanize import moment_text

        if self.next_due is None:
            return "nothing scheduled"
        return moment_text(self.next_due, self.ended_at or self.next_due, self.timezone)

    topic_titles: dict[str, str] = field(default_factory=dict)  # topic id -> title, for display
    fact_names: dict[str, str] = field(default_factory=dict)  # leech fact id -> its statement

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass
class _Turn:
    fact_id: str
    question: Question
    before: CardState | None
    review: Review
    feedback: Feedback
    rng_state: tuple[object, ...] = ()  # the generator before scheduling: a re-rating replays it


class StudySession:
    def __init__(
        self,
        *,
        store: ProgressStore,
        deck: Deck,
        items: dict[str, list[Question]],
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
    ) -> None:
        self.store, self.deck, self.items, self.vocabulary = store, deck, items, vocabulary
        self.learner, self.mode, self.clock, self.rng = learner, mode, clock, rng
        self.policy = policy(mode)
        self.limit, self.exam_date, self.exam_target = limit, exam_date, exam_target
        self.settings: Settings = store.settings(learner)
        self.scheduler = make_scheduler(self.settings, deck_id=deck.id)
        self.facts = [f.id for f in deck.facts if topic is None or topic in f.topics]
        self.cards = store.cards(learner, deck.id)
        # the scheduled queue, kept up to date answer by answer (False: rebuilt every time,
        # the reference the property test and the benchmark compare it with)
        self._index = DueIndex(self.facts, self.cards) if incremental else None
        started = clock()
        self.record = Session(
            id=session_id, learner=learner, deck_id=deck.id, mode=mode, started_at=started
        )
        self.summary = Summary(
            session_id,
            mode,
            timezone=self.settings.timezone,
            topic_titles={t.id: t.title for t in deck.topics},
        )
        self.spacer = spacing.Spacer(deck)
        self.asked: Counter[str] = Counter()
        self.turns: list[_Turn] = []
        self.current: tuple[str, Question] | None = None
        self._practice = self._practice_order() if self.policy.shuffled_pool else []
        self._day_start = self._start_of_day(started)
        self._tallies: dict[date, DayTally] = {}
        self._today = self._done_today()
        self.guessing = self._guessing(started)
        if not store.read_only:
            store.save_session(self.record)

    # -- choosing ------------------------------------------------------------------------
    def _practice_order(self) -> list[str]:
        order = [
            f
            for f in self.facts
            if self.items.get(f) and not ((c := self.cards.get(f)) is not None and c.suspended)
        ]
        self.rng.shuffle(order)
        return order[: self.limit or 20]

    def _start_of_day(self, now: datetime) -> datetime:
        return StudyDay.of(self.settings).start(now)

    def _guessing(self, now: datetime) -> float:
        """How much this learner guesses, from their recent answers (review.guessing)."""
        options = {q.id: len(q.options or []) for qs in self.items.values() for q in qs}
        recent = self.store.reviews(self.learner, since=now - guessing.WINDOW)
        return guessing.propensity(guessing.evidence(recent, lambda i: options.get(i, 0)))

    def _done_today(self) -> tuple[int, int]:
        """New facts introduced and known facts reviewed so far today (for the daily limits)."""
        start = self._day_start
        return done_today(
            self.cards, self.store.reviews(self.learner, since=start), self.deck.id, start
        )

    def _candidates(self, now: datetime) -> list[str]:
        if self.policy.shuffled_pool:
            return [f for f in self._practice if self.asked[f] == 0]
        if self.policy.exam_order:
            assert self.exam_date is not None
            studied = q.exam_queue(
                self.facts,
                self.cards,
                now,
                self.exam_date,
                self.exam_target,
                self.scheduler,
                q.learn_ahead(self.settings),
            )
            new = [f for f in self.facts if not (self.cards.get(f) and self.cards[f].seen)]
            return studied + new[: max(0, self.settings.new_per_day - self._today[0])]
        if self._index is not None:
            return self._index.queue(now, self.settings, *self._today)
        return q.build_queue(self.facts, self.cards, now, self.settings, *self._today)

    def _at_limit(self) -> bool:
        return self.limit is not None and self.summary.answered >= self.limit

    def _askable(self, now: datetime) -> list[str]:
        """Every fact this session still means to ask, in order; learning cards among them
        may not be due yet (they come within the learn-ahead window)."""
        if self._at_limit():
            return []
        facts = [
            f
            for f in dict.fromkeys(self._candidates(now))
            if self.items.get(f) and self.asked[f] < MAX_ASKS_PER_FACT
        ]
        if self.policy.exam_order:  # every fact once before any fact twice
            facts.sort(key=lambda f: self.asked[f])
        return facts

    def _ready(self, fact_id: str, now: datetime) -> bool:
        card = self.cards.get(fact_id)
        return (
            self.policy.shuffled_pool
            or card is None
            or not is_learning(card)
            or due_at(card) <= now
        )

    def next_question(self) -> Question | None:
        """The question to ask now, or None: then `waiting_until` says whether a learning
        card is worth waiting for, or the session is over."""
        if self.current is not None:
            return self.current[1]
        now = self.clock()
        ready = [f for f in self._askable(now) if self._ready(f, now)]
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
        once only claim-level ones are left: those wait until the fact is known)."""
        used = {t.question.id for t in self.turns} | {t.question.prompt for t in self.turns}
        items = self.items.get(fact_id, [])
        fresh = [i for i in items if i.id not in used and i.prompt not in used]
        return fresh if any(i.kind not in ONE_OF_OPTIONS for i in fresh) else items

    def waiting_until(self) -> datetime | None:
        """When nothing can be asked now but a learning card falls due within the
        learn-ahead window: the moment it does (the session stays open until then)."""
        if self.current is not None:
            return None
        now = self.clock()
        askable = self._askable(now)
        if not askable or any(self._ready(f, now) for f in askable):
            return None
        return min(due_at(self.cards[f]) for f in askable)

    def remaining(self) -> int:
        """How many more questions this session means to ask, from the queue it really has:
        the one on screen, what is due, and learning cards coming within the window."""
        askable = self._askable(self.clock())
        on_screen = self.current is not None and self.current[0] not in askable
        return len(askable) + int(on_screen)

    def progress(self) -> tuple[int, int]:
        """(questions answered, questions in the session so far): equal when it ends."""
        done = self.summary.answered
        return done, done + self.remaining()

    def problem(self, response: str) -> str | None:
        """Why a response cannot be graded (a slip, not a wrong answer), or None."""
        if self.current is None or response.strip() == "?":
            return None
        return answer_problem(self.current[1], response)

    # -- answering -----------------------------------------------------------------------
    @all_or_nothing
    def answer(self, response: str, duration_ms: int) -> Feedback:
        fact_id, question = self._take()
        if response.strip() == "?":
            return self._record(fact_id, question, "revealed", response, duration_ms, "", None)
        verdict = check(question, response, self.vocabulary)
        return self._record(
            fact_id, question, verdict.verdict, response, duration_ms, verdict.note, None
        )

    @all_or_nothing
    def self_grade(self, rating: int, duration_ms: int) -> Feedback:
        """Flashcards: the learner's own grade, 1 (again) to 4 (easy)."""
        fact_id, question = self._take()
        return self._record(
            fact_id, question, "self_graded", str(rating), duration_ms, "", Rating(rating)
        )

    def _take(self) -> tuple[str, Question]:
        if self.current is None and self.next_question() is None:
            raise LookupError("no question is waiting for an answer")
        assert self.current is not None
        taken, self.current = self.current, None
        return taken

    def _record(
        self,
        fact_id: str,
        question: Question,
        verdict: VerdictKind,
        response: str,
        duration_ms: int,
        note: str,
        rating: Rating | None,
        *,
        override: bool = False,
        review_id: str | None = None,
        reviewed_at: datetime | None = None,
    ) -> Feedback:
        # a correction replaces the logged review: same id, same time, so the same month's
        # partition (B23: after midnight on a month's last day it landed in two)
        now = reviewed_at or self.clock()
        before = self.cards.get(fact_id)
        rng_state = self.rng.getstate()  # the interval fuzz to come: the spans use the same
        answer = Answer(fact_id, question, verdict, response, duration_ms, rating, override)
        where = Where(
            self.learner,
            self.deck.id,
            self.record.id,
            review_id or f"{self.record.id}-{len(self.turns) + 1}",
            now,
            self._day_start,
        )
        out = outcome(
            answer,
            before,
            self.policy,
            self.scheduler,
            self.settings,
            self.rng,
            where,
            self.guessing,
        )
        tally = self._bump(now, *out.tally)
        self.store.commit_answer(out.card, out.review, tally)
        if out.card is not None:
            self._set_card(fact_id, out.card)
            new_done, reviews_done = self._today
            self._today = (new_done + out.new_fact, reviews_done + out.known_review)
        feedback = Feedback(
            question,
            verdict,
            "; ".join(question.answer),
            note,
            int(out.rating),
            out.due,
            when_text(out.due, now) if out.due else "not scheduled (practice)",
            leech=out.leech,
            override=override,
            response=response,
            spans=self._spans(fact_id, before, now, duration_ms, rng_state),
        )
        self.turns.append(_Turn(fact_id, question, before, out.review, feedback, rng_state))
        self.asked[fact_id] += 1
        self._tally(feedback, before)
        return feedback

    def _spans(
        self,
        fact_id: str,
        before: CardState | None,
        now: datetime,
        duration_ms: int,
        rng_state: tuple[object, ...],
    ) -> dict[int, str]:
        """The next interval under each rating, as Anki shows on its buttons. Each is drawn
        with the fuzz the real review used (or, after a re-rating, will use), so the shown
        interval and the stored due date agree."""
        if not self.policy.schedules:
            return {}
        base = before or fresh_card(self.learner, self.deck.id, fact_id, now)
        spans = {}
        for rating in Rating:
            rng = random.Random()
            rng.setstate(rng_state)
            after = review(self.scheduler, base, rating, now, duration_ms, rng)
            spans[int(rating)] = short_span((due_at(after) - now).total_seconds())
        return spans

    def _bump(self, now: datetime, answered: int, correct: int, ms: int) -> DayTally:
        """The day's tally after adding (or, with negative numbers, taking back) one answer."""
        day = StudyDay.of(self.settings).day(now)
        current = self._tallies.get(day) or self.store.day_tally(self.learner, day)
        updated = current.model_copy(
            update={
                "answered": max(0, current.answered + answered),
                "correct": max(0, current.correct + correct),
                "ms": max(0, current.ms + ms),
            }
        )
        self._tallies[day] = updated
        return updated

    def _tally(self, fb: Feedback, before: CardState | None, sign: int = 1) -> None:
        s = self.summary
        right = int(fb.passed)
        s.answered += sign
        s.correct += sign * right
        s.by_kind[fb.question.kind] += sign
        s.right_by_kind[fb.question.kind] += sign * right
        s.by_topic[fb.question.topic] += sign
        s.right_by_topic[fb.question.topic] += sign * right
        if before is None or not before.seen:
            s.learned += sign if self.policy.schedules else 0
        if fb.leech and sign > 0:
            s.leeches.append(fb.question.fact_ids[0])

    # -- corrections ---------------------------------------------------------------------
    def can_override(self) -> bool:
        """Only a wrong answer can be marked right: a reveal counts as forgotten."""
        return bool(self.turns) and self.turns[-1].feedback.verdict == "wrong"

    @all_or_nothing
    def override(self) -> Feedback | None:
        """ "I was right": regrade the last answer as correct (Good), logged as an override."""
        if not self.can_override():
            return None
        turn = self._pop()
        self._bump(
            turn.review.reviewed_at, -1, -int(turn.feedback.passed), -turn.review.duration_ms
        )
        self.rng.setstate(turn.rng_state)
        return self._record(
            turn.fact_id,
            turn.question,
            "correct",
            turn.review.response,
            turn.review.duration_ms,
            "Marked right by you.",
            Rating.Good,
            override=True,
            review_id=turn.review.id,
            reviewed_at=turn.review.reviewed_at,
        )

    def can_rerate(self) -> bool:
        """A right answer (or a flashcard) may be rated again; a wrong or revealed one stays
        Again (a wrong one can first be marked right with `override`)."""
        return (
            self.policy.schedules
            and bool(self.turns)
            and self.turns[-1].feedback.verdict
            in (
                "correct",
                "near_miss",
                "self_graded",
            )
        )

    @all_or_nothing
    def rerate(self, rating: int) -> Feedback | None:
        """Change the last answer's rating (1 again .. 4 easy) before moving on: the card is
        scheduled again from its state before the answer, and the logged review is replaced."""
        if not self.can_rerate() or rating not in (1, 2, 3, 4):
            return None
        last = self.turns[-1]
        if last.feedback.rating == rating:
            return last.feedback
        turn = self._pop()
        self._bump(
            turn.review.reviewed_at, -1, -int(turn.feedback.passed), -turn.review.duration_ms
        )
        fb = turn.feedback
        self.rng.setstate(turn.rng_state)
        return self._record(
            turn.fact_id,
            turn.question,
            fb.verdict,
            turn.review.response,
            turn.review.duration_ms,
            fb.note,
            Rating(rating),
            override=fb.override,
            review_id=turn.review.id,
            reviewed_at=turn.review.reviewed_at,
        )

    @all_or_nothing
    def undo(self) -> Question | None:
        """Take back the last answer: the card returns to how it was; ask the question again."""
        if not self.turns:
            return None
        turn = self._pop()
        restored = turn.before or fresh_card(self.learner, self.deck.id, turn.fact_id, self.clock())
        tally = self._bump(
            turn.review.reviewed_at, -1, -int(turn.feedback.passed), -turn.review.duration_ms
        )
        self.store.commit_answer(
            restored if self.policy.schedules else None,
            turn.review.model_copy(update={"undone": True}),
            tally,
        )
        self.current = (turn.fact_id, turn.question)
        self._today = self._done_today()
        return turn.question

    def _set_card(self, fact_id: str, card: CardState | None) -> None:
        """Change one card in memory (None: forget it), and the queue with it."""
        if card is None:
            self.cards.pop(fact_id, None)
        else:
            self.cards[fact_id] = card
        if self._index is not None:
            self._index.update(fact_id, card)

    def _pop(self) -> _Turn:
        """Forget the last turn in memory: counts back, and the card as it was before it."""
        turn = self.turns.pop()
        self._set_card(turn.fact_id, turn.before)
        self.asked[turn.fact_id] -= 1
        self._tally(turn.feedback, turn.before, sign=-1)
        if turn.feedback.leech and turn.fact_id in self.summary.leeches:
            self.summary.leeches.remove(turn.fact_id)
        return turn

    def end(self) -> Summary:
        if self.summary.leeches:
            from quizapp.generate.index import DeckIndex

            ix = DeckIndex(self.deck)
            facts = {f.id: f for f in self.deck.facts}
            self.summary.fact_names = {
                f: ix.say(ix.relations[facts[f].relation].templates.statement, facts[f])
                for f in self.summary.leeches
                if f in facts
            }
        now = self.clock()
        self.summary.seconds = (now - self.record.started_at).total_seconds()
        self.summary.ended_at = now
        deck_facts = [f.id for f in self.deck.facts]
        tally = q.counts(deck_facts, self.cards, now)
        if tally.due:
            self.summary.next_due = now
        elif tally.next_due_ts is not None:
            self.summary.next_due = datetime.fromtimestamp(tally.next_due_ts, now.tzinfo)
        else:
            self.summary.next_due = None
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
