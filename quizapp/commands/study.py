"""`quizapp study --plain` (line by line, for scripts and screen readers) and `quizapp status`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime, timedelta

from quizapp.clock import Clock, utc_now
from quizapp.commands.common import EXIT_OK, EXIT_USAGE
from quizapp.commands.options import (
    db_path,
    fraction,
    learner_name,
    moment,
    positive_int,
    progress_options,
    read_only,
    refuse_read_only,
)
from quizapp.facts.locations import DEFAULT_DECK
from quizapp.service import StudyService
from quizapp.store.records import Mode

MODES: dict[str, Mode] = {"review": "scheduled", "practice": "practice", "exam": "exam"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = progress_options()
    p = sub.add_parser("study", parents=[common], help="study a deck")
    p.add_argument("--plain", action="store_true", help="line by line on stdin/stdout")
    p.add_argument("--deck", help=f"the deck id or file (default {DEFAULT_DECK})")
    p.add_argument(
        "--mode",
        choices=list(MODES),
        help="review what is due (default), practice (schedule untouched) or exam",
    )
    p.add_argument("--exam-date", type=_date, help="exam mode: the exam's date (YYYY-MM-DD)")
    p.add_argument(
        "--target", type=fraction, default=0.9, help="exam mode: retrievability to reach"
    )
    p.add_argument("--topic", help="only facts of this topic")
    p.add_argument("--limit", type=positive_int, help="stop after this many answers")
    p.add_argument("--seed", type=int, help="fix the random choices")
    p.add_argument("--now", type=moment, help="pretend it is this moment (ISO date-time)")
    p.set_defaults(handler=cmd_study)

    s = sub.add_parser("status", parents=[common], help="new, learning, due and suspended cards")
    s.add_argument("--deck", action="append", help="deck id (default: every deck)")
    s.add_argument("--json", action="store_true", help="print the counts as JSON")
    s.add_argument("--now", type=moment, help="as of this moment (ISO date-time)")
    s.set_defaults(handler=cmd_status)


def _date(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if not 1970 <= value.year <= 9000:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 1970 and 9000")
    return value


def _clock(now: datetime | None) -> Clock:
    if now is None:
        return utc_now
    start = time.monotonic()
    return lambda: now + timedelta(seconds=time.monotonic() - start)


def cmd_study(args: argparse.Namespace) -> int:
    asked = [args.deck, args.mode, args.topic, args.limit, args.exam_date]
    args.deck, args.mode = args.deck or DEFAULT_DECK, args.mode or "review"
    clock = _clock(args.now)
    if (problem := _exam_problem(args, clock)) is not None:
        print(f"quizapp: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not args.plain:
        return _open_app(args, clock, launch=any(a is not None for a in asked))
    if refuse_read_only(args, "study --plain"):
        return EXIT_USAGE
    sys.stdin.reconfigure(errors="replace")  # type: ignore[union-attr]  # a stray byte is text
    service = StudyService(db_path(args), clock=clock, seed=args.seed)
    for notice in service.notices():  # damage found and kept aside at open
        print(f"quizapp: {notice}", file=sys.stderr)
    try:
        learner = learner_name(args)
        topic = None
        if args.topic is not None:
            topic = service.topic_id(args.deck, args.topic)
            if topic is None:
                names = ", ".join(f"{t.id} ({t.title})" for t in service.deck(args.deck).topics)
                print(
                    f"quizapp: deck {args.deck} has no topic {args.topic!r}; its topics: {names}",
                    file=sys.stderr,
                )
                return EXIT_USAGE
        empty = _nothing_to_ask(service, learner, args.deck, MODES[args.mode], topic)
        if empty is not None:
            print(empty)
            return EXIT_OK
        session = service.start(
            learner,
            args.deck,
            MODES[args.mode],
            limit=args.limit,
            topic=topic,
            exam_date=args.exam_date,
            exam_target=args.target,
        )
        from quizapp.commands.plain_study import study_plain  # not loaded by `status`

        study_plain(session, wait=sys.stdin.isatty())
    finally:
        service.close()
    return EXIT_OK


def _exam_problem(args: argparse.Namespace, clock: Clock) -> str | None:
    if args.mode == "exam" and args.exam_date is None:
        return "exam mode needs --exam-date YYYY-MM-DD"
    if args.mode == "exam" and args.exam_date <= clock():
        return "the exam date must be in the future"
    return None


def _open_app(args: argparse.Namespace, clock: Clock, *, launch: bool) -> int:
    """The full-screen app; with a deck, mode, topic or limit given, their session opens at
    once (review r325: they were dropped and the home screen opened)."""
    from quizapp.tui.app import QuizApp
    from quizapp.tui.launch import Launch

    session = Launch(
        args.deck, MODES[args.mode], args.topic, args.limit, args.exam_date, args.target
    )
    QuizApp(
        db_path(args),
        learner_name(args),
        clock=clock,
        seed=args.seed,
        read_only=read_only(args),
        launch=session if launch else None,
    ).run()
    return EXIT_OK


def _nothing_to_ask(
    service: StudyService, learner: str, deck: str, mode: Mode, topic: str | None
) -> str | None:
    """Why a session would have nothing to ask (then none is started), or None."""
    if mode == "scheduled" and topic is None:
        ready, line = service.plan_text(learner, deck)
        return None if ready else line
    if mode == "practice" and service.practice_facts(learner, deck, topic) == 0:
        return "Nothing to practise: every fact of it is suspended, or it has none."
    return None


def cmd_status(args: argparse.Namespace) -> int:
    # a reader: no lock taken, no file changed, whoever else is writing
    service = StudyService(db_path(args), read_only=True, clock=_clock(args.now))
    try:
        decks = args.deck or [deck_id for deck_id, _ in service.deck_ids()]
        rows = service.status(learner_name(args), decks, args.now)
    finally:
        service.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "deck": r.deck_id,
                        "title": r.title,
                        "new": r.counts.new,
                        "learning": r.counts.learning,
                        "due": r.counts.due,
                        "suspended": r.counts.suspended,
                        "leeches": r.counts.leeches,
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return EXIT_OK
    for r in rows:
        c = r.counts
        print(
            f"{r.deck_id:<28} new {c.new:>4}  learning {c.learning:>4}  due {c.due:>4}  "
            f"suspended {c.suspended:>4}  leeches {c.leeches:>3}"
        )
    return EXIT_OK
