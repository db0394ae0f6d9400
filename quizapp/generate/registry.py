"""Every generator by kind, and generating a whole deck through the quality gates."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quizapp.facts.model import Deck, Fact
from quizapp.facts.normalise import normalise
from quizapp.generate.gates import first_failure
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import kinds_where
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
from quizapp.generate.question import KINDS, ONE_OF_OPTIONS, Kind, Question

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
QUESTION_CARD_KINDS: frozenset[Kind] = frozenset({"mcq", "typed", "flashcard"})


@dataclass
class Generation:
    questions: list[Question] = field(default_factory=list)
    generated: Counter[str] = field(default_factory=Counter)
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)


def item_rng(seed: int, kind: str, fact_id: str) -> random.Random:
    """Each (kind, fact) draws from its own stream, so one item never shifts another."""
    return random.Random(f"{seed}:{kind}:{fact_id}")


def generate_for_fact(
    ix: DeckIndex, fact: Fact, seed: int, kinds: Iterable[Kind] = KINDS
) -> Generation:
    result = Generation()
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


def generate_deck(
    deck: Deck,
    seed: int = 0,
    kinds: Iterable[Kind] = KINDS,
    index: DeckIndex | None = None,
    spread: bool = True,
) -> Generation:
    """Every item that passes the gates; `spread=False` keeps all forms of a fact (for grading
    corpora: a form this seed leaves out is asked under another seed, with the same id)."""
    ix = index or DeckIndex(deck)
    wanted = tuple(kinds)
    result = Generation()
    candidates: list[Question] = []
    seen: set[str] = set()
    for fact in deck.facts:
        part = generate_for_fact(ix, fact, seed, wanted)
        result.dropped.update(part.dropped)
        for q in part.questions:
            if q.id not in seen:
                seen.add(q.id)
                candidates.append(q)
    clashing = deck_wide(candidates, result)
    capped = cap_per_fact(clashing, ix, seed, result) if spread else clashing
    fair = drop_given_away(capped, ix, result)
    kept = thin_copies(balance_true_false(fair, seed, result), ix, result)
    if spread:  # last: it counts what the session would really get
        kept, flooded = cap_per_paragraph(kept, ix, seed)
        for kind, n in flooded.items():
            result.dropped[(kind, OVER_PARAGRAPH)] += n
    for q in kept:
        result.questions.append(q)
        result.generated[q.kind] += 1
    return result


ORDERINGS_PER_FACT = 2  # one event must not anchor every ordering round
SHARED_PROMPT = "same prompt as another item with a different key"
REPEATED_PROMPT = "same prompt and kind as another item"


def prompt_identity(q: Question) -> str:
    """What the learner reads as 'the question': the stem, plus the items for generic stems."""
    text = normalise(q.prompt)
    if q.kind in ("ordering", "matching"):
        text += " | " + " | ".join(sorted(normalise(o) for o in q.options or []))
    return text


def deck_wide(items: list[Question], result: Generation) -> list[Question]:
    """Drop items that clash with an earlier one: the same prompt with another key (two right
    answers to one question), the same prompt and kind again, an over-used ordering anchor."""
    keys: dict[str, tuple[str, ...]] = {}
    kinds: set[tuple[str, str]] = set()
    anchored: Counter[str] = Counter()
    kept: list[Question] = []
    for q in items:
        ident = prompt_identity(q)
        key = tuple(sorted(normalise(a) for a in q.answer))
        reason = None
        if ident in keys and keys[ident] != key:
            reason = SHARED_PROMPT
        elif (ident, q.kind) in kinds:
            reason = REPEATED_PROMPT
        elif q.kind == "ordering" and any(anchored[f] >= ORDERINGS_PER_FACT for f in q.fact_ids):
            reason = "an event already used by enough orderings"
        if reason:
            result.dropped[(q.kind, reason)] += 1
            continue
        keys.setdefault(ident, key)
        kinds.add((ident, q.kind))
        if q.kind == "ordering":
            anchored.update(q.fact_ids)
        kept.append(q)
    return kept


def drop_given_away(items: list[Question], ix: DeckIndex, result: Generation) -> list[Question]:
    """A True statement that another fact implies about the protagonist ('Russia was a member
    of the EEU' beside 'the EEU is led by Russia', or Russia founding it) is a freebie: it is
    always left out (the fact is still asked by its other items). A statement of the source's
    judgment ('Russia wants to keep China out') is not given away by another tie to China, so
    it is left out only where the fact has two other items."""
    asked: Counter[str] = Counter(f for q in items if q.kind != "true_false" for f in q.fact_ids)
    out: list[Question] = []
    for q in items:
        fact = ix.fact(q.fact_ids[0])
        given = q.kind == "true_false" and q.answer == ["True"] and true_false.implied(ix, fact)
        if given and (not ix.relations[fact.relation].judgment or asked[fact.id] >= MIN_PER_FACT):
            result.dropped[(q.kind, true_false.GIVEN_AWAY)] += 1
            continue
        out.append(q)
    return out


PER_FACT = 3  # single-fact items of one fact besides true/false (which the balance chooses)
OPEN_FORMS = kinds_where(shape="text") + kinds_where(shape="self")  # the key is not shown
SAME_NUMBER = "another open form already asks for this number"
OVER_CAP = "enough items on this fact already"


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
        ranked = sorted(group, key=lambda q: _rank(seed, q.id))
        if ix.numeric_value(ix.fact(fact_id)) is not None:
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
            keep = min(group, key=lambda q: _rank(seed, q.id))
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
    drop: set[str] = set()
    for group in groups.values():
        if len({q.fact_ids[0] for q in group}) >= 4:
            drop |= _thin_group(group, items)
    for q in items:
        if q.id in drop:
            result.dropped[(q.kind, "near-copy of the same point for another subject")] += 1
    return [q for q in items if q.id not in drop]


def _thin_group(group: list[Question], items: list[Question]) -> set[str]:
    members = {q.id for q in group}
    recall = [q for q in items if q.id not in members and q.kind not in ONE_OF_OPTIONS]
    fixed: Counter[str] = Counter(f for q in recall for f in set(q.fact_ids))
    fixed_own: Counter[str] = Counter(q.fact_ids[0] for q in recall)
    by_fact: dict[str, list[Question]] = {}
    for q in group:
        by_fact.setdefault(q.fact_ids[0], []).append(q)
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


def _rank(seed: int, fact_id: str) -> str:
    return hashlib.sha256(f"{seed}:tf:{fact_id}".encode()).hexdigest()


TOP_UP_SHARE = (0.47, 0.53)  # a margin inside the audit's 45-55%


def _top_up(
    items: list[Question],
    keep: set[str],
    others: Counter[str],
    own: Counter[str],
    counts: tuple[int, int],
) -> set[str]:
    """Facts asked fewer than twice, or with no item of their own, get another true/false
    variant, while the balance holds."""
    n_true, n_false = counts
    asked, own = others.copy(), own.copy()
    for q in items:
        if q.id in keep:
            asked[q.fact_ids[0]] += 1
            own[q.fact_ids[0]] += 1
    extra: set[str] = set()
    for q in items:
        fact = q.fact_ids[0]
        if q.kind != "true_false" or q.id in keep or (asked[fact] >= 2 and own[fact] >= 1):
            continue
        t, f = n_true + (q.answer[0] == "True"), n_false + (q.answer[0] == "False")
        if TOP_UP_SHARE[0] <= t / (t + f) <= TOP_UP_SHARE[1]:
            extra.add(q.id)
            asked[fact] += 1
            own[fact] += 1
            n_true, n_false = t, f
    return extra


def balance_true_false(items: list[Question], seed: int, result: Generation) -> list[Question]:
    """Choose true/false items so that about half the keys are True.

    A fact with no provably false variant gives its True item; a fact with one gives a False
    item (a second False one, or its True one instead, where the balance needs it). If False
    items are still too few, True items are dropped, first from facts that other items ask most.
    """
    trues: dict[str, Question] = {}
    falses: dict[str, list[Question]] = {}
    others: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for q in items:
        if q.kind in ONE_OF_OPTIONS:
            continue  # claim-level items wait for recall: they do not teach the fact itself
        if q.kind != "true_false":
            others.update(set(q.fact_ids))
            own[q.fact_ids[0]] += 1
        elif q.answer[0] == "True":
            trues[q.seed_fact] = q
        else:
            falses.setdefault(q.seed_fact, []).append(q)
    ranked = sorted(falses, key=lambda f: _rank(seed, f))
    chosen = {f: [falses[f][0]] for f in ranked}
    chosen_true = {f: trues[f] for f in trues if f not in falses}
    n_true, n_false = len(chosen_true), len(chosen)
    for f in ranked:  # too many False: tell some of those facts as True instead
        if n_false - n_true <= 1:
            break
        if f in trues:
            chosen[f], chosen_true[f] = [], trues[f]
            n_false, n_true = n_false - 1, n_true + 1
    for f in ranked:  # too many True: a second False variant where there is one
        if n_true - n_false <= 1:
            break
        if len(falses[f]) > 1 and chosen[f]:
            chosen[f].append(falses[f][1])
            n_false += 1
    spare = sorted(  # facts with items of their own elsewhere first, then the most asked
        (f for f in chosen_true if f not in falses),
        key=lambda f: (own[f] == 0, -others[f], _rank(seed, f)),
    )
    for f in spare:  # still too many True: drop those whose fact is asked most elsewhere
        if n_true - n_false <= (1 if n_false else 0):  # never a deck of always-True items
            break
        del chosen_true[f]
        n_true -= 1
    keep = {q.id for q in chosen_true.values()} | {q.id for qs in chosen.values() for q in qs}
    keep |= _top_up(items, keep, others, own, (n_true, n_false))
    out: list[Question] = []
    for q in items:
        if q.kind != "true_false" or q.id in keep:
            out.append(q)
        else:
            result.dropped[(q.kind, "left out to balance True and False")] += 1
    return out
