"""Claim and evidence read the other way: which of the source's points a fact supports.

The claim-evidence kind quotes a claim and asks for its evidence; this template quotes a fact
('Kazakhstan buys mostly manufactured goods abroad') and asks which point it backs ('Russia and
Kazakhstan make poor natural trading partners'): what the fact is *for* in the argument. The
key is a claim the deck supports with the fact (its evidence list, or `evidence_for`). Wrong
options are the source's other claims from beside the fact (its paragraph, section or subject),
unconnected to the fact and to the key by the deck's links and outside their grounds, and never
a headline (a section's main idea is backed by most of it, so no fact is safely *not* for it).
One item per fact (one prompt, one key): a fact supporting two claims keys the one repeating
the fewest of its words; the other is linked to it, so it is never offered as wrong.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from quizapp.generate.argument import Argument
from quizapp.generate.argument_balance import headline
from quizapp.generate.argument_item import Ask, argument_item, cited, unthinned
from quizapp.generate.argument_limbs import pooled, screened, shares_limb
from quizapp.generate.argument_options import claim_ids
from quizapp.generate.argument_pools import (
    from_its_paragraph,
    option_text,
    safely_wrong,
    unattributed,
)
from quizapp.generate.argument_topic import baseline, on_topic_nodes
from quizapp.generate.kinds.common import Outcome, judged

TEMPLATE = "claim"
TOO_FEW = "too few claims beside the fact and unconnected to it"


def stem(argument: Argument, fact: str) -> str:
    whose = "these" if argument.author is None else f"{argument.author}'s"
    return f'Which of {whose} points does this support? "{quoted(argument, fact)}"'


def quoted(argument: Argument, node: str) -> str:
    """The fact as the item quotes it: a fact the deck marks as the source's judgment or as
    contested is the source's (seed-811 review #60): where the stem names the source ('Which of
    the briefing's points ...'), that says it, and the quotation is the sentence alone (the
    seed-857 review found 'According to the briefing,' inside the quotation marks); in a deck of
    several sources the quotation carries it."""
    fact = argument.ix.facts.get(node)
    text = argument.text(node)
    if fact is None or argument.author is not None:  # the stem names the source already
        return unattributed(argument, text)
    return judged(argument.ix, [fact], text)


def supported(argument: Argument, fact: str) -> list[str]:
    """The claims the deck supports with `fact` (headlines left out: see the module), and a
    headline a claim is declared `evidence_for` (the author's own step from a paragraph's point
    to its section's: 'migration is the heart of the bond' shows 'the ties remain strong')."""
    found = argument.__dict__.get("_supported")
    if not isinstance(found, dict):
        found = {}
        for claim in argument.claims:
            for node in argument.support(claim):
                if not headline(argument, claim) or node in argument.claims:
                    found.setdefault(node, []).append(claim)
        argument.__dict__["_supported"] = found
    out: list[str] = found.get(fact, [])
    return out


def keyed(argument: Argument, fact: str) -> list[str]:
    """The claims an item quoting `fact` may key: those it supports as the claim-evidence kind
    would key it (not one member's case of a claim about several, where the claim has support
    of another shape: claim_evidence.evidence_keys), and of facts of one shape only the first.
    Five facts of one shape ('In 2016, Kazakhstan was a member of the CIS', then Kyrgyzstan,
    ...) for 'the five states have much in common' made five items asking the same thing, each
    thin evidence (reviews of seeds 751 and 787). Worked out once per fact; the list is shared."""
    from quizapp.generate.kinds.claim_evidence import evidence_keys

    memo: dict[str, list[str]] = argument.__dict__.setdefault("_keyed", {})
    found = memo.get(fact)
    if found is None:
        relation = _relation(argument, fact)
        found = memo[fact] = [
            claim
            for claim in supported(argument, fact)
            if fact in evidence_keys(argument, claim)
            and next(n for n in argument.support(claim) if _relation(argument, n) == relation)
            == fact
        ]
    return found


def _relation(argument: Argument, node: str) -> str | None:
    found = argument.ix.facts.get(node)
    return None if found is None else found.relation


def asks(argument: Argument, node: str) -> bool:
    """A fact of the source (not background knowledge), or a claim, that supports a claim it
    may key: a claim backing another ('trade inside the EEU is shrinking' for 'the EEU brings
    little gain') is the source's own reasoning, asked the same way."""
    fact = argument.ix.facts.get(node)
    if fact is None and node not in argument.claims:
        return False
    return (fact is None or not fact.provenance.background) and bool(keyed(argument, node))


def wrong_claims(argument: Argument, fact: str, key: str) -> list[str]:
    """The claims offered as wrong for (fact, key), worked out once: every draft asks again."""
    return pooled(argument, "claims", fact, key, _wrong_claims)


def _wrong_claims(argument: Argument, fact: str, key: str) -> list[str]:
    limbs = screened(argument, True, fact, key)
    return [
        c
        for c in _on_its_topic(argument, fact)  # pure tests all: the cheapest, sifting most, first
        if safely_wrong(argument, c, fact, key)
        and not shares_limb(argument, c, *limbs)  # the fact bears on it in the ordinary sense
        and not from_its_paragraph(argument, c, fact, key)
        and not baseline(argument, c, fact, key)  # half of a claim on 'more than it used to'
    ]


def _on_its_topic(argument: Argument, fact: str) -> list[str]:
    """The claims on the fact's topic that it does not support, no headline: the candidates
    whatever the key (worked out once per fact, not once per key)."""
    memo: dict[str, list[str]] = argument.__dict__.setdefault("_ec_on_topic", {})
    found = memo.get(fact)
    if found is None:
        own = set(supported(argument, fact))
        near = on_topic_nodes(argument, fact)
        found = memo[fact] = [
            c for c in argument.claims if c not in own and c in near and not headline(argument, c)
        ]
    return found


def item(argument: Argument, fact: str, claim: str, rng: random.Random) -> Outcome:
    ask = Ask(
        kind="claim_evidence",
        template=TEMPLATE,
        node=fact,
        key=claim,
        prompt=stem(argument, fact),
        explain=lambda key: f"{key} This is evidence for it: {option_text(argument, fact)}",
        facts=cited(argument, fact),
        claims=claim_ids(argument, fact, claim),  # a claim quoted as evidence is asked too
        too_few=TOO_FEW,
    )
    return argument_item(argument, ask, wrong_claims(argument, fact, claim), unthinned, rng)


def maker(argument: Argument, rng: random.Random) -> Callable[[str, str], Outcome]:
    return lambda fact, claim: item(argument, fact, claim, rng)
