"""Balancing true/false items so that about half the keys are True, every fact still asked."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quizapp.generate.generation import Generation, seeded_rank
from quizapp.generate.question import ONE_OF_OPTIONS, Question

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


@dataclass
class _Candidates:
    """The true/false items by fact, and how often the other items ask each fact."""

    trues: dict[str, Question] = field(default_factory=dict)
    falses: dict[str, list[Question]] = field(default_factory=dict)
    others: Counter[str] = field(default_factory=Counter)
    own: Counter[str] = field(default_factory=Counter)


def _candidates(items: list[Question]) -> _Candidates:
    out = _Candidates()
    for q in items:
        if q.kind in ONE_OF_OPTIONS:
            continue  # claim-level items wait for recall: they do not teach the fact itself
        if q.kind != "true_false":
            out.others.update(set(q.fact_ids))
            out.own[q.fact_ids[0]] += 1
        elif q.answer[0] == "True":
            out.trues[q.seed_fact] = q
        else:
            out.falses.setdefault(q.seed_fact, []).append(q)
    return out


def _choose(c: _Candidates, seed: int) -> tuple[set[str], tuple[int, int]]:
    """The ids of the true/false items kept, and how many keys are True and False."""
    trues, falses = c.trues, c.falses
    ranked = sorted(falses, key=lambda f: seeded_rank(seed, f))
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
    for f in ranked:  # a fact whose False items are charged to others keeps its True one
        own_false = any(q.fact_ids[0] == f for q in chosen[f])
        if not own_false and c.own[f] == 0 and f in trues and f not in chosen_true:
            chosen_true[f] = trues[f]
            n_true += 1
    spare = sorted(  # facts with items of their own elsewhere first, then the most asked
        (f for f in chosen_true if f not in falses),
        key=lambda f: (c.own[f] == 0, -c.others[f], seeded_rank(seed, f)),
    )
    for f in spare:  # still too many True: drop those whose fact is asked most elsewhere
        if n_true - n_false <= (1 if n_false else 0):  # never a deck of always-True items
            break
        if c.others[f] < MIN_PER_FACT or c.own[f] == 0:
            continue  # its True item is one of the two the fact needs, or its only own one
        del chosen_true[f]
        n_true -= 1
    keep = {q.id for q in chosen_true.values()} | {q.id for qs in chosen.values() for q in qs}
    return keep, (n_true, n_false)


def balance_true_false(items: list[Question], seed: int, result: Generation) -> list[Question]:
    """Choose true/false items so that about half the keys are True.

    A fact with no provably false variant gives its True item; a fact with one gives a False
    item (a second False one, or its True one instead, where the balance needs it). If False
    items are still too few, True items are dropped, first from facts that other items ask most.
    """
    candidates = _candidates(items)
    keep, counts = _choose(candidates, seed)
    keep |= _top_up(items, keep, candidates.others, candidates.own, counts)
    out: list[Question] = []
    for q in items:
        if q.kind != "true_false" or q.id in keep:
            out.append(q)
        else:
            result.dropped[(q.kind, "left out to balance True and False")] += 1
    return out


SHARE = 0.25  # of all items at most true/false: recall in a form that is half guessing
PER_FACT = 3  # items on one fact before its true/false ones give way
MIN_PER_FACT = 2  # a fact keeps at least this many items
LEEWAY = 0.06  # of the true/false items: how far True and False may drift apart (47-53%)
CAPPED = "true/false left out: enough of them (share of the deck, or items on this fact)"


def _queues(tfs: list[Question], own: Counter[str], seed: int) -> dict[str, list[Question]]:
    """Per key, the true/false items in the order they are given up: facts asked most first."""
    return {
        key: sorted(
            (q for q in tfs if q.answer[0] == key),
            key=lambda q: (-own[q.seed_fact], seeded_rank(seed, q.id)),
        )
        for key in ("True", "False")
    }


TF = ("True", "False")


def cap_true_false(items: list[Question], seed: int, result: Generation) -> list[Question]:
    """Keep true/false to about SHARE of the items and no fact in more than PER_FACT items,
    without tilting the keys: the True and False items given up alternate by whichever key is
    ahead, the facts asked most first. No fact drops below MIN_PER_FACT items."""
    per_fact: Counter[str] = Counter(f for q in items for f in set(q.fact_ids))
    # recall items made from the fact itself (why and assertion-reason ask its claims)
    own: Counter[str] = Counter(q.seed_fact for q in items if q.kind not in ONE_OF_OPTIONS)
    # the study queue asks a fact first by an item listing it first: never its last one
    first: Counter[str] = Counter(q.fact_ids[0] for q in items if q.kind not in ONE_OF_OPTIONS)
    tfs = [q for q in items if q.kind == "true_false"]
    keys = Counter(q.answer[0] for q in tfs)
    queues = _queues(tfs, own, seed)
    drop: set[str] = set()

    def spare(q: Question, crowded_only: bool) -> bool:
        busy = own[q.seed_fact] > PER_FACT
        enough = all(per_fact[f] > MIN_PER_FACT for f in q.fact_ids)
        return (busy or not crowded_only) and enough and first[q.fact_ids[0]] > 1

    def next_spare(key: str, crowded_only: bool) -> Question | None:
        """The first spare item of the key's queue. The counts only fall and `drop` only
        grows, so an item passed over stays passed over in this round: each queue is read
        once per round from where it was left, not from its start for every item dropped."""
        queue, at = queues[key], start[key]
        while at < len(queue) and (queue[at].id in drop or not spare(queue[at], crowded_only)):
            at += 1
        start[key] = at
        return queue[at] if at < len(queue) else None

    for crowded_only in (True, False):
        start = dict.fromkeys(queues, 0)
        while True:
            n_tf = len(tfs) - len(drop)
            if not crowded_only and n_tf <= SHARE * (len(items) - len(drop)):
                break
            ahead, behind = TF if keys["True"] >= keys["False"] else TF[::-1]
            pick, key = next_spare(ahead, crowded_only), ahead
            if pick is None and keys[ahead] - keys[behind] + 1 <= LEEWAY * sum(keys.values()):
                key = behind  # the other key may give one up while the balance holds
                pick = next_spare(key, crowded_only)
            if pick is None:
                break
            drop.add(pick.id)
            keys[key] -= 1
            per_fact.subtract(set(pick.fact_ids))
            own[pick.seed_fact] -= 1
            first[pick.fact_ids[0]] -= 1
    if drop:  # only true/false items are given up
        result.dropped[("true_false", CAPPED)] += len(drop)
    return [q for q in items if q.id not in drop]
