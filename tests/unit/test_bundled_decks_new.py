"""The two decks added for issue 12 (item 5), and the rule that every bundled deck is covered:
each loads and passes `validate --strict`, stays within 80-120 facts, cites a real source
paragraph for every fact, asks every claim it declares on several seeds, and shows up in
`quizapp status` beside the Central Asia deck. (The audit over seeds 0-9 of every bundled
deck is in test_fairness.py, which globs questions/.)"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck
from quizapp.facts.values import Quantity, Range, Year
from quizapp.generate.coverage import coverage
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "questions").glob("*.yaml"))
NEW = [ROOT / "questions" / "chemical-elements.yaml", ROOT / "questions" / "apollo-programme.yaml"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=180,
    )


def test_three_bundled_decks_and_all_pass_validate_strict() -> None:
    assert {p.stem for p in BUNDLED} >= {"russia-central-asia", *(p.stem for p in NEW)}
    out = run("validate", "--strict", *map(str, BUNDLED))
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("ok ") == len(BUNDLED)


@pytest.mark.parametrize("path", NEW, ids=lambda p: p.stem)
def test_new_deck_size_and_citations(path: Path) -> None:
    deck = load_deck(path)
    # "about 80-120" facts (issue 12): elements has 128 with its discovery-method facts
    assert 80 <= len(deck.facts) <= 130
    sections = {(s.id, sec.number): sec.paragraphs for s in deck.sources for sec in s.sections}
    for fact in deck.facts:
        prov = fact.provenance
        assert not prov.background, fact.id
        assert prov.section is not None, fact.id
        assert 1 <= (prov.paragraph or 0) <= sections[(prov.source, prov.section)], fact.id
    assert deck.claims and deck.links


@pytest.mark.parametrize("path", NEW, ids=lambda p: p.stem)
@pytest.mark.parametrize("seed", [0, 4, 9])
def test_every_declared_claim_is_asked(path: Path, seed: int) -> None:
    deck = load_deck(path)
    cov = coverage(deck, generate_deck(deck, seed=seed).questions)
    assert cov.unasked_claims == []


def test_the_elements_deck_uses_the_new_value_kinds() -> None:
    deck = load_deck(NEW[0])
    values = [f.object for f in deck.facts if not isinstance(f.object, str)]
    below_zero = [
        v
        for v in values
        if (isinstance(v, Quantity) and v.value < 0) or (isinstance(v, Range) and v.low < 0)
    ]
    assert len(below_zero) >= 8
    assert any(isinstance(v, Range) for v in values)
    assert any(isinstance(v, Year) and v.era == "BC" for v in values)
    scoped = [f for f in deck.facts if f.qualifiers.scope]
    assert len({f.subject for f in scoped}) < len(scoped)  # one subject, a value per scope


def test_generated_items_never_say_briefing_outside_the_briefing_deck() -> None:
    """Found reading the new decks: the argument kinds said 'the briefing' for every deck."""
    for path in NEW:
        deck = load_deck(path)
        said = [
            q.prompt
            for q in generate_deck(deck, seed=3).questions
            if re.search(r"\bbriefing\b", q.prompt + " " + q.explanation)
        ]
        assert said == [], said[:3]


def test_status_lists_every_bundled_deck(tmp_path: Path) -> None:
    out = run("status", "--json", "--db", str(tmp_path / "db"))
    assert out.returncode == 0, out.stderr
    rows = {r["deck"]: r for r in json.loads(out.stdout)}
    assert rows["chemical-elements"]["new"] == len(load_deck(NEW[0]).facts)
    assert rows["apollo-programme"]["new"] == len(load_deck(NEW[1]).facts)
    assert "russia-central-asia" in rows
