"""Every question the bundled decks yield on seeds 0-9, as JSON: to show that a change meant
only for speed leaves generation exactly as it was.

Run it on both trees and compare the files (they must be byte-identical):
    python tests/benchmarks/generation_digest.py > after.json
    git archive main | tar -x -C /tmp/main && (cd /tmp/main && python \
        tests/benchmarks/generation_digest.py) > before.json && cmp before.json after.json
The last line is a JSON summary (items per deck and a digest of everything above it).
`--synthetic N` adds the benchmark's synthetic deck of N facts (tests/benchmarks/synthetic.py)
on the same seeds; `--decks a,b` keeps only those bundled decks.
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


def decks(synthetic: int = 0, only: set[str] | None = None) -> list[tuple[str, Deck]]:
    """The bundled decks by name (or those in `only`), then the synthetic deck if asked for."""
    out = [
        (path.stem, load_deck(path))
        for path in sorted(QUESTIONS.glob("*.yaml"))
        if only is None or path.stem in only
    ]
    if synthetic:
        out.append((f"synthetic-{synthetic}", synthetic_deck(synthetic)))
    return out


def lines(synthetic: int = 0, only: set[str] | None = None) -> list[str]:
    out = []
    for name, deck in decks(synthetic, only):
        for seed in SEEDS:
            result = generate_deck(deck, seed=seed)
            dropped = sorted([*k, n] for k, n in result.dropped.items())
            out.append(json.dumps({"deck": name, "seed": seed, "dropped": dropped}))
            out += [json.dumps(q.model_dump(mode="json"), sort_keys=True) for q in result.questions]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=0, help="add a synthetic deck this big")
    parser.add_argument("--decks", default="", help="comma-separated bundled decks to keep")
    args = parser.parse_args()
    body = lines(args.synthetic, set(args.decks.split(",")) if args.decks else None)
    for line in body:
        print(line)
    digest = hashlib.sha256("\n".join(body).encode()).hexdigest()
    print(json.dumps({"lines": len(body), "sha256": digest}))


if __name__ == "__main__":
    main()
