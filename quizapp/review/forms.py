"""Choosing the form of the question for a fact.

New and shaky facts (never seen, or still in their learning or relearning steps) get
recognition (multiple choice, true/false, choose the number); facts that have settled in get
recall (type it, type the number, fill the blank) and, now that the fact is known, items on
the claims it is evidence for (why, assertion and reason, claim and evidence, comparison).
Within the stage the item whose difficulty is nearest a target that grows with stability is
preferred, and never the same item as last time when there is another.

Probing: while quizapp cannot yet tell whether this learner guesses (review.guessing.probing),
a new fact that has an item a guess cannot pass (typed, a number, a blank, tick all
that apply) is asked in it at first sight. Many facts are unknown at first sight, so
comparing those items' wrong share with true/false's tells a guesser within days, where the
recognition forms alone (mostly true/false) took months.

Checking: on a small deck, until the learner is shown guessing (review.guess_check), a fact
that has such an item is asked in one at its interday reviews too, whatever its stability.
A learner the log shows guessing gets both on any deck (review.hindsight.at_start): where a
fact has a form a lucky guess cannot pass, it is asked in it.
"""

from __future__ import annotations

import random

from quizapp.generate.kind_spec import SPECS, kinds_where
from quizapp.generate.question import Question
from quizapp.review import card_fields
from quizapp.store.records import CardState

# The stages' kinds, from the kind table (generate/kind_spec.py). RECALL is the one "recall" set.
RECOGNITION = kinds_where(stage="recognition")
RECALL = kinds_where(stage="recall")
# Items on the fact's claims and comparisons (understand and above) join once recall is stable.
UNDERSTANDING = kinds_where(stage="understanding")
ESTABLISHED_DAYS = 7.0  # stability (days) from which recall becomes the norm
UNGUESSABLE = frozenset((*RECALL, "multi_select"))  # a lucky guess passes these rarely if ever


def stage(card: CardState | None) -> str:
    if card is None or not card.seen or card_fields.fsrs_state(card) != card_fields.REVIEW:
        return "new"  # out of the learning steps only in Review
    stability = card_fields.stability(card, 0.0)
    return "established" if stability >= ESTABLISHED_DAYS else "young"


def choose(
    items: list[Question],
    card: CardState | None,
    rng: random.Random,
    probe: bool = False,
    check: bool = False,
) -> Question | None:
    """`probe`: a first sight is asked unguessably when it can be; `check`: so is an interday
    review (review.guess_check)."""
    if not items:
        return None
    s = stage(card)
    unguessable = [q for q in items if q.kind in UNGUESSABLE]
    if probe and (card is None or not card.seen) and unguessable:
        return rng.choice(sorted(unguessable, key=lambda q: q.id))
    if check and s != "new" and unguessable:
        items = unguessable  # the form the fact fixes, whatever its stability
    wanted = (
        RECOGNITION
        if s == "new"
        else (*RECALL, *UNDERSTANDING)
        if s == "established"
        else RECOGNITION + RECALL
    )
    early = () if s == "established" else UNDERSTANDING  # not before recall is stable
    pool = (
        [q for q in items if q.kind in wanted]
        or [q for q in items if SPECS[q.kind].shape != "self" and q.kind not in early]
        or [q for q in items if q.kind not in early]
        or items
    )
    last = card.last_item_id if card else None
    fresh = [q for q in pool if q.id != last] or pool
    stability = card_fields.stability(card, 0.0) if card and card.seen else 0.0
    target = min(0.9, 0.3 + 0.03 * stability)
    ranked = sorted(fresh, key=lambda q: (abs(q.difficulty - target), q.id))
    return rng.choice(ranked[:3])
