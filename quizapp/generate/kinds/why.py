"""Why: the briefing's reason for one of its claims, among other points it makes beside it.

The key is a node the deck links to the claim as its cause (`claim because X`, `X so claim`).
Wrong options are reasons the deck gives for other things, its other claims, and what it sets
against this claim, drawn from beside the claim (its paragraph, section or subject: see
generate/argument_pools.py) and unconnected to the claim and to the key: a cause of a cause, or
the claim's own evidence, is never offered as wrong. One item per claim (one prompt must have
one key): with several causes, the key is one that repeats the fewest of the claim's words;
the others stay out of the options. A key that is a figure about the claim's own subject
('gallium melts at 29.76 °C' for a claim on gallium) is not asked: a figure among sentences
stands out by its form alone. Nor is a record's date asked ('the largest exercise held by 2016
took place in 2014'): a cause explains the event, not which year holds the record.
"""

from __future__ import annotations

import random
import re
from functools import partial

from quizapp.facts.model import Fact
from quizapp.facts.values import Date, Year
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_balance import headline
from quizapp.generate.argument_dates import after, effects
from quizapp.generate.argument_item import (
    argument_item,
    first_fair_per_node,
    one_of_each,
    pair_ask,
)
from quizapp.generate.argument_limbs import beside_support, pooled, screened, shares_limb
from quizapp.generate.argument_pools import SAME_SECTION, safely_wrong, unattributed
from quizapp.generate.argument_topic import baseline, level, on_its_topic
from quizapp.generate.gates import first_failure
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome
from quizapp.generate.question import Question

TOO_FEW = "too few reasons beside the claim and unconnected to it"
CUED = "the key alone names the claim's subject"
ON_TOPIC_DRAWS = 4  # draws from the reasons on the asked statement's topic before any other
SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|greatest|highest|lowest|smallest|longest|shortest|most|least|first"
    r"|last|record)\b|-ever\b",
    re.I,
)


def stem(argument: Argument, node: str) -> str:
    asked = "is given" if argument.author is None else f"does {argument.author} give"
    return f'Which reason {asked} for this? "{unattributed(argument, argument.text(node))}"'


def explanation(argument: Argument, node: str, key: str) -> str:
    whose = "the reason given" if argument.author is None else f"{argument.author}'s reason"
    return f"{key} That is {whose} for this: {argument.text(node)}"


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    argument = argument_of(ix)
    # a headline's section all bears on it, so no wrong option beside it is safely wrong
    nodes = [
        n
        for n in argument.explained_by_anchor.get(fact.id, [])
        if not headline(argument, n) and not record_date(argument, n)
    ]
    return first_fair_per_node(
        ix, argument, nodes, argument.causes, lambda n, k: item(argument, n, k, rng)
    )


def record_date(argument: Argument, node: str) -> bool:
    """The node dates a record ('The largest joint anti-terrorism exercise the SCO had held by
    2016 took place in 2014'): asked why, it reads as asking why the record fell in that year,
    which no reason the source gives explains (seed-19403 review #61)."""
    fact = argument.ix.facts.get(node)
    if fact is None or not isinstance(fact.object, (Date, Year)):
        return False
    return SUPERLATIVE.search(argument.text(node)) is not None


def wrong_reasons(argument: Argument, node: str, cause: str) -> list[str]:
    """Candidates that read as reasons: reasons the deck gives for other things and its other
    claims, none a headline (so broad it could be argued to explain anything: 'Russia is the
    leading defence power' for a joint exercise), and what it sets against this one; none dated
    after the claim (the calendar alone would rule it out: generate/argument_dates.py)."""
    return pooled(argument, "reasons", node, cause, _wrong_reasons)


def _wrong_reasons(argument: Argument, node: str, cause: str) -> list[str]:
    causes = argument.causes(node)
    narrow = [n for n in [*argument.reasons, *argument.claims] if not headline(argument, n)]
    candidates = [*narrow, *sorted(argument.against(node))]
    limbs = screened(argument, False, node, cause)
    return [
        r
        for r in dict.fromkeys(candidates)
        if r not in causes
        and safely_wrong(argument, r, node, cause)
        and not shares_limb(argument, r, *limbs)  # bears on the claim's own ground
        and not beside_support(
            argument, r, node, topic=False
        )  # partly a cause of what its evidence shows
        and not after(argument, r, node)  # a cause comes first: a later one is out by date
        and not baseline(argument, r, node)  # the 'used to' of 'more than it used to' tempts
    ]


def one_per_claim(argument: Argument, pool: list[str], rng: random.Random) -> list[str]:
    """At most one reason for each thing explained: three reasons for one claim ('trade is
    held back by ...' thrice) would stand out as a block, and point at the odd one."""

    def first_explained(reason: str) -> str:
        return min(effects(argument, reason), default=reason)

    return one_of_each(argument, "explained", first_explained, pool, rng)


def cued(argument: Argument, node: str, cause: str) -> bool:
    """A figure about the claim's own subject ('gallium melts at 29.76 °C' for a claim on
    gallium) stands out alone among wrong options about other things (Argument.apart)."""
    fact = argument.ix.facts.get(cause)
    if fact is None or argument.ix.numeric_value(fact) is None:
        return False
    return fact.subject in argument.named(node)


def item(argument: Argument, node: str, cause: str, rng: random.Random) -> Outcome:
    """The kind's item for (node, key), as generate makes it (and the assertion-reason balance,
    which must know which claims this kind really asks)."""
    if cued(argument, node, cause):
        return Dropped("why", CUED)
    explain = partial(explanation, argument, node)
    ask = pair_ask(argument, "why", "cause", node, cause, stem(argument, node), explain, TOO_FEW)
    pool = wrong_reasons(argument, node, cause)
    thin = partial(one_per_claim, argument)
    *first, last = tiers(argument, node, cause, pool)
    for tier in first:  # a tier too thin to make an item gives way to the next
        made: Outcome | None = None
        for _ in range(ON_TOPIC_DRAWS):
            made = argument_item(argument, ask, tier, thin, rng)
            if not isinstance(made, Question) or first_failure(made, argument.ix) is None:
                break
        if isinstance(made, Question):
            return made  # fair, or unfair on every draw here: the next draft draws again
    return argument_item(argument, ask, last, thin, rng)


def tiers(argument: Argument, node: str, cause: str, pool: list[str]) -> list[list[str]]:
    """The wrong reasons drawn from, nearest first: those on the asked statement's own topic
    (one near the key alone is off the point: 'defence plans against militants' as a cause of
    migration, session-20 review 20201 #52); then also those beside the key in the source.
    Never any reason from anywhere in the deck: a reason for another stage of the story
    cannot pass for this one, and the key is found by elimination (reviews r363 D, r366 F,
    r369 H: Apollo 1's cabin fire offered for why a geologist flew on Apollo 17); with none
    beside the claim, no item. Kept per (node, cause), whose pool is fixed: each draft of the
    item asks them again."""
    memo: dict[tuple[str, str], list[list[str]]] = argument.__dict__.setdefault("_why_tiers", {})
    found = memo.get((node, cause))
    if found is None:
        found = memo[(node, cause)] = _tiers(argument, node, cause, pool)
    return found


def _tiers(argument: Argument, node: str, cause: str, pool: list[str]) -> list[list[str]]:
    on_topic = [r for r in pool if on_its_topic(argument, r, node)]
    near_key = [r for r in pool if r in on_topic or level(argument, r, cause) >= SAME_SECTION]
    out: list[list[str]] = []
    for tier in (on_topic, near_key):
        if tier and tier not in out:
            out.append(tier)
    return out or [[]]
