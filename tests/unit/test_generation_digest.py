"""Every question of the bundled decks and of a synthetic deck, seeds 0-9, is what
tests/data/generation_digest.json recorded: a change meant only for speed changes nothing.

A change meant to change questions rewrites the file (`python
tests/benchmarks/generation_digest.py --write`) and says so in its commit.
"""

from __future__ import annotations

import json

from tests.benchmarks.generation_digest import STORED, per_deck


def test_generated_questions_match_the_recorded_digest() -> None:
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    now = per_deck()
    changed = sorted(
        name for name in stored.keys() | now.keys() if stored.get(name) != now.get(name)
    )
    assert not changed, (
        f"questions changed for {changed}; if meant, run "
        "python tests/benchmarks/generation_digest.py --write"
    )
