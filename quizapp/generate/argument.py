"""The deck's argument as a graph: claims and facts are nodes, links and claim evidence edges.

The understand-level kinds (why, assertion-reason, claim-evidence) ask about this graph, and
their one-key rule rests on it: a wrong option must be *unconnected* to the question's claim.
Anything within two steps of it (a cause of a cause, the evidence of a reason) may be arguably
right, so it is never offered as wrong; the deck author declares connections with links.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from quizapp.facts.claims import Claim, Link
from quizapp.generate.argument_anchors import Anchors
from quizapp.generate.argument_words import Words
from quizapp.generate.index import DeckIndex, words

NEAR = 2  # steps within which a node counts as connected to another
GROUNDS = 3  # steps down a chain of reasons and evidence that still ground a node


@dataclass
class Argument(Anchors, Words):
    ix: DeckIndex
    claims: dict[str, Claim] = field(init=False)

    _near_cache: dict[str, dict[str, int]] = field(init=False, default_factory=dict)
    _texts: dict[str, str] = field(init=False, default_factory=dict)
    _support: dict[str, list[str]] = field(init=False, default_factory=dict)
    _evidence: dict[str, list[str]] = field(init=False, default_factory=dict)  # per claim
    _grounds: dict[str, set[str]] = field(init=False, default_factory=dict)
    _words: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    _named: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    # memos of argument_pools.py, per node and per pair of nodes (wrong options ask them often)
    topics_memo: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    alike_memo: dict[tuple[str, str], bool] = field(init=False, default_factory=dict)
    alike_sets: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    # per (claim, key): the grounds of both, and every node near either
    near_pairs: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = field(
        init=False, default_factory=dict
    )
    wrong_memo: dict[tuple[str, str, str], bool] = field(init=False, default_factory=dict)
    close_memo: dict[tuple[str, str, str], int] = field(init=False, default_factory=dict)
    place_memo: dict[str, tuple[str, int, int] | None] = field(init=False, default_factory=dict)
    level_memo: dict[tuple[str, str], int] = field(init=False, default_factory=dict)

    links: list[Link] = field(init=False)

    def __post_init__(self) -> None:
        self.claims = {c.id: c for c in self.ix.deck.claims}
        # a deck built in code (not loaded) may cite facts it lacks: those links are ignored
        known = self.claims.keys() | self.ix.facts.keys()
        self.links = [k for k in self.ix.deck.links if k.source in known and k.target in known]

    @cached_property
    def author(self) -> str | None:
        """Whose argument the stems name: a one-source deck's own name for its source ('the
        briefing'); None for a deck drawn from several sources, whose stems name no one ('the
        deck's points' read oddly to reviewers of the Apollo and elements decks). Once per
        deck: every stem, option and explanation asks it."""
        sources = self.ix.deck.sources
        return sources[0].called if len(sources) == 1 else None

    # -- what the links say --------------------------------------------------------------------
    def causes(self, node: str) -> set[str]:
        """The reasons the deck gives for `node`: 'node because X' and 'X so node' (never one
        the deck also sets against it)."""
        return self._causes.get(node, set()) - self.against(node)

    @cached_property
    def _causes(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for k in self.links:
            if k.type == "because":
                out[k.source].add(k.target)
            elif k.type == "so":
                out[k.target].add(k.source)
        return out

    @cached_property
    def explanations(self) -> list[tuple[str, str, str]]:
        """(a statement, another, how the deck relates them: 'because', 'despite' or
        'contrast') for each because, so, despite and contrasts_with link."""
        out: list[tuple[str, str, str]] = []
        for k in self.links:
            if k.type == "because":
                out.append((k.source, k.target, "because"))
            elif k.type == "so":
                out.append((k.target, k.source, "because"))
            elif k.type == "despite":
                out.append((k.source, k.target, "despite"))
            elif k.type == "contrasts_with":
                out.append((k.source, k.target, "contrast"))
        return out

    @cached_property
    def claims_by_anchor(self) -> dict[str, list[str]]:
        """The claims whose items each fact's generation pass makes."""
        return self._by_anchor(self.claims)

    @cached_property
    def explained_by_anchor(self) -> dict[str, list[str]]:
        """The explained nodes whose why items each fact's generation pass makes."""
        return self._by_anchor(self.explained)

    def _by_anchor(self, nodes: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for node in nodes:
            anchor = self.anchor(node)
            if anchor is not None:
                out[anchor].append(node)
        return out

    @cached_property
    def explained(self) -> list[str]:
        """Every node the deck gives a reason for, in deck order."""
        nodes = [k.source for k in self.links if k.type == "because"]
        nodes += [k.target for k in self.links if k.type == "so"]
        return [n for n in dict.fromkeys(nodes) if self.causes(n)]

    def against(self, node: str) -> set[str]:
        """What the deck sets against `node` (or `node` against): either end of a `despite` or
        `contrasts_with` link. Such a node is counter-evidence, never a reason or evidence."""
        return self._against.get(node, set())

    @cached_property
    def _against(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for k in self.links:
            if k.type in ("despite", "contrasts_with"):
                out[k.source].add(k.target)
                out[k.target].add(k.source)
        return out

    def in_spite_of(self, node: str) -> set[str]:
        return {k.target for k in self.links if k.type == "despite" and k.source == node}

    def evidence(self, claim_id: str) -> list[str]:
        """Facts that support a claim: its evidence list, then facts linked `evidence_for` it."""
        found = self._evidence.get(claim_id)
        if found is None:
            claim = self.claims[claim_id]
            linked = self._evidence_for.get(claim_id, [])
            own = [f for f in claim.evidence if f in self.ix.facts]
            against = self.against(claim_id)
            found = [f for f in dict.fromkeys([*own, *linked]) if f not in against]
            self._evidence[claim_id] = found
        return found

    @cached_property
    def _evidence_for(self) -> dict[str, list[str]]:
        """Per claim: the facts linked `evidence_for` it, in link order (one pass, not one per
        call: every wrong option of every item asks for a claim's evidence)."""
        out: dict[str, list[str]] = defaultdict(list)
        for k in self.links:
            if k.type == "evidence_for" and k.source in self.ix.facts:
                out[k.target].append(k.source)
        return out

    def support(self, claim_id: str) -> list[str]:
        """Everything offered as evidence for a claim: its facts, then claims linked to it."""
        if claim_id not in self._support:
            linked = [
                k.source
                for k in self.links
                if k.type == "evidence_for" and k.target == claim_id and k.source in self.claims
            ]
            against = self.against(claim_id)
            found = [n for n in dict.fromkeys([*self.evidence(claim_id), *linked])]
            self._support[claim_id] = [n for n in found if n not in against]
        return self._support[claim_id]

    @cached_property
    def reasons(self) -> list[str]:
        """Every node the deck gives as a reason for something, in deck order."""
        found: list[str] = []
        for k in self.links:
            if k.type == "because" and k.target in self.causes(k.source):
                found.append(k.target)
            elif k.type == "so" and k.source in self.causes(k.target):
                found.append(k.source)
        return list(dict.fromkeys(found))

    # -- connection ------------------------------------------------------------------------------
    @cached_property
    def _neighbours(self) -> dict[str, set[str]]:
        near: dict[str, set[str]] = defaultdict(set)
        for k in self.links:
            near[k.source].add(k.target)
            near[k.target].add(k.source)
        for claim in self.ix.deck.claims:
            for fact in self.evidence(claim.id):
                near[claim.id].add(fact)
                near[fact].add(claim.id)
        return near

    def distance(self, a: str, b: str) -> int | None:
        """Steps from a to b over links and evidence, or None if more than NEAR."""
        return self._near(a).get(b)

    def _near(self, a: str) -> dict[str, int]:
        """Every node within NEAR steps of `a`, with its distance (computed once per node)."""
        cached = self._near_cache.get(a)
        if cached is not None:
            return cached
        seen, queue = {a: 0}, deque([a])
        while queue:
            node = queue.popleft()
            if seen[node] == NEAR:
                continue
            for nxt in self._neighbours.get(node, ()):
                if nxt not in seen:
                    seen[nxt] = seen[node] + 1
                    queue.append(nxt)
        self._near_cache[a] = seen
        return seen

    def grounds(self, node: str) -> set[str]:
        """Everything the deck gives for `node` up to GROUNDS steps down: its reasons and
        support, their reasons and support, and theirs (a reason's reason's evidence). Any of
        them may be argued to be a reason for `node`, so none is ever a wrong option for it;
        following only these edges reaches further than NEAR without walling off the
        paragraphs around a claim, which is what the other kinds of edge did at NEAR=3."""
        found = self._grounds.get(node)
        if found is None:
            found, frontier = set(), {node}
            for _ in range(GROUNDS):
                frontier = {g for n in frontier for g in self._down(n)} - found - {node}
                found |= frontier
            self._grounds[node] = found
        return found

    def _down(self, node: str) -> set[str]:
        support = set(self.support(node)) if node in self.claims else set()
        return self.causes(node) | support

    def within(self, node: str) -> dict[str, int]:
        """Every node within NEAR steps of `node` (itself included), with its distance."""
        return self._near(node)

    def unconnected(self, node: str, *others: str) -> bool:
        """Neither `node` nor any of `others` is within NEAR steps of the other."""
        near = self._near(node)
        return all(o not in near for o in others)

    # -- saying and citing -----------------------------------------------------------------------
    def text(self, node: str) -> str:
        """A claim's text, or a fact's statement (each rendered once)."""
        found = self._texts.get(node)
        if found is None:
            found = self.claims[node].text if node in self.claims else self.statement(node)
            self._texts[node] = found
        return found

    @cached_property
    def by_text(self) -> dict[str, str]:
        """Each claim's and fact's sentence to its id (claims first). Items quote the sentence
        exactly, so an exact lookup re-derives what an item is about."""
        table: dict[str, str] = {}
        for node in [*self.claims, *self.ix.facts]:
            table.setdefault(self.text(node).strip(), node)
        return table

    def named(self, node: str) -> frozenset[str]:
        """The entities a node is about (named in its text, or a fact's subject and object),
        leaving out the deck's protagonists, which nearly every sentence names."""
        found = self._named.get(node)
        if found is None:
            said = words(self.text(node))
            ids = self.entities_in(said)
            if node in self.ix.facts:
                fact = self.ix.facts[node]
                ids |= {fact.subject, *([fact.object_id] if fact.object_id else [])}
            found = self._named[node] = frozenset(ids - self.ix.protagonists)
        return found

    def kinds_named(self, node: str) -> set[str]:
        return {self.ix.entities[e].kind for e in self.named(node)}

    def apart(self, node: str, *others: str) -> bool:
        """Unconnected, and about none of the same entities: a wrong option about the claim's
        own subject ('Russia wrote off Uzbekistan's debt' for 'Uzbekistan is warming') might
        be argued for, so it is never offered as wrong."""
        shared = self.named(node) & frozenset().union(*(self.named(o) for o in others))
        return not shared and self.unconnected(node, *others)


def argument_of(ix: DeckIndex) -> Argument:
    """One Argument per index, built on first use (decks without claims never pay for it)."""
    found = ix.__dict__.get("_argument")
    if not isinstance(found, Argument):
        found = Argument(ix)
        ix.__dict__["_argument"] = found
    return found
