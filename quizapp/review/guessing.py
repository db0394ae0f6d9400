"""How much this learner guesses on recognition items, measured from their own answers.

A learner who does not recall a fact either says so (a wrong answer, "?") or guesses. On an
item whose chance of a lucky guess is c (grading.guess_chance), the share of wrong answers is
then f * (1 - g * c): f the share of answers where the fact was not recalled, g the share of
those where the learner guessed. How well a fact is known does not depend on the form it is
asked in, so f is one number per stage (first sight, interday review), while the form moves
the wrong share by c: a guesser is wrong half as often on true/false (c = 1/2) as on a recall
item (c = 0), someone who does not guess equally often. Comparing the forms tells g from f
without trusting the scheduler's predictions (which a mismatched memory model would bias).

g is the maximum-likelihood value on a grid, with f profiled out per stage. Until the log can
tell (at least MIN_WRONG wrong answers spread over two chance levels), the learner is assumed
to guess (g = 1): guessing is what people do, and it is the assumption that keeps retention
at the target. Grading scales every item's chance by g (see grading.rating_for), so a learner
who answers only what they know is graded as plain FSRS would, and a guesser's right answers
count for less where a lucky guess is likely.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import timedelta

from quizapp.review.grading import guess_chance
from quizapp.store.records import Review

WINDOW = timedelta(days=120)  # the log read: recent habits, and a bounded read
MIN_WRONG = 20  # wrong answers needed before the log overrules the default
MIN_LEVEL = 15  # answers needed at a chance level for it to count as a level
ASSUMED = 1.0  # the propensity assumed until the log can tell
STAGES = {"new": "first", "review": "interday"}  # the phases whose answers are evidence
GRADED = frozenset({"correct", "near_miss", "wrong", "revealed"})
GRID = [i / 50 for i in range(51)]
SHARES = [i / 200 for i in range(1, 200)]

Evidence = dict[tuple[str, float], tuple[int, int]]  # (stage, chance) -> (answers, wrong)


def evidence(reviews: Iterable[Review], options_of: Callable[[str], int]) -> Evidence:
    """Answers and wrong answers per (stage, chance) over scheduled, graded answers at first
    sight or at an interday review (learning steps, minutes after the answer was shown, say
    little). `options_of(item_id)` is the item's option count (0 when unknown)."""
    out: Evidence = {}
    for r in reviews:
        stage = STAGES.get(r.card_state or "")
        if stage is None or r.mode != "scheduled" or r.undone or r.override:
            continue
        if r.verdict not in GRADED:
            continue
        chance = round(guess_chance(r.kind, options_of(r.item_id) or 4), 3)
        n, wrong = out.get((stage, chance), (0, 0))
        out[(stage, chance)] = (n + 1, wrong + (r.verdict in ("wrong", "revealed")))
    return out


def _log_likelihood(evidence: Evidence, g: float) -> float:
    """With f per stage profiled out (its best value on a grid)."""
    total = 0.0
    for stage in {s for s, _ in evidence}:
        rows = [(c, n, w) for (s, c), (n, w) in evidence.items() if s == stage]
        best = -math.inf
        for f in SHARES:
            ll = 0.0
            for c, n, w in rows:
                p = min(1 - 1e-9, max(1e-9, f * (1 - g * c)))
                ll += w * math.log(p) + (n - w) * math.log(1 - p)
            best = max(best, ll)
        total += best
    return total


def propensity(evidence: Evidence) -> float:
    """The learner's guess propensity g in [0, 1]; ASSUMED while the log cannot tell."""
    wrong = sum(w for _, w in evidence.values())
    levels = {c for (_, c), (n, _) in evidence.items() if n >= MIN_LEVEL}
    if wrong < MIN_WRONG or len(levels) < 2:
        return ASSUMED
    return max(GRID, key=lambda g: (_log_likelihood(evidence, g), -g))
