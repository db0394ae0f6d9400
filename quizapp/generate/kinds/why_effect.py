"""Why, read forwards: what the source explains with a reason it gives (cause -> effect).

The why kind asks for the reason behind a claim; this template asks the other way: given one
of the source's reasons ('Russia's working-age population is shrinking'), which of its points
does it explain ('Russia needs workers from the region')? The key is a node the deck links to
the reason as its effect (`effect because reason`, `reason so effect`). Wrong options are the
source's other points from beside the reason (its paragraph, section or subject), unconnected
to the reason and to the key by the deck's links, and what the deck says holds *in spite of*
the reason ('migrants still earn more' despite the downturn), which the reason does not explain.
One item per reason (one prompt, one key): with several effects, the key is the one repeating
the fewest of the reason's words; the others are linked to it, so never offered as wrong.
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
TEMPLATE = "effect"
TOO_FEW = "too few points beside the reason and unconnected to it"


def stem(argument: Argument, reason: str) -> str:
    return f'Which of these does {argument.author} explain with this? "{argument.text(reason)}"'


def effects(argument: Argument, reason: str) -> list[str]:
    """What the deck explains with `reason`, headlines left out (a section's main idea rests on
    the whole section, so one reason alone does not account for it)."""
    return [
        n for n in argument.explained if reason in argument.causes(n) and not headline(argument, n)
    ]


def reasons_by_anchor(argument: Argument) -> dict[str, list[str]]:
    """The reasons whose effect items each fact's generation pass makes (each made once)."""
    found = argument.__dict__.get("_effect_anchors")
    if isinstance(found, dict):
        return found
    out: dict[str, list[str]] = {}
    for reason in argument.reasons:
        anchor = argument.anchor(reason)
        if anchor is not None and effects(argument, reason):
            out.setdefault(anchor, []).append(reason)
    argument.__dict__["_effect_anchors"] = out
    return out


def wrong_effects(argument: Argument, reason: str, key: str) -> list[str]:
    """Candidates that read as points the source explains or asserts: its other explained
    nodes and claims (no headline), and what it holds in spite of this reason."""
    own = set(effects(argument, reason)) | argument.causes(reason)
    narrow = [n for n in [*argument.explained, *argument.claims] if not headline(argument, n)]
    candidates = [*narrow, *sorted(argument.against(reason))]
    return [
        c
        for c in dict.fromkeys(candidates)
        if c not in own and safely_wrong(argument, c, reason, key)
    ]


def one_per_cause(argument: Argument, pool: list[str], rng: random.Random) -> list[str]:
    """At most one effect of each other reason: two results of one cause side by side stand
    out as a pair and point at the odd one."""
    groups: dict[str, list[str]] = {}
    for node in pool:
        groups.setdefault(min(argument.causes(node), default=node), []).append(node)
    return [rng.choice(group) for _, group in sorted(groups.items())]


def item(argument: Argument, reason: str, effect: str, rng: random.Random) -> Outcome:
    near = [
        c for c in wrong_effects(argument, reason, effect) if closeness(argument, c, reason, effect)
    ]
    chosen = beside(argument, reason, effect, one_per_cause(argument, near, rng), DISTRACTORS, rng)
    if len(chosen) < DISTRACTORS:
        return Dropped("why", TOO_FEW)
    key, wrong = same_attribution(
        argument, option_text(argument, effect), [option_text(argument, c) for c in chosen]
    )
    facts = [*argument.anchor_facts(reason)[:1], *argument.anchor_facts(effect)[:1]]
    facts = list({f.id: f for f in facts}.values())
    if not facts:
        return Dropped("why", "no fact to cite")
    prompt = stem(argument, reason)
    return build(
        argument.ix,
        "why",
        TEMPLATE,
        facts,
        prompt,
        [key],
        options=steady_options(prompt, key, wrong, rng),
        explanation=f"{key} {argument.author[:1].upper()}{argument.author[1:]} gives this "
        f"reason for it: {argument.text(reason)}",
        claim_ids=claim_ids(argument, reason, effect),
        citation=cite(argument, reason, effect),
    )


def maker(argument: Argument, rng: random.Random) -> Callable[[str, str], Outcome]:
    return lambda reason, effect: item(argument, reason, effect, rng)
