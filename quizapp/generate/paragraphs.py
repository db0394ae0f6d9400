"""A cap on items per source paragraph, so one dense paragraph does not flood a session.

A paragraph that lists many figures (a membership table, five migration rates) gives many
facts, and each fact several forms: left alone, it yields several times the items of a plain
paragraph and the session turns into drill on it (issues 10 and 13: no paragraph more than
FLOOD times the median paragraph). The deck gives no word counts, so the median is of items
per paragraph. An item counts for the paragraph of its first fact. Past the cap, items of the
facts asked most go first (ties broken by the seed), but never one that would leave a fact
with fewer than MIN_PER_FACT items, a claim unasked, or a kind absent. It runs last, on what a
session would get, and leaves true/false items alone (their True share is balanced already).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from quizapp.generate.index import DeckIndex
from quizapp.generate.question import ONE_OF_OPTIONS, Question

FLOOD = 3  # times the median paragraph's items
MIN_PER_FACT = 2
MIN_PARAGRAPHS = 3  # fewer than this, a median says nothing
OVER_PARAGRAPH = "its source paragraph has enough items already"

Place = tuple[str, int | None, int | None]


def paragraph_of(ix: DeckIndex, q: Question) -> Place:
    p = ix.fact(q.fact_ids[0]).provenance
    return (p.source, p.section, p.paragraph)


def paragraph_cap(items: list[Question], ix: DeckIndex) -> int | None:
    """The most items one paragraph may give, or None when the deck has too few paragraphs."""
    sizes = sorted(Counter(paragraph_of(ix, q) for q in items).values())
    if len(sizes) < MIN_PARAGRAPHS:
        return None
    return FLOOD * sizes[(len(sizes) - 1) // 2]


def cap_per_paragraph(
    items: list[Question], ix: DeckIndex, seed: int
) -> tuple[list[Question], Counter[str]]:
    """The items kept, and per kind how many were dropped for their paragraph."""
    cap = paragraph_cap(items, ix)
    dropped: Counter[str] = Counter()
    if cap is None:
        return items, dropped
    by_place: dict[Place, list[Question]] = defaultdict(list)
    for q in items:
        by_place[paragraph_of(ix, q)].append(q)
    per_fact = Counter(f for q in items for f in set(q.fact_ids))
    per_claim = Counter(c for q in items for c in set(q.claim_ids))
    per_kind: Counter[str] = Counter(q.kind for q in items)
    per_own = Counter(q.fact_ids[0] for q in items if _own(q))
    drop: set[str] = set()
    for group in by_place.values():
        excess = len(group) - cap
        # one ordering (not a search per drop): a big deck's paragraph may hold thousands
        ranked = sorted(
            group, key=lambda q: (-max(per_fact[f] for f in q.fact_ids), _rank(seed, q.id))
        )
        for q in ranked:
            if excess <= 0:
                break
            if not _spare(q, per_fact, per_claim, per_kind):
                continue
            if _own(q) and per_own[q.fact_ids[0]] <= 1:
                continue  # the study queue asks a fact first by an item of its own
            if _own(q):
                per_own[q.fact_ids[0]] -= 1
            drop.add(q.id)
            excess -= 1
            per_fact.subtract(set(q.fact_ids))
            per_claim.subtract(set(q.claim_ids))
            per_kind[q.kind] -= 1
            dropped[q.kind] += 1
    return [q for q in items if q.id not in drop], dropped


def _spare(
    q: Question, per_fact: Counter[str], per_claim: Counter[str], per_kind: Counter[str]
) -> bool:
    """Dropping it leaves every fact asked twice, every claim asked and every kind present."""
    return (
        q.kind != "true_false"  # balanced True against False already: never tilted here
        and all(per_fact[f] > MIN_PER_FACT for f in q.fact_ids)
        and all(per_claim[c] > 1 for c in q.claim_ids)
        and per_kind[q.kind] > 1
    )


def _own(q: Question) -> bool:
    return q.kind not in ONE_OF_OPTIONS


def _rank(seed: int, item_id: str) -> str:
    return hashlib.sha256(f"{seed}:paragraph:{item_id}".encode()).hexdigest()
