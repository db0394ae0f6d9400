"""How often the first sights alone show a guesser, and wrongly show an honest learner.

Run: python tests/benchmarks/guess_power.py [--unguessable 40] [--four 10] [--true-false 100]
                                             [--trials 300] [--first-sight 0.5]

quizapp makes its guess correction stay on only once the first sights show guessing
(review.guessing: a likelihood-ratio test at 1% on the wrong shares of the forms, repeated at
every study start). A deck gives each fact one first sight, so the evidence is bounded by the
deck: the facts that have an item a guess cannot pass (typed, a number, a blank; probed at
first sight, review.forms) against those asked as true/false or single choice. The defaults
are the learning benchmark's 150-fact synthetic deck (40 facts with such an item, 10 with
4-option items only, 100 with true/false; the bundled Central Asia deck is alike: 36 of 134
facts have one). Facts come in a random order, 20 a day; the test is run after each day, as
the study starts do. A learner knows a fact at first sight with probability --first-sight;
one who does not know guesses (g = 1) or answers wrong (g = 0). Prints the share of trials
in which guessing was shown, for each, and a JSON last line. Pure: guessing's own functions.
It counts the first-sight test alone: on decks under 300 facts the checked interday reviews
(review.guess_check) are a second test, seen in bench_learning.py's `shown_on_day`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.review.guessing import Evidence, _shown


def shown_share(g: float, levels: list[float], known: float, trials: int, seed: int) -> float:
    """The share of trials in which the first sights showed guessing within the deck."""
    rng = random.Random(seed)
    hits = 0
    for _ in range(trials):
        order = levels[:]
        rng.shuffle(order)
        found: Evidence = {}
        for i, chance in enumerate(order, start=1):
            lucky = rng.random() < g * chance
            wrong = rng.random() >= known and not lucky
            n, w = found.get(("first", chance), (0, 0))
            found[("first", chance)] = (n + 1, w + wrong)
            if (i % 20 == 0 or i == len(order)) and _shown(found) is not None:
                hits += 1
                break
    return hits / trials


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--unguessable", type=int, default=40)
    parser.add_argument("--four", type=int, default=10, help="facts with 4-option items only")
    parser.add_argument("--true-false", type=int, default=100)
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--first-sight", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    levels = [0.0] * args.unguessable + [0.25] * args.four + [0.5] * args.true_false
    out = {
        "facts": len(levels),
        "guesser_shown": shown_share(1.0, levels, args.first_sight, args.trials, args.seed),
        "honest_shown": shown_share(0.0, levels, args.first_sight, args.trials, args.seed + 1),
        "trials": args.trials,
    }
    print(
        f"guesser shown in {out['guesser_shown']:.1%}, honest learner in {out['honest_shown']:.1%}"
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
