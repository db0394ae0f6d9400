"""From a checked answer to an FSRS rating.

Wrong -> Again. Right after a near miss, after a hint, or slowly -> Hard. Right -> Good.
Right and fast on a kind where the learner builds the answer (typing, numbers, clozes,
ordering, matching: `KindSpec.built`) -> Easy.
A fact answered for the first time is never Easy: one quick answer says little yet.
"Slow" and "fast" are against a time expected for the kind: reading four options takes
longer than reading a true/false statement, typing longer than choosing.

Guess-aware evidence: a right answer on a recognition item may be a lucky guess. The chance
of guessing right is 1/2 for true/false, 1/options for single choice (mcq, numeric_mcq,
odd_one_out) and 1/(2^options - 1) for multi-select (any non-empty subset); built answers
cannot be guessed. With R the card's retrievability just before the answer (what the
scheduler believes; NEW_CARD_PRIOR for a card never reviewed), the probability that the
learner knew is R / (R + (1 - R) * chance): K. A right answer is trusted, but its next interval
aims higher (aimed_retention): at a = r / K, with r the desired retention, so that recall at
the next review, over "knew" (a) and "guessed" (taken as 0), is still r. Only when that aim
would pass MAX_AIM is the answer rated Hard instead of Good or Easy. (Before, any right answer
with K under 0.95 was Hard and any other counted in full. At a due true/false review, R = r =
0.9 and K = 0.947, so a guesser's right true/false answers were nearly all Hard, which raises a
fact's difficulty for good: 1.05-1.08x plain FSRS's reviews per fact remembered in the learning
benchmark, while a lucky guess from R >= 0.905 was Good at the full interval.) For a learner
who guesses, in practice (r = 0.9): true/false is trusted from R >= 0.865 (aimed at 0.95 at
R = 0.9, 0.933 in the steady state where a * K = r), a 4-option question from R >= 0.76; a
first sight of a new fact on either is Hard. The session scales the chance by how much this
learner guesses, measured from their own answers (review.guessing): a learner who answers
only what they know (or says "?") is rated as plain FSRS would rate them, since a Hard for a
fact they knew raises its difficulty for good and shortens every later interval.
"""

from __future__ import annotations

from quizapp.generate.kind_spec import SPECS, kinds_where
from quizapp.review.scheduler import Rating

EXPECTED_MS: dict[str, int] = {k: s.expected_ms for k, s in SPECS.items()}
BUILT_KINDS = frozenset(kinds_where(built=True))  # the learner builds the answer: no guessing
SLOW, FAST = 2.0, 0.5
SINGLE_CHOICE = frozenset(kinds_where(shape="choice")) - {"true_false"}
MAX_AIM = 0.97  # the highest retention an uncertain right answer's next interval aims at
NEW_CARD_PRIOR = 0.5  # what we believe of a fact never reviewed


def guess_chance(kind: str, options: int) -> float:
    """The chance of a right answer by guessing alone."""
    if kind == "true_false":
        return 0.5
    if kind in SINGLE_CHOICE and options > 0:
        return 1.0 / options
    if kind == "multi_select" and options > 0:
        return 1.0 / ((1 << options) - 1)
    return 0.0


def knew_probability(recall_prior: float, chance: float) -> float:
    """Bayes: the probability the learner knew, given a right answer."""
    if chance <= 0.0:
        return 1.0
    prior = min(1.0, max(0.0, recall_prior))
    return prior / (prior + (1.0 - prior) * chance) if prior > 0 else 0.0


def aimed_retention(desired: float, knew: float) -> float:
    """The retention the next interval aims at after a right answer the learner knew with
    probability `knew`: desired / knew, so that recall at the next review, a lucky guess
    counted as forgotten, is about `desired` (`desired` itself when the learner surely knew)."""
    return desired / knew if knew > 0 else float("inf")


def trusted(desired: float, knew: float) -> bool:
    """Whether a right answer counts (Good, aimed at aimed_retention) rather than being Hard:
    while its aim stays within MAX_AIM (or the desired retention, when that is set higher)."""
    return aimed_retention(desired, knew) <= max(MAX_AIM, desired)


def rating_for(
    verdict: str,
    kind: str,
    duration_ms: int,
    hinted: bool = False,
    *,
    chance: float = 0.0,
    recall_prior: float = 1.0,
    first: bool = False,
    desired: float | None = None,
) -> Rating:
    """`chance` is guess_chance() of the item; `recall_prior` the card's retrievability before
    the answer (NEW_CARD_PRIOR for a new card). The defaults ignore guessing. `desired`: the
    retention the scheduler aims at (0.9 when not given); a right answer is Hard when the aim
    its next interval would need passes MAX_AIM (aimed_retention)."""
    if verdict in ("wrong", "revealed"):
        return Rating.Again
    knew = knew_probability(recall_prior, chance)
    if verdict == "correct" and not trusted(desired or 0.9, knew):
        return Rating.Hard
    expected = EXPECTED_MS.get(kind, 15_000)
    if verdict == "near_miss" or hinted or duration_ms > SLOW * expected:
        return Rating.Hard
    if kind in BUILT_KINDS and duration_ms < FAST * expected and not first:
        return Rating.Easy
    return Rating.Good
