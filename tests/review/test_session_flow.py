"""Issue 14 (part A): one definition of the counts, honest progress, learn-ahead waiting,
and spacing inside a session, driven through the real service and store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizapp.generate.question import Question
from quizapp.review.scheduler import is_learning
from quizapp.review.session import MAX_ASKS_PER_FACT, StudySession
from quizapp.review.spacing import WINDOW, Spacer, gives_away
from quizapp.service import StudyService
from quizapp.store.records import Settings
from tests.review.learner import right_answer, wrong_answer

DECK = "russia-central-asia"
T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand (each answer takes no time)."""

    def __init__(self, at: datetime = T0) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def service_at(clock: Clock, **settings: object) -> StudyService:
    service = StudyService(None, clock=clock, seed=3)
    service.store.save_settings(Settings(learner="a", **settings))
    return service


def answer(session: StudySession, q: Question, right: bool) -> None:
    session.answer(right_answer(q) if right else wrong_answer(q), 4000)


def test_due_counts_learning_cards_whose_step_has_come_and_every_front_end_agrees() -> None:
    clock = Clock()
    service = service_at(clock, new_per_day=4)
    session = service.start("a", DECK, backup=False)
    for i in range(4):
        q = session.next_question()
        assert q is not None
        answer(session, q, right=i % 2 == 0)
    session.end()
    # an exam answer on a card buried for the day leaves a buried learning card behind
    clock.at = T0 + timedelta(days=5)
    status = service.status("a", [DECK])[0].counts
    figures = service.report("a", DECK)
    assert status.learning >= 1 and status.due >= status.learning  # learning cards are due
    assert status.learning == figures.states["learning"]
    assert status.due == figures.due_now
    assert status.new == figures.states["new"]


def test_progress_is_right_by_construction_and_learn_ahead_waits_with_a_countdown() -> None:
    clock = Clock()
    service = service_at(clock, new_per_day=5)
    session = service.start("a", DECK, backup=False)
    waited = 0
    seen_totals = []
    while True:
        q = session.next_question()
        if q is None:
            until = session.waiting_until()
            if until is None:
                break
            assert until > clock.at  # a countdown to a real moment, never a past one
            assert until - clock.at <= timedelta(minutes=20)
            clock.at = until
            waited += 1
            continue
        done, total = session.progress()
        assert done < total
        seen_totals.append(total)
        answer(session, q, right=session.summary.answered % 3 != 0)
        clock.at += timedelta(seconds=5)
    done, total = session.progress()
    assert done == total == session.summary.answered
    assert waited >= 1  # the session stayed open for the learning steps
    # nothing in learning is left within the window: every card was seen through its steps
    left = [c for c in session.cards.values() if is_learning(c)]
    # (or it met the session's cap on asks per fact, which stops a session looping on one)
    assert all(
        (c.buried_until or clock.at) > clock.at
        or c.fsrs["due"] > (clock.at + timedelta(minutes=20)).isoformat()
        or session.asked[c.fact_id] >= MAX_ASKS_PER_FACT
        for c in left
    )
    summary = session.end()
    assert summary.next_due is not None and summary.next_due >= clock.at


def test_without_learn_ahead_the_session_ends_and_says_when() -> None:
    clock = Clock()
    service = service_at(clock, new_per_day=1, learn_ahead_min=0)
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None
    answer(session, q, right=False)
    assert session.next_question() is None and session.waiting_until() is None
    assert session.progress() == (1, 1)
    summary = session.end()
    assert summary.next_due is not None and summary.next_due > clock.at


def test_no_fact_or_sibling_within_a_few_questions_and_no_giveaway() -> None:
    clock = Clock()
    service = service_at(clock, new_per_day=20)
    session = service.start("a", DECK, backup=False)
    spacer = Spacer(session.deck)
    asked: list[Question] = []
    for _ in range(20):
        q = session.next_question()
        if q is None:
            break
        asked.append(q)
        answer(session, q, right=True)
        clock.at += timedelta(seconds=5)
    assert len(asked) == 20
    # the last few may have to break the rule: a session always finishes its queue
    for i, q in enumerate(asked[:15]):
        for before in asked[max(0, i - WINDOW) : i]:
            assert not spacer.family(q) & spacer.family(before), (before.prompt, q.prompt)
        if i:
            assert not gives_away(asked[i - 1], q), (asked[i - 1].prompt, q.prompt)


def test_exam_never_repeats_an_item_nor_loops_on_one_fact() -> None:
    clock = Clock()
    service = service_at(clock, new_per_day=6)
    session = service.start("a", DECK, backup=False)
    while (q := session.next_question()) is not None:
        answer(session, q, right=True)
    session.end()
    clock.at = T0 + timedelta(days=2)
    exam = service.start("a", DECK, "exam", exam_date=T0 + timedelta(days=40), backup=False)
    facts: list[str] = []
    prompts: list[str] = []
    for _ in range(12):
        q = exam.next_question()
        if q is None:
            break
        facts.append(q.fact_ids[0])
        prompts.append(q.prompt)
        answer(exam, q, right=True)
        clock.at += timedelta(seconds=5)
    assert len(facts) == 12
    assert len(set(prompts)) == len(prompts)  # never the same item twice
    for i, fact in enumerate(facts):  # never the same fact within a few questions
        assert fact not in facts[max(0, i - WINDOW) : i]


def test_practice_skips_suspended_facts_and_never_repeats_an_item() -> None:
    clock = Clock()
    service = service_at(clock)
    deck = service.deck(DECK)
    suspended = {f.id for f in deck.facts[::2]}
    for fact_id in suspended:
        service.set_suspended("a", DECK, fact_id, True)
    session = service.start("a", DECK, "practice", limit=30, backup=False)
    prompts = []
    while (q := session.next_question()) is not None:
        assert q.fact_ids[0] not in suspended
        prompts.append(q.prompt)
        answer(session, q, right=True)
    assert len(prompts) == len(set(prompts)) > 10


def test_a_buried_learning_card_counts_as_learning_everywhere_but_is_not_due() -> None:
    import fsrs

    from quizapp.report.figures import compute
    from quizapp.review.queue import counts
    from quizapp.store.records import CardState

    learning = fsrs.Card(card_id=1, state=fsrs.State.Learning, step=0, due=T0).to_dict()
    card = CardState(
        learner="a",
        deck_id="d",
        fact_id="f",
        fsrs=learning,
        seen=True,
        buried_until=T0 + timedelta(hours=3),
    )
    c = counts(["f", "g"], {"f": card}, T0 + timedelta(minutes=5))
    assert (c.new, c.learning, c.due) == (1, 1, 0)  # buried: learning, yet not due
    assert c.next_due_ts == (T0 + timedelta(hours=3)).timestamp()
    fresh = CardState(learner="a", deck_id="d", fact_id="g", fsrs={})
    figures = compute([], [card, fresh], Settings(learner="a"), {}, T0 + timedelta(minutes=5))
    assert figures.states["learning"] == c.learning and figures.due_now == c.due
    assert figures.states["new"] == c.new


def test_gives_away_spots_an_answer_shown_by_the_next_question() -> None:
    service = StudyService(None, seed=3)
    items = [q for qs in service.load_deck(DECK).items.values() for q in qs]
    mcqs = [q for q in items if q.kind == "mcq"]
    # an mcq, and another whose options show its key
    before, shows_it = next(
        (b, s)
        for b in mcqs
        for s in mcqs
        if s is not b and b.answer[0] in (s.options or []) and s.fact_ids != b.fact_ids
    )
    assert gives_away(before, shows_it)
    key = before.answer[0].lower()
    unrelated = next(
        q
        for q in mcqs
        if key not in q.prompt.lower() and not any(key in o.lower() for o in q.options or [])
    )
    assert not gives_away(before, unrelated)
    tf = next(q for q in items if q.kind == "true_false")  # "True" or "False" reveals nothing
    assert not any(gives_away(tf, q) for q in items)


def test_the_spacer_works_out_a_facts_keys_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session asks a few hundred facts of a deck that may hold 10k: the spacing keys of
    every fact at start were a twentieth of opening a big deck."""
    from quizapp.facts.model import Fact

    deck = StudyService(None).deck("russia-central-asia")
    asked: list[str] = []

    def counted(self: Fact) -> str | None:
        asked.append(self.id)
        return self.object if isinstance(self.object, str) else None

    monkeypatch.setattr(Fact, "object_id", property(counted))
    spacer = Spacer(deck)
    assert asked == []
    f = next(f for f in deck.facts if isinstance(f.object, str))
    want = {("fact", f.id), ("subject", f.subject, f.relation), ("object", f.relation, f.object)}
    assert spacer.keys(f.id) == want and spacer.keys(f.id) == want
    assert asked == [f.id]  # once, then kept
    assert spacer.keys("no-such-fact") == {("fact", "no-such-fact")}
