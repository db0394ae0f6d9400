"""`quizapp questions --coverage [--strict]`: per paragraph, its claims and facts and how many
items ask each; unasked claims and empty paragraphs first; --strict fails on an unasked claim."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_deck_commands import run
from tests.unit.test_loader import MINIMAL

UNASKABLE = """\
claims:
  - id: alpha-loyal
    text: Alpha is a loyal member of the organisation.
    provenance: {source: src, section: 1, paragraph: 1}
    evidence: [a-in-o]
"""


def test_the_bundled_deck_asks_every_claim_and_passes_strict() -> None:
    out = run("questions", "--coverage", "--strict")
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[1] == "Not asked: 0 claim(s), 0 paragraph(s)"
    assert any(line.startswith("4.4 ") for line in lines)  # a paragraph heading
    assert any("claim c-tajik-depends-on-migration" in line for line in lines)
    data = json.loads(run("questions", "--coverage", "--format", "json").stdout)
    assert data["unasked_claims"] == []
    para = next(p for p in data["paragraphs"] if (p["section"], p["paragraph"]) == (4, 2))
    assert para["items"] > 0 and all(n > 0 for n in para["claims"].values())


def test_an_unasked_claim_is_listed_first_and_fails_strict(tmp_path: Path) -> None:
    deck = tmp_path / "tiny.yaml"
    deck.write_text(MINIMAL + UNASKABLE, encoding="utf-8")
    loose = run("questions", "--coverage", "--deck", str(deck))
    assert loose.returncode == 0, loose.stderr
    strict = run("questions", "--coverage", "--strict", "--deck", str(deck))
    assert strict.returncode == 1, strict.stdout + strict.stderr
    lines = strict.stdout.splitlines()
    assert lines[1].startswith("Not asked: 1 claim(s)")
    assert lines[2].startswith("  claim alpha-loyal (1.1 only)")
    listing = lines.index("") + 1
    assert lines[listing].startswith("1.1 only:")
    assert "    0  claim alpha-loyal" in lines


def test_the_bundled_deck_has_no_paragraph_asked_three_times_the_median_density() -> None:
    """Issue 13: no paragraph yields more than 3x the items per word of the median paragraph
    (the deck gives each paragraph's length in words)."""
    for seed in ("0", "7"):
        out = run("questions", "--coverage", "--strict", "--format", "json", "--seed", seed)
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
        assert data["dense_paragraphs"] == []
        median = data["median_items_per_100_words"]
        assert median > 0
        for p in data["paragraphs"]:
            if p["section"] is None:
                assert p["words"] is None  # background knowledge, not a paragraph
                continue
            assert p["words"] > 0, p["label"]  # every paragraph's length is declared
            assert 100 * p["items"] / p["words"] <= 3 * median, p["label"]
    text = run("questions", "--coverage").stdout.splitlines()
    assert text[2].startswith("Too dense: 0 paragraph(s) over 3x the median ")
    assert any(line.startswith("4.2 ") and "per 100 words" in line for line in text)
