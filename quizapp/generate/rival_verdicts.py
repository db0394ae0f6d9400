"""A figure nearer another fact's figure than the key's: at best no near miss, and the note
names whose figure it is (the rival rule of tolerance.py; rivals from rival_figures.py)."""

from __future__ import annotations

from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import near_band


def nearer_a_rival(key: NumericKey, given: float) -> bool:
    """The answer is at least as near another fact's figure as the key's (see above)."""
    off = abs(given - key.value)
    return any(abs(given - r) <= off for r in key.rivals)


def rival_note(key: NumericKey, given: float, given_step: float) -> str | None:
    """What the answer is, when nearer another fact's figure than the key's: "That is the
    figure for Apollo 16." when it gives that figure at its own precision, else (were it a near
    miss) "That is nearer the figure for Apollo 16 than this one."; None otherwise."""
    if len(key.rival_notes) != len(key.rivals):
        return None  # a key cached before rivals were named
    off = abs(given - key.value)
    near = sorted(
        (abs(given - r), what) for r, what in zip(key.rivals, key.rival_notes, strict=True)
    )
    if not near or near[0][0] >= off:  # a tie is nearer neither (review r249 #64)
        return None
    distance, what = near[0]
    slack = 1e-9 * max(1.0, abs(given))
    # '80' for 81 is about it (r340); '101' is not 96, whatever the key's "about" (r492 D)
    if distance <= max(key.step, given_step) / 2 + slack:  # at the figures' own precision
        return f"That is {'' if distance <= key.tolerance + slack else 'about '}{what}."
    if off <= near_band(key.step, key.approx, key.value) + slack:  # else: just wrong
        return f"That is nearer {what} than this one."
    return None
