"""The deck's argument as a graph: claims and facts are nodes, links and claim evidence edges.

The understand-level kinds (why, assertion-reason, claim-evidence) ask about this graph, and
their one-key rule rests on it: a wrong option must be *unconnected* to the question's claim.
Anything within two steps of it (a cause of a cause, the evidence of a reason) may be arguably
right, so it is never offered as wrong; the deck author declares connections with links.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import cached_property

from quizapp.facts.claims import Claim
from quizapp.facts.model import Fact
from quizapp.facts.normalise import normalise
from quizapp.generate.index import DeckIndex

NEAR = 2  # steps within which a node counts as connected to another


@dataclass
class Argument:
    ix: DeckIndex
    claims: dict[str, Claim] = field(init=False)

    def __post_init__(self) -> None:
        self.claims = {c.id: c for c in self.ix.deck.claims}

    # -- what the links say --------------------------------------------------------------------
    def causes(self, node: str) -> set[str]:
        """The reasons the deck gives for `node`: 'node because X' and 'X so node'."""
        links = self.ix.deck.links
        return {k.target for k in links if k.type == "because" and k.source == node} | {
            k.source for k in links if k.type == "so" and k.target == node
        }

    def in_spite_of(self, node: str) -> set[str]:
        return {k.target for k in self.ix.deck.links if k.type == "despite" and k.source == node}

    def evidence(self, claim_id: str) -> list[str]:
        """Facts that support a claim: its evidence list, then facts linked `evidence_for` it."""
        claim = self.claims[claim_id]
        linked = [
            k.source
            for k in self.ix.deck.links
            if k.type == "evidence_for" and k.target == claim_id and k.source in self.ix.facts
        ]
        return list(dict.fromkeys([*claim.evidence, *linked]))

    def support(self, claim_id: str) -> list[str]:
        """Everything offered as evidence for a claim: its facts, then claims linked to it."""
        linked = [
            k.source
            for k in self.ix.deck.links
            if k.type == "evidence_for" and k.target == claim_id and k.source in self.claims
        ]
        return list(dict.fromkeys([*self.evidence(claim_id), *linked]))

    @cached_property
    def reasons(self) -> list[str]:
        """Every node the deck gives as a reason for something, in deck order."""
        found: list[str] = []
        for k in self.ix.deck.links:
            if k.type == "because":
                found.append(k.target)
            elif k.type == "so":
                found.append(k.source)
        return list(dict.fromkeys(found))

    # -- connection ------------------------------------------------------------------------------
    @cached_property
    def _neighbours(self) -> dict[str, set[str]]:
        near: dict[str, set[str]] = defaultdict(set)
        for k in self.ix.deck.links:
            near[k.source].add(k.target)
            near[k.target].add(k.source)
        for claim in self.ix.deck.claims:
            for fact in claim.evidence:
                near[claim.id].add(fact)
                near[fact].add(claim.id)
        return near

    def distance(self, a: str, b: str, limit: int = NEAR) -> int | None:
        """Steps from a to b over links and evidence, or None if more than `limit`."""
        seen, queue = {a: 0}, deque([a])
        while queue:
            node = queue.popleft()
            if node == b:
                return seen[node]
            if seen[node] == limit:
                continue
            for nxt in self._neighbours.get(node, ()):
                if nxt not in seen:
                    seen[nxt] = seen[node] + 1
                    queue.append(nxt)
        return None

    def unconnected(self, node: str, *others: str) -> bool:
        """Neither `node` nor any of `others` is within NEAR steps of the other."""
        return all(self.distance(node, o) is None for o in others)

    # -- saying and citing -----------------------------------------------------------------------
    def text(self, node: str) -> str:
        if node in self.claims:
            return self.claims[node].text
        fact = self.ix.facts[node]
        return self.ix.say(self.ix.relations[fact.relation].templates.statement, fact)

    @cached_property
    def by_text(self) -> dict[str, str]:
        """Each claim's and fact's sentence, normalised, to its id (claims first)."""
        table: dict[str, str] = {}
        for node in [*self.claims, *self.ix.facts]:
            table.setdefault(normalise(self.text(node)), node)
        return table

    def anchor_facts(self, node: str) -> list[Fact]:
        """The facts an item about `node` cites and is reviewed with: a fact itself; a claim's
        evidence; else the facts of the claim's own paragraph (the same citation)."""
        if node in self.ix.facts:
            return [self.ix.facts[node]]
        ids = self.evidence(node)
        if ids:
            return [self.ix.facts[i] for i in ids]
        prov = self.claims[node].provenance
        return [
            f
            for f in self.ix.deck.facts
            if (f.provenance.source, f.provenance.section, f.provenance.paragraph)
            == (prov.source, prov.section, prov.paragraph)
        ]

    def anchor(self, node: str) -> str | None:
        """The fact whose generation pass makes the items about `node` (each made once)."""
        facts = self.anchor_facts(node)
        return facts[0].id if facts else None

    def cite(self, *nodes: str) -> str:
        """Where the source says it: each claim's own paragraph, or the fact's."""
        ix = self.ix
        out: list[str] = []
        for node in nodes:
            if node in ix.facts:
                out.append(ix.citation(ix.facts[node]))
                continue
            prov = self.claims[node].provenance
            source = next(s for s in ix.deck.sources if s.id == prov.source)
            heading = next((s.heading for s in source.sections if s.number == prov.section), None)
            out.append(prov.cite(source.title, heading))
        return "; ".join(dict.fromkeys(out))

    def claim_ids(self, *nodes: str) -> list[str]:
        return [n for n in nodes if n in self.claims]


def argument_of(ix: DeckIndex) -> Argument:
    """One Argument per index, built on first use (decks without claims never pay for it)."""
    found = ix.__dict__.get("_argument")
    if not isinstance(found, Argument):
        found = Argument(ix)
        ix.__dict__["_argument"] = found
    return found
