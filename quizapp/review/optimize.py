"""Personal FSRS parameters, fitted to one learner's own review log.

The fitting is done by `fsrs-rs-python` (the FSRS optimiser Anki uses, compiled from Rust: no
deep-learning framework). The log becomes one FSRS item per review made a day or more after
the fact's previous review, carrying the fact's history up to it; same-day repeats (learning
steps) are part of the history but are not predicted. Only scheduled, rated, not undone
reviews count: practice moves no schedule, and an override already replaced its review.

Cross-validation: the facts are split by a hash of their key into five folds, and each
fold's reviews are predicted both by the defaults and by parameters fitted to the other four
folds (the library's memory state, FSRS-6's forgetting curve), every review scored by its log
loss. The fit is adopted only when it beats the defaults by more than Z standard errors of the
mean paired difference (the error taken over facts, whose reviews are not independent), so a
fit to noise, a little better on some held-out reviews by chance, keeps the defaults. Adopted
parameters are then fitted to the whole log. The log losses reported are these plain means
per review (the library's own `evaluate` weights recent items more, so it gives only the RMSE,
averaged over the folds).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as rs

from quizapp.review.day import study_day
from quizapp.store.records import OptimizeRun, Review, Settings

MIN_TRAIN_ITEMS = 50  # fewer interday reviews than this cannot be fitted meaningfully
HELD_OUT_SHARE = 5  # folds: each fact's reviews are predicted by a fit to the other four
Z = 2.0  # standard errors by which the fit must beat the defaults on held-out reviews
EPS = 1e-4  # predictions are clipped to [EPS, 1 - EPS]


class OptimizeError(Exception):
    """Why the log cannot be fitted (one line for the user)."""


@dataclass(frozen=True)
class Fit:
    parameters: list[float]
    run: OptimizeRun


def usable(reviews: Iterable[Review]) -> list[Review]:
    return [r for r in reviews if r.mode == "scheduled" and r.rating and not r.undone]


Step = tuple[int, int]  # (rating, days since the previous review)


def histories_by_fact(
    reviews: Iterable[Review], day_starts_at_hour: int = 4, timezone: str = "UTC"
) -> dict[str, list[list[Step]]]:
    """Per fact (deck|fact), the history up to and including each of its interday reviews."""
    histories: dict[str, list[Review]] = {}
    for r in sorted(usable(reviews), key=lambda r: r.reviewed_at):
        histories.setdefault(f"{r.deck_id}|{r.fact_id}", []).append(r)
    out: dict[str, list[list[Step]]] = {}
    for key, history in histories.items():
        days = [study_day(r.reviewed_at, day_starts_at_hour, timezone) for r in history]
        steps = [
            (int(r.rating or 1), (d - days[i - 1]).days if i else 0)
            for i, (r, d) in enumerate(zip(history, days, strict=True))
        ]
        items = [steps[: i + 1] for i in range(1, len(steps)) if steps[i][1] > 0]
        if items:
            out[key] = items
    return out


def _item(steps: Sequence[Step]) -> rs.FSRSItem:
    return rs.FSRSItem([rs.FSRSReview(rating, days) for rating, days in steps])


def items_by_fact(
    reviews: Iterable[Review], day_starts_at_hour: int = 4, timezone: str = "UTC"
) -> dict[str, list[rs.FSRSItem]]:
    """Per fact (deck|fact), one FSRS item for each of its interday reviews."""
    return {
        key: [_item(steps) for steps in items]
        for key, items in histories_by_fact(reviews, day_starts_at_hour, timezone).items()
    }


def fold(key: str) -> int:
    """The fold (0 .. HELD_OUT_SHARE - 1) a fact's reviews belong to, by a hash of its key."""
    return int(hashlib.blake2b(key.encode(), digest_size=4).hexdigest(), 16) % HELD_OUT_SHARE


def held_out(key: str) -> bool:
    return fold(key) == 0


def split(by_fact: dict[str, list[rs.FSRSItem]]) -> tuple[list[rs.FSRSItem], list[rs.FSRSItem]]:
    train = [i for k, items in by_fact.items() if not held_out(k) for i in items]
    test = [i for k, items in by_fact.items() if held_out(k) for i in items]
    return train, test


def review_losses(parameters: Sequence[float], items: Sequence[Sequence[Step]]) -> list[float]:
    """Per item, the log loss of these parameters' prediction of its last review: the memory
    state after the earlier reviews (the library's own), then FSRS-6's forgetting curve over
    the days since (decay parameters[20]); a lapse (Again) is a failure to recall."""
    if not items:
        return []
    states = rs.FSRS(list(parameters)).memory_state_batch([_item(s[:-1]) for s in items])
    decay = parameters[20]
    factor = 0.9 ** (-1 / decay) - 1
    out = []
    for steps, state in zip(items, states, strict=True):
        rating, days = steps[-1]
        r = (1 + factor * days / max(state.stability, 1e-3)) ** -decay
        r = min(1 - EPS, max(EPS, r))
        out.append(-math.log(r if rating > 1 else 1 - r))
    return out


def _mean(by_fact: dict[str, list[float]]) -> float:
    values = [v for vs in by_fact.values() for v in vs]
    return sum(values) / len(values)


def clearly_better(
    before: dict[str, list[float]], after: dict[str, list[float]], z: float = Z
) -> bool:
    """Whether `after`'s losses (per fact, per review) are lower than `before`'s by more than
    chance: the mean paired difference per review must exceed z standard errors, the error
    taken over facts (a fact's reviews are not independent of one another)."""
    totals = [sum(before[k]) - sum(after[k]) for k in before]
    counts = [len(before[k]) for k in before]
    n, facts = sum(counts), len(totals)
    if n == 0 or facts < 2:
        return False
    mean = sum(totals) / n
    spread = sum((t - c * mean) ** 2 for t, c in zip(totals, counts, strict=True))
    error = math.sqrt(spread * facts / (facts - 1)) / n
    return mean > z * error


def evaluate(parameters: Sequence[float], items: Sequence[rs.FSRSItem]) -> tuple[float, float]:
    """(log loss, RMSE over bins) of these parameters' predictions of the items."""
    result = rs.FSRS(list(parameters)).evaluate(list(items))
    return float(result.log_loss), float(result.rmse_bins)


def fit(reviews: Iterable[Review], settings: Settings, now: datetime) -> Fit:
    """Fit parameters to the log; raises OptimizeError when there is too little to fit."""
    log = usable(reviews)
    by_fact = histories_by_fact(log, settings.day_starts_at_hour, settings.timezone)
    count = sum(len(items) for items in by_fact.values())
    held = sum(len(items) for k, items in by_fact.items() if held_out(k))
    if count - held < MIN_TRAIN_ITEMS or not held:
        raise OptimizeError(
            f"too few reviews to fit: {count} made a day or more after the "
            f"previous one (at least {MIN_TRAIN_ITEMS + MIN_TRAIN_ITEMS // 4} are needed)"
        )
    defaults = list(rs.DEFAULT_PARAMETERS)
    before: dict[str, list[float]] = {}
    after: dict[str, list[float]] = {}
    rmse: list[tuple[float, float]] = []
    for k in range(HELD_OUT_SHARE):  # each fold of facts predicted by a fit to the others
        tests = {key: items for key, items in by_fact.items() if fold(key) == k}
        train = [_item(s) for key, items in by_fact.items() if fold(key) != k for s in items]
        if not tests or not train:
            continue
        fitted = _fit(train)
        before.update((key, review_losses(defaults, items)) for key, items in tests.items())
        after.update((key, review_losses(fitted, items)) for key, items in tests.items())
        test = [_item(s) for items in tests.values() for s in items]
        rmse.append((evaluate(defaults, test)[1], evaluate(fitted, test)[1]))
    adopted = clearly_better(before, after)
    run = OptimizeRun(
        at=now,
        reviews=len(log),
        held_out=count,
        log_loss_before=_mean(before),
        log_loss_after=_mean(after),
        rmse_before=sum(b for b, _ in rmse) / len(rmse),
        rmse_after=sum(a for _, a in rmse) / len(rmse),
        adopted=adopted,
    )
    if not adopted:
        return Fit([], run)
    return Fit(_fit([_item(s) for items in by_fact.values() for s in items]), run)


def _fit(items: list[rs.FSRSItem]) -> list[float]:
    return [float(w) for w in rs.FSRS(list(rs.DEFAULT_PARAMETERS)).compute_parameters(items)]


def apply(settings: Settings, result: Fit) -> Settings:
    """The settings with the run recorded and, when adopted, the parameters in use."""
    update: dict[str, object] = {"optimized": result.run}
    if result.run.adopted:
        update["fsrs_parameters"] = result.parameters
    return settings.model_copy(update=update)
