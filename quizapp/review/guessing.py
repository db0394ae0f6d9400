"""How much this learner guesses on recognition items, measured from their own answers.

A learner who does not recall a fact either says so (a wrong answer, "?") or guesses. On an
item whose chance of a lucky guess is c (grading.guess_chance), the share of wrong answers is
then f * (1 - g * c): f the share of answers where the fact was not recalled, g the share of
those where the learner guessed. How well a fact is known does not depend on the form it is
asked in, so f is one number per stratum (first sight; interday review by interval band, see
evidence), while the form moves the wrong share by c: a guesser is wrong half as often on
true/false (c = 1/2) as on a recall item (c = 0), someone who does not guess equally often.
Comparing the forms tells g from f without trusting the scheduler's predictions (which a
mismatched memory model would bias).

g is the maximum-likelihood value on a grid, with f profiled out per stratum. Until the log
shows guessing, the learner is taken not to guess (g = 0): with too little log to tell (fewer
than MIN_WRONG wrong answers, or fewer than MIN_LEVEL answers comparing chance levels within a
stratum), or while the best fit is not clearly better than g = 0 (a likelihood-ratio test at
1%, strict because it is repeated at every session start). Then every right answer counts in
full and quizapp rates exactly as plain FSRS would: a needless Hard raises a fact's difficulty
for good and shortens every later interval, which cost a learner who never guesses up to 30%
more reviews when guessing was assumed until the log rejected it. A guesser shows it within
days: at first sight a true/false item is lucky half the time and a 4-option one a quarter,
so the forms' wrong shares part at once. Once the first sights alone show it, it stays shown
(Settings.guessing_shown_at, set by review.hindsight, which also re-rates the right answers
given before): g is then the largest value the log does not reject, not the best fit.
Grading scales every item's chance by g (see grading.rating_for), so a guesser's right
answers count for less where a lucky guess is likely.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import NamedTuple

from quizapp.generate.question import Question
from quizapp.review.forms import UNGUESSABLE
from quizapp.review.grading import SINGLE_CHOICE, guess_chance
from quizapp.review.guess_check import CHECKED, checked, checking
from quizapp.store.light_reviews import AnswerRow
from quizapp.store.records import Review
from quizapp.store.repository import ProgressStore

WINDOW = timedelta(days=120)  # the log read: recent habits, and a bounded read
MIN_WRONG = 20  # wrong answers needed before the log overrules the default
MIN_LEVEL = 15  # answers within a stratum at other than its most asked chance level
ASSUMED = 0.0  # the propensity taken until the log shows guessing: none, as plain FSRS
SHOWS = 2.71  # log-likelihood gain over ASSUMED that shows guessing (1% test; g = 0 a bound)
SPAN = 1.92  # a g whose log-likelihood is within this of the best is not rejected (95%)
PROBE = 60  # first sights asked unguessably (review.forms) after which the log can tell
STAGES = {"new": "first", "review": "interday"}  # the phases whose answers are evidence
GRADED = frozenset({"correct", "near_miss", "wrong", "revealed"})
GRID = [i / 50 for i in range(51)]
STEPS = 200
SHARES = [i / STEPS for i in range(1, STEPS)]  # the grid for f
GOLDEN = (math.sqrt(5) - 1) / 2

Evidence = dict[tuple[str, float], tuple[int, int]]  # (stage, chance) -> (answers, wrong)


# What the measure reads of a review: a `Review`, or the store's light `AnswerRow` (its nine
# fields, read in one pass at every study start)
Answer = Review | AnswerRow


class Measure(NamedTuple):
    g: float  # the propensity
    probe: bool  # first sights still to be asked unguessably (review.forms)
    first_shows: bool  # the clean evidence shows guessing: what makes it stay shown
    check: bool = False  # interday reviews asked in the form the fact fixes (guess_check)


def measure(
    store: ProgressStore,
    learner: str,
    now: datetime,
    items_of: Callable[[str], list[Question]],
    shown: bool = False,
    deck_facts: int = 0,
) -> Measure:
    """The propensity over the learner's log of the last WINDOW (see `propensity`; `shown`:
    guessing was shown before, Settings.guessing_shown_at), whether first sights are still
    to be probed (see `probing`), whether the clean evidence (first sights, and on a deck of
    `deck_facts` < guess_check.SMALL_DECK the checked interday reviews) shows guessing, and
    whether interday reviews are to be checked.
    `items_of(fact_id)` gives a fact's items; only facts answered in a choice form are asked
    for (items decode lazily). The log is read once, as light rows (nine fields, validated in
    one pass per month file, not a `Review` model per answer): this runs at every study
    start."""
    reviews = store.answer_rows(learner, now - WINDOW)
    options: dict[str, int] = {}
    counted = SINGLE_CHOICE | {"multi_select"}  # the kinds whose chance needs the options
    asked = {r.fact_id for r in reviews if r.mode == "scheduled" and r.kind in counted}
    for fact_id in asked:
        options.update((q.id, len(q.options or [])) for q in items_of(fact_id))
    check = checking(deck_facts, shown)
    clean = checked(items_of) if checking(deck_facts, False) else None
    found = evidence(reviews, lambda i: options.get(i, 0), clean)
    g = propensity(found, shown)
    shows = _shown(_parts(found)[1]) is not None
    return Measure(g, g == ASSUMED and probing(reviews), shows, check and not shows)


def probing(reviews: Iterable[Answer]) -> bool:
    """Whether first sights should still be asked unguessably (review.forms): until the log
    holds PROBE such answers to compare with the guessable ones. With them a guesser shows
    within days (many facts are unknown at first sight: a guesser is wrong on a quarter of
    true/false items and half the typed ones); recognition forms alone, nearly all true/false
    at first sight, took months."""
    low = 0
    for r in reviews:
        if r.mode == "scheduled" and r.card_state == "new" and r.kind in UNGUESSABLE:
            low += 1
            if low >= PROBE:
                return False
    return True


def evidence(
    reviews: Iterable[Answer],
    options_of: Callable[[str], int],
    clean: Callable[[str, str], bool] | None = None,
) -> Evidence:
    """Answers and wrong answers per (stratum, chance) over scheduled, graded answers at first
    sight or at an interday review (learning steps, minutes after the answer was shown, say
    little). `options_of(item_id)` is the item's option count (0 when unknown).

    An interday review's stratum is its stage and the days since the fact's previous review,
    in doubling bands (1, 2-3, 4-7, 8-15 ...). The forms follow stability (young facts are
    asked as recognition, established ones as recall: review.forms), and so does forgetting
    (a young fact has not yet shown it is easy), so one share f over all interday reviews
    would read the young facts' extra forgetting as a recognition item being wrong as often
    as a recall item: as less guessing than there is. Within a band the interval, hence the
    stability, is about the same whatever the form. `clean(fact_id, kind)`: whether an
    interday answer is also counted in the checked strata (review.guess_check)."""
    out: Evidence = {}
    previous: dict[str, datetime] = {}
    for r in sorted(reviews, key=lambda r: r.reviewed_at):
        if r.mode != "scheduled" or r.undone:
            continue
        last = previous.get(r.fact_id)
        previous[r.fact_id] = r.reviewed_at
        stage = STAGES.get(r.card_state or "")
        if stage is None or r.override or r.verdict not in GRADED:
            continue
        strata = [stage]
        if stage == "interday" and last is not None:
            band = max(0, (r.reviewed_at - last).days).bit_length()
            strata = [f"{stage}:{band}"]
            if clean is not None and clean(r.fact_id, r.kind):
                strata.append(f"{CHECKED}:{band}")
        chance = round(guess_chance(r.kind, options_of(r.item_id) or 4), 3)
        for key in strata:
            n, wrong = out.get((key, chance), (0, 0))
            out[(key, chance)] = (n + 1, wrong + (r.verdict in ("wrong", "revealed")))
    return out


def _parts(evidence: Evidence) -> tuple[Evidence, Evidence]:
    """Every stratum (each answer once), and the clean ones: first sights, checked reviews."""
    every = {k: v for k, v in evidence.items() if not k[0].startswith(CHECKED)}
    clean = {k: v for k, v in evidence.items() if k[0] == "first" or k[0].startswith(CHECKED)}
    return every, clean


def _log_likelihood(evidence: Evidence, g: float) -> float:
    """With f per stage profiled out (its best value on the SHARES grid)."""
    total = 0.0
    for stage in {s for s, _ in evidence}:
        total += _best_over_shares(
            [(1 - g * c, n, w) for (s, c), (n, w) in evidence.items() if s == stage]
        )
    return total


def _best_over_shares(rows: list[tuple[float, int, int]]) -> float:
    """max over f in SHARES of the log-likelihood of rows (a = 1 - g * c, answers, wrong),
    whose wrong share is f * a. It is concave in f: a golden-section search finds the peak,
    and the grid's best point is one of the few around it."""
    wrong = sum(w for _, _, w in rows)
    fixed = sum(w * math.log(max(a, 1e-9)) for a, _, w in rows if w)

    def ll(f: float) -> float:
        out = wrong * math.log(f) + fixed
        for a, n, w in rows:
            out += (n - w) * math.log(max(1e-9, 1 - f * a))
        return out

    lo, hi = SHARES[0], SHARES[-1]
    x1, x2 = hi - GOLDEN * (hi - lo), lo + GOLDEN * (hi - lo)
    y1, y2 = ll(x1), ll(x2)
    for _ in range(24):
        if y1 < y2:
            lo, x1, y1 = x1, x2, y2
            x2 = lo + GOLDEN * (hi - lo)
            y2 = ll(x2)
        else:
            hi, x2, y2 = x2, x1, y1
            x1 = hi - GOLDEN * (hi - lo)
            y1 = ll(x1)
    near = round((lo + hi) / 2 * STEPS)
    return max(ll(k / STEPS) for k in range(max(1, near - 2), min(STEPS - 1, near + 2) + 1))


def _contrast(evidence: Evidence) -> int:
    """The answers that compare chance levels within a stratum: in each stratum, those not at
    its most asked level (a stratum asked at one level tells nothing of g)."""
    by_stage: dict[str, list[int]] = {}
    for (stage, _), (n, _) in evidence.items():
        by_stage.setdefault(stage, []).append(n)
    return sum(sum(ns) - max(ns) for ns in by_stage.values())


def propensity(evidence: Evidence, shown: bool = False) -> float:
    """The learner's guess propensity g in [0, 1]. Not `shown` before: ASSUMED until the log
    shows guessing, in all its strata together or in the first sights alone, then the best
    fit. First sights are the clean test: what a learner knows before a fact's first review
    cannot depend on the form it is asked in, whereas at interday reviews recognition goes to
    younger facts, forgotten more, which reads as less guessing.

    Once `shown` (a guesser stays one: the session records the first time, see
    review.hindsight), the correction stays on: g is the largest value the log does not
    reject (a 95% likelihood interval, over all strata or first sights alone, whichever
    reaches higher among those that can tell), and 1 while neither can tell. The best fit
    alone let a guesser whose interday answers read as little guessing be trusted on
    true/false from a low retrievability, and a guesser shown guessing in week one be taken
    for an honest learner again once the first sights were few in the window."""
    parts = _parts(evidence)
    if shown:
        told = [h for part in parts if (h := _highest(part)) is not None]
        return max(told, default=1.0)
    found = [g for part in parts if (g := _shown(part)) is not None]
    return max(found, default=ASSUMED)


def _can_tell(evidence: Evidence) -> bool:
    wrong = sum(w for _, w in evidence.values())
    return wrong >= MIN_WRONG and _contrast(evidence) >= MIN_LEVEL


def _shown(evidence: Evidence) -> float | None:
    """The best g when these answers clearly show guessing, else None."""
    if not _can_tell(evidence):
        return None
    best = max(GRID, key=lambda g: (_log_likelihood(evidence, g), -g))
    if _log_likelihood(evidence, best) - _log_likelihood(evidence, ASSUMED) < SHOWS:
        return None  # the log does not clearly show guessing
    return best


def _highest(evidence: Evidence) -> float | None:
    """The largest g these answers do not reject, or None when they cannot tell."""
    if not _can_tell(evidence):
        return None
    fits = {g: _log_likelihood(evidence, g) for g in GRID}
    top = max(fits.values())
    return max(g for g, ll in fits.items() if ll >= top - SPAN)
