"""What grading an answer gives: a verdict, the answer as displayed, a note, what was read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# What the checker can say of an answer: a subset of store.records.VerdictKind, the one type
# of a logged verdict (which adds "revealed" and "self_graded", which no checker gives).
Checked = Literal["correct", "near_miss", "wrong"]


@dataclass(frozen=True)
class Verdict:
    verdict: Checked
    expected: str  # the correct answer as displayed
    note: str = ""  # e.g. "Close enough - mind the spelling: Kyrgyzstan."
    understood: str = ""  # how the answer was read: "57900000 km", "1846-09", "russia"
