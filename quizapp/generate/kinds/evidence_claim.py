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
from quizapp.generate.argument_options import cite, claim_ids, steady_options
from quizapp.generate.argument_pools import (
    beside,
    closeness,
    option_text,
    safely_wrong,
    same_attribution,
)
from quizapp.generate.kinds.common import Dropped, Outcome, build

DISTRACTORS = 3
TEMPLATE = "claim"
TOO_FEW = "too few claims beside the fact and unconnected to it"


def stem(argument: Argument, fact: str) -> str:
    return f'Which of {argument.author}\'s points does this support? "{argument.text(fact)}"'


def supported(argument: Argument, fact: str) -> list[str]:
    """The claims the deck supports with `fact` (headlines left out: see the module)."""
    found = argument.__dict__.get("_supported")
    if not isinstance(found, dict):
        found = {}
        for claim in argument.claims:
            if not headline(argument, claim):
                for node in argument.support(claim):
                    found.setdefault(node, []).append(claim)
        argument.__dict__["_supported"] = found
    out: list[str] = found.get(fact, [])
    return out


def asks(argument: Argument, fact: str) -> bool:
    """A fact of the source (not background knowledge) that supports a claim."""
    facts = argument.ix.facts
    return (
        fact in facts and not facts[fact].provenance.background and bool(supported(argument, fact))
    )


def wrong_claims(argument: Argument, fact: str, key: str) -> list[str]:
    own = set(supported(argument, fact))
    return [
        c
        for c in argument.claims
        if c not in own and not headline(argument, c) and safely_wrong(argument, c, fact, key)
    ]


def item(argument: Argument, fact: str, claim: str, rng: random.Random) -> Outcome:
    near = [c for c in wrong_claims(argument, fact, claim) if closeness(argument, c, fact, claim)]
    chosen = beside(argument, fact, claim, near, DISTRACTORS, rng)
    if len(chosen) < DISTRACTORS:
        return Dropped("claim_evidence", TOO_FEW)
    key, wrong = same_attribution(
        argument, option_text(argument, claim), [option_text(argument, c) for c in chosen]
    )
    prompt = stem(argument, fact)
    return build(
        argument.ix,
        "claim_evidence",
        TEMPLATE,
        [argument.ix.facts[fact]],
        prompt,
        [key],
        options=steady_options(prompt, key, wrong, rng),
        explanation=f"{key} This is evidence for it: {argument.text(fact)}",
        claim_ids=claim_ids(argument, claim),
        citation=cite(argument, fact, claim),
    )


def maker(argument: Argument, rng: random.Random) -> Callable[[str, str], Outcome]:
    return lambda fact, claim: item(argument, fact, claim, rng)
