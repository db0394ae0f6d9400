"""The kinds that ask about the argument (why, assertion-reason, claim-evidence) and numeric
comparisons, on the bundled deck: what they make, and the gates that refuse them broken."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from quizapp.facts import Deck, load_deck
from quizapp.generate import Question, generate_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_gates import statement_node
from quizapp.generate.gates import GATES, first_failure
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import assertion_reason as ar
from quizapp.generate.spread import PER_FACT
from tests.conftest import DECK_PATH

DECK: Deck = load_deck(DECK_PATH)
IX = DeckIndex(DECK)
ARG = argument_of(IX)
ITEMS = generate_deck(DECK, seed=0).questions


def first(kind: str, where: str = "") -> Question:
    return next(q for q in ITEMS if q.kind == kind and where in q.prompt)


WHY = first("why", "The EEU brings little real trade benefit")  # the deck gives two reasons
# the issue's own example; the deck's budget for the kind may leave it out of a seed's items
_AR = ar._items(
    ARG, "tajikistan-hesitant-eeu", "c-tajik-depends-on-migration", "despite", random.Random(0)
)[0]
assert isinstance(_AR, Question)
AR = _AR
EVIDENCE = first("claim_evidence")
COMPARISON = first("comparison", "the most")


def wrong(q: Question) -> list[str]:
    return [o for o in q.options or [] if o not in q.answer]


def with_option(q: Question, old: str, new: str) -> Question:
    return q.model_copy(update={"options": [new if o == old else o for o in q.options or []]})


def other_cause(q: Question) -> str:
    """Another reason the deck gives for the same claim: arguably right, so never wrong."""
    key = statement_node(ARG, q.answer[0])  # read through "According to ..."
    node = statement_node(ARG, q.prompt.split('"')[1])
    assert node is not None
    causes = ARG.causes(node)
    assert key in causes and len(causes) > 1
    return ARG.text(next(c for c in sorted(causes) if c != key))


ECHOING = "The EEU has brought little real trade benefit since 2015, by the briefing's figures."
ECHO = WHY.model_copy(
    update={
        "answer": [ECHOING],
        "options": [ECHOING if o in WHY.answer else o for o in WHY.options or []],
    }
)
RESTATING = EVIDENCE.prompt.split('"')[1].rstrip(".") + ", as the briefing says."
RESTATE = EVIDENCE.model_copy(
    update={
        "answer": [RESTATING],
        "options": [RESTATING if o in EVIDENCE.answer else o for o in EVIDENCE.options or []],
    }
)
CLOSE = COMPARISON.model_copy(  # 75 % of Kazakh oil and 74 % support: within tolerance
    update={"fact_ids": ["kazakh-oil-via-russia", "eeu-support-kazakhstan"]}
)


def on_the_claims_ground(q: Question) -> str | None:
    """A sentence on the quoted claim's own ground (its country and topic), not yet an option:
    what the limb screen keeps out (argument_limbs.py)."""
    from quizapp.generate.argument_gates import statement_node as node_of_text
    from quizapp.generate.argument_limbs import shares_limb
    from quizapp.generate.argument_pools import unattributed

    claim = node_of_text(ARG, q.prompt.split('"')[1])
    assert claim is not None
    shown = {node_of_text(ARG, o) for o in q.options or []}
    found = next(
        (n for n in IX.facts if n not in shown and shares_limb(ARG, n, claim) and n != claim),
        None,
    )
    return None if found is None else unattributed(ARG, ARG.text(found))


GROUNDED = next(
    q
    for q in ITEMS
    if q.kind == "claim_evidence" and q.template == "evidence" and on_the_claims_ground(q)
)


CRIMEA = first("claim_evidence", "goes its own way over the Kremlin's conflict with Kyiv")
# the claim as it was worded until session 20: 'Crimea' in the stem and in the key alone
SAID_CRIMEA = CRIMEA.model_copy(
    update={
        "prompt": CRIMEA.prompt.replace(
            ARG.text("c-kazakh-own-line"), "Kazakhstan keeps its own line on Ukraine and Crimea."
        )
    }
)
FAR = [  # the seed-9107 review's wrong options (sections 4-6): the key alone on the topic
    "Russia in effect controls uranium mining in Kazakhstan.",
    "Kazakhstan was among the founding members of the EEU in January 2015.",
    "Russia keeps several military facilities in Kazakhstan.",
]
ALONE = CRIMEA.model_copy(
    update={"options": [o if o in CRIMEA.answer else FAR.pop() for o in CRIMEA.options or []]}
)
WARMED = first("claim_evidence", "more seriously than it used to")
NAMED = WHY.model_copy(  # 'After the fire, ...': the stem names the cause its key gives
    update={"prompt": WHY.prompt.replace('"The EEU', '"Because of lasting trade barriers, the EEU')}
)


ARGUMENT_CASES: list[tuple[str, Question, Question]] = [
    ("one key", WHY, WHY.model_copy(update={"answer": [wrong(WHY)[0]]})),
    ("one key", WHY, with_option(WHY, wrong(WHY)[0], other_cause(WHY))),
    ("one key", AR, AR.model_copy(update={"answer": [ar.EXPLAINS]})),
    ("one key", EVIDENCE, EVIDENCE.model_copy(update={"answer": [wrong(EVIDENCE)[0]]})),
    ("one key", COMPARISON, COMPARISON.model_copy(update={"answer": [wrong(COMPARISON)[0]]})),
    ("key echoes stem", WHY, ECHO),
    ("key restates claim", EVIDENCE, RESTATE),
    ("name only in key", CRIMEA, SAID_CRIMEA),
    (
        "wrong option on claim's ground",
        GROUNDED,
        with_option(GROUNDED, wrong(GROUNDED)[0], on_the_claims_ground(GROUNDED) or ""),
    ),
    ("sentence options", WHY, with_option(WHY, wrong(WHY)[0], wrong(WHY)[0].rstrip(".") + ";")),
    ("compared values apart", COMPARISON, CLOSE),
    ("key alone on topic", CRIMEA, ALONE),
    ("stem names its cause", WHY, NAMED),
    (  # session 21: the 'used to' of 'more seriously than it used to' offered as no support
        "baseline as wrong option",
        WARMED,
        with_option(WARMED, wrong(WARMED)[0], ARG.text("sco-rivalry-china")),
    ),
]


def test_each_new_kind_is_made_from_the_bundled_deck() -> None:
    kinds = {q.kind for q in ITEMS}
    assert {"why", "assertion_reason", "claim_evidence", "comparison"} <= kinds
    for q in ITEMS:
        if q.kind in ("why", "assertion_reason", "claim_evidence"):
            assert q.claim_ids or q.kind != "claim_evidence", q.prompt  # links may join facts
            assert q.level in ("understand", "analyse")
            assert first_failure(q, IX) is None


def test_why_offers_no_other_cause_of_the_claim_as_wrong() -> None:
    for q in (q for q in ITEMS if q.kind == "why" and q.template == "cause"):
        node = statement_node(ARG, q.prompt.split('"')[1])
        assert node is not None
        assert statement_node(ARG, q.answer[0]) in ARG.causes(node)
        for option in wrong(q):
            other = statement_node(ARG, option)
            assert other is not None and other not in ARG.causes(node)
            # unconnected within two steps, or set against the claim (no reason for it)
            assert other in ARG.against(node) or ARG.distance(other, node) is None


def test_assertion_reason_keys_follow_the_link_type() -> None:
    items = [q for q in ITEMS if q.kind == "assertion_reason"]
    # three of the four choices are keys somewhere (the deck's few facts with a false variant
    # leave 'the assertion is false' out of the budgeted items on some decks)
    assert len({q.answer[0] for q in items}) >= 3
    for q in items:
        assert q.options == ar.CHOICES
        if q.template == "despite":
            assert q.answer == [ar.NOT_EXPLAINS]
        elif q.template == "because":
            assert q.answer == [ar.EXPLAINS]


def test_the_issue_example_is_asked_with_despite() -> None:
    assert AR.prompt.startswith(  # the briefing's judgment, attributed on the question line
        "Assertion: Tajikistan is hesitant about joining the EEU."
    )  # (session 21: once for both statements)
    assert AR.prompt.endswith(" Which is right, according to the briefing (as of 2016)?")
    assert AR.answer == [ar.NOT_EXPLAINS]


def test_comparison_keys_the_largest_value() -> None:
    q = first("comparison", "received more Russian aid in 2015")
    assert sorted(q.options or []) == ["Kyrgyzstan", "Tajikistan"] and q.answer == ["Kyrgyzstan"]
    assert COMPARISON.level == "apply"


@pytest.mark.parametrize("seed", [0, 1, 2, 5, 7, 11, 13, 23])
def test_every_declared_claim_is_asked(seed: int) -> None:
    items = ITEMS if seed == 0 else generate_deck(DECK, seed=seed, index=IX).questions
    asked = {c for q in items for c in q.claim_ids}
    assert {c.id for c in DECK.claims} <= asked


@pytest.mark.parametrize("seed", [0, 3, 17])
def test_a_fifth_of_the_items_are_at_understand_or_above(seed: int) -> None:
    """Issue 13's done-when (about 15% before why was read forwards, cause -> effect, and
    claim-evidence the other way, fact -> the point it supports: now about 24%)."""
    items = ITEMS if seed == 0 else generate_deck(DECK, seed=seed, index=IX).questions
    above = [q for q in items if q.level != "remember"]
    assert len(above) >= len(items) / 5, (len(above), len(items))


def test_a_wrong_option_may_share_the_claims_subject_but_not_its_links() -> None:
    """Wrong options once had to name nothing the claim or key names, so they came from other
    topics and the key stood alone on the claim's subject (review, seed 263). They may now be
    about the same country; what keeps them wrong is the declared links: the one-key gate still
    refuses another cause of the claim as a wrong option."""
    shared = 0
    for q in (q for q in ITEMS if q.kind in ("why", "claim_evidence")):
        node = statement_node(ARG, q.prompt.split('"')[1])
        key = statement_node(ARG, q.answer[0])
        assert node is not None and key is not None
        for option in wrong(q):
            other = statement_node(ARG, option)
            assert other is not None
            shared += bool(ARG.named(other) & (ARG.named(node) | ARG.named(key)))
    assert shared >= 3
    assert GATES["one key"](with_option(WHY, wrong(WHY)[0], other_cause(WHY)), IX)


def test_headline_claims_are_never_asked_as_claim_and_evidence() -> None:
    """'Russia seeks control over its former republics' is supported by most of the briefing
    (an airbase, a debt write-off): no wrong option would be safe."""
    main = {c.id for c in DECK.claims if c.main}
    assert main
    for q in (q for q in ITEMS if q.kind == "claim_evidence"):
        assert statement_node(ARG, q.prompt.split('"')[1]) not in main
    assert main <= {c for q in ITEMS for c in q.claim_ids}  # asked by the other kinds


@pytest.mark.parametrize("seed", [0, 5])
def test_the_per_fact_cap_holds_and_leaves_no_claim_unasked(seed: int) -> None:
    """Seed 5 once capped away the only item on 'remittances remain vital' (it cites one fact,
    remittances-halved, which had its three items already). The cap holds for every item that
    asks no claim; only a claim's last item may pass it, so the old kinds are untouched."""
    items = ITEMS if seed == 0 else generate_deck(DECK, seed=seed, index=IX).questions
    assert {"c-remittances-vital", "c-migrants-earn-more"} <= {
        c for q in items for c in q.claim_ids
    }
    single = [q for q in items if len(q.fact_ids) == 1 and q.kind != "true_false"]
    assert max(Counter(q.fact_ids[0] for q in single if not q.claim_ids).values()) <= PER_FACT
    for fact, n in Counter(q.fact_ids[0] for q in single).items():
        claims = [q for q in single if q.fact_ids[0] == fact and q.claim_ids]
        sole = [
            q for q in claims if any(sum(c in o.claim_ids for o in items) == 1 for c in q.claim_ids)
        ]
        assert n - len(sole) <= PER_FACT, (fact, [q.id for q in claims])


AR_PARTS = re.compile(
    r"^Assertion: (?P<a>.+?) Reason: (?P<r>.+) Which is right(?:, according to the briefing)?"
    r"(?: \(as of \d{4}\))?\?$"
)


@pytest.mark.parametrize("seed", [0, 5])
def test_assertion_reason_statements_carry_their_own_attribution_and_the_date_is_shared(
    seed: int,
) -> None:
    """'According to the briefing' is said once, on the question line, for both statements
    (session 21: on one alone it marked that one, on both it read heavily). The date no
    longer does: on the present-tense claims alone it marked the true statements (seed-857
    review: 16 of 16), so every item of a deck that needs one has it on its question line
    ('Which is right (as of 2016)?'), false forms too (session 15)."""
    items = ITEMS if seed == 0 else generate_deck(DECK, seed=seed, index=IX).questions
    ars = [q for q in items if q.kind == "assertion_reason"]
    assert len(ars) >= 10
    for q in ars:
        parts = AR_PARTS.match(q.prompt)
        assert parts, q.prompt
        assert q.prompt.endswith(" (as of 2016)?"), q.prompt
        for part in (parts["a"], parts["r"]):
            assert part.endswith(".") and "(as of" not in part, q.prompt
            assert "According to" not in part, q.prompt
    earn = next(q for q in ars if "pays migrants far more" in q.prompt)
    assert earn.prompt == (
        "Assertion: Working in Russia still pays migrants far more than work at home."
        " Reason: Russia's economy has been booming. Which is right (as of 2016)?"
    )  # session 19: the assertion is asked once; since session 47 its link on Russia's
    # downturn is asked with the claim's false counterpart as the reason
    assert first_failure(earn, IX) is None


def test_why_and_evidence_stems_open_with_the_question_and_date_the_quote() -> None:
    """The quote is the source's sentence as the deck words it: its date goes on the question
    that quotes it ('... for this (as of 2016)? "..."'), never inside the quotation marks."""
    for q in ITEMS:
        if q.kind in ("why", "claim_evidence"):
            assert q.prompt.startswith("Which "), q.prompt
            before_quote, quoted = q.prompt.split('"', 2)[:2]
            assert "According" not in before_quote, q.prompt
            assert "(as of" not in quoted, q.prompt
            assert "(as of" not in before_quote or before_quote.endswith(")? "), q.prompt
