"""What a session hands back: the feedback on one answer, the summary at the end.

Values only, shared by both front ends (the TUI's feedback panel, plain mode's text). The
summary's tally is kept answer by answer, and taken back the same way on an undo.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from quizapp.facts.model import Deck
from quizapp.facts.outline import DeckOutline
from quizapp.generate.question import Question
from quizapp.review import queue as q
from quizapp.review.humanize import moment_text, when_text
from quizapp.review.outcome import Answer, Outcome, passed
from quizapp.store.records import CardState, Mode, VerdictKind


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


def feedback_of(
    answer: Answer, note: str, out: Outcome, now: datetime, spans: dict[int, str]
) -> Feedback:
    """The feedback on an answer, from what it did (`out`) and the buttons' intervals."""
    return Feedback(
        answer.question,
        answer.verdict,
        "; ".join(answer.question.answer),
        note,
        int(out.rating),
        out.due,
        when_text(out.due, now) if out.due else "not scheduled (practice)",
        leech=out.leech,
        override=answer.override,
        response=answer.response,
        spans=spans,
    )


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
        if self.next_due is None:
            return "nothing scheduled"
        return moment_text(self.next_due, self.ended_at or self.next_due, self.timezone)

    topic_titles: dict[str, str] = field(default_factory=dict)  # topic id -> title, for display
    fact_names: dict[str, str] = field(default_factory=dict)  # leech fact id -> its statement

    @classmethod
    def of_deck(
        cls, session_id: str, mode: Mode, deck: Deck | DeckOutline, timezone: str
    ) -> Summary:
        """An empty summary, with the deck's topic titles to show its counts by."""
        titles = {t.id: t.title for t in deck.topics}
        return cls(session_id, mode, timezone=timezone, topic_titles=titles)

    def snapshot(self) -> Summary:
        """A copy that later answers do not change (its counters and lists are its own): what
        a failed save restores. The deck's titles and names are shared, as they stay."""
        return replace(
            self,
            by_kind=self.by_kind.copy(),
            right_by_kind=self.right_by_kind.copy(),
            by_topic=self.by_topic.copy(),
            right_by_topic=self.right_by_topic.copy(),
            leeches=list(self.leeches),
            fact_names=dict(self.fact_names),
        )

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    def add(self, fb: Feedback, before: CardState | None, schedules: bool, sign: int = 1) -> None:
        """Count one answer in (sign 1) or back out (sign -1, an undo or a correction)."""
        right = int(fb.passed)
        self.answered += sign
        self.correct += sign * right
        self.by_kind[fb.question.kind] += sign
        self.right_by_kind[fb.question.kind] += sign * right
        self.by_topic[fb.question.topic] += sign
        self.right_by_topic[fb.question.topic] += sign * right
        if before is None or not before.seen:
            self.learned += sign if schedules else 0
        if fb.leech and sign > 0:
            self.leeches.append(fb.question.fact_ids[0])

    def close(
        self,
        deck: Deck | DeckOutline,
        cards: dict[str, CardState],
        started: datetime,
        now: datetime,
        whole: Callable[[], Deck] | None = None,
    ) -> None:
        """The end: the time taken, when the next card falls due, the leeches by name (from
        the deck itself: `whole` builds it when `deck` is its outline)."""
        if self.leeches:
            full = deck if isinstance(deck, Deck) else whole() if whole else None
            if full is None:
                raise TypeError("naming leeches needs the deck, not its outline")
            self.fact_names = leech_names(full, self.leeches)
        self.seconds = (now - started).total_seconds()
        self.ended_at = now
        tally = q.counts([f.id for f in deck.facts], cards, now)
        if tally.due:
            self.next_due = now
        elif tally.next_due_ts is not None:
            self.next_due = datetime.fromtimestamp(tally.next_due_ts, now.tzinfo)
        else:
            self.next_due = None


def leech_names(deck: Deck, leeches: list[str]) -> dict[str, str]:
    """Each leech fact's statement, as the summary names it."""
    from quizapp.generate.index import DeckIndex  # only when a session made a leech

    ix = DeckIndex(deck)
    facts = {f.id: f for f in deck.facts}
    return {
        f: ix.say(ix.relations[facts[f].relation].templates.statement, facts[f])
        for f in leeches
        if f in facts
    }
