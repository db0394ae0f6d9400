"""Claim and evidence: which fact supports a claim the briefing makes.

The key is one of the claim's evidence facts (its own list, or a fact or claim linked
`evidence_for` it). Wrong options are facts from *other sections* and other topics that are
unconnected to the claim (see generate/argument.py): a fact from the same paragraph might
support the claim even if the deck does not say so, so it is never offered as wrong. One item
per claim (one prompt, one key): the key is the support that repeats the fewest of the
claim's words.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_options import cite, claim_ids, steady_options
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build
from quizapp.generate.kinds.why import first_fair_per_node, like_the_stem

DISTRACTORS = 3
TOO_FEW = "too few facts unconnected to the claim"


def stem(argument: Argument, claim: str) -> str:
    return f'Which of these supports {argument.author}\'s claim? "{argument.text(claim)}"'


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    argument = argument_of(ix)
    claims = [  # a headline claim: most of the briefing supports it, no wrong option is safe
        c
        for c in argument.claims_by_anchor.get(fact.id, [])
        if argument.support(c) and not argument.claims[c].main
    ]
    return first_fair_per_node(
        ix, argument, claims, argument.support, lambda c, k: _item(argument, c, k, rng)
    )


def wrong_evidence(argument: Argument, claim: str, key: str) -> list[str]:
    ix = argument.ix
    own = set(argument.support(claim))
    section = argument.claims[claim].provenance.section
    topics = {t for f in argument.anchor_facts(claim) for t in f.topics}
    return [
        f.id
        for f in ix.deck.facts
        if f.id not in own
        and not f.provenance.background
        and f.provenance.section != section
        and not topics & set(f.topics)
        and argument.apart(f.id, claim, key)
    ]


def _cited(argument: Argument, claim: str, key: str) -> list[Fact]:
    """The claim's anchor fact first (the item is made, and studied, with it), then the key's."""
    facts = [*argument.anchor_facts(claim)[:1], *argument.anchor_facts(key)[:1]]
    return list({f.id: f for f in facts}.values())


def one_per_relation(ix: DeckIndex, pool: list[str], rng: random.Random) -> list[str]:
    """At most one fact per relation: three 'seeks common ground on ...' facts would stand out
    as a block and point at the odd one."""
    by_relation: dict[str, list[str]] = {}
    for fact in pool:
        by_relation.setdefault(ix.facts[fact].relation, []).append(fact)
    return [rng.choice(group) for _, group in sorted(by_relation.items())]


def _item(argument: Argument, claim: str, key_node: str, rng: random.Random) -> Outcome:
    ix = argument.ix
    pool = one_per_relation(argument.ix, wrong_evidence(argument, claim, key_node), rng)
    if len(pool) < DISTRACTORS:
        return Dropped("claim_evidence", TOO_FEW)
    chosen = like_the_stem(argument, claim, pool, DISTRACTORS, rng)
    if len(chosen) < DISTRACTORS:
        return Dropped("claim_evidence", TOO_FEW)
    key = argument.text(key_node)
    options = steady_options(stem(argument, claim), key, [argument.text(c) for c in chosen], rng)
    explanation = f"{key} This is evidence for the claim: {argument.text(claim)}"
    return build(
        ix,
        "claim_evidence",
        "evidence",
        _cited(argument, claim, key_node),
        stem(argument, claim),
        [key],
        options=options,
        explanation=explanation,
        claim_ids=claim_ids(argument, claim, key_node),
        citation=cite(argument, claim, key_node),
    )
