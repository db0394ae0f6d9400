"""An order or a matching answered with the options' figures rather than their numbers:
'7 1 3 6 5' for periods (review r403 D), '5 2 7 9 3' or '5th, 2nd, 7th, 9th, 3rd' where the
options are 'fifth person to walk on the Moon' and the like (review r408 D).

Figures are read so only when one of them lies beyond the options' numbers: '2 1 3' stays the
options' numbers.
"""

from __future__ import annotations

import re

from quizapp.generate.dates import ORDINAL_DAY


def picked_by_figure(said: list[str], options: list[str]) -> list[int | None] | None:
    """Each part's option by its figure (from 0; None where no one option has it), or None
    when the parts are not all figures or all could be the options' numbers."""
    if said and all(_NTH.search(p) for p in said):
        said = [_NTH.sub("", p) for p in said]  # '5th, 2nd'
    if not all(_FIGURE.fullmatch(p) for p in said) or all(_number(p) <= len(options) for p in said):
        return None
    return [_by_figure(_number(p), options) for p in said]


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _by_figure(figure: float, options: list[str]) -> int | None:
    """The one option whose only figure is `figure`: 26 of '26 protons', 7 of 'period 7', 5
    of 'fifth person to walk on the Moon'."""
    found = [i for i, o in enumerate(options) if _figures(o) == [figure]]
    return found[0] if len(found) == 1 else None


def _figures(option: str) -> list[float]:
    words = re.findall(r"-?\d+(?:\.\d+)?|[a-z]+", option.replace(",", "").lower())
    return [float(ORDINAL_DAY.get(w, w)) for w in words if w in ORDINAL_DAY or w[-1].isdigit()]


_FIGURE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_NTH = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")
