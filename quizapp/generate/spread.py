"""Spreading a session over the deck: a few forms per fact, and no run of near-copies of
one point across many subjects."""

from __future__ import annotations

from collections import Counter

from quizapp.facts.normalise import normalise
from quizapp.generate.generation import Generation, seeded_rank
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import kinds_where
from quizapp.generate.question import ONE_OF_OPTIONS, Question

PER_FACT = 3  # single-fact items of one fact besides true/false (which the balance chooses)
OPEN_FORMS = kinds_where(shape="text") + kinds_where(shape="self")  # the key is not shown
SAME_NUMBER = "another open form already asks for this number"
OVER_CAP = "enough items on this fact already"
SAME_PROMPT = "same prompt as another kind's item on this fact"


def cap_per_fact(
    items: list[Question], ix: DeckIndex, seed: int, result: Generation
) -> list[Question]:
    """Spread a session over the deck: one open recall of a number (not numeric + cloze +
    flashcard of the same figure), and at most PER_FACT single-fact items per fact, distinct
    kinds first. Which ones is drawn from the seed, so another seed asks another form."""
    by_fact: dict[str, list[Question]] = {}
    for q in items:
        if len(q.fact_ids) == 1 and q.kind != "true_false":
            by_fact.setdefault(q.fact_ids[0], []).append(q)
    drop: dict[str, str] = {}
    for fact_id, group in by_fact.items():
        ranked = sorted(group, key=lambda q: seeded_rank(seed, q.id))
        fact = ix.fact(fact_id)
        # an imported card is asked typed and as a flashcard, whatever its answer
        card = ix.relations[fact.relation].subject_is_question
        for q in [] if card else _same_prompt(ranked):
            drop[q.id] = SAME_PROMPT
        ranked = [q for q in ranked if q.id not in drop]
        if ix.numeric_value(fact) is not None and not card:
            recalls = [q for q in ranked if q.kind in OPEN_FORMS and q.template != "year"]
            for q in recalls[1:]:
                drop[q.id] = SAME_NUMBER
            ranked = [q for q in ranked if q.id not in drop]
        kinds: set[str] = set()
        first = []
        for q in ranked:  # one of each kind first, then the rest in rank order
            if q.kind not in kinds:
                kinds.add(q.kind)
                first.append(q)
        order = first + [q for q in ranked if q not in first]
        for q in order[PER_FACT:]:
            drop[q.id] = OVER_CAP
    _keep_every_claim(items, drop, seed)
    for q in items:
        if q.id in drop:
            result.dropped[(q.kind, drop[q.id])] += 1
    return [q for q in items if q.id not in drop]


def _same_prompt(ranked: list[Question]) -> list[Question]:
    """The open recall items whose prompt one ranked before them on the same fact already
    shows: a typed item and a flashcard both asking "What was the call sign of Apollo 15's
    lunar module?" read as one question asked twice (review 23361). The seed's rank decides
    which one stays, so another seed asks the other form."""
    seen: set[str] = set()
    out = []
    for q in ranked:
        if q.kind not in OPEN_FORMS:
            continue  # options make it another task: recognising, not recalling
        ident = normalise(q.prompt)
        if ident in seen:
            out.append(q)
        seen.add(ident)
    return out


def _keep_every_claim(items: list[Question], drop: dict[str, str], seed: int) -> None:
    """The cap spreads a fact's forms; it never leaves a declared claim unasked. Where every
    item asking a claim was capped, the one the seed ranks first stays (the items of the old
    kinds carry no claims, so their caps are untouched)."""
    askers: dict[str, list[Question]] = {}
    for q in items:
        for claim in q.claim_ids:
            askers.setdefault(claim, []).append(q)
    for claim in sorted(askers):
        group = askers[claim]
        if all(q.id in drop for q in group):
            keep = min(group, key=lambda q: seeded_rank(seed, q.id))
            del drop[keep.id]


COPIES = 2  # of one form of one (relation, object) across many subjects ("all five are Muslim")
COPY_KINDS = ("mcq", "typed", "cloze", "flashcard", "numeric")
MIN_PER_FACT = 2


def thin_copies(items: list[Question], ix: DeckIndex, result: Generation) -> list[Question]:
    """Keep at most COPIES near-identical items per (relation, object, kind, template), where
    four or more subjects share the object ("all five are Muslim"); a fact never drops below
    two items nor loses its last item of its own.

    The items to keep are chosen over the whole group at once: each fact first takes the form
    used least so far, so five facts spread over several forms instead of one form five times.
    """
    groups: dict[tuple[str, str], list[Question]] = {}
    for q in items:
        if q.kind in COPY_KINDS and len(q.fact_ids) == 1:
            fact = ix.facts[q.fact_ids[0]]
            obj = fact.object_id or ix.object_text(fact)
            groups.setdefault((fact.relation, obj), []).append(q)
    # how often each fact is asked by recall items, counted once for every group (a group
    # takes off its own items): counting per group made a big deck's generation quadratic
    recall = [q for q in items if q.kind not in ONE_OF_OPTIONS]
    asked = Counter(f for q in recall for f in set(q.fact_ids))
    asked_own = Counter(q.fact_ids[0] for q in recall)
    drop: set[str] = set()
    for group in groups.values():
        if len({q.fact_ids[0] for q in group}) >= 4:
            drop |= _thin_group(group, asked, asked_own)
    for q in items:
        if q.id in drop:
            result.dropped[(q.kind, "near-copy of the same point for another subject")] += 1
    return [q for q in items if q.id not in drop]


def _thin_group(group: list[Question], asked: Counter[str], asked_own: Counter[str]) -> set[str]:
    """The ids to drop from one group. A fact's items outside the group are fixed: they stay
    whatever the group keeps (the group's items are single-fact recall items, so each counts
    once in both of the deck's counts)."""
    members = {q.id for q in group}
    by_fact: dict[str, list[Question]] = {}
    for q in group:
        by_fact.setdefault(q.fact_ids[0], []).append(q)
    fixed = {f: asked[f] - len(qs) for f, qs in by_fact.items()}
    fixed_own = {f: asked_own[f] - len(qs) for f, qs in by_fact.items()}
    used: Counter[tuple[str, str]] = Counter()
    kept: set[str] = set()

    def take(fact: str) -> bool:
        left = [q for q in by_fact[fact] if q.id not in kept]
        if not left:
            return False
        best = min(left, key=lambda q: (used[(q.kind, q.template)], left.index(q)))
        kept.add(best.id)
        used[(best.kind, best.template)] += 1
        return True

    # the facts with the fewest choices choose first
    order = sorted(by_fact, key=lambda f: (len(by_fact[f]), f))
    for fact in order:
        need = max(MIN_PER_FACT - fixed[fact], 1 - fixed_own[fact], 0)
        for _ in range(need):
            if not take(fact):
                break
    for fact in order:  # then any copy that still fits under the cap
        for q in by_fact[fact]:
            if q.id not in kept and used[(q.kind, q.template)] < COPIES:
                kept.add(q.id)
                used[(q.kind, q.template)] += 1
    return members - kept
