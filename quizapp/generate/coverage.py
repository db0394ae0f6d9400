"""Coverage: which claims and facts of each source paragraph the generated items ask.

Pure computation over a deck and its items; `quizapp questions --coverage` renders it. A claim
counts as asked when an item names it in `claim_ids`; a fact when an item cites it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quizapp.facts.model import Deck
from quizapp.generate.question import Question

Place = tuple[str, int, int]  # source id, section, paragraph; (source, 0, 0) for background


@dataclass
class Paragraph:
    place: Place
    label: str
    claims: dict[str, int] = field(default_factory=dict)  # claim id -> items asking it
    facts: dict[str, int] = field(default_factory=dict)  # fact id -> items citing it
    items: int = 0  # distinct items asking anything of the paragraph


@dataclass
class Coverage:
    paragraphs: list[Paragraph]
    claim_text: dict[str, str]

    @property
    def unasked_claims(self) -> list[tuple[Paragraph, str]]:
        return [(p, c) for p in self.paragraphs for c, n in p.claims.items() if n == 0]

    @property
    def empty_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.items == 0]


def coverage(deck: Deck, items: list[Question]) -> Coverage:
    by_claim: Counter[str] = Counter(c for q in items for c in set(q.claim_ids))
    by_fact: Counter[str] = Counter(f for q in items for f in set(q.fact_ids))
    paragraphs: dict[Place, Paragraph] = {}
    for source in deck.sources:
        for sec in source.sections:
            for n in range(1, sec.paragraphs + 1):
                place = (source.id, sec.number, n)
                paragraphs[place] = Paragraph(place, f"{sec.number}.{n} {sec.label}")
    owner: dict[str, Place] = {}

    def slot(source: str, section: int | None, paragraph: int | None, bg: bool) -> Paragraph:
        place = (source, 0, 0) if bg else (source, section or 0, paragraph or 0)
        if place not in paragraphs:
            label = "background" if bg else f"{section}.{paragraph}"
            paragraphs[place] = Paragraph(place, label)
        return paragraphs[place]

    for claim in deck.claims:
        prov = claim.provenance
        para = slot(prov.source, prov.section, prov.paragraph, prov.background)
        para.claims[claim.id] = by_claim[claim.id]
        owner[claim.id] = para.place
    for fact in deck.facts:
        prov = fact.provenance
        para = slot(prov.source, prov.section, prov.paragraph, prov.background)
        para.facts[fact.id] = by_fact[fact.id]
        owner[fact.id] = para.place
    for q in items:
        for place in {owner[n] for n in [*q.claim_ids, *q.fact_ids] if n in owner}:
            paragraphs[place].items += 1
    ordered = sorted(paragraphs.values(), key=lambda p: (p.place[1] == 0, p.place))
    return Coverage(ordered, {c.id: c.text for c in deck.claims})
