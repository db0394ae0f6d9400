"""What an independent review of the argument kinds found unfair or flawed, each now refused:
counter-evidence offered as evidence, evidence that restates its claim, non-standard
assertion-reason choices, comparisons that do not name their measure, and letters that mean
another option on another seed."""

from __future__ import annotations

import random

import pytest

from quizapp.facts import Deck, load_deck
from quizapp.facts.claims import Link
from quizapp.generate import Question, generate_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_gates import key_restates_claim, node_of, restates, statement_node
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import Kind
from quizapp.generate.kinds import assertion_reason as ar
from tests.conftest import DECK_PATH

DECK: Deck = load_deck(DECK_PATH)
IX = DeckIndex(DECK)
ARG = argument_of(IX)
KINDS: tuple[Kind, ...] = ("why", "assertion_reason", "claim_evidence", "comparison")
ITEMS = {
    seed: generate_deck(DECK, seed=seed, kinds=KINDS, index=IX).questions for seed in (0, 47, 301)
}


def claim_and_key(q: Question) -> tuple[str | None, str | None]:
    return statement_node(ARG, q.prompt.split('"')[1]), statement_node(ARG, q.answer[0])


def test_evidence_the_deck_sets_against_a_claim_is_never_its_key() -> None:
    """'Trade in the EEU fell 28%' is evidence that the EEU brings little gain; were it linked
    `despite` the claim instead, it would be counter-evidence and must never be the key."""
    claim, fact = "c-eeu-little-gain", "trade-fall-2016"
    ix = DeckIndex(DECK)
    assert fact in argument_of(ix).support(claim)
    against = Link(source=claim, type="despite", target=fact)
    deck = DECK.model_copy(update={"links": [*DECK.links, against]})
    ix = DeckIndex(deck)
    argument = argument_of(ix)
    assert fact not in argument.support(claim) and fact not in argument.evidence(claim)
    items = generate_deck(deck, seed=0, kinds=("claim_evidence",), index=ix).questions
    for q in items:
        assert node_of(argument, q.answer[0]) != fact or claim not in q.claim_ids


def test_the_bundled_deck_offers_no_counter_evidence() -> None:
    # the briefing sets Turkmenistan's reluctance *against* its possible need of Russia (S3 ¶3)
    assert "turkmenistan-stance" not in ARG.support("c-turkmen-may-need-russia")
    assert "turkmenistan-stance" in ARG.against("c-turkmen-may-need-russia")
    # the influence half of the EP resolution is no evidence of itself (S7 ¶2)
    assert ARG.support("c-ep-acknowledges-influence") == []
    for claim in ARG.claims:
        assert not set(ARG.support(claim)) & ARG.against(claim), claim
        assert not ARG.causes(claim) & ARG.against(claim), claim
    for items in ITEMS.values():
        for q in items:
            if q.kind in ("why", "claim_evidence"):
                asked, key = claim_and_key(q)
                assert asked is not None and key is not None
                assert key not in ARG.against(asked), q.prompt


def test_evidence_that_restates_its_claim_is_refused() -> None:
    claim = "Russia and Kazakhstan both sell mostly fossil fuels abroad and buy mostly goods."
    assert restates("Kazakhstan mainly exports fossil fuels.", claim)
    assert not restates("Trade inside the EEU fell by 28% in 2016.", claim)
    q = next(q for q in ITEMS[0] if q.kind == "claim_evidence")
    quoted = q.prompt.split('"')[1]
    echo = f"{quoted.rstrip('.')}, as the briefing says."
    broken = q.model_copy(
        update={
            "answer": [echo],
            "options": [echo if o == q.answer[0] else o for o in q.options or []],
        }
    )
    assert key_restates_claim(q, IX) is None
    assert key_restates_claim(broken, IX) == "the key restates the claim"


def test_no_bundled_key_restates_its_claim() -> None:
    for items in ITEMS.values():
        for q in items:
            if q.kind in ("why", "claim_evidence"):
                assert not restates(q.answer[0], q.prompt.split('"')[1]), q.prompt


def test_assertion_reason_offers_the_four_standard_choices() -> None:
    assert ar.CHOICES == [
        "Both are true, and the reason explains the assertion.",
        "Both are true, but the reason does not explain the assertion.",
        "The assertion is true, but the reason is false.",
        "The assertion is false, but the reason is true.",
    ]
    despite = [q for q in ITEMS[0] if q.kind == "assertion_reason" and q.template == "despite"]
    assert despite and all(q.answer == [ar.CHOICES[1]] for q in despite)


def test_a_comparison_of_percentage_changes_says_percentage() -> None:
    changes = [q for q in ITEMS[0] if q.kind == "comparison" and "migrants" in q.prompt]
    assert changes
    for q in changes:
        assert "percentage rise" in q.prompt or "percentage fall" in q.prompt, q.prompt


@pytest.mark.parametrize("kind", ["why", "claim_evidence", "comparison"])
def test_the_key_keeps_its_letter_on_every_seed(kind: str) -> None:
    """`quizapp grade --item ID B`: the letter of the key shown on one seed is the key on
    every seed, whatever wrong options another seed draws."""
    where: dict[str, list[int]] = {}
    for items in ITEMS.values():
        for q in items:
            if q.kind == kind:
                where.setdefault(q.id, []).append((q.options or []).index(q.answer[0]))
    assert sum(len(places) >= 2 for places in where.values()) >= 3  # items on several seeds
    assert all(len(set(places)) == 1 for places in where.values()), where
    if kind != "comparison":  # keys spread over the positions (not always first)
        assert len({p for places in where.values() for p in places}) >= 3


def test_two_contrasted_points_are_true_but_no_explanation() -> None:
    """The standard 'both true, but R does not explain A' case, from a contrasts_with link:
    the EU seeing a partner is no consequence of Russia wanting rivals kept out (S7 ¶2)."""
    contrast = [q for q in ITEMS[0] if q.kind == "assertion_reason" and q.template == "contrast"]
    for q in contrast:
        assert q.answer == [ar.NOT_EXPLAINS]
    eu = ar._items(ARG, "c-eu-sees-partner", "c-sphere-of-interest", "contrast", random.Random(0))
    assert isinstance(eu[0], Question) and eu[0].answer == [ar.NOT_EXPLAINS]
    assert "firmer control over its former Soviet republics" in eu[0].prompt


def test_no_two_wrong_options_say_the_same() -> None:
    from quizapp.generate.argument_pools import alike

    assert alike(ARG, "c-eeu-work-rules", "c-stricter-for-outsiders")
    for items in ITEMS.values():
        for q in items:
            if q.kind not in ("why", "claim_evidence"):
                continue
            wrong = [o for o in q.options or [] if o not in q.answer]
            for i, a in enumerate(wrong):
                for b in wrong[i + 1 :]:
                    assert not restates(a, b) and not restates(b, a), (q.prompt, a, b)
