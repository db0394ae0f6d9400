"""`quizapp report`: every figure, in the terminal or as md, html, csv or json files."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from quizapp.commands.common import write_output
from quizapp.commands.options import db_path, learner_name, moment, progress_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", parents=[progress_options()], help="score report and statistics")
    p.add_argument("--deck", help="one deck (default: every deck)")
    p.add_argument("--since", type=date.fromisoformat, help="from this day on (YYYY-MM-DD)")
    p.add_argument("--now", type=moment, help="as of this moment (ISO date-time)")
    p.add_argument(
        "--format",
        choices=["text", "md", "html", "csv", "json"],
        default="text",
        help="text (default), md, html (self-contained), csv (one row per review) or json",
    )
    p.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from quizapp.report import render_files, render_text
    from quizapp.service import StudyService

    service = StudyService(db_path(args), read_only=True)
    try:
        learner = learner_name(args)
        if args.format == "csv":
            text = render_files.to_csv(service.review_log(learner, args.deck))
        else:
            figures = service.report(learner, args.deck, args.since, args.now)
            render = {
                "text": render_text.render,
                "md": render_files.to_markdown,
                "html": render_files.to_html,
                "json": render_files.to_json,
            }[args.format]
            text = render(figures)
    finally:
        service.close()
    return write_output(text, args.output)
