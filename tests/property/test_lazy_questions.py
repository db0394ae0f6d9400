"""Issue 16: a deck's cached questions are decoded per fact, when a session first asks for
them. The lazy mapping holds exactly what generating the deck gives (same facts, same
order, same questions), and a session over it asks what a session over the eagerly built
mapping asks, answer by answer, while decoding only the facts it reaches."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts import compiled
from quizapp.facts.model import Deck
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.question_cache import KIND, FactQuestions, questions_by_fact, questions_key
from quizapp.review.session import StudySession
from quizapp.service import StudyService
from quizapp.store.records import Mode
from tests.benchmarks.synthetic import synthetic_deck
from tests.review.learner import right_answer, wrong_answer

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def eager(deck: Deck, seed: int) -> dict[str, list[Question]]:
    """The mapping as it was built before issue 16: every question, grouped by first fact."""
    out: dict[str, list[Question]] = {}
    for q in generate_deck(deck, seed=seed).questions:
        out.setdefault(q.fact_ids[0], []).append(q)
    return out


def bundled() -> Deck:
    return StudyService(None).deck("russia-central-asia")


@pytest.mark.parametrize(("which", "seed"), [("bundled", 0), ("bundled", 7), ("synthetic", 2)])
def test_the_cached_questions_equal_the_generated_ones_fact_by_fact(which: str, seed: int) -> None:
    deck = bundled() if which == "bundled" else synthetic_deck(300, n_countries=60)
    expected = eager(deck, seed)
    fresh = questions_by_fact(deck, seed)  # generated now, and stored
    cached = questions_by_fact(deck, seed)  # read back from the entry just stored
    assert compiled.read_entry(KIND, questions_key(deck, seed)) is not None
    assert cached.decoded() == 0  # nothing decoded until asked for
    facts = cached.keys()  # the offsets' view: membership without decoding
    assert list(facts) == list(expected) and "no-such-fact" not in facts
    assert all(f in facts for f in expected) and cached.decoded() == 0
    for got in (fresh, cached):
        assert list(got) == list(expected)
        assert {f: got[f] for f in got} == expected
    assert cached.decoded() == len(expected)
    assert "no-such-fact" not in cached
    with pytest.raises(KeyError):
        cached["no-such-fact"]


def test_a_damaged_offsets_line_is_ignored_and_the_questions_generated_again() -> None:
    deck = synthetic_deck(60, n_countries=20)
    expected = eager(deck, 1)
    questions_by_fact(deck, 1)
    key = questions_key(deck, 1)
    body = compiled.read_entry(KIND, key)
    assert body is not None
    for bad in (b'[["m0", 0, 99999999]]\n' + body, b"{}\n", b"not json"):
        compiled.write_entry(KIND, key, bad)  # a whole entry (digest right), wrong content
        got = questions_by_fact(deck, 1)
        assert {f: got[f] for f in got} == expected


def session(
    deck: Deck, items: object, mode: Mode, rng_seed: int, clock: list[datetime]
) -> StudySession:
    service = StudyService(None, clock=lambda: clock[0], seed=0)
    service.store.ensure_learner("a", T0)
    return StudySession(
        store=service.store,
        deck=deck,
        items=items,  # type: ignore[arg-type]
        vocabulary={},
        learner="a",
        mode=mode,
        clock=lambda: clock[0],
        rng=random.Random(rng_seed),
        session_id="s",
        limit=25,
        exam_date=T0 + timedelta(days=5) if mode == "exam" else None,
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["scheduled", "practice", "exam"]),
    st.integers(0, 2**16),
    st.lists(st.booleans(), min_size=1, max_size=25),
)
def test_a_session_over_the_lazy_questions_asks_what_the_eager_one_asks(
    mode: Mode, rng_seed: int, answers: list[bool]
) -> None:
    deck = bundled()
    lazy = questions_by_fact(deck, 0)
    lazy = FactQuestions.decode(lazy.encode())  # a fresh read: nothing decoded yet
    at_lazy, at_eager = [T0], [T0]
    a = session(deck, lazy, mode, rng_seed, at_lazy)
    b = session(deck, eager_bundled(), mode, rng_seed, at_eager)
    for right in answers:
        qa, qb = a.next_question(), b.next_question()
        assert (qa.id if qa else None) == (qb.id if qb else None)
        if qa is None or qb is None:
            break
        fa = a.answer(right_answer(qa) if right else wrong_answer(qa), 3000)
        fb = b.answer(right_answer(qb) if right else wrong_answer(qb), 3000)
        assert (fa.verdict, fa.rating, fa.next_due) == (fb.verdict, fb.rating, fb.next_due)
        at_lazy[0] += timedelta(seconds=20)
        at_eager[0] = at_lazy[0]
    assert [t.question.id for t in a.turns] == [t.question.id for t in b.turns]
    assert a.progress() == b.progress()
    # only the facts the session looked at were decoded, not the deck
    assert lazy.decoded() < len(lazy)


_EAGER: dict[str, list[Question]] = {}


def eager_bundled() -> dict[str, list[Question]]:
    if not _EAGER:
        _EAGER.update(eager(bundled(), 0))
    return _EAGER


def test_a_big_deck_session_decodes_only_todays_facts() -> None:
    deck = synthetic_deck(2000, n_countries=400)
    questions_by_fact(deck, 0)
    lazy = questions_by_fact(deck, 0)
    clock = [T0]
    s = session(deck, lazy, "scheduled", 1, clock)
    for _ in range(5):
        q = s.next_question()
        assert q is not None
        s.answer(right_answer(q), 3000)
    # a new learner's day: new_per_day (20) facts at most, out of 2000
    assert 0 < lazy.decoded() <= s.settings.new_per_day
    assert len(lazy) > 1500


def test_a_session_decodes_only_the_facts_it_asks_not_the_whole_queue() -> None:
    """Finding the askable facts asks the mapping whether a fact has questions (`in`), never
    for them: the first question of a session of twenty new facts decodes one fact or two
    (spacing may pass one by), not twenty; progress() decodes none (issue 16)."""
    deck = bundled()
    lazy = FactQuestions.decode(questions_by_fact(deck, 0).encode())
    at = [T0]
    s = session(deck, lazy, "scheduled", 1, at)
    question = s.next_question()
    assert question is not None
    _, total = s.progress()
    assert total >= 10  # a queue of many facts
    assert lazy.decoded() <= 2
    s.answer(right_answer(question), 3000)
    s.next_question()
    s.progress()
    assert lazy.decoded() <= 4
