"""Wrong options for the why and claim-evidence kinds, drawn from beside the key.

A wrong option from an unrelated topic gives the key away: the key is then the only option that
shares a word with the claim ('migrants', 'Turkmen gas'), and the item tests word matching. So
wrong options come from the claim's or the key's own paragraph, else their section, else name
the same country or body or share a deck topic, and an item without enough of them is refused.
Among them, those sharing as many of the claim's words as the key does come first, so the key
does not stand out by its words. Nearness is what makes them hard; the declared links are what
keep them wrong: a candidate within two steps of the claim or the key (a cause of a cause, the
evidence of a reason) is never offered, except what the deck sets *against* the claim ('A
despite B': B is no reason for A, nor evidence of it), which is the best wrong option of all.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from itertools import chain, compress

from quizapp.generate.argument import Argument
from quizapp.generate.argument_unlike import unlike_set
from quizapp.generate.kinds.common import judged, opens_with_name

SAME_PARAGRAPH, SAME_SECTION, SAME_SUBJECT = 3, 2, 1
LONGER = 1.25  # a key longer than this times every wrong option stands out by its length


def place(argument: Argument, node: str) -> tuple[str, int, int] | None:
    """Where the source says it (source, section, paragraph); None for background knowledge.
    Worked out once per node: the pools and the options' ranking ask it of every pair."""
    if node in argument.place_memo:
        return argument.place_memo[node]
    claim = argument.claims.get(node)
    prov = claim.provenance if claim is not None else argument.ix.facts[node].provenance
    found = None if prov.background else (prov.source, prov.section or 0, prov.paragraph or 0)
    argument.place_memo[node] = found
    return found


def closeness(argument: Argument, candidate: str, node: str, key: str) -> int:
    """How near a candidate sits to the claim or the key: the same paragraph, the same section,
    the same named subject or deck topic, or 0 (another topic: never offered). Worked out once
    per (candidate, claim, key): the counts of argument_balance.py ask it again."""
    triple = (candidate, node, key)
    found = argument.close_memo.get(triple)
    if found is None:
        found = argument.close_memo[triple] = _closeness(argument, candidate, node, key)
    return found


def _closeness(argument: Argument, candidate: str, *anchors: str) -> int:
    here = place(argument, candidate)
    if here is None:
        return 0
    best = 0
    for anchor in anchors:
        there = place(argument, anchor)
        if there == here:
            return SAME_PARAGRAPH
        if there is not None and there[:2] == here[:2]:
            best = max(best, SAME_SECTION)
        elif argument.named(candidate) & argument.named(anchor) or topics(
            argument, candidate
        ) & topics(argument, anchor):
            best = max(best, SAME_SUBJECT)
    return best


def topics(argument: Argument, node: str) -> frozenset[str]:
    """The deck's topics of a fact, or of a claim's cited facts (worked out once per node)."""
    found = argument.topics_memo.get(node)
    if found is None:
        found = frozenset(t for f in argument.anchor_facts(node) for t in f.topics)
        argument.topics_memo[node] = found
    return found


def safely_wrong(argument: Argument, candidate: str, node: str, key: str) -> bool:
    """Declared against the claim; or unconnected to the claim and to the key, and no
    paraphrase of anything connected to them (a fact that says again what a linked claim says,
    'Russia's backing for the EEU suggests a geopolitical project', is as linked as the claim).
    Worked out once per (candidate, claim, key): the counts of argument_balance.py, the pool and
    the gates ask it again."""
    triple = (candidate, node, key)
    found = argument.wrong_memo.get(triple)
    if found is None:
        found = argument.wrong_memo[triple] = _safely_wrong(argument, candidate, node, key)
    return found


def _safely_wrong(argument: Argument, candidate: str, node: str, key: str) -> bool:
    if candidate in (node, key):
        return False
    if candidate in argument.against(node):
        return True
    around = argument.within(candidate)
    if node in around or key in around:  # connected to the claim or to the key
        return False
    grounds, near = _pair(argument, node, key)
    # a reason's reason's evidence is still part of the claim's grounds
    return candidate not in grounds and near.isdisjoint(alike_nodes(argument, candidate))


def _pair(argument: Argument, node: str, key: str) -> tuple[frozenset[str], frozenset[str]]:
    """The grounds of the claim and of the key, and every node near either, once per pair."""
    pair = (node, key)
    found = argument.near_pairs.get(pair)
    if found is None:
        grounds = frozenset(argument.grounds(node) | argument.grounds(key))
        near = frozenset(argument.within(node).keys() | argument.within(key).keys())
        found = argument.near_pairs[pair] = (grounds, near)
    return found


def from_its_paragraph(argument: Argument, candidate: str, *statements: str) -> bool:
    """The candidate is a point of the same paragraph of the source as one of the statements
    an evidence item pairs (the quoted one, the key), and the deck does not set it against
    that statement. A paragraph's points hang together: 'the Afghan borders are poorly
    guarded' is said of the very threats the sentence before it names, so 'they share worries
    about terrorism and drugs' is arguable support, linked or not (seed-9203 review #25,
    seed-9301 #69). Only claim-evidence asks it: a why item's wrong reasons may come from the
    paragraph, where a reason, not support, is asked. What the deck sets against either
    statement stays: it is declared not to support it."""
    here = place(argument, candidate)
    if here is None or any(candidate in argument.against(s) for s in statements):
        return False
    return any(place(argument, s) == here for s in statements)


def alike_nodes(argument: Argument, node: str) -> frozenset[str]:
    """Every claim and fact `alike` to `node` (itself too, if it has words to restate), told by
    the count of word stems each shares with it, as `alike` would (restates_by_count)."""
    found = argument.alike_sets.get(node)
    if found is None:
        from quizapp.generate.argument_gates import RESTATED_WORDS, restates_by_count, stems

        said = stems(argument.text(node))
        # one count over the lists of the nodes having each stem (a node is once in each)
        shared = Counter(chain.from_iterable(argument.nodes_by_stem.get(s, ()) for s in said))
        # those sharing at least RESTATED_WORDS (fewer restate neither way), sifted in C: most
        # nodes share one commonplace stem with it
        two = compress(shared, map(RESTATED_WORDS.__le__, shared.values()))
        found = argument.alike_sets[node] = frozenset(
            o
            for o in two
            if restates_by_count(n := shared[o], len(said))
            or restates_by_count(n, argument.stem_counts[o])
        )
    return found


def beside(
    argument: Argument, node: str, key: str, pool: Iterable[str], n: int, rng: random.Random
) -> list[str]:
    """n wrong options from beside the key, the nearest by topic first (ties, and the two
    nearest beyond n, at random so seeds differ), led by one that repeats as many of the
    claim's words as the key does; fewer if not enough lie near. Words ranked first once
    filled the options with whatever said 'EEU' beside a key on migrant work rules (seed-9107
    review #30). Two wrong options never say the same, hang together or make two points of one
    paragraph on one subject ('7,000 troops in Tajikistan', 'the largest presence abroad in
    Tajikistan'): a look-alike pair points at the odd one, the key."""
    # each candidate's likeness (_like), worked out once per (claim, key): every draft ranks them
    memo = argument.__dict__.setdefault("_likeness", {})
    table: dict[str, tuple[int, int, int] | None] = memo.setdefault((node, key), {})
    like: dict[str, tuple[int, int, int]] = {}
    for c in pool:
        found = table[c] if c in table else table.setdefault(c, _like(argument, c, node, key))
        if found is not None:
            like[c] = found
    echo = len(argument.telling(key) & argument.telling(node))  # the claim's words the key says

    def rank(c: str) -> tuple[int, int, int, float]:
        return (*like[c], rng.random())

    ranked = sorted(like, key=rank)
    # one option as like the key in the claim's words as the key is (else the key alone
    # echoes the claim), then the nearest by topic: the key's paragraph, section, subject
    echoing = next((c for c in ranked if -like[c][2] == echo), None)
    ranked = [*([echoing] if echoing else []), *(c for c in ranked if c != echoing)]
    head = rng.sample(ranked[1 : n + 2], min(len(ranked) - 1, n + 1)) if ranked else []
    head.sort(key=like.__getitem__)  # the nearest stay first, shuffled among equals
    order = [*ranked[:1], *head, *ranked[n + 2 :]]
    picked: list[str] = []
    for c in order:
        if len(picked) < n and all(unlike(argument, c, p) for p in picked):
            picked.append(c)
    if len(picked) < n:  # the greedy pass took a look-alike's partner: search the pool in order
        picked = unlike_set(order, n, lambda a, b: unlike(argument, a, b)) or picked
    return comparable_length(argument, key, picked, order)


def _like(argument: Argument, c: str, node: str, key: str) -> tuple[int, int, int] | None:
    """(nearness, topics shared, claim's words said up to the key's), negated; None: not offered."""
    if not safely_wrong(argument, c, node, key):
        return None
    score = closeness(argument, c, node, key)
    if score <= 0:
        return None
    said = argument.telling(node)
    echo = len(argument.telling(key) & said)
    shared = len(topics(argument, c) & topics(argument, node))
    return (-score, -shared, -min(echo, len(argument.telling(c) & said)))


def comparable_length(
    argument: Argument, key: str, picked: list[str], pool: list[str]
) -> list[str]:
    """The key must not be the longest option by far (the one careful, qualified sentence
    among short ones is a cue): when it is, the shortest wrong option gives way to the nearest
    candidate (in the pool's order) of a length near the key's, if one fits with the others."""
    size = len(argument.text(key))
    if not picked or size <= LONGER * max(len(argument.text(p)) for p in picked):
        return picked
    shortest = min(picked, key=lambda p: len(argument.text(p)))
    rest = [p for p in picked if p != shortest]
    for c in pool:
        long_enough = LONGER * len(argument.text(c)) >= size
        if c not in picked and long_enough and all(unlike(argument, c, p) for p in rest):
            return [*rest, c]
    return picked


def unlike(argument: Argument, a: str, b: str) -> bool:
    """Two wrong options that neither hang together, nor say much the same, nor are two points
    of one paragraph on one subject."""
    if not argument.unconnected(a, b) or alike(argument, a, b):
        return False
    return place(argument, a) != place(argument, b) or not argument.named(a) & argument.named(b)


def alike(argument: Argument, a: str, b: str) -> bool:
    """Two sentences saying much the same ('Russia made permits harder to get for outsiders',
    'Russia exempted EEU citizens from permits and made them harder for everyone else')."""
    pair = (a, b) if a <= b else (b, a)  # symmetric: worked out once per pair
    found = argument.alike_memo.get(pair)
    if found is None:
        from quizapp.generate.argument_gates import restates

        ta, tb = argument.text(a), argument.text(b)
        found = argument.alike_memo[pair] = restates(ta, tb) or restates(tb, ta)
    return found


def option_text(argument: Argument, node: str) -> str:
    """How an option states a node: a fact the deck marks as the source's judgment or contested
    carries its attribution in the option too ('According to the briefing, ...'), not only when
    it is the stem; a claim is the source's own point already (the stem names whose)."""
    memo: dict[str, str] = argument.__dict__.setdefault("_option_texts", {})  # every draft asks
    found = memo.get(node)
    if found is None:
        text = argument.text(node)
        fact = argument.ix.facts.get(node)
        found = memo[node] = text if fact is None else judged(argument.ix, [fact], text)
    return found


ATTRIBUTION = re.compile(r"^(According to [^,]+, )")


def unattributed(argument: Argument, text: str) -> str:
    """A sentence where the item already names the source (a stem on 'the briefing's points',
    an explanation saying 'the briefing gives this as the reason'): without its own 'According
    to the briefing,' (seed-857 review: inside a quotation, on every option, twice in one
    explanation). A deck of several sources names no one, so there it stays."""
    if argument.author is None:
        return text
    bare = ATTRIBUTION.sub("", text)
    return text if bare == text else bare[:1].upper() + bare[1:]


def same_attribution(argument: Argument, key: str, wrong: list[str]) -> tuple[str, list[str]]:
    """The key and its wrong options, all attributed alike: where one carries 'According to
    the briefing,' (a judgment or contested fact), every option does, or that one phrase would
    point at it (a review found it on the key alone in 15 of 29 items). Each option is a point
    the source makes, so the attribution is true of all of them."""
    said = [m.group(1) for o in [key, *wrong] if (m := ATTRIBUTION.match(o))]
    if not said or len(said) == len(wrong) + 1:
        return key, wrong

    def attributed(option: str) -> str:
        if ATTRIBUTION.match(option):
            return option
        proper = opens_with_name(argument.ix, option)
        return said[0] + (option if proper else option[:1].lower() + option[1:])

    return attributed(key), [attributed(o) for o in wrong]
