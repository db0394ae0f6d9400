"""Where the items about a node of the deck's argument are made and what they cite: a fact
itself; a claim's evidence; else the facts of the claim's own paragraph, those about what the
claim names first (argument.py)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from quizapp.facts.claims import Claim
from quizapp.facts.model import Fact

if TYPE_CHECKING:
    from quizapp.generate.index import DeckIndex


class Anchors:
    ix: DeckIndex
    claims: dict[str, Claim]

    if TYPE_CHECKING:

        def evidence(self, claim_id: str) -> list[str]: ...

        def named(self, node: str) -> frozenset[str]: ...

    def anchor_facts(self, node: str) -> list[Fact]:
        """The facts an item about `node` cites and is reviewed with: a fact itself; a claim's
        evidence; else the facts of the claim's own paragraph (the same citation)."""
        if node in self.ix.facts:
            return [self.ix.facts[node]]
        ids = self.evidence(node)
        if ids:
            return [self.ix.facts[i] for i in ids]
        prov = self.claims[node].provenance
        facts = self.ix.facts_by_paragraph.get((prov.source, prov.section, prov.paragraph), [])
        # the paragraph's facts about what the claim names first: a why about Uzbekistan's
        # warming was filed under Tajikistan's stance, the paragraph's first fact (seed 9103)
        about = self.named(node)
        return sorted(facts, key=lambda f: not ({f.subject, f.object_id} & about))

    def anchor(self, node: str) -> str | None:
        """The fact whose generation pass makes the items about `node` (each made once)."""
        if node not in self._anchors:
            facts = self.anchor_facts(node)
            self._anchors[node] = facts[0].id if facts else None
        return self._anchors[node]

    @cached_property
    def _anchors(self) -> dict[str, str | None]:
        return {}
