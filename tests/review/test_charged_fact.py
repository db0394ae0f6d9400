"""Issue 10: a false statement with a swapped-in object ('In 2016, Uzbekistan was a member of
the CSTO', made from Uzbekistan's CIS membership) tests the swapped-in object's facts, so a
study session files it under them and the review and the card go there, not to the seed."""

from __future__ import annotations

from datetime import timedelta

from quizapp.facts.loader import load_deck
from quizapp.generate.registry import generate_deck
from tests.review.learner import right_answer
from tests.review.test_session_flow import DECK, Clock, service_at
from tests.unit.test_fair_session11 import ROOT


def test_a_swapped_false_statement_names_the_facts_it_tests_and_the_one_it_came_from() -> None:
    deck = load_deck(ROOT / "questions" / f"{DECK}.yaml")
    swapped = [
        q
        for seed in (0, 3)
        for q in generate_deck(deck, seed=seed).questions
        if q.kind == "true_false" and q.generated_from
    ]
    assert swapped, "no swapped false statement was made"
    for q in swapped:
        assert q.answer == ["False"]
        assert q.seed_fact == q.generated_from[0] not in q.fact_ids
        seed = next(f for f in deck.facts if f.id == q.generated_from[0])
        tested = [f for f in deck.facts if f.id in q.fact_ids]
        # the statement says the seed's subject holds the tested facts' object, which it does not
        assert all(f.object_id == tested[0].object_id != seed.object_id for f in tested)
        assert all(f.relation == seed.relation for f in tested)


def test_a_study_session_charges_the_swapped_statement_to_the_facts_it_tests() -> None:
    clock = Clock()
    service = service_at(clock, new_per_day=500)
    q = None
    # which item a fact is asked by depends on the card's stage and the learner's log, so study
    # day after day (each session answering everything due) until a swapped statement comes up
    for _day in range(30):
        session = service.start("a", DECK, topic="organisations", limit=300, backup=False)
        while (q := session.next_question()) is not None:
            session.answer(right_answer(q), 4000)
            if q.generated_from:
                break
        if q is not None:
            break
        session.end()
        clock.at += timedelta(days=1)
    assert q is not None and q.generated_from, "30 days of study never asked a swapped statement"
    charged, seed = q.fact_ids[0], q.generated_from[0]
    assert session.turns[-1].fact_id == charged
    session.end()
    logged = [r for r in service.store.reviews("a") if r.item_id == q.id]
    assert [r.fact_id for r in logged] == [charged]
    cards = service.store.cards("a", DECK)
    assert cards[charged].last_item_id == q.id and cards[charged].reps >= 1
    assert seed not in cards or cards[seed].last_item_id != q.id
