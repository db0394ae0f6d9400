"""Every generator by kind, and generating a whole deck through the quality gates.

Each fact's items pass the gates one by one; then the deck-wide choices run in order:
clashes (deck_clashes.py), the spread per fact and near-copies (spread.py), the true/false
balance (true_false_balance.py) and the cap per paragraph (paragraphs.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from quizapp.facts.model import Deck, Fact
from quizapp.gc_pause import gc_paused
from quizapp.generate.deck_clashes import deck_wide, drop_given_away
from quizapp.generate.gates import first_failure
from quizapp.generate.generation import Generation
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import (
    assertion_reason,
    claim_evidence,
    cloze,
    comparison,
    flashcard,
    matching,
    mcq,
    multi_select,
    numeric,
    numeric_mcq,
    odd_one_out,
    ordering,
    true_false,
    typed,
    why,
)
from quizapp.generate.kinds.common import Dropped, Outcome
from quizapp.generate.paragraphs import OVER_PARAGRAPH, cap_per_paragraph
from quizapp.generate.question import KINDS, Kind, Question
from quizapp.generate.spread import cap_per_fact, thin_copies
from quizapp.generate.streams import LazyRandom
from quizapp.generate.true_false_balance import balance_true_false, cap_true_false

Generator = Callable[[DeckIndex, Fact, random.Random], list[Outcome]]
GENERATORS: dict[Kind, Generator] = {
    "mcq": mcq.generate,
    "true_false": true_false.generate,
    "multi_select": multi_select.generate,
    "typed": typed.generate,
    "numeric": numeric.generate,
    "numeric_mcq": numeric_mcq.generate,
    "cloze": cloze.generate,
    "matching": matching.generate,
    "ordering": ordering.generate,
    "odd_one_out": odd_one_out.generate,
    "flashcard": flashcard.generate,
    "why": why.generate,
    "assertion_reason": assertion_reason.generate,
    "claim_evidence": claim_evidence.generate,
    "comparison": comparison.generate,
}
assert set(GENERATORS) == set(KINDS)
# a card whose subject is its question: no cloze of the question, no statement to judge
QUESTION_CARD_KINDS: frozenset[Kind] = frozenset(
    {"mcq", "typed", "flashcard", "numeric", "numeric_mcq"}
)


def item_rng(seed: int, kind: str, fact_id: str) -> random.Random:
    """Each (kind, fact) draws from its own stream, so one item never shifts another (seeded
    on its first draw: most kinds return at once for a fact they do not fit)."""
    return LazyRandom(f"{seed}:{kind}:{fact_id}")


def generate_for_fact(
    ix: DeckIndex,
    fact: Fact,
    seed: int,
    kinds: Iterable[Kind] = KINDS,
    result: Generation | None = None,
) -> Generation:
    """The fact's items that pass the gates, added to `result` (a new one if None): a deck's
    facts share one, where a Generation per fact and merging its counts cost a twentieth of
    the loop."""
    result = Generation() if result is None else result
    if ix.relations[fact.relation].subject_is_question:
        kinds = [k for k in kinds if k in QUESTION_CARD_KINDS]
    for kind in kinds:
        for outcome in GENERATORS[kind](ix, fact, item_rng(seed, kind, fact.id)):
            _take(ix, outcome, result)
    return result


def _take(ix: DeckIndex, outcome: Outcome, result: Generation) -> None:
    if isinstance(outcome, Dropped):
        result.dropped[(outcome.kind, outcome.reason)] += 1
        return
    failure = first_failure(outcome, ix)
    if failure:
        result.dropped[(outcome.kind, failure)] += 1
        return
    result.generated[outcome.kind] += 1
    result.questions.append(outcome)


_LAST: list[DeckIndex] = []  # the index of the deck generated last


def deck_index(deck: Deck) -> DeckIndex:
    """The deck's index, kept for the deck generated last: its tables hold nothing of a seed,
    and each seed of one deck (a session's, the digest's, an audit's) built them again."""
    last = _LAST[0] if _LAST else None
    if last is None or last.deck is not deck:
        last = DeckIndex(deck)
        _LAST[:] = [last]
    return last


def forget_index() -> None:
    """Drop the kept index (tests that patch how an index is built call it first)."""
    _LAST.clear()


def generate_deck(
    deck: Deck,
    seed: int = 0,
    kinds: Iterable[Kind] = KINDS,
    index: DeckIndex | None = None,
    spread: bool = True,
) -> Generation:
    """Every item that passes the gates; `spread=False` keeps all forms of a fact (for grading
    corpora: a form this seed leaves out is asked under another seed, with the same id).

    The cyclic garbage collector is paused meanwhile (as the service's catalog already did
    around it): a deck's generation makes millions of short-lived objects, and each full
    collection they set off walked the whole deck and index again, a cost growing with the
    deck times the number of collections (a tenth of the time at 5,000 facts). The few
    cycles it leaves are collected as usual after it."""
    with gc_paused():
        return _generate(deck, seed, kinds, index, spread)


def _generate(
    deck: Deck, seed: int, kinds: Iterable[Kind], index: DeckIndex | None, spread: bool
) -> Generation:
    ix = index or deck_index(deck)
    wanted = tuple(kinds)
    result = Generation()
    passed = Generation(dropped=result.dropped)  # its `generated` counts nothing kept
    for fact in deck.facts:
        generate_for_fact(ix, fact, seed, wanted, passed)
    candidates: list[Question] = []
    seen: set[str] = set()
    for q in passed.questions:
        if q.id not in seen:
            seen.add(q.id)
            candidates.append(q)
    clashing = deck_wide(candidates, result)
    capped = cap_per_fact(clashing, ix, seed, result) if spread else clashing
    fair = drop_given_away(capped, ix, result)
    kept = thin_copies(balance_true_false(fair, seed, result), ix, result)
    kept = cap_true_false(kept, seed, result) if spread else kept
    if spread:  # last: it counts what the session would really get
        kept, flooded = cap_per_paragraph(kept, ix, seed)
        for kind, n in flooded.items():
            result.dropped[(kind, OVER_PARAGRAPH)] += n
        # the paragraph cap takes other items too: true/false back under its share (it only
        # drops true/false items, so no paragraph goes back over its cap)
        kept = cap_true_false(kept, seed, result)
    for q in kept:
        result.questions.append(q)
        result.generated[q.kind] += 1
    return result
