"""Which FSRS parameters schedule a learner, and when to suggest fitting personal ones.

Kept apart from review.optimize so that reports and the home screen do not load the
optimiser (a compiled extension) just to say which parameters are in use.
"""

from __future__ import annotations

from quizapp.store.records import Settings

SUGGEST_AT = 400  # answers from which the app suggests `quizapp optimize`


def describe(settings: Settings) -> str:
    """Which parameters schedule this learner, in one line."""
    run = settings.optimized
    if settings.fsrs_parameters and run is not None:
        return (
            f"personal FSRS parameters (fitted {run.at:%Y-%m-%d} on {run.reviews} reviews; "
            f"held-out log loss {run.log_loss_before:.3f} -> {run.log_loss_after:.3f})"
        )
    if settings.fsrs_parameters:
        return "personal FSRS parameters"
    return "FSRS-6 default parameters"


def suggestion(settings: Settings, scheduled_reviews: int) -> str | None:
    """A nudge to run `quizapp optimize` once there is enough log (and again at twice as
    much as last time), or None."""
    last = settings.optimized.reviews if settings.optimized else 0
    if scheduled_reviews >= SUGGEST_AT and scheduled_reviews >= 2 * last:
        return (
            f"{scheduled_reviews} reviews logged: `quizapp optimize` can fit FSRS to your memory."
        )
    return None


def last_run(settings: Settings) -> str:
    """When `quizapp optimize` last ran and what came of it, for the settings screen."""
    run = settings.optimized
    if run is None:
        return "Personal parameters: never fitted (run `quizapp optimize` after 400 reviews)."
    outcome = "in use" if settings.fsrs_parameters else "not better, defaults kept"
    return (
        f"Personal parameters: last fitted {run.at:%Y-%m-%d %H:%M} UTC on {run.reviews} "
        f"reviews ({outcome}; held-out log loss {run.log_loss_before:.3f} -> "
        f"{run.log_loss_after:.3f})."
    )


def parse_deck_retention(text: str) -> dict[str, float]:
    """ "deck-a=0.85, deck-b=0.92" -> {"deck-a": 0.85, ...}; ValueError names the bad part."""
    out: dict[str, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        deck, sep, value = part.partition("=")
        try:
            if not sep or not deck.strip():
                raise ValueError
            out[deck.strip()] = float(value)
        except ValueError:
            raise ValueError(f"{part!r} is not deck=retention (e.g. my-deck=0.85)") from None
    return out


def format_deck_retention(values: dict[str, float]) -> str:
    return ", ".join(f"{deck}={r:g}" for deck, r in sorted(values.items()))
