"""Every question the bundled decks yield on seeds 0-9, as JSON: to show that a change meant
only for speed leaves generation exactly as it was.

Run it on both trees and compare the files (they must be byte-identical):
    python tests/benchmarks/generation_digest.py > after.json
    git archive main | tar -x -C /tmp/main && (cd /tmp/main && python \
        tests/benchmarks/generation_digest.py) > before.json && cmp before.json after.json
The last line is a JSON summary (items per deck and a digest of everything above it).
`--synthetic N` adds the benchmark's synthetic deck of N facts (tests/benchmarks/synthetic.py)
on the same seeds; `--decks a,b` keeps only those bundled decks.

tests/data/generation_digest.json holds each deck's digest (the bundled decks and a synthetic
deck of STORED_SYNTHETIC facts, seeds 0-9); tests/unit/test_generation_digest.py checks it, so
a change meant only for speed shows it changed nothing. A change meant to change questions
rewrites it: `python tests/benchmarks/generation_digest.py --write`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.facts import Deck, load_deck
from quizapp.generate import generate_deck
from tests.benchmarks.synthetic import synthetic_deck

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
SEEDS = range(10)
STORED = Path(__file__).resolve().parents[1] / "data" / "generation_digest.json"
STORED_SYNTHETIC = 300  # facts in the stored synthetic deck (small: the suite runs it)


def decks(synthetic: int = 0, only: set[str] | None = None) -> list[tuple[str, Deck]]:
    """The bundled decks by name (or those in `only`), then the synthetic deck if asked for."""
    out = [
        (path.stem, load_deck(path))
        for path in sorted(QUESTIONS.glob("*.yaml"))
        if only is None or path.stem in only
    ]
    if synthetic:  # small decks need more countries, as in bench_generate.py's smoke sizes
        countries = None if synthetic >= 1000 else synthetic // 5
        out.append((f"synthetic-{synthetic}", synthetic_deck(synthetic, n_countries=countries)))
    return out


def deck_lines(name: str, deck: Deck) -> list[str]:
    """Per seed: what was dropped, then every item, as JSON lines."""
    out = []
    for seed in SEEDS:
        result = generate_deck(deck, seed=seed)
        dropped = sorted([*k, n] for k, n in result.dropped.items())
        out.append(json.dumps({"deck": name, "seed": seed, "dropped": dropped}))
        out += [json.dumps(q.model_dump(mode="json"), sort_keys=True) for q in result.questions]
    return out


def lines(synthetic: int = 0, only: set[str] | None = None) -> list[str]:
    return [line for name, deck in decks(synthetic, only) for line in deck_lines(name, deck)]


def digest(body: list[str]) -> dict[str, object]:
    return {"lines": len(body), "sha256": hashlib.sha256("\n".join(body).encode()).hexdigest()}


def per_deck(synthetic: int = STORED_SYNTHETIC) -> dict[str, dict[str, object]]:
    """Each deck's digest over seeds 0-9 (what tests/data/generation_digest.json stores)."""
    return {name: digest(deck_lines(name, deck)) for name, deck in decks(synthetic)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=0, help="add a synthetic deck this big")
    parser.add_argument("--decks", default="", help="comma-separated bundled decks to keep")
    parser.add_argument("--write", action="store_true", help=f"rewrite {STORED.name}")
    args = parser.parse_args()
    if args.write:
        STORED.write_text(json.dumps(per_deck(), indent=1, sort_keys=True) + "\n")
        return
    body = lines(args.synthetic, set(args.decks.split(",")) if args.decks else None)
    for line in body:
        print(line)
    print(json.dumps(digest(body)))


if __name__ == "__main__":
    main()
