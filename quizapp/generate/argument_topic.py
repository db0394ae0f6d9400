"""Gates on what an argument item's options are about, beside the declared links.

Two patterns the session-15 reviews found, each checked on the item's own text:

- the key is the only option on the quoted statement's topic: it comes from the statement's
  own section of the source and every wrong option from elsewhere ('Kazakhstan keeps its own
  line on Crimea' with uranium, the EEU's founding and military bases as wrong options; the
  Apollo fire's redesign with an oxygen tank, a geologist and lightning). Picked by topic
  alone, it tests nothing; the wrong options must come from beside it (argument_pools.beside);
- the quoted statement names its own cause ('After the fire, the command module was
  redesigned', asked why): the one option about a fire is the key.

A claim and a reason that restate one sentence of the source ('Uzbekistan seems to be moving
closer to Russia' because 'its new leader is more sympathetic to Moscow') share too few words
for a word count to tell them from fair pairs (the Fra Mauro site of Apollo 13 and 14 shares
more): those links are mended in the decks, not gated here.
"""

from __future__ import annotations

import re
from collections import defaultdict

from quizapp.generate.argument import Argument
from quizapp.generate.argument_gates import (
    PARTS,
    QUOTED,
    quoted_and_key,
    statement_node,
    stems,
)
from quizapp.generate.argument_pools import SAME_PARAGRAPH, SAME_SECTION, place, topics
from quizapp.generate.gate_scope import judges
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question

SHARED_TOPIC = 1
# an opening clause that says what came first: 'After the fire, ...', 'Faced with sanctions, ...'
CAUSE_CLAUSE = re.compile(
    r"^(?:After|Following|Because of|Due to|Owing to|Thanks to|As a result of|In the wake of|"
    r"Faced with|In the face of|Since|When)\b(?P<cause>[^,]+?)(?:,|\s+(?:the|a|an|it|they)\b)",
)
# a claim that compares now with before ('more seriously than it used to', 'more pro-Russian
# than the man before him'): it says two things, and the earlier state is one of them
COMPARED_WITH_PAST = re.compile(
    r"\bused to\b|\bthan\b[^.]*\b(?:before|previously|once|earlier|in the past)\b", re.I
)


def level(argument: Argument, candidate: str, statement: str) -> int:
    """How near a candidate's topic is to a statement's: the same paragraph of the source, the
    same section, a deck topic or a named country or body in common, or 0 (background
    knowledge is never near). Worked out once per pair: every pool asks it of each candidate."""
    pair = (candidate, statement)
    found = argument.level_memo.get(pair)
    if found is None:
        found = argument.level_memo[pair] = _level(argument, candidate, statement)
    return found


def _level(argument: Argument, candidate: str, statement: str) -> int:
    here, there = place(argument, candidate), place(argument, statement)
    if here is None or there is None:
        return 0
    if here == there:
        return SAME_PARAGRAPH
    if here[:2] == there[:2]:
        return SAME_SECTION
    shared = topics(argument, candidate) & topics(argument, statement)
    return SHARED_TOPIC if shared or argument.named(candidate) & argument.named(statement) else 0


def on_topic_nodes(argument: Argument, statement: str) -> frozenset[str]:
    """Every claim and fact on the statement's topic (level at least SHARED_TOPIC), looked up
    by its section, its topics and what it names instead of measuring every node against it:
    the evidence items ask it of each claim and fact they quote."""
    there = place(argument, statement)
    if there is None:
        return frozenset()
    by_section, by_topic, by_named = _topic_index(argument)
    found = set(by_section.get(there[:2], ()))
    for topic in topics(argument, statement):
        found |= by_topic.get(topic, set())
    for entity in argument.named(statement):
        found |= by_named.get(entity, set())
    return frozenset(found)


Index = dict[str, set[str]]


def _topic_index(argument: Argument) -> tuple[dict[tuple[str, int], set[str]], Index, Index]:
    """The source's claims and facts by section, by deck topic and by what they name (background
    knowledge, never on a topic, left out), once per deck."""
    found = argument.__dict__.get("_topic_index")
    if isinstance(found, tuple):
        return found
    by_section: dict[tuple[str, int], set[str]] = defaultdict(set)
    by_topic: Index = defaultdict(set)
    by_named: Index = defaultdict(set)
    for node in dict.fromkeys([*argument.claims, *argument.ix.facts]):
        here = place(argument, node)
        if here is None:
            continue
        by_section[here[:2]].add(node)
        for topic in topics(argument, node):
            by_topic[topic].add(node)
        for entity in argument.named(node):
            by_named[entity].add(node)
    found = argument.__dict__["_topic_index"] = (by_section, by_topic, by_named)
    return found


def on_its_topic(argument: Argument, candidate: str, statement: str) -> bool:
    """A wrong option for an evidence item must be on the quoted statement's own topic (its
    section, a deck topic, a country or body), not merely near the key: options near the key
    alone left it the only one about the statement ('Russia gives the region financial
    support' with fuel exports, Armenia and migration: seed-9203 review #32, #49)."""
    return level(argument, candidate, statement) >= SHARED_TOPIC


@judges("why", "claim_evidence")  # quoted_and_key
def key_alone_on_topic(q: Question, ix: DeckIndex) -> str | None:
    """The key comes from the quoted statement's own section and names what it names, while
    no wrong option comes from that section."""
    found = quoted_and_key(q, ix)
    if found is None:
        return None
    argument, node, key = found
    if level(argument, key, node) < SAME_SECTION or not on_its_words(argument, key, node):
        return None
    wrong = [statement_node(argument, o) for o in q.options or [] if o != q.answer[0]]
    if any(w is not None and level(argument, w, node) >= SAME_SECTION for w in wrong):
        return None
    return "the key alone is on the quoted statement's topic (its section of the source)"


def on_its_words(argument: Argument, key: str, node: str) -> bool:
    """The key names what the statement names (an entity, or a distinctive word: 'Crimea'), so
    a learner can match it by topic: a key sharing nothing with a broad claim ('Russia has
    stepped up its presence') is not picked out by its section alone."""
    return bool(
        argument.named(key) & argument.named(node) or argument.telling(key) & argument.telling(node)
    )


def cause_in_stem(statement: str) -> frozenset[str]:
    """The word stems of a statement's opening cause ('After the fire' -> 'fire'), if any; no
    one-letter leftover ('s' of "arm's", which met "Uzbekistan's" in a key)."""
    match = CAUSE_CLAUSE.match(statement.strip())
    return frozenset(w for w in stems(match["cause"]) if len(w) > 1) if match else frozenset()


@judges("why", "assertion_reason")
def stem_names_cause(q: Question, ix: DeckIndex) -> str | None:
    """A why item whose quoted statement opens with its own cause, which the key states; an
    assertion that opens with what its reason states."""
    if q.kind == "why" and q.answer:
        quoted = QUOTED.search(q.prompt)
        said = cause_in_stem(quoted.group(1)) if quoted else frozenset()
        if said & stems(q.answer[0]):
            return "the quoted statement names the cause the key gives"
    parts = PARTS.match(q.prompt) if q.kind == "assertion_reason" else None
    if parts and cause_in_stem(parts["a"]) & stems(parts["r"]):
        return "the assertion names the cause its reason gives"
    return None


def compares_with_past(argument: Argument, node: str) -> bool:
    return node in argument.claims and COMPARED_WITH_PAST.search(argument.text(node)) is not None


def baseline(argument: Argument, candidate: str, *statements: str) -> bool:
    """The candidate is what the deck sets against a statement that compares now with before:
    its 'before' ('worry about rivalry with China long held back Russia's interest in the SCO'
    for 'Russia has lately taken the SCO more seriously than it used to'). It supports half of
    the claim, so it is no wrong option for an evidence item (session-20 reviews 20204 #65,
    20206 #67), though it is one for a why item, where it is no reason. Either way round: a
    comparative claim offered as the wrong option for its 'before'."""
    return any(
        candidate in argument.against(s)
        and (compares_with_past(argument, s) or compares_with_past(argument, candidate))
        for s in statements
    )


@judges("claim_evidence")
def wrong_option_is_baseline(q: Question, ix: DeckIndex) -> str | None:
    """No wrong option of a claim-evidence item (either way round) is the earlier state its
    comparative claim sets itself against."""
    found = quoted_and_key(q, ix) if q.kind == "claim_evidence" else None
    if found is None:
        return None
    argument, node, key = found
    for option in q.options or []:
        other = statement_node(argument, option)
        if option != q.answer[0] and other and baseline(argument, other, node, key):
            return f"a wrong option is the earlier state the claim compares with ({other!r})"
    return None
