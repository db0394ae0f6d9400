"""`quizapp grade`: grade one answer to one item, exactly as a study session would.

For deck authors checking their aliases, for scripts, and for the grading corpus test. A
flashcard gets no verdict: a session shows its back and the learner rates it, so `grade` says
so. A choice item's options are listed with their letters, since a letter means what the
options drawn with `--seed` put there (the kinds that ask about the argument keep their key's
letter on every seed). The rating shown is the one a study session gives at an ordinary pace
(the kind's expected answering time): a session also makes quick recalls Easy and slow ones Hard.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from quizapp.commands.common import EXIT_OK, EXIT_USAGE
from quizapp.facts.locations import DEFAULT_DECK

if TYPE_CHECKING:
    from quizapp.generate.question import Question
    from quizapp.generate.verdict import Verdict
    from quizapp.review.scheduler import Rating
    from quizapp.service import LoadedDeck


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("grade", help="grade one answer to one item, as a study session would")
    p.add_argument("--deck", default=DEFAULT_DECK, help="deck id or path (default: %(default)s)")
    p.add_argument("--item", required=True, help="item id, as `quizapp questions` lists them")
    p.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seed the options were drawn with (default 0); the output lists the options a "
        "letter or number was read against",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("answer", help="the answer, as the learner would type it")
    p.set_defaults(handler=cmd_grade)


def cmd_grade(args: argparse.Namespace) -> int:
    from quizapp.generate.checker import answer_problem, check
    from quizapp.review.grading import EXPECTED_MS, rating_for
    from quizapp.service import StudyService

    seed = 0 if args.seed is None else args.seed
    service = StudyService(None, seed=seed)
    try:
        loaded = service.load_deck(args.deck)
        question = _find(loaded, args.item, seed)
        if question is None:
            print(
                f"quizapp: deck {loaded.deck.id!r} has no item {args.item!r} "
                f"(see `quizapp questions --deck {args.deck} --format json`)",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if question.kind == "flashcard":
            return _self_rated(question.back or "; ".join(question.answer), args.json)
        problem = answer_problem(question, args.answer, loaded.vocabulary)
        if problem is not None:
            print(f"quizapp: not graded (a session would ask again): {problem}", file=sys.stderr)
            return EXIT_USAGE
        verdict = check(question, args.answer, loaded.vocabulary, service.clock().year)
        rating = rating_for(verdict.verdict, question.kind, EXPECTED_MS.get(question.kind, 15_000))
    finally:
        service.close()
    result: dict[str, object] = {
        "verdict": verdict.verdict,
        "understood": verdict.understood,
        "rating": rating.name,
        "expected": verdict.expected,
        "note": verdict.note,
    }
    options = lettered(question.options or []) if question.kind in LETTERED else []
    if options:  # say what a letter or number was read against (wrong options vary by seed)
        result["options"] = options
        result["seed"] = seed
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return EXIT_OK
    _print_text(verdict, rating, options, seed, "" if args.seed is not None else ", the default")
    return EXIT_OK


def _print_text(
    verdict: Verdict, rating: Rating, options: list[str], seed: int, default: str
) -> None:
    """The grade for a person: one field a line, and the options a letter was read against."""
    print(f"verdict:    {verdict.verdict.replace('_', ' ')}")
    print(f"understood: {verdict.understood or '-'}")
    print(f"rating:     {rating.name} ({int(rating)})")
    print(f"answer:     {verdict.expected}")
    if verdict.note:
        print(f"note:       {verdict.note}")
    if options:
        print(f"options:    (drawn with seed {seed}{default})")
        for line in options:
            print(f"            {line}")


def _find(loaded: LoadedDeck, item: str, seed: int) -> Question | None:
    """The deck's item of this id; a form this seed spreads away is still the deck's item
    (another seed asks it), so it is looked for among every form too."""
    found = [q for qs in loaded.items.values() for q in qs if q.id == item]
    if not found:
        from quizapp.generate.registry import generate_deck

        every = generate_deck(loaded.deck, seed=seed, spread=False).questions
        found = [q for q in every if q.id == item]
    return found[0] if found else None


LETTERED: tuple[str, ...] = ("mcq", "numeric_mcq", "odd_one_out", "multi_select", "true_false")
LETTERED += ("why", "claim_evidence", "comparison", "assertion_reason")


def lettered(options: list[str]) -> list[str]:
    """'A. Kyrgyzstan', 'B. Tajikistan': the options as `quizapp questions` shows them."""
    return [f"{chr(ord('A') + i)}. {o}" for i, o in enumerate(options)]


SELF_RATED = (
    "a flashcard is not graded: a study session shows its back and the learner rates "
    "their own recall (1 again, 2 hard, 3 good, 4 easy)"
)


def _self_rated(back: str, as_json: bool) -> int:
    """Flashcards are self-rated in a study session, so `grade` gives no verdict for them."""
    if as_json:
        result = {"verdict": "self_rated", "understood": None, "rating": None, "expected": back}
        print(json.dumps({**result, "note": SELF_RATED}, ensure_ascii=False))
        return EXIT_OK
    print("verdict:    self-rated (no automatic grade)")
    print("rating:     chosen by the learner")
    print(f"answer:     {back}")
    print(f"note:       {SELF_RATED}")
    return EXIT_OK
