"""One builder for the items that quote a statement of the argument and offer four others:
why (which reason for this claim), claim-evidence (which fact supports this claim) and its
reverse (which point this fact supports).

All three run the same pipeline: the kind's wrong candidates, those near the quoted node and the
key (argument_pools.closeness), thinned by the kind (one per claim, one per relation), then the
nearest that are safely wrong (argument_pools.beside), attributed alike (same_attribution), the
key at its steady letter (argument_options.steady_options). A kind supplies only what differs:
its stem, its candidates and how it words the explanation. Several drafts per node are tried
(kinds/drafts.py) and the first that passes every gate is kept.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from quizapp.facts.model import Fact
from quizapp.generate.argument import Argument
from quizapp.generate.argument_options import cite, claim_ids, steady_options
from quizapp.generate.argument_pools import (
    ATTRIBUTION,
    beside,
    closeness,
    option_text,
    same_attribution,
    unattributed,
)
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import Kind
from quizapp.generate.kinds.common import Dropped, Outcome, build, opens_with_name
from quizapp.generate.kinds.drafts import DRAWS, first_fair

DISTRACTORS = 3


@dataclass(frozen=True)
class Ask:
    """What one argument item asks: the quoted node, the keyed node and how the kind words it."""

    kind: Kind  # "why" or "claim_evidence"
    template: str
    node: str  # the statement the stem quotes
    key: str  # the node the learner should pick
    prompt: str
    explain: Callable[[str], str]  # the explanation, from the key's text
    facts: list[Fact]  # cited and studied with the item
    claims: list[str]  # the claims the item asks about
    too_few: str  # why an item without enough wrong options is refused


def pair_ask(
    argument: Argument,
    kind: Kind,
    template: str,
    node: str,
    key: str,
    prompt: str,
    explain: Callable[[str], str],
    too_few: str,
) -> Ask:
    """An item quoting `node` and keying `key`, cited and studied with both, asking about
    whichever of them are claims."""
    facts, claims = cited(argument, node, key), claim_ids(argument, node, key)
    return Ask(kind, template, node, key, prompt, explain, facts, claims, too_few)


def argument_item(
    argument: Argument,
    ask: Ask,
    candidates: Iterable[str],
    thin: Callable[[list[str], random.Random], list[str]],
    rng: random.Random,
) -> Outcome:
    """The item: the candidates near the node and key, thinned by the kind, the nearest three
    beside the key as wrong options."""
    near = near_ones(argument, ask.node, ask.key, candidates)
    chosen = beside(argument, ask.node, ask.key, thin(near, rng), DISTRACTORS, rng)
    if len(chosen) < DISTRACTORS:
        return Dropped(ask.kind, ask.too_few)
    key, wrong = attributed_alike(argument, ask.key, chosen)
    explanation = ask.explain(key)  # the source's judgment said as the source's
    prompt = ask.prompt
    if argument.author is not None:  # the stem names whose points the options are: say it once
        key, wrong = bare(argument, ask.key), [bare(argument, c) for c in chosen]
    else:
        prompt, key, wrong = said_once(prompt, key, wrong)
    options = steady_options(prompt, key, wrong, rng)
    facts = list({f.id: f for f in ask.facts}.values())
    if not facts:
        return Dropped(ask.kind, "no fact to cite")
    return build(
        argument.ix,
        ask.kind,
        ask.template,
        facts,
        prompt,
        [key],
        options=options,
        explanation=explanation,
        claim_ids=ask.claims,
        citation=cite(argument, ask.node, ask.key),
    )


def near_ones(argument: Argument, node: str, key: str, candidates: Iterable[str]) -> list[str]:
    """The candidates near the node or the key (closeness), in order: once per list of them,
    as every draft of the item, and the balance's count, ask again."""
    pool = tuple(candidates)
    memo: dict[tuple[str, str, tuple[str, ...]], list[str]]
    memo = argument.__dict__.setdefault("_near_ones", {})
    found = memo.get((node, key, pool))
    if found is None:
        found = memo[(node, key, pool)] = [c for c in pool if closeness(argument, c, node, key)]
    return list(found)


def one_of_each(
    argument: Argument, grouping: str, by: Callable[[str], str], pool: list[str], rng: random.Random
) -> list[str]:
    """One candidate drawn from each group of the pool (grouped `by`, named `grouping`), groups
    in order of their name: made once per pool and grouping, every draft draws from them again."""
    memo: dict[tuple[str, tuple[str, ...]], list[list[str]]]
    memo = argument.__dict__.setdefault("_groups", {})
    found = memo.get((grouping, tuple(pool)))
    if found is None:
        groups: dict[str, list[str]] = {}
        for c in pool:
            groups.setdefault(by(c), []).append(c)
        found = memo[(grouping, tuple(pool))] = [g for _, g in sorted(groups.items())]
    return [rng.choice(group) for group in found]


def attributed_alike(argument: Argument, key: str, wrong: list[str]) -> tuple[str, list[str]]:
    """The options' texts, attributed alike (same_attribution) where they come from one
    source; from several, an option that carries an attribution keeps its own, and where any
    does, each other option takes its own source's, never the first one's: 'According to the
    table of discoveries' on a point from another source is false, and said once after the
    stem it put every option in that table (elements review 23361)."""
    nodes = [key, *wrong]
    texts = [option_text(argument, n) for n in nodes]
    if len({source_of(argument, n) for n in nodes}) == 1:
        return same_attribution(argument, texts[0], texts[1:])
    if not any(ATTRIBUTION.match(t) for t in texts):
        return texts[0], texts[1:]
    own = [
        t if ATTRIBUTION.match(t) else _by_own_source(argument, n, t)
        for n, t in zip(nodes, texts, strict=True)
    ]
    return own[0], own[1:]


def source_of(argument: Argument, node: str) -> str:
    """The source a fact or claim is drawn from."""
    fact = argument.ix.facts.get(node)
    return (fact.provenance if fact is not None else argument.claims[node].provenance).source


def _by_own_source(argument: Argument, node: str, text: str) -> str:
    ix = argument.ix
    called = ix.source_names.get(source_of(argument, node), "the source")
    body = text if opens_with_name(ix, text) else text[:1].lower() + text[1:]
    return f"According to {called}, {body}"


def said_once(prompt: str, key: str, wrong: list[str]) -> tuple[str, str, list[str]]:
    """An attribution every option opens with ('According to the Wikipedia table of element
    discoveries, ...' four times over: elements r218 #80) is said once, after the stem, and
    dropped from each option: repeated it only lengthens the options and tells none apart."""
    found = {m.group(1) if (m := ATTRIBUTION.match(o)) else "" for o in [key, *wrong]}
    if len(found) != 1 or "" in found:
        return prompt, key, wrong
    (opening,) = found
    source = opening.removeprefix("According to ").rstrip(", ")

    def bare(option: str) -> str:
        rest = option.removeprefix(opening)
        return rest[:1].upper() + rest[1:]

    note = f"Each option is as {source} gives it."
    return f"{prompt} {note}", bare(key), [bare(o) for o in wrong]


def unthinned(pool: list[str], rng: random.Random) -> list[str]:
    return pool


def cited(argument: Argument, *nodes: str) -> list[Fact]:
    """Each node's first anchor fact, in order (the item is made, and studied, with the first)."""
    return [f for n in nodes for f in argument.anchor_facts(n)[:1]]


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
    said = argument.telling(node)
    return sorted(candidates, key=lambda c: (len(argument.telling(c) & said), c))


def bare(argument: Argument, node: str) -> str:
    return unattributed(argument, argument.text(node))
