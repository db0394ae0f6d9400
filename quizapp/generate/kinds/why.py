"""Why: the briefing's reason for one of its claims, among other points it makes beside it.

The key is a node the deck links to the claim as its cause (`claim because X`, `X so claim`).
Wrong options are reasons the deck gives for other things, its other claims, and what it sets
against this claim, drawn from beside the claim (its paragraph, section or subject: see
generate/argument_pools.py) and unconnected to the claim and to the key: a cause of a cause, or
the claim's own evidence, is never offered as wrong. One item per claim (one prompt must have
one key): with several causes, the key is one that repeats the fewest of the claim's words;
the others stay out of the options. A key that is a figure about the claim's own subject
('gallium melts at 29.76 °C' for a claim on gallium) is not asked: a figure among sentences
stands out by its form alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from functools import partial

from quizapp.facts.model import Fact
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_balance import headline
from quizapp.generate.argument_options import cite, claim_ids, steady_options
from quizapp.generate.argument_pools import (
    beside,
    closeness,
    option_text,
    safely_wrong,
    same_attribution,
)
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import why_effect
from quizapp.generate.kinds.common import Dropped, Outcome, build
from quizapp.generate.kinds.drafts import DRAWS, first_fair

DISTRACTORS = 3
TOO_FEW = "too few reasons beside the claim and unconnected to it"
CUED = "the key alone names the claim's subject"


def stem(argument: Argument, node: str) -> str:
    return f'Which reason does {argument.author} give for this? "{argument.text(node)}"'


# Off: the seed-751 review (session 13) found 2 of 23 why items unfair, both read forwards
# ('which of these does the source explain with this reason?'): a reason accounts for more in
# the world than the deck's links record, so a wrong option beside it may be explained by it
# too. Back on once its wrong options are shown safe by a review.
READ_FORWARDS = False


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    argument = argument_of(ix)
    # a headline's section all bears on it, so no wrong option beside it is safely wrong
    nodes = [n for n in argument.explained_by_anchor.get(fact.id, []) if not headline(argument, n)]
    out = first_fair_per_node(
        ix, argument, nodes, argument.causes, lambda n, k: _item(argument, n, k, rng)
    )
    if not READ_FORWARDS:
        return out
    # read forwards too: what the source explains with a reason (kinds/why_effect.py)
    reasons = why_effect.reasons_by_anchor(argument).get(fact.id, [])
    effects = partial(why_effect.effects, argument)
    return out + first_fair_per_node(
        ix, argument, reasons, effects, why_effect.maker(argument, rng)
    )


def first_fair_per_node(
    ix: DeckIndex,
    argument: Argument,
    nodes: Iterable[str],
    keys_of: Callable[[str], Iterable[str]],
    item: Callable[[str, str], Outcome],
) -> list[Outcome]:
    """For each claim or fact asked about, the first fair item over its candidate keys (those
    echoing the stem least first, DRAWS drafts each): the why and claim-evidence kinds."""
    out: list[Outcome] = []
    for node in nodes:
        keys = by_echo(argument, node, keys_of(node))
        found = first_fair([partial(item, node, key) for key in keys for _ in range(DRAWS)], ix)
        if found is not None:
            out.append(found)
    return out


def by_echo(argument: Argument, node: str, candidates: Iterable[str]) -> list[str]:
    """The candidate keys, those repeating the fewest of the claim's words first. One key
    per stem is kept (two keys for one prompt would be two right answers)."""
    said = argument.words(node)
    return sorted(candidates, key=lambda c: (len(argument.words(c) & said), c))


def wrong_reasons(argument: Argument, node: str, cause: str) -> list[str]:
    """Candidates that read as reasons: reasons the deck gives for other things and its other
    claims, none a headline (so broad it could be argued to explain anything: 'Russia is the
    leading defence power' for a joint exercise), and what it sets against this one."""
    causes = argument.causes(node)
    narrow = [n for n in [*argument.reasons, *argument.claims] if not headline(argument, n)]
    candidates = [*narrow, *sorted(argument.against(node))]
    return [
        r
        for r in dict.fromkeys(candidates)
        if r not in causes and safely_wrong(argument, r, node, cause)
    ]


def one_per_claim(argument: Argument, pool: list[str], rng: random.Random) -> list[str]:
    """At most one reason for each thing explained: three reasons for one claim ('trade is
    held back by ...' thrice) would stand out as a block, and point at the odd one."""
    explains: dict[str, list[str]] = {}
    for reason in pool:
        targets = [n for n in argument.explained if reason in argument.causes(n)]
        explains.setdefault(min(targets, default=reason), []).append(reason)
    return [rng.choice(group) for _, group in sorted(explains.items())]


def cued(argument: Argument, node: str, cause: str) -> bool:
    """A figure about the claim's own subject ('gallium melts at 29.76 °C' for a claim on
    gallium) stands out alone among wrong options about other things (Argument.apart)."""
    fact = argument.ix.facts.get(cause)
    if fact is None or argument.ix.numeric_value(fact) is None:
        return False
    return fact.subject in argument.named(node)


def _item(argument: Argument, node: str, cause: str, rng: random.Random) -> Outcome:
    ix = argument.ix
    if cued(argument, node, cause):
        return Dropped("why", CUED)
    near = [r for r in wrong_reasons(argument, node, cause) if closeness(argument, r, node, cause)]
    pool = one_per_claim(argument, near, rng)
    chosen = beside(argument, node, cause, pool, DISTRACTORS, rng)
    if len(chosen) < DISTRACTORS:
        return Dropped("why", TOO_FEW)
    key = option_text(argument, cause)
    wrong = [option_text(argument, c) for c in chosen]
    key, wrong = same_attribution(argument, key, wrong)
    options = steady_options(stem(argument, node), key, wrong, rng)
    facts = [*argument.anchor_facts(node)[:1], *argument.anchor_facts(cause)[:1]]
    facts = list({f.id: f for f in facts}.values())
    if not facts:
        return Dropped("why", "no fact to cite")
    explanation = f"{key} That is {argument.author}'s reason for this: {argument.text(node)}"
    return build(
        ix,
        "why",
        "cause",
        facts,
        stem(argument, node),
        [key],
        options=options,
        explanation=explanation,
        claim_ids=claim_ids(argument, node, cause),
        citation=cite(argument, node, cause),
    )


def item_maker(argument: Argument, rng: random.Random) -> Callable[[str, str], Outcome]:
    """The kind's item for (node, key), as generate makes it: for the assertion-reason
    balance, which must know which claims this kind really asks."""
    return lambda node, key: _item(argument, node, key, rng)
