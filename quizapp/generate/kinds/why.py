"""Why: the briefing's reason for one of its claims, among reasons it gives for other claims.

The key is a node the deck links to the claim as its cause (`claim because X`, `X so claim`).
Wrong options are reasons the deck gives elsewhere and that are unconnected to the claim and to
the key (see generate/argument.py): a cause of a cause, or the claim's own evidence, is never
offered as wrong. One item per claim (one prompt must have one key): with several causes, the
key is one that repeats the fewest of the claim's words; the others stay out of the options.
A key that is a figure about the claim's own subject ('gallium melts at 29.76 °C' for a claim
on gallium) is not asked: the wrong options never are about it, so it would be picked by that
name alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from functools import partial

from quizapp.facts.model import Fact
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_options import cite, claim_ids, steady_options
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build
from quizapp.generate.kinds.drafts import DRAWS, first_fair

DISTRACTORS = 3
TOO_FEW = "too few reasons unconnected to the claim"
CUED = "the key alone names the claim's subject"


def stem(argument: Argument, node: str) -> str:
    return f'Which reason does {argument.author} give for this? "{argument.text(node)}"'


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    argument = argument_of(ix)
    nodes = argument.explained_by_anchor.get(fact.id, [])
    return first_fair_per_node(
        ix, argument, nodes, argument.causes, lambda n, k: _item(argument, n, k, rng)
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


def like_the_stem(
    argument: Argument, node: str, pool: list[str], n: int, rng: random.Random
) -> list[str]:
    """n wrong options, drawn from those most like the claim: sharing its words, and naming
    the same kinds of thing (another country where it names a country), so that the key does
    not stand out as the only option on the claim's subject. Ties at random."""
    said = argument.words(node)
    kinds = argument.kinds_named(node)

    def likeness(c: str) -> tuple[int, int, float]:
        return (-len(argument.kinds_named(c) & kinds), -len(argument.words(c) & said), rng.random())

    ranked = sorted(pool, key=likeness)
    picked: list[str] = []
    for c in [*rng.sample(ranked[: n + 2], min(len(ranked), n + 2)), *ranked[n + 2 :]]:
        # wrong options unconnected, about different things and not saying the same: a
        # look-alike pair ('7,000 troops in Tajikistan', 'a base in Tajikistan') points at the key
        if len(picked) < n and all(
            argument.apart(c, p) and not alike(argument, c, p) for p in picked
        ):
            picked.append(c)
    return picked


def alike(argument: Argument, a: str, b: str) -> bool:
    """Two sentences saying much the same ('Russia made permits harder to get for outsiders',
    'Russia exempted EEU citizens from permits and made them harder for everyone else')."""
    from quizapp.generate.argument_gates import restates

    ta, tb = argument.text(a), argument.text(b)
    return restates(ta, tb) or restates(tb, ta)


def wrong_reasons(argument: Argument, node: str, cause: str) -> list[str]:
    causes = argument.causes(node)
    return [
        r
        for r in argument.reasons
        if r not in causes and r != node and argument.apart(r, node, cause)
    ]


def one_per_claim(argument: Argument, pool: list[str], rng: random.Random) -> list[str]:
    """At most one reason for each thing explained: three reasons for one claim ('trade is
    held back by ...' thrice) would stand out as a block, and point at the odd one."""
    explains: dict[str, list[str]] = {}
    for reason in pool:
        target = min(n for n in argument.explained if reason in argument.causes(n))
        explains.setdefault(target, []).append(reason)
    return [rng.choice(group) for _, group in sorted(explains.items())]


def _item(argument: Argument, node: str, cause: str, rng: random.Random) -> Outcome:
    ix = argument.ix
    fact = ix.facts.get(cause)
    figure = fact is not None and ix.numeric_value(fact) is not None
    if figure and fact is not None and fact.subject in argument.named(node):
        # wrong options are about other things (Argument.apart), so a fact about the claim's
        # own subject ('gallium melts at 29.76 °C' for a claim on gallium) stands out alone
        return Dropped("why", CUED)
    pool = one_per_claim(argument, wrong_reasons(argument, node, cause), rng)
    if len(pool) < DISTRACTORS:
        return Dropped("why", TOO_FEW)
    chosen = like_the_stem(argument, node, pool, DISTRACTORS, rng)
    if len(chosen) < DISTRACTORS:
        return Dropped("why", TOO_FEW)
    key = argument.text(cause)
    options = steady_options(stem(argument, node), key, [argument.text(c) for c in chosen], rng)
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
