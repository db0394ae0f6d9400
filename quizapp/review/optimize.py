"""Personal FSRS parameters, fitted to one learner's own review log.

The fitting is done by `fsrs-rs-python` (the FSRS optimiser Anki uses, compiled from Rust: no
deep-learning framework). The log becomes one FSRS item per review made a day or more after
the fact's previous review, carrying the fact's history up to it; same-day repeats (learning
steps) are part of the history but are not predicted. Only scheduled, rated, not undone
reviews count: practice moves no schedule, and an override already replaced its review.

The facts are split by a hash of their key: four in five train, one in five is held out. Both
the defaults and the fitted parameters then predict the held-out reviews; the fitted ones are
adopted only if their log loss is lower, so running `optimize` never makes the schedule worse
by its own measure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import fsrs_rs_python as rs

from quizapp.review.day import study_day
from quizapp.store.records import OptimizeRun, Review, Settings

MIN_TRAIN_ITEMS = 50  # fewer interday reviews than this cannot be fitted meaningfully
HELD_OUT_SHARE = 5  # one fact in five is held out


class OptimizeError(Exception):
    """Why the log cannot be fitted (one line for the user)."""


@dataclass(frozen=True)
class Fit:
    parameters: list[float]
    run: OptimizeRun


def usable(reviews: Iterable[Review]) -> list[Review]:
    return [r for r in reviews if r.mode == "scheduled" and r.rating and not r.undone]


def items_by_fact(
    reviews: Iterable[Review], day_starts_at_hour: int = 4, timezone: str = "UTC"
) -> dict[str, list[rs.FSRSItem]]:
    """Per fact (deck|fact), one FSRS item for each of its interday reviews."""
    histories: dict[str, list[Review]] = {}
    for r in sorted(usable(reviews), key=lambda r: r.reviewed_at):
        histories.setdefault(f"{r.deck_id}|{r.fact_id}", []).append(r)
    out: dict[str, list[rs.FSRSItem]] = {}
    for key, history in histories.items():
        days = [study_day(r.reviewed_at, day_starts_at_hour, timezone) for r in history]
        steps = [
            rs.FSRSReview(int(r.rating or 1), (d - days[i - 1]).days if i else 0)
            for i, (r, d) in enumerate(zip(history, days, strict=True))
        ]
        items = [
            rs.FSRSItem(steps[: i + 1])
            for i in range(1, len(steps))
            if (days[i] - days[i - 1]).days > 0
        ]
        if items:
            out[key] = items
    return out


def held_out(key: str) -> bool:
    return int(hashlib.blake2b(key.encode(), digest_size=4).hexdigest(), 16) % HELD_OUT_SHARE == 0


def split(by_fact: dict[str, list[rs.FSRSItem]]) -> tuple[list[rs.FSRSItem], list[rs.FSRSItem]]:
    train = [i for k, items in by_fact.items() if not held_out(k) for i in items]
    test = [i for k, items in by_fact.items() if held_out(k) for i in items]
    return train, test


def evaluate(parameters: Sequence[float], items: Sequence[rs.FSRSItem]) -> tuple[float, float]:
    """(log loss, RMSE over bins) of these parameters' predictions of the items."""
    result = rs.FSRS(list(parameters)).evaluate(list(items))
    return float(result.log_loss), float(result.rmse_bins)


def fit(reviews: Iterable[Review], settings: Settings, now: datetime) -> Fit:
    """Fit parameters to the log; raises OptimizeError when there is too little to fit."""
    log = usable(reviews)
    train, test = split(items_by_fact(log, settings.day_starts_at_hour, settings.timezone))
    if len(train) < MIN_TRAIN_ITEMS or not test:
        raise OptimizeError(
            f"too few reviews to fit: {len(train) + len(test)} made a day or more after the "
            f"previous one (at least {MIN_TRAIN_ITEMS + MIN_TRAIN_ITEMS // 4} are needed)"
        )
    defaults = list(rs.DEFAULT_PARAMETERS)
    fitted = [float(w) for w in rs.FSRS(defaults).compute_parameters(train)]
    before, after = evaluate(defaults, test), evaluate(fitted, test)
    adopted = after[0] < before[0]
    run = OptimizeRun(
        at=now,
        reviews=len(log),
        held_out=len(test),
        log_loss_before=before[0],
        log_loss_after=after[0],
        rmse_before=before[1],
        rmse_after=after[1],
        adopted=adopted,
    )
    return Fit(fitted if adopted else [], run)


def apply(settings: Settings, result: Fit) -> Settings:
    """The settings with the run recorded and, when adopted, the parameters in use."""
    update: dict[str, object] = {"optimized": result.run}
    if result.run.adopted:
        update["fsrs_parameters"] = result.parameters
    return settings.model_copy(update=update)
