"""What generating a deck returns, and the seeded order its deck-wide choices draw from."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from quizapp.generate.question import Question


@dataclass
class Generation:
    questions: list[Question] = field(default_factory=list)
    generated: Counter[str] = field(default_factory=Counter)
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)


def seeded_rank(seed: int, fact_id: str) -> str:
    """A fixed pseudo-random order per seed: another seed keeps other items."""
    return hashlib.sha256(f"{seed}:tf:{fact_id}".encode()).hexdigest()
