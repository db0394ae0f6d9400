"""A choice option named by its figure rounded ('0.9%' for the option 0.93%, '1540 °C' for
1,538 °C; reviews r513 B, r523 F): asked again before, as no option shows that figure.

The typed figure names the one option that rounds to it at the figure's own last digit, when
it says what it measures (a %, a unit) or shows decimals: '0.9%' is 0.85 to 0.95, which holds
0.93% and none of 0.64%, 0.74%, 0.82%. Never a bare whole number ('1540', '1770' beside years
1766 and 1772) or a whole number of one figure ('80%' for 78%): either may be meant exactly;
and no 'nearly' or 'over', which say the figure is not the option's."""

from __future__ import annotations

import re

from quizapp.generate.figure_steps import digit_step

_FIGURE = re.compile(
    r"^\s*(?:about|around|roughly|approximately|approx\.?|c\.|ca\.|~)?\s*"
    r"(?P<n>-?\d[\d,]*(?:\.(?P<d>\d+))?)\s*(?P<tail>[^\d]*)$",
    re.IGNORECASE,
)
_NOISE = re.compile(r"°|\bdegrees?\b|\bdeg\b|\s|\.$")


def rounded_option(text: str, options: list[str]) -> int | None:
    """The one option whose figure rounds to the typed one, or None."""
    said = _FIGURE.match(text)
    if said is None or (not said["d"] and not said["tail"].strip()):
        return None
    value = float(said["n"].replace(",", ""))
    whole, _, dec = said["n"].replace(",", "").lstrip("-").partition(".")
    step, significant = digit_step(whole, dec)
    if not dec and significant < 2:
        return None  # '80%' for 78%: one figure, no rounding told (session 40's corpus)
    tail = _unit(said["tail"])
    found = []
    for i, option in enumerate(options):
        shown = _FIGURE.match(option)
        if shown is None or (tail and not _unit(shown["tail"]).startswith(tail)):
            continue
        if abs(float(shown["n"].replace(",", "")) - value) <= step / 2 + 1e-9:
            found.append(i)
    return found[0] if len(found) == 1 else None


def _unit(tail: str) -> str:
    """A unit's words folded: '°C', 'degrees C' and 'C' alike; 'percent' as '%'."""
    folded = _NOISE.sub("", tail.lower().replace("per cent", "%").replace("percent", "%"))
    return folded.strip()
