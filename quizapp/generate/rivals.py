"""The figures other subjects give for the same relation: a numeric key's rivals.

A typed number is graded against its rivals (another country's share is wrong, not a near
miss), so every numeric item of a relation needs them. Gathering them per item scanned the
whole relation each time, quadratic in a big deck; `RivalTable` sorts a relation's distinct
figures once, and each item only takes its own subject's figures out.

The result is exactly the old set's, sorted: a figure that only the asking subject gives is
left out, and where several facts give one figure, the one kept is the first (in deck order)
that another subject gives, as a set built in deck order would keep it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict


class RivalTable:
    """The distinct figures of one (relation, family, unit), from (subject, figure) pairs in
    deck order."""

    def __init__(self, entries: list[tuple[str, float]]) -> None:
        first: dict[float, tuple[str, float]] = {}  # figure -> who gave it first, as given
        alternate: dict[float, float] = {}  # figure -> as first given by anyone else
        for subject, figure in entries:
            if figure not in first:
                first[figure] = (subject, figure)
            elif figure not in alternate and first[figure][0] != subject:
                alternate[figure] = figure
        self.figures = sorted(given for _, given in first.values())
        self.alternate = alternate
        self.first_given_by: dict[str, list[float]] = defaultdict(list)
        for subject, given in first.values():
            self.first_given_by[subject].append(given)

    def rivals(self, subject: str, own: float) -> tuple[float, ...]:
        """The figures some other subject gives, ascending, without `own` (the key itself)."""
        out = list(self.figures)
        changes = [(bisect_left(out, f), f) for f in self.first_given_by.get(subject, [])]
        if (at := bisect_left(out, own)) < len(out) and out[at] == own:
            changes.append((at, own))
        for at, figure in sorted(set(changes), reverse=True):  # from the end: indexes hold
            if figure in self.alternate and figure != own:
                out[at] = self.alternate[figure]
            else:
                del out[at]
        return tuple(out)
