"""Which links the assertion-reason kind asks about, so that it does not crowd out the others.

Every because, so, despite and contrasts_with link could make an assertion-reason item, and two
more with a false statement, so a deck with many links got mostly that kind (45 of 86
understanding items on the Central Asia deck), with the same pair asked four ways. The kind now
asks each assertion and each reason in one item only, each chosen link in one form (both true,
or its reason or its assertion made false: the form is fixed by the pair, so a learner meets the
same item on every seed), and at most SHARE items per why or claim-evidence question the deck
can ask. Links whose claims no other kind asks come first, so that every claim keeps an item.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial

from quizapp.generate.argument import Argument

SHARE = 0.8  # assertion-reason items per why or claim-evidence question the deck can ask
MINIMUM = 3  # a deck with a few links still gets a few


def headline(argument: Argument, node: str) -> bool:
    """A section's main idea: the whole section bears on it, so no option beside it is safely
    wrong; it is asked only as an assertion or a reason."""
    claim = argument.claims.get(node)
    return claim is not None and claim.main


def why_nodes(argument: Argument) -> list[str]:
    """What a why item may ask about: every explained node but a headline."""
    return [n for n in argument.explained if not headline(argument, n)]


def evidence_claims(argument: Argument) -> list[str]:
    """What a claim-evidence item may ask about: a claim, not a headline, with support."""
    return [c for c in argument.claims if argument.support(c) and not headline(argument, c)]


def _askable(argument: Argument) -> tuple[int, set[str]]:
    """How many why and claim-evidence questions the deck can ask, and the claims they ask
    about. Each is found by making the item as its kind does (the same keys, wrong options
    and gates, drawn with a fixed seed), so a claim whose only item those kinds drop still
    counts as unasked, and an assertion-reason link keeps it asked."""
    import random

    from quizapp.generate.argument_item import first_fair_per_node
    from quizapp.generate.kinds import claim_evidence, why
    from quizapp.generate.kinds.common import Dropped

    asked: set[str] = set()
    questions = 0
    keys: Callable[[str], Iterable[str]] = partial(claim_evidence.evidence_keys, argument)
    makers = [
        *((n, argument.causes, why.item) for n in why_nodes(argument)),
        *((c, keys, claim_evidence.item) for c in evidence_claims(argument)),
    ]
    for node, keys_of, item in makers:
        draw = partial(item, argument, rng=random.Random(0))
        made = first_fair_per_node(argument.ix, argument, [node], keys_of, draw)
        if made and not isinstance(made[0], Dropped):
            asked |= {node, *made[0].claim_ids}
            questions += 1
    # a claim counts as asked only where the reckoning agrees: the deck-wide passes after
    # generation may still drop an item made here, and an unasked claim loses its only item
    return questions, asked & _estimated(argument)[1]


def _estimated(argument: Argument) -> tuple[int, set[str]]:
    """The claims why and claim-evidence may ask by a quick reckoning: a key that does not
    restate them, enough wrong options beside them, one of those repeating as many of the
    claim's words as the key (the echo gate), and that key (the others of the claim
    are never asked: one key per question)."""
    from quizapp.generate.argument_gates import restates
    from quizapp.generate.argument_item import by_echo, near_ones
    from quizapp.generate.kinds.claim_evidence import evidence_keys, wrong_evidence
    from quizapp.generate.kinds.why import wrong_reasons

    asked: set[str] = set()
    questions = 0
    for node, keys, pool in [
        *((n, argument.causes(n), wrong_reasons) for n in why_nodes(argument)),
        *((c, evidence_keys(argument, c), wrong_evidence) for c in evidence_claims(argument)),
    ]:
        text = argument.text(node)
        for key in [
            k for k in by_echo(argument, node, keys) if not restates(argument.text(k), text)
        ][:1]:
            near = near_ones(argument, node, key, pool(argument, node, key))
            said = argument.telling(node)
            echo = len(argument.telling(key) & said)  # some wrong option must echo as much
            if len(near) >= 3 and any(len(argument.telling(c) & said) >= echo for c in near):
                asked |= {node, key}  # the key tried first is asked too
                questions += 1
    return questions, asked


HEADS = 2  # items one assertion may head
TWICE = 2  # assertions that may head two items (a claim no other item asks needs a second)


def _may_head(assertion: str, out: list[tuple[str, str, str]]) -> bool:
    heads = Counter(k[0] for k in out)
    doubled = sum(n > 1 for n in heads.values())
    return heads[assertion] == 0 or (heads[assertion] < HEADS and doubled < TWICE)


def _order(link: tuple[str, str, str]) -> bytes:
    return hashlib.sha256(f"{link[0]}\x00{link[1]}".encode()).digest()


def chosen_links(argument: Argument) -> list[tuple[str, str, str]]:
    """(assertion, reason, how) of the links asked, computed once per deck."""
    found = argument.__dict__.get("_ar_links")
    if isinstance(found, list):
        return found
    questions, asked = _askable(argument)
    budget = max(MINIMUM, int(SHARE * questions))
    unasked = {c for c in argument.claims if c not in asked}
    # the links no other item asks about first (each is taken whatever the budget), then the
    # rest in a fixed order, each time from whichever group (because links, keyed 'explains';
    # the others, 'does not explain') has been asked less, so that neither key is the better
    # guess (a review found 'does not explain' keyed 10 times of 16: always-B scored 62%)
    groups: dict[bool, list[tuple[str, str, str]]] = {
        g: sorted((k for k in argument.explanations if (k[2] == "because") == g), key=_order)
        for g in (True, False)
    }
    used: set[str] = set()
    out: list[tuple[str, str, str]] = []

    def take(link: tuple[str, str, str]) -> None:
        used.update(link[:2])
        unasked.difference_update(link[:2])
        out.append(link)

    for link in [k for g in (True, False) for k in groups[g]]:
        # an assertion heads two items at most (a third reads as the same question again)
        if {link[0], link[1]} & unasked and _may_head(link[0], out):
            take(link)
    while True:
        counts = {g: sum((k[2] == "because") == g for k in out) for g in (True, False)}
        fresh = {
            g: [k for k in groups[g] if k not in out and not {k[0], k[1]} & used] for g in groups
        }
        # past the budget only to even out the keys: the needed links are mostly 'despite'
        wanted = groups if len(out) < budget else [g for g in groups if counts[g] < counts[not g]]
        if len(out) >= budget:  # evening out may reuse a statement in the other role
            for g in wanted:
                fresh[g] = fresh[g] or [k for k in groups[g] if k not in out and other_role(k, out)]
        order = sorted((g for g in wanted if fresh[g]), key=lambda g: (counts[g], not g))
        if not order:
            break
        take(fresh[order[0]][0])
    argument.__dict__["_ar_links"] = out
    return out


def chosen_by_anchor(argument: Argument) -> dict[str | None, list[tuple[str, str, str]]]:
    """The chosen links by the fact whose pass asks them (their assertion's anchor), in their
    order, once per deck: each fact's pass read every link for its own."""
    found = argument.__dict__.get("_ar_by_anchor")
    if not isinstance(found, dict):
        found = {}
        for link in chosen_links(argument):
            found.setdefault(argument.anchor(link[0]), []).append(link)
        argument.__dict__["_ar_by_anchor"] = found
    return found


def other_role(link: tuple[str, str, str], out: list[tuple[str, str, str]]) -> bool:
    """The link's assertion is no asked item's assertion, nor its reason any asked item's
    reason: a statement asked once as a reason may be asked again as an assertion (the keys
    are evened out with such links when no link of wholly new statements is left: the
    session-15 deck had 'does not explain' keyed 10 times in 22)."""
    return all(link[0] != k[0] and link[1] != k[1] for k in out)
