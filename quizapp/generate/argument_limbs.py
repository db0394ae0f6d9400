"""Wrong options on the quoted statement's own ground, refused unless the deck clears them.

A claim often has two limbs ('security *and* economic troubles may push Turkmenistan to Russia';
'Russia lags in trade *but* leads on security'). The deck's links say which facts are evidence
for it, but a fact about the same country on the same topic ('Russia used to be the main buyer
of Turkmen gas') bears on one limb in the ordinary sense, linked or not: offered as a wrong
option, it is a second defensible answer (seed-857 review #42, #34, #28; seed-853 #52). So a
candidate that names an entity of the quoted statement or of the key, *and* shares a topic with
that same statement, is never a wrong option; only what the deck sets against the statement
(`despite`, `contrasts_with`) clears it. A statement's topics are its facts' topics and the
topics its own words name ('economic' names 'economy', read from the topic's id).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from quizapp.generate.argument import Argument

STEM = 5  # letters compared when a statement's word names a topic ('economic' ~ 'economy')


class Limbs:
    """The topics of each node, worked out once per deck (one per Argument)."""

    def __init__(self, argument: Argument) -> None:
        self.argument = argument
        self._topics: dict[str, frozenset[str]] = {}
        self._said: dict[str, frozenset[str]] = {}
        self._all: dict[str, frozenset[str]] = {}
        self._subjects: dict[str, frozenset[str]] = {}
        # (candidate, statement) -> on_ground_of: the pools of why and claim-evidence ask each
        # pair again for every key and every count (43k asks of 6k pairs on the bundled decks)
        self._ground: dict[tuple[str, str], bool] = {}
        # (kind, node, key) -> that kind's wrong options for the pair, worked out once: the
        # counts of argument_balance.py and the kind itself ask for the same pools again
        self.pools: dict[tuple[str, str, str], tuple[str, ...]] = {}

    @cached_property
    def topic_words(self) -> dict[str, frozenset[str]]:
        """Per topic: the word stems that name it, all of which a sentence must have (its
        id's words: 'economy', 'soft power'; titles are too loose: 'Regional organisations'
        would claim every sentence on 'the region')."""
        from quizapp.generate.argument_gates import stems

        found = {t.id: stems(t.id.replace("-", " ")) for t in self.argument.ix.deck.topics}
        return {t: ws for t, ws in found.items() if ws}

    def topics(self, node: str) -> frozenset[str]:
        """A node's facts' topics, and those its own sentence names (once per node)."""
        found = self._all.get(node)
        if found is None:
            found = self._all[node] = self.fact_topics(node) | self.said_topics(node)
        return found

    def subjects(self, node: str) -> frozenset[str]:
        """subjects_of, once per node: every candidate beside every claim's support asks it."""
        found = self._subjects.get(node)
        if found is None:
            found = self._subjects[node] = subjects_of(self.argument, node)
        return found

    def fact_topics(self, node: str) -> frozenset[str]:
        """The topics of a node's facts. A claim without evidence of its own is cited with its
        whole paragraph: only those of the paragraph's facts that name one of its entities
        lend it their topics."""
        found = self._topics.get(node)
        if found is None:
            argument = self.argument
            facts = argument.anchor_facts(node)
            if node in argument.claims and not argument.evidence(node):
                named = argument.named(node)
                facts = [f for f in facts if argument.named(f.id) & named]
            found = self._topics[node] = frozenset(t for f in facts for t in f.topics)
        return found

    def said_topics(self, node: str) -> frozenset[str]:
        """The topics a node's own sentence names ('economic' names 'economy')."""
        from quizapp.generate.argument_gates import stems

        found = self._said.get(node)
        if found is None:
            said = stems(self.argument.text(node))
            found = frozenset(t for t, ws in self.topic_words.items() if ws <= said)
            self._said[node] = found
        return found

    def on_ground_of(self, candidate: str, statement: str) -> bool:
        """The candidate names an entity of the statement, and shares a topic with it, or the
        topic cannot be told: the candidate is a judgment the deck gives no evidence for ('Uzbek-
        istan seems to be moving closer to Russia': a fact about Uzbekistan on any topic may be
        argued to bear on it, seed-853 review #52), or the statement is a claim with a limb no
        evidence covers ('security *and economic* troubles may push Turkmenistan', evidenced
        on security only: Turkmenistan's lost gas sales are that economic trouble, #42)."""
        pair = (candidate, statement)
        found = self._ground.get(pair)
        if found is None:
            found = self._ground[pair] = self._on_ground_of(candidate, statement)
        return found

    def _on_ground_of(self, candidate: str, statement: str) -> bool:
        argument = self.argument
        if not argument.named(candidate) & argument.named(statement):
            return False
        if candidate in argument.claims and not argument.evidence(candidate):
            return True
        if statement in argument.claims and self.said_topics(statement) - self.fact_topics(
            statement
        ):
            return True
        return bool(self.topics(candidate) & self.topics(statement))


def limbs_of(argument: Argument) -> Limbs:
    found = argument.__dict__.get("_limbs")
    if not isinstance(found, Limbs):
        found = argument.__dict__["_limbs"] = Limbs(argument)
    return found


def pooled(
    argument: Argument,
    kind: str,
    node: str,
    key: str,
    make: Callable[[Argument, str, str], list[str]],
) -> list[str]:
    """`make`'s wrong options for (node, key), worked out once per deck and kind."""
    pools = limbs_of(argument).pools
    found = pools.get((kind, node, key))
    if found is None:
        found = pools[(kind, node, key)] = tuple(make(argument, node, key))
    return list(found)


def shares_limb(argument: Argument, candidate: str, *claims: str) -> bool:
    """The candidate stands on the ground of one of the claims asked about, and the deck does
    not set it against that claim."""
    limbs = limbs_of(argument)
    return any(
        candidate not in argument.against(c) and limbs.on_ground_of(candidate, c) for c in claims
    )


def screened(argument: Argument, reverse: bool, node: str, key: str) -> tuple[str, ...]:
    """What a wrong option is screened against: the quoted claim (why, claim-evidence; a why
    item quoting a fact, a figure or an event, has no claim's limbs, and its key, a reason, is
    not screened: its paragraph's every point would go); for the reverse claim-evidence item,
    which quotes a fact and offers claims, the key claim and the quoted statement."""
    if reverse:
        return (key, node)
    return (node,) if node in argument.claims else ()


def subjects_of(argument: Argument, node: str) -> frozenset[str]:
    """What a node's facts are about: a fact's subject, a claim's evidence facts' subjects
    (the deck's protagonists left out, as in Argument.named)."""
    facts = argument.ix.facts
    ids = [node] if node in facts else argument.evidence(node) if node in argument.claims else []
    return frozenset(facts[n].subject for n in ids) - argument.ix.protagonists


def beside_support(argument: Argument, candidate: str, claim: str, topic: bool = True) -> bool:
    """The candidate is about a subject one of the claim's own evidence facts is about (on one
    of its topics, unless `topic` is False): the other half of the same story ('gallium was
    found in 1875' beside 'Mendeleev predicted gallium', seed-9305 review #63; Apollo 17's
    geologist beside Apollo 17's haul, a cause of it, seed-9307 #36). Partly support or partly
    cause however the deck links it: never a wrong option for that claim. A protagonist counts
    too where the candidate comes from that evidence's own paragraph: 'Apollo 11 landed in the
    Sea of Tranquility' beside 'Apollo 11 landed on 20 July 1969' shows the first landing as
    well as the key does (review r285, Apollo seed 28232)."""
    if claim not in argument.claims:
        return False
    limbs = limbs_of(argument)
    mine = limbs.subjects(candidate)
    return any(
        argument.ix.facts[e].subject in mine
        and (not topic or bool(limbs.topics(candidate) & limbs.topics(e)))
        for e in argument.evidence(claim)
    ) or _same_story(argument, candidate, claim)


def _same_story(argument: Argument, candidate: str, claim: str) -> bool:
    """A fact on the subject of one of the claim's evidence facts, told in its paragraph."""
    facts = argument.ix.facts
    fact = facts.get(candidate)
    if fact is None or fact.provenance.background:
        return False
    return any(
        facts[e].subject == fact.subject and facts[e].provenance == fact.provenance
        for e in argument.evidence(claim)
    )
