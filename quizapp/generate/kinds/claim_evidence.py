"""Claim and evidence: which fact supports a claim the briefing makes.

The key is one of the claim's evidence facts (its own list, or a fact or claim linked
`evidence_for` it). Wrong options are the source's facts from beside the claim (its paragraph,
section or subject: see generate/argument_pools.py) that the deck does not link to the claim or
the key, and what it sets against the claim. Facts from other topics would leave the key the only
option on the claim's subject; so a fact of the same paragraph that does support the claim must
be declared (evidence or `evidence_for`), which keeps it out of the wrong options. One item
per claim (one prompt, one key): the key is the support that repeats the fewest of the
claim's words.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import partial

from quizapp.facts.model import Entity, Fact
from quizapp.facts.values import Quantity
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_bonds import bonded
from quizapp.generate.argument_item import (
    argument_item,
    bare,
    by_echo,
    first_fair_per_node,
    one_of_each,
    pair_ask,
)
from quizapp.generate.argument_limbs import beside_support, pooled, screened, shares_limb
from quizapp.generate.argument_pools import from_its_paragraph, safely_wrong
from quizapp.generate.argument_topic import baseline, on_topic_nodes
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import evidence_claim
from quizapp.generate.kinds.common import Outcome
from quizapp.generate.question import Question

TOO_FEW = "too few facts beside the claim and unconnected to it"
EXCLUSIVE = re.compile(r"\b(?:only|just|all but|none but|no other)\b", re.I)  # a claim's count


def stem(argument: Argument, claim: str) -> str:
    if argument.author is None:
        return f'Which of these supports this claim? "{argument.text(claim)}"'
    # the options are the source's points too: said once here, not on each option
    return (
        f'Which of these points from {argument.author} supports its claim? "{argument.text(claim)}"'
    )


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    argument = argument_of(ix)
    claims = [  # a headline claim: most of the briefing supports it, no wrong option is safe
        c
        for c in argument.claims_by_anchor.get(fact.id, [])
        if argument.support(c) and not argument.claims[c].main
    ]
    out = first_fair_per_node(
        ix,
        argument,
        claims,
        partial(evidence_keys, argument),
        lambda c, k: item(argument, c, k, rng),
    )
    # read the other way (kinds/evidence_claim.py): the fact itself, unless this pass keys it
    # for its own claim (the two items would answer each other: 'what supports C?' F, 'what
    # does F support?' C); and the claims this fact's pass asks about that back another claim
    backing = [
        c for c in argument.claims_by_anchor.get(fact.id, []) if evidence_claim.asks(argument, c)
    ]
    if (
        evidence_claim.asks(argument, fact.id)
        and not keys_fact(argument, out, fact.id)
        and not first_key_of_its_claim(argument, fact.id)
    ):
        backing.insert(0, fact.id)
    keyed = partial(evidence_claim.keyed, argument)
    maker = evidence_claim.maker(argument, rng)
    return out + first_fair_per_node(ix, argument, backing, keyed, maker)


def keys_fact(argument: Argument, items: list[Outcome], fact: str) -> bool:
    """One of the items keys the fact (its sentence is the answer)."""
    said = {argument.text(fact), bare(argument, fact)}
    return any(isinstance(q, Question) and q.answer and q.answer[0] in said for q in items)


def first_key_of_its_claim(argument: Argument, fact: str) -> bool:
    """The fact is the key the claim-evidence item of a claim it supports tries first (by_echo):
    read the other way too, the two items would answer each other."""
    return any(
        by_echo(argument, claim, evidence_keys(argument, claim))[:1] == [fact]
        for claim in evidence_claim.keyed(argument, fact)
    )


def evidence_keys(argument: Argument, claim: str) -> list[str]:
    """The support a claim may be keyed with: one member's case of a claim about several
    ('Kazakhstan is in the CIS' for 'the five states have much in common', beside the same
    fact for the other four) is thin evidence, right by elimination only (seed-701 review);
    where the claim has support of another shape, only that is keyed. A fact that is one case
    of the claim itself (one_case_of) is never keyed. Worked out once per claim (the balance,
    both directions of the kind and the reverse items' keys ask it); the list is shared."""
    memo: dict[str, list[str]] = argument.__dict__.setdefault("_evidence_keys", {})
    found = memo.get(claim)
    if found is None:
        support = [n for n in argument.support(claim) if not one_case_of(argument, claim, n)]
        facts = argument.ix.facts
        relation = {n: f.relation for n in support if (f := facts.get(n)) is not None}
        shapes = Counter(relation.values())
        single = [n for n in support if shapes[relation.get(n, n)] < 2]
        found = memo[claim] = single or support
    return found


def one_case_of(argument: Argument, claim: str, node: str) -> bool:
    """The fact says of one subject the claim names what the claim says of several: another
    of the claim's facts holds the same relation to the same object ('Of the five, Kazakhstan
    and Kyrgyzstan stand nearest to Moscow' and 'Kazakhstan is one of Russia's closest
    allies'; seed-9403 review #13), or the claim counts those subjects without naming any ('Only
    two of the five still count many Russians among their people' and 'Kazakhstan has a large
    minority of ethnic Russians': half the claim, which says nothing of its 'only'; seed-19403
    review #19). It restates part of the claim in other words, which the echo gate's word
    count misses, and is no evidence for it. (A claim true of each case, 'the alkali metals
    react with water', is not a count: one case is an example of it.)"""
    ix = argument.ix
    fact = ix.facts.get(node)
    if fact is None or fact.object_id is None:
        return False
    same = [
        other
        for n in argument.support(claim)
        if n != node
        and (other := ix.facts.get(n)) is not None
        and (other.relation, other.object_id) == (fact.relation, fact.object_id)
    ]
    text = argument.text(claim)
    cases = [ix.entities[f.subject] for f in [fact, *same]]
    return bool(same) and (
        names(text, cases[0])
        or (EXCLUSIVE.search(text) is not None and not any(names(text, e) for e in cases))
    )


def names(text: str, entity: Entity) -> bool:
    """The text names the entity (its name, an alias or a metonym), as a whole word."""
    return any(
        re.search(rf"\b{re.escape(name)}\b", text, re.I)
        for name in [entity.name, *entity.aliases, *entity.metonyms]
    )


def wrong_evidence(argument: Argument, claim: str, key: str) -> list[str]:
    """The source's facts that do not support the claim: none of its support, none connected
    to it or to the key, or set against it (counter-evidence, the hardest wrong option)."""
    return pooled(argument, "evidence", claim, key, _wrong_evidence)


def _wrong_evidence(argument: Argument, claim: str, key: str) -> list[str]:
    limbs = screened(argument, False, claim, key)
    return [
        n
        for n in _on_its_topic(argument, claim)  # pure tests all: the cheapest, sifting most, first
        if safely_wrong(argument, n, claim, key)
        and not argument.named(n) & bonded(argument, claim)  # Schmitt for Apollo 17's claim
        and not _tally_beside_ends(argument, n, claim)  # '12 people walked on the Moon'
        and not shares_limb(argument, n, *limbs)  # evidence in the ordinary sense
        and not beside_support(argument, n, claim)  # the other half of its evidence's story
        and not from_its_paragraph(argument, n, claim, key)
        and not baseline(argument, n, claim, key)  # the 'used to' of 'more than it used to'
    ]


_ENDS = re.compile(r"\b(?:first|last|final|only|never again)\b", re.IGNORECASE)


def _tally_beside_ends(argument: Argument, candidate: str, claim: str) -> bool:
    """A count over the deck's whole subject ('12 people walked on the Moon') beside a claim of
    a first or a last ('Apollo 17 was the last crewed landing'): the tally closes the series
    the claim ends, so it may be argued to support it (review r405 #18)."""
    fact = argument.ix.facts.get(candidate)
    if fact is None or fact.subject not in argument.ix.protagonists:
        return False
    return isinstance(fact.object, Quantity) and bool(_ENDS.search(argument.text(claim)))


def _on_its_topic(argument: Argument, claim: str) -> list[str]:
    """The source's facts and what is set against the claim, none of its support, on its topic:
    the candidates whatever the key (worked out once per claim, not once per key)."""
    memo: dict[str, list[str]] = argument.__dict__.setdefault("_ce_on_topic", {})
    found = memo.get(claim)
    if found is None:
        own = set(argument.support(claim))
        near = on_topic_nodes(argument, claim)
        facts = [f.id for f in argument.ix.deck.facts if not f.provenance.background]
        found = memo[claim] = [
            n for n in [*facts, *sorted(argument.against(claim))] if n not in own and n in near
        ]
    return found


def one_per_relation(argument: Argument, pool: list[str], rng: random.Random) -> list[str]:
    """At most one fact per relation: three 'seeks common ground on ...' facts would stand out
    as a block and point at the odd one."""

    def relation(node: str) -> str:
        fact = argument.ix.facts.get(node)
        return node if fact is None else fact.relation

    return one_of_each(argument, "relation", relation, pool, rng)


def item(argument: Argument, claim: str, key_node: str, rng: random.Random) -> Outcome:
    """The kind's item for (claim, key), as generate makes it (and the assertion-reason
    balance, which must know which claims this kind really asks)."""
    ask = pair_ask(
        argument,
        "claim_evidence",
        "evidence",
        claim,
        key_node,
        stem(argument, claim),
        lambda key: f"{key} This is evidence for the claim: {argument.text(claim)}",
        TOO_FEW,
    )
    pool = wrong_evidence(argument, claim, key_node)
    return argument_item(argument, ask, pool, partial(one_per_relation, argument), rng)
