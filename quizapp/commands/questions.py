"""`quizapp questions`: every question a deck yields, as text or JSON, or generation stats.

The generators, the audit and the coverage view load when the command runs, not when the
parser is built: every other command (`status` above all) would pay for them otherwise."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.commands.common import EXIT_OK, write_output
from quizapp.facts.locations import DEFAULT_DECK
from quizapp.generate.question import KIND_LEVEL, KINDS, LEVELS, Question

if TYPE_CHECKING:
    from quizapp.facts.model import Deck
    from quizapp.generate.generation import Generation

EXIT_BREACH = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("questions", help="print every question a deck yields")
    p.add_argument("--deck", default=DEFAULT_DECK, help="deck id or path (default: %(default)s)")
    p.add_argument("--kind", choices=KINDS, action="append", help="only this kind (repeatable)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text for reading (default) or json, one object per item",
    )
    p.add_argument("--stats", action="store_true", help="per kind: generated and dropped, and why")
    p.add_argument(
        "--audit",
        action="store_true",
        help="run every quality gate over every item and the deck-wide checks; exit 1 on a breach",
    )
    p.add_argument(
        "--coverage",
        action="store_true",
        help="per source paragraph: its claims and facts and how many items ask each",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="with --coverage: exit 1 when a claim has no item or a paragraph is asked more "
        "than 3x as densely (items per word) as the median paragraph",
    )
    p.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")
    p.set_defaults(handler=cmd_questions)


def cmd_questions(args: argparse.Namespace) -> int:
    from quizapp.generate.registry import generate_deck
    from quizapp.service.catalog import DeckCatalog

    deck = DeckCatalog().deck(args.deck)
    if args.audit:
        return _audit(deck, args)
    result = generate_deck(deck, seed=args.seed, kinds=args.kind or KINDS)
    if args.coverage:
        return _coverage(deck, result, args)
    if args.stats:
        text = _stats_json(result) if args.format == "json" else _stats_text(result)
    elif args.format == "json":
        text = json.dumps([q.public() for q in result.questions], indent=2, ensure_ascii=False)
    else:
        text = "\n\n".join(_as_text(i, q) for i, q in enumerate(result.questions, 1))
    return write_output(text, args.output)


def _audit(deck: Deck, args: argparse.Namespace) -> int:
    from quizapp.generate.audit import audit_items, flashcard_only
    from quizapp.generate.index import DeckIndex
    from quizapp.generate.registry import generate_deck

    ix = DeckIndex(deck)
    items = generate_deck(deck, seed=args.seed, index=ix).questions
    breaches = audit_items(items, ix)
    lines = [b.render() for b in breaches]
    cards = flashcard_only(items, ix)  # listed, not breaches: a flashcard is a way to study
    lines += [f"[flashcard-only] {f}: {ix.entities[ix.fact(f).subject].name}" for f in cards]
    verdict = "breach" if len(breaches) == 1 else "breaches"
    only = f", {len(cards)} flashcard-only" if cards else ""
    only += "" if any(q.kind == "mcq" for q in items) else ", no mcq item"  # as README says
    lines.append(f"{deck.id} (seed {args.seed}): {len(breaches)} {verdict}{only}")
    write_output("\n".join(lines), args.output)
    return EXIT_BREACH if breaches else EXIT_OK


def _coverage(deck: Deck, result: Generation, args: argparse.Namespace) -> int:
    from quizapp.commands import coverage_view
    from quizapp.generate.coverage import coverage

    cov = coverage(deck, result.questions)
    if args.format == "json":
        text = coverage_view.render_json(cov)
    else:
        text = coverage_view.render_text(cov, f"{deck.id} (seed {args.seed})")
    written = write_output(text, args.output)
    return written or coverage_view.exit_code(cov, args.strict)


def _as_text(n: int, q: Question) -> str:
    lines = [f"{n}. [{q.kind}] {q.prompt}"]
    if q.left:
        lines += [f"     {chr(65 + i)}. {item}" for i, item in enumerate(q.left)]
    lines += [f"     {i}) {opt}" for i, opt in enumerate(q.options or [], 1)]
    if q.back:
        lines.append(f"   Back: {q.back}")
    lines.append(f"   Answer: {'; '.join(q.answer)}")
    lines.append(f"   Source: {q.citation}")
    return "\n".join(lines)


def _stats_text(result: Generation) -> str:
    w = max(14, *(len(k) + 1 for k in KINDS))
    rows = [f"{'kind':<{w}}{'generated':>10}{'dropped':>9}  why dropped"]
    for kind in KINDS:
        drops = {r: n for (k, r), n in result.dropped.items() if k == kind}
        why = "; ".join(f"{n} {r}" for r, n in sorted(drops.items(), key=lambda x: -x[1]))
        rows.append(f"{kind:<{w}}{result.generated[kind]:>10}{sum(drops.values()):>9}  {why}")
    total_dropped = sum(result.dropped.values())
    rows.append(f"{'total':<{w}}{len(result.questions):>10}{total_dropped:>9}")
    levels = Counter(q.level for q in result.questions)
    n = max(1, len(result.questions))
    rows.append("")
    rows.append(f"{'level':<{w}}{'items':>10}{'share':>9}")
    for level in LEVELS:
        rows.append(f"{level:<{w}}{levels[level]:>10}{levels[level] / n:>9.0%}")
    return "\n".join(rows)


def _stats_json(result: Generation) -> str:
    return json.dumps(
        {
            kind: {
                "generated": result.generated[kind],
                "level": KIND_LEVEL.get(kind, "remember"),
                "dropped": {r: n for (k, r), n in sorted(result.dropped.items()) if k == kind},
            }
            for kind in KINDS
        },
        indent=2,
    )
