"""How much a learner keeps per review: quizapp against plain FSRS, Anki's SM-2 and Leitner.

Run: python tests/benchmarks/bench_learning.py [--facts 150] [--days 365] [--seeds 5]
                                               [--first-seed 1] [--deck synthetic|typed]
     python tests/benchmarks/bench_learning.py --size ci   (seconds; the suite runs this)

Method. One synthetic deck (tests/benchmarks/synthetic.py), 20 new facts a day, reviews
unlimited, a study day from 09:00 to 23:00 in which every scheduler's cards are answered as
they fall due (quizapp: one session that waits for learning steps and later due cards), about
20 seconds an answer (quizapp's learner takes each kind's typical time, so speed makes no
answer Hard or Easy). The same learner studies under every scheduler: a hidden memory
(tests/review/memory.py) that follows FSRS-6's formulas with a hidden difficulty per fact;
recall is drawn from it and it learns from every attempt. The draws are common random
numbers: one stream per fact (the deck's i-th fact is the baselines' f{i}), so a fact
scheduled alike by two schedulers gets the same answers, and the paired ratio measures the
schedulers. quizapp's interval fuzz is off, as in plain FSRS here (`--fuzz` keeps it).
Two learners: "fsrs" (FSRS's default parameters) and "mismatched" (forgets faster, on a
steeper curve). quizapp is driven through its own StudyService with an injected clock;
its learner answers the generated question (tests/review/learner.py) when it recalls the
fact, and otherwise answers wrong, or, when "guessing", picks a random option on recognition
items (lucky 1/options of the time). On day 60 it runs `optimize` (the fit is adopted only if
it predicts held-out reviews better). The baselines (tests/benchmarks/baselines.py) are
flashcard schedulers with honest self-grading, so guessing does not touch them.

Figures per scheduler, averaged over seeds (paired: the same seeds for every scheduler):
- reviews_per_fact_remembered: every answer in the year (learning steps included) over the
  facts the learner would recall at the end (the sum of the hidden recall probabilities);
- true_retention_interday: the share of reviews, on a later day than the fact's previous one,
  at which the learner truly recalled (a lucky guess does not count);
- ratio_vs_fsrs_plain: reviews per fact remembered over plain FSRS's, per seed, then averaged
  (ratio_min_median_max: over the seeds; ratio_ci95: Student's t interval of the mean);
- the one-day floor (Tally.floor_figures): expected_retention_interday (the hidden recall
  probability before each interday review, averaged), floored_share (interday reviews of facts
  whose hidden stability was under a day, so the target's interval was under the floor) with
  retention_floored, and retention_beyond_floor / expected_beyond_floor for the others.
Per learner, "per_seed" pairs quizapp with plain FSRS seed by seed.
"fsrs_oracle" is plain FSRS with the learner's true parameters, and "fsrs_oracle_same_retention"
the same aiming at the retention plain FSRS really reached: what fitted parameters could give
at best (tests/benchmarks/baselines.py). `--ablation` brackets the guess-aware rule: quizapp
with it off ("quizapp_guess_blind") and quizapp told on day 0 that the learner guesses
("quizapp_told": Settings.guessing_shown_at set, as if detection were perfect). Per seed,
"shown_on_day" is the study day on which quizapp's log first showed guessing (None: never).
The last line is JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.generate.question import Question
from quizapp.review.grading import EXPECTED_MS
from quizapp.review.optimize import OptimizeError
from quizapp.review.scheduler import due_at
from quizapp.review.session import StudySession
from quizapp.service import StudyService
from quizapp.store.records import CardState, Settings
from tests.benchmarks.baselines import AnkiSM2, Leitner, PlainFSRS
from tests.benchmarks.synthetic import synthetic_deck
from tests.review.learner import right_answer, wrong_answer
from tests.review.memory import DEFAULTS, MISMATCHED, HiddenMemory

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SESSION = timedelta(hours=14)  # a day's study window, from 09:00
ANSWER = timedelta(seconds=20)
LEARNERS = {"fsrs": DEFAULTS, "mismatched": MISMATCHED}
SINGLE = ("mcq", "numeric_mcq", "odd_one_out", "true_false")
OPTIMIZE_DAY = 60
FLOOR_DAYS = 1.0  # hidden stability under which the target's interval is under a day
# facts, days, seeds. The simulation had 500 facts; quizapp's queue costs grow with
# the deck (each question scans every card), so "full" keeps to minutes with 150.
SIZES = {"ci": (40, 12, 1), "full": (150, 365, 5)}
# Deck shapes: (share of membership facts, facts per country). "synthetic": about a third of
# the facts have an item a guess cannot pass and half only true/false (60 facts: 17 / 34);
# "typed": about half have one and an eighth only true/false (60 facts: 28-33 / 5-9), nearer
# the bundled Apollo (69 of 112 / 1) and elements (68 of 128 / 4) decks; Central Asia (33 of
# 129 / 37) is nearer "synthetic".
SHAPES = {"synthetic": (0.6, 3), "typed": (0.2, 1)}


@dataclass
class Tally:
    """Answers, and at interday reviews the true and the expected recall (the hidden recall
    probability just before the answer), split at the one-day floor: a review is "floored"
    when the fact's hidden stability was under FLOOR_DAYS, so the target's interval was
    shorter than a day and the next day's review comes later than the target allows."""

    reviews: int = 0
    interday: int = 0
    interday_recalled: int = 0
    interday_expected: float = 0.0
    floored: int = 0
    floored_recalled: int = 0
    floored_expected: float = 0.0
    lucky: int = 0

    def attempt(self, memory: HiddenMemory, fact: str, now: datetime) -> bool:
        last = memory.last_seen(fact)
        expected = memory.recall_probability(fact, now)
        stability = memory.stability(fact)
        recalled = memory.attempt(fact, now)
        self.reviews += 1
        if last is not None and _day(last) < _day(now):
            self.interday += 1
            self.interday_recalled += recalled
            self.interday_expected += expected
            if stability is not None and stability < FLOOR_DAYS:
                self.floored += 1
                self.floored_recalled += recalled
                self.floored_expected += expected
        return recalled

    def floor_figures(self) -> dict[str, float | None]:
        """Expected retention at interday reviews, and true and expected retention beyond the
        floor with the floored share: the floored and beyond parts weigh up to the whole."""
        beyond = self.interday - self.floored
        return {
            "expected_retention_interday": _share(self.interday_expected, self.interday),
            "retention_beyond_floor": _share(
                self.interday_recalled - self.floored_recalled, beyond
            ),
            "expected_beyond_floor": _share(self.interday_expected - self.floored_expected, beyond),
            "retention_floored": _share(self.floored_recalled, self.floored),
            "floored_share": _share(self.floored, self.interday),
        }


def _share(part: float, whole: int) -> float | None:
    return part / whole if whole else None


def _day(at: datetime) -> int:
    return (at - timedelta(hours=4) - START.replace(hour=0)).days


class Policy(Protocol):
    name: str

    def add(self, fact: str, now: datetime) -> None: ...
    def due(self, fact: str) -> datetime | None: ...
    def review(self, fact: str, recalled: bool, now: datetime) -> None: ...


def run_baseline(
    policy: Policy, memory: HiddenMemory, facts: list[str], days: int, per_day: int
) -> Tally:
    tally = Tally()
    added: list[str] = []
    for day in range(days):
        now = START + timedelta(days=day)
        for fact in facts[day * per_day : (day + 1) * per_day]:
            policy.add(fact, now)
            added.append(fact)
        end = now + SESSION
        while True:
            due = [(d, f) for f in added if (d := policy.due(f)) is not None and d <= end]
            if not due:
                break
            at, fact = min(due)
            now = max(now, at) + ANSWER
            policy.review(fact, tally.attempt(memory, fact, now), now)
    return tally


class Clock:
    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        self.at += ANSWER
        return self.at


class QuizLearner:
    """Answers quizapp's questions from the hidden memory; guesses on recognition if told."""

    def __init__(self, memory: HiddenMemory, rng: random.Random, guessing: bool) -> None:
        self.memory, self.rng, self.guessing, self.tally = memory, rng, guessing, Tally()
        self.alias: dict[str, str] = {}  # deck fact id -> the baselines' name for it

    def answer(self, session: StudySession, q: Question, now: datetime) -> None:
        fact = q.fact_ids[0]
        knows = self.tally.attempt(self.memory, self.alias.get(fact, fact), now)
        took = EXPECTED_MS[q.kind]  # the kind's typical time: neither slow (Hard) nor fast (Easy)
        if q.kind == "flashcard":
            session.self_grade(3 if knows else 1, took)
            return
        response = right_answer(q) if knows else self._unknown(q)
        if not knows and response == right_answer(q):
            self.tally.lucky += 1
        session.answer(response, took)

    def _unknown(self, q: Question) -> str:
        options = q.options or []
        if self.guessing and q.kind in SINGLE and options:
            return str(self.rng.randrange(len(options)) + 1)
        if self.guessing and q.kind == "multi_select" and options:
            picks = [str(i + 1) for i in range(len(options)) if self.rng.random() < 0.5]
            return " ".join(picks or ["1"])
        return wrong_answer(q)


def run_quizapp(
    memory: HiddenMemory,
    learner: QuizLearner,
    n_facts: int,
    days: int,
    per_day: int,
    seed: int,
    told: bool = False,
    shape: str = "synthetic",
) -> tuple[Tally, bool, int | None]:
    """The learner's tally, whether `optimize` adopted a fit, and the study day on which the
    log first showed guessing (Settings.guessing_shown_at; None: never). `told`: quizapp
    starts out knowing this learner guesses (shown on day 0), as if detection were perfect."""
    clock = Clock()
    service = StudyService(None, clock=clock, seed=seed)
    members, per_country = SHAPES[shape]
    deck = synthetic_deck(
        n_facts, seed=0, n_countries=max(8, n_facts // per_country), members=members
    )
    service.catalog.add(deck)  # a deck in memory, not in a file
    # the i-th fact of the deck is the baselines' f{i}: new facts come in deck order, so the
    # same fact draws the same answers under every scheduler (HiddenMemory's per_fact)
    learner.alias = {f.id: f"f{i}" for i, f in enumerate(deck.facts)}
    service.store.save_settings(
        Settings(
            learner="sim",
            new_per_day=per_day,
            reviews_per_day=99999,
            timezone="UTC",
            guessing_shown_at=START if told else None,
        )
    )
    adopted = False
    for day in range(days):
        if day == OPTIMIZE_DAY:
            with contextlib.suppress(OptimizeError):  # too little log yet: keep the defaults
                adopted = service.optimize("sim").adopted
        clock.at, end = START + timedelta(days=day), START + timedelta(days=day) + SESSION
        session = service.start("sim", deck.id, "scheduled", backup=False)
        while clock.at < end:  # like the baselines: answers whatever falls due in the day
            if (q := session.next_question()) is not None:
                learner.answer(session, q, clock.at)
            elif at := session.waiting_until() or next_due(session.cards.values(), clock.at):
                clock.at = max(clock.at, at)  # the app waits for a learning step; later cards
            else:
                break
        session.end()
    shown = service.store.settings("sim").guessing_shown_at
    return learner.tally, adopted, None if shown is None else _day(shown)


def next_due(cards: Iterable[CardState], now: datetime) -> datetime | None:
    """When the next card that may be asked today falls due (None: none is waiting)."""
    due = [
        at
        for c in cards
        if c.seen
        and not c.suspended
        and (at := due_at(c)) > now
        and (c.buried_until is None or c.buried_until <= at)
    ]
    return min(due, default=None)


@contextlib.contextmanager
def _without_fuzz(off: bool = True) -> Iterator[None]:
    """quizapp's interval fuzz off, as in the plain-FSRS baseline: fuzz spreads a day's load
    but adds its own scatter to a paired comparison (`--fuzz` keeps it)."""
    from quizapp.review import scheduler, session

    original = getattr(session, "make_scheduler")  # noqa: B009 - not re-exported
    if off:
        unfuzzed = functools.partial(scheduler.make_scheduler, fuzz=False)
        setattr(session, "make_scheduler", unfuzzed)  # noqa: B010
    try:
        yield
    finally:
        setattr(session, "make_scheduler", original)  # noqa: B010


def _never(evidence: object, shown: bool = False) -> float:
    """guessing.propensity's stand-in for the ablation: no learner guesses, shown or not."""
    return 0.0


@contextlib.contextmanager
def _guess_blind() -> Iterator[None]:
    """quizapp believing that no learner ever guesses (the guess-aware rule off)."""
    from quizapp.review import guessing

    original = guessing.propensity
    setattr(guessing, "propensity", _never)  # noqa: B010
    try:
        yield
    finally:
        setattr(guessing, "propensity", original)  # noqa: B010


def remembered(memory: HiddenMemory, at: datetime) -> float:
    return sum(memory.recall_probability(f, at) for f in memory.cards)


def one_seed(
    learner: str,
    guessing: bool,
    seed: int,
    n_facts: int,
    days: int,
    per_day: int,
    ablation: bool = False,
    oracle: bool = True,
    fuzz: bool = False,
    shape: str = "synthetic",
) -> dict[str, dict[str, Any]]:
    end = START + timedelta(days=days)
    facts = [f"f{i}" for i in range(n_facts)]
    out: dict[str, dict[str, Any]] = {}

    def measure(name: str, memory: HiddenMemory, tally: Tally, **extra: Any) -> None:
        kept = remembered(memory, end)
        out[name] = {
            "reviews": tally.reviews,
            "remembered": round(kept, 1),
            "reviews_per_fact_remembered": tally.reviews / kept if kept else float("inf"),
            "true_retention_interday": (
                tally.interday_recalled / tally.interday if tally.interday else None
            ),
            **tally.floor_figures(),
            **extra,
        }

    memory = HiddenMemory(LEARNERS[learner], random.Random(seed), per_fact=True)
    quiz = QuizLearner(memory, random.Random(seed + 1), guessing)
    with _without_fuzz(not fuzz):
        tally, adopted, shown = run_quizapp(memory, quiz, n_facts, days, per_day, seed, shape=shape)
    measure(
        "quizapp", memory, tally, lucky_guesses=tally.lucky, optimized=adopted, shown_on_day=shown
    )
    if ablation and guessing:  # the same quizapp with the guess-aware rule switched off
        memory = HiddenMemory(LEARNERS[learner], random.Random(seed), per_fact=True)
        quiz = QuizLearner(memory, random.Random(seed + 1), guessing)
        with _guess_blind(), _without_fuzz(not fuzz):
            tally, adopted, _ = run_quizapp(memory, quiz, n_facts, days, per_day, seed, shape=shape)
        measure("quizapp_guess_blind", memory, tally, lucky_guesses=tally.lucky, optimized=adopted)
        # and told from the start that the learner guesses: what perfect detection would give
        memory = HiddenMemory(LEARNERS[learner], random.Random(seed), per_fact=True)
        quiz = QuizLearner(memory, random.Random(seed + 1), guessing)
        with _without_fuzz(not fuzz):
            tally, adopted, _ = run_quizapp(
                memory, quiz, n_facts, days, per_day, seed, told=True, shape=shape
            )
        measure("quizapp_told", memory, tally, lucky_guesses=tally.lucky, optimized=adopted)
    truth = LEARNERS[learner]
    policies: list[Callable[[], Policy]] = [PlainFSRS, AnkiSM2, Leitner]
    if oracle:
        policies.append(lambda: PlainFSRS(truth, 0.9, "fsrs_oracle"))
    for make in policies:
        policy = make()
        memory = HiddenMemory(truth, random.Random(seed), per_fact=True)
        # the deck's fact ids differ from quizapp's; order and count are what matter
        tally = run_baseline(policy, memory, facts, days, per_day)
        extra = {"suspended": policy.suspended()} if isinstance(policy, AnkiSM2) else {}
        measure(policy.name, memory, tally, **extra)
    if oracle:  # the oracle aiming at the retention plain FSRS really reached
        reached = round(out["fsrs_plain"]["true_retention_interday"] or 0.9, 2)
        policy = PlainFSRS(truth, min(0.97, max(0.7, reached)), "fsrs_oracle_same_retention")
        memory = HiddenMemory(truth, random.Random(seed), per_fact=True)
        measure(policy.name, memory, run_baseline(policy, memory, facts, days, per_day))
    return out


T95 = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26}


def _ci95(values: list[float]) -> list[float] | None:
    """The 95% confidence interval of the mean paired ratio (Student's t over the seeds)."""
    if len(values) < 2:
        return None
    half = T95.get(len(values) - 1, 2.0) * statistics.stdev(values) / len(values) ** 0.5
    mean = statistics.mean(values)
    return [round(mean - half, 3), round(mean + half, 3)]


def summarise(runs: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    names = list(runs[0])
    summary: dict[str, Any] = {}
    for name in names:
        rows = [r[name] for r in runs]
        ratios = [
            r[name]["reviews_per_fact_remembered"] / r["fsrs_plain"]["reviews_per_fact_remembered"]
            for r in runs
        ]
        retention = [x["true_retention_interday"] for x in rows if x["true_retention_interday"]]
        summary[name] = {
            "reviews_per_fact_remembered": round(
                statistics.mean(x["reviews_per_fact_remembered"] for x in rows), 3
            ),
            "true_retention_interday": round(statistics.mean(retention), 4) if retention else None,
            "ratio_vs_fsrs_plain": round(statistics.mean(ratios), 3),
            "ratio_min_median_max": [
                round(x, 3) for x in (min(ratios), statistics.median(ratios), max(ratios))
            ],
            "ratio_ci95": _ci95(ratios),
            "retention_min_max": (
                [round(min(retention), 4), round(max(retention), 4)] if retention else None
            ),
            "retention_per_seed": [round(x, 4) for x in retention],
            **_floor_means(rows),
            **{
                k: round(statistics.mean(float(x[k]) for x in rows), 2)
                for k in ("lucky_guesses", "optimized", "suspended")
                if k in rows[0]
            },
            **(
                {"shown_on_day": [x["shown_on_day"] for x in rows]}
                if "shown_on_day" in rows[0]
                else {}
            ),
        }
    return summary


FLOOR_KEYS = (
    "expected_retention_interday",
    "retention_beyond_floor",
    "expected_beyond_floor",
    "retention_floored",
    "floored_share",
)


def _floor_means(rows: list[dict[str, Any]]) -> dict[str, float | None]:
    """Tally.floor_figures averaged over the seeds (those that have the figure)."""
    out: dict[str, float | None] = {}
    for key in FLOOR_KEYS:
        values = [x[key] for x in rows if x.get(key) is not None]
        out[key] = round(statistics.mean(values), 4) if values else None
    return out


def paired_seeds(seeds: range, runs: list[dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per seed, quizapp beside plain FSRS: true retention at interday reviews, reviews per
    fact remembered, and the study day on which quizapp's log first showed guessing."""
    out = []
    for seed, run in zip(seeds, runs, strict=True):
        quiz, plain = run["quizapp"], run["fsrs_plain"]
        out.append(
            {
                "seed": seed,
                "quizapp_retention": _round(quiz["true_retention_interday"]),
                "fsrs_plain_retention": _round(plain["true_retention_interday"]),
                "ratio_vs_fsrs_plain": round(
                    quiz["reviews_per_fact_remembered"] / plain["reviews_per_fact_remembered"], 3
                ),
                "shown_on_day": quiz.get("shown_on_day"),
            }
        )
    return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    smoke = os.environ.get("QUIZAPP_BENCH_SMOKE") == "1"
    parser.add_argument("--size", choices=sorted(SIZES), default="ci" if smoke else "full")
    parser.add_argument("--facts", type=int)
    parser.add_argument("--days", type=int)
    parser.add_argument("--seeds", type=int)
    parser.add_argument("--new-per-day", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=1, help="seeds from this one on")
    parser.add_argument("--learners", nargs="+", choices=sorted(LEARNERS), default=list(LEARNERS))
    parser.add_argument(
        "--ablation",
        action="store_true",
        help="also quizapp with the guess-aware rule off, and told from the start of guessing",
    )
    parser.add_argument("--fuzz", action="store_true", help="quizapp with its interval fuzz")
    parser.add_argument(
        "--deck", choices=sorted(SHAPES), default="synthetic", help="the deck's mix of forms"
    )
    parser.add_argument(
        "--guessing", choices=("both", "yes", "no"), default="both", help="which learners guess"
    )
    args = parser.parse_args(argv)
    facts, days, seeds = SIZES[args.size]
    facts, days, seeds = args.facts or facts, args.days or days, args.seeds or seeds
    started = time.perf_counter()
    result: dict[str, Any] = {
        "facts": facts,
        "days": days,
        "seeds": seeds,
        "first_seed": args.first_seed,
        "new_per_day": args.new_per_day,
        "desired_retention": 0.9,
        "quizapp_fuzz": args.fuzz,
        "deck": args.deck,
    }
    for learner in args.learners:
        for guessing in {"both": (False, True), "yes": (True,), "no": (False,)}[args.guessing]:
            numbers = range(args.first_seed, args.first_seed + seeds)
            runs = [
                one_seed(
                    *(learner, guessing, seed, facts, days, args.new_per_day, args.ablation),
                    fuzz=args.fuzz,
                    shape=args.deck,
                )
                for seed in numbers
            ]
            summary = summarise(runs)
            summary["per_seed"] = paired_seeds(numbers, runs)
            key = f"{learner}{'_guessing' if guessing else ''}"
            result[key] = summary
            print(f"{key}:")
            for name, row in summary.items():
                print(f"  {name:<12} {json.dumps(row)}")
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
