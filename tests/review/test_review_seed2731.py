"""Session 27 (issue 19): tests for the real survivors of a fresh mutation sample of
quizapp/review (`JOBS=1 SAMPLE=40 SEED=2731 tests/mutation/run.sh review`), judged to the end
before these tests were written (docs/quality/mutation-session27-review.md, section 3); each
names its mutant."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import fsrs

from quizapp.generate.question import Question
from quizapp.review.guessing import measure
from quizapp.review.optimize import histories_by_fact
from quizapp.review.personal import describe
from quizapp.review.spacing import Spacer
from quizapp.service import StudyService
from quizapp.store.light_reviews import AnswerRow
from quizapp.store.records import Review, Settings
from tests.review.learner import right_answer
from tests.review.test_defences import DECK, NOW, seeded
from tests.review.test_review_s273 import T, _item, _Log


def test_undoing_a_review_of_a_known_fact_leaves_the_sessions_new_facts_count_alone() -> None:
    """corrections.pop #11 (the card before the answer not passed when the summary backs the
    answer out): undoing a review of a fact learned in an earlier session took one off the
    summary's new facts learned, which then read -1."""
    service, fact = seeded()
    session = service.start("a", DECK, backup=False)
    q = session.next_question()
    assert q is not None and q.fact_ids[0] == fact
    session.answer(right_answer(q), 4000)
    assert (session.summary.answered, session.summary.learned) == (1, 0)
    assert session.undo() == q
    assert (session.summary.answered, session.summary.learned) == (0, 0)


def test_a_learner_who_reveals_what_they_cannot_type_is_still_shown_guessing() -> None:
    """guessing.evidence #74 (only "wrong" counted as not recalled, not "revealed"): a
    learner who says "?" to the typed items they do not know (half of them) and guesses on
    two-option choices (wrong 3 in 8) looked like one who never forgets a typed answer, and
    so like no guesser at all (g 0 where the log says 1/2)."""
    rows = []
    at = T - timedelta(days=10)
    for i in range(200):
        for kind, verdict in (
            ("typed", "revealed" if i % 2 == 0 else "correct"),
            ("mcq", "wrong" if i % 8 < 3 else "correct"),
        ):
            fact, when = f"{kind}{i}", at + timedelta(minutes=i)
            rows.append(
                AnswerRow(
                    fact, f"{fact}-{kind}", kind, verdict, "scheduled", False, False, "new", when
                )
            )
    items = {f"mcq{i}": [_item(f"mcq{i}", "mcq", 2)] for i in range(200)}
    m = measure(_Log(rows), "a", T, lambda f: items.get(f, []), deck_facts=1000)  # type: ignore[arg-type]
    assert (m.g, m.first_shows) == (0.5, True)


def _answer(day: int, rating: int, undone: bool = False) -> Review:
    return Review(
        id=f"r{day}", learner="a", deck_id="d", fact_id="f", item_id="f-typed", kind="typed",
        verdict="correct" if rating > 1 else "wrong", rating=rating, response="x",
        duration_ms=4000, reviewed_at=T + timedelta(days=day), session_id=f"s{day}",
        undone=undone,
    )  # fmt: skip


def test_the_optimizer_never_trains_on_an_answer_the_learner_took_back() -> None:
    """optimize.usable #2 (`and` -> `or`): a scheduled answer that was undone went into the
    histories `quizapp optimize` fits to, as a lapse that never happened."""
    log = [_answer(0, 3), _answer(2, 1, undone=True), _answer(5, 3), _answer(12, 3)]
    assert histories_by_fact(log) == {"d|f": [[(3, 0), (3, 5)], [(3, 0), (3, 5), (3, 7)]]}


def test_personal_parameters_set_by_hand_are_named_as_such() -> None:
    """personal.describe #6 (the line in capitals): parameters in use with no recorded run
    (set in the settings, not fitted here) are described plainly."""
    mine = Settings(learner="a", fsrs_parameters=list(fsrs.Scheduler().parameters))
    assert describe(mine) == "personal FSRS parameters"
    assert describe(Settings(learner="a")) == "FSRS-6 default parameters"


def test_a_topic_session_asks_only_that_topics_facts() -> None:
    """session.StudySession.__init__ #21 (`topic in f.topics` -> `not in`): studying one
    topic asked every fact but that topic's."""
    service = StudyService(None, clock=lambda: NOW, seed=5)
    deck = service.catalog.deck(DECK)
    energy = {f.id for f in deck.facts if "energy" in f.topics}
    assert 0 < len(energy) < len(deck.facts)
    session = service.start("a", DECK, topic="energy", backup=False)
    assert set(session.facts) == energy
    for _ in range(8):
        q = session.next_question()
        assert q is not None
        assert set(q.fact_ids) & energy, q.fact_ids
        session.answer(right_answer(q), 4000)


def test_a_session_is_recorded_when_it_starts_and_a_read_only_one_writes_nothing(
    tmp_path: Path,
) -> None:
    """session.StudySession.__init__ #95 (`not store.read_only` -> `store.read_only`): a
    session was recorded only if it ended (one whose program was killed left answers under a
    session the database never heard of), and a read-only study could not start at all."""
    service = StudyService(tmp_path / "db", clock=lambda: NOW, seed=5)
    session = service.start("a", DECK, backup=False)
    assert [s.id for s in service.store.sessions("a")] == [session.record.id]
    service.close()
    reader = StudyService(tmp_path / "db", read_only=True, clock=lambda: NOW, seed=5)
    looking = reader.start("a", DECK, "practice", backup=False)
    assert looking.next_question() is not None
    assert [s.id for s in reader.store.sessions("a")] == [session.record.id]
    reader.close()


def _mcq(qid: str, facts: list[str], prompt: str, answer: str) -> Question:
    return Question(
        id=qid, kind="mcq", template="forward", prompt=prompt, options=[answer, "x", "y", "z"],
        answer=[answer], fact_ids=facts, topic="t", explanation="e", citation="c",
        difficulty=0.5,
    )  # fmt: skip


def test_a_question_that_also_asks_a_sibling_of_a_recent_fact_waits() -> None:
    """spacing.Spacer.pick #39 (`or` -> `and`): only the fact's own siblings were kept apart,
    not those of the other facts its question asks about: right after Kazakhstan's regime,
    an item on China's trade that also asks Tajikistan's (the same regime type: a sibling)
    came next, when a question on an unrelated fact was ready."""
    service = StudyService(None, clock=lambda: NOW, seed=5)
    spacer = Spacer(service.catalog.deck(DECK))
    recent = [_mcq("r", ["kazakhstan-regime"], "Kazakhstan's regime?", "authoritarian")]
    items = {
        "china-leads-trade": [
            _mcq("c", ["china-leads-trade", "tajikistan-regime"], "Which holds?", "both")
        ],
        "central-asia-muslim": [_mcq("m", ["central-asia-muslim"], "Main faith?", "Islam")],
    }
    ready = ["china-leads-trade", "central-asia-muslim"]
    picked = spacer.pick(ready, lambda f: items[f], {}, recent, random.Random(0))
    assert picked is not None and picked[0] == "central-asia-muslim"
