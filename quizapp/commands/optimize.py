"""`quizapp optimize`: fit FSRS parameters to one learner's own review log."""

from __future__ import annotations

import argparse
import sys

from quizapp.commands.common import EXIT_OK, EXIT_USAGE
from quizapp.commands.options import db_path, learner_name, progress_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "optimize",
        parents=[progress_options()],
        help="fit FSRS parameters to your own review log",
        description="Fit FSRS parameters to the learner's review log (one fact in five held "
        "out), report how well the defaults and the fitted parameters predict the held-out "
        "reviews, and use the fitted ones from now on if they predict better.",
    )
    p.set_defaults(handler=cmd_optimize)


def cmd_optimize(args: argparse.Namespace) -> int:
    from quizapp.review.optimize import OptimizeError
    from quizapp.service import StudyService

    learner = learner_name(args)
    db = db_path(args)
    if not db.exists():
        print(f"quizapp optimize: {db}: no progress database here", file=sys.stderr)
        return EXIT_USAGE
    service = StudyService(db)
    try:
        try:
            run = service.optimize(learner)
        except OptimizeError as exc:
            print(f"quizapp optimize: {learner}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    finally:
        service.close()
    print(f"{run.reviews} reviews; {run.held_out} held-out reviews predicted.")
    print("               log loss   RMSE (bins)")
    print(f"  defaults     {run.log_loss_before:8.4f}   {run.rmse_before:.4f}")
    print(f"  fitted       {run.log_loss_after:8.4f}   {run.rmse_after:.4f}")
    if run.adopted:
        print(f"The fitted parameters now schedule {learner}'s reviews.")
    else:
        print("The fitted parameters predict no better; the current parameters stay.")
    return EXIT_OK
