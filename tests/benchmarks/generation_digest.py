"""Every question the bundled decks yield on seeds 0-9, as JSON: to show that a change meant
only for speed leaves generation exactly as it was.

Run it on both trees and compare the files (they must be byte-identical):
    python tests/benchmarks/generation_digest.py > after.json
    git archive main | tar -x -C /tmp/main && (cd /tmp/main && python \
        tests/benchmarks/generation_digest.py) > before.json && cmp before.json after.json
The last line is a JSON summary (items per deck and a digest of everything above it).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.facts import load_deck
from quizapp.generate import generate_deck

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
SEEDS = range(10)


def lines() -> list[str]:
    out = []
    for path in sorted(QUESTIONS.glob("*.yaml")):
        deck = load_deck(path)
        for seed in SEEDS:
            result = generate_deck(deck, seed=seed)
            dropped = sorted([*k, n] for k, n in result.dropped.items())
            out.append(json.dumps({"deck": path.stem, "seed": seed, "dropped": dropped}))
            out += [json.dumps(q.model_dump(mode="json"), sort_keys=True) for q in result.questions]
    return out


def main() -> None:
    body = lines()
    for line in body:
        print(line)
    digest = hashlib.sha256("\n".join(body).encode()).hexdigest()
    print(json.dumps({"lines": len(body), "sha256": digest}))


if __name__ == "__main__":
    main()
