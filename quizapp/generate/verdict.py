"""What grading an answer gives: a verdict, the answer as displayed, a note, what was read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

VerdictKind = Literal["correct", "near_miss", "wrong"]


@dataclass(frozen=True)
class Verdict:
    verdict: VerdictKind
    expected: str  # the correct answer as displayed
    note: str = ""  # e.g. "Close enough - mind the spelling: Kyrgyzstan."
    understood: str = ""  # how the answer was read: "57900000 km", "1846-09", "russia"
