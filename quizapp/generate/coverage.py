"""Coverage: which claims and facts of each source paragraph the generated items ask.

Pure computation over a deck and its items; `quizapp questions --coverage` renders it. A claim
counts as asked when an item names it in `claim_ids`; a fact when an item cites it.

Where a deck gives its paragraphs' lengths (`words:` per section), coverage also weighs how
densely each paragraph is asked: items per word. A paragraph asked more than DENSE_FACTOR
times as densely as the median paragraph (one 59-word paragraph yielding 59 items beside a
44-word one yielding 5) skews a session towards it, so it is listed, and `--strict` fails.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from quizapp.facts.model import Deck
from quizapp.generate.question import Question

Place = tuple[str, int, int]  # source id, section, paragraph; (source, 0, 0) for background
DENSE_FACTOR = 3.0  # items per word beyond this multiple of the median paragraph's: too dense


@dataclass
class Paragraph:
    place: Place
    label: str
    claims: dict[str, int] = field(default_factory=dict)  # claim id -> items asking it
    facts: dict[str, int] = field(default_factory=dict)  # fact id -> items citing it
    items: int = 0  # distinct items asking anything of the paragraph
    words: int | None = None  # the paragraph's length, where the deck gives it

    @property
    def density(self) -> float | None:
        """Items per 100 words, or None where the length is not known."""
        return 100 * self.items / self.words if self.words else None


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

    @property
    def median_density(self) -> float | None:
        """The median paragraph's items per 100 words, over the paragraphs of known length."""
        known = [d for p in self.paragraphs if (d := p.density) is not None]
        return statistics.median(known) if known else None

    @property
    def dense_paragraphs(self) -> list[Paragraph]:
        """Paragraphs asked more than DENSE_FACTOR times as densely as the median one."""
        median = self.median_density
        if not median:
            return []
        return [
            p for p in self.paragraphs if (d := p.density) is not None and d > DENSE_FACTOR * median
        ]


def coverage(deck: Deck, items: list[Question]) -> Coverage:
    by_claim: Counter[str] = Counter(c for q in items for c in set(q.claim_ids))
    by_fact: Counter[str] = Counter(f for q in items for f in set(q.fact_ids))
    paragraphs: dict[Place, Paragraph] = {}
    for source in deck.sources:
        for sec in source.sections:
            for n in range(1, sec.paragraphs + 1):
                place = (source.id, sec.number, n)
                words = sec.words[n - 1] if sec.words and n <= len(sec.words) else None
                paragraphs[place] = Paragraph(place, f"{sec.number}.{n} {sec.label}", words=words)
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
