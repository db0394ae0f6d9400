"""From a checked answer to an FSRS rating.

Wrong -> Again. Right after a near miss, after a hint, or slowly -> Hard. Right -> Good.
Right and fast on a recall kind (typing, numbers, clozes, ordering, matching) -> Easy.
A fact answered for the first time is never Easy: one quick answer says little yet.
"Slow" and "fast" are against a time expected for the kind: reading four options takes
longer than reading a true/false statement, typing longer than choosing.
"""

from __future__ import annotations

from quizapp.review.scheduler import Rating

EXPECTED_MS: dict[str, int] = {
    "true_false": 8_000,
    "mcq": 12_000,
    "numeric_mcq": 12_000,
    "odd_one_out": 15_000,
    "multi_select": 20_000,
    "typed": 15_000,
    "numeric": 15_000,
    "cloze": 15_000,
    "matching": 35_000,
    "ordering": 35_000,
    "flashcard": 10_000,
}
RECALL_KINDS = frozenset({"typed", "numeric", "cloze", "ordering", "matching"})
SLOW, FAST = 2.0, 0.5


def rating_for(
    verdict: str, kind: str, duration_ms: int, hinted: bool = False, *, first: bool = False
) -> Rating:
    if verdict in ("wrong", "revealed"):
        return Rating.Again
    expected = EXPECTED_MS.get(kind, 15_000)
    if verdict == "near_miss" or hinted or duration_ms > SLOW * expected:
        return Rating.Hard
    if kind in RECALL_KINDS and duration_ms < FAST * expected and not first:
        return Rating.Easy
    return Rating.Good
