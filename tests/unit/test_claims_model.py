"""Claims, links and comparisons in the facts model: additive (old decks stay valid), checked
against the whole deck, and every problem located FILE:LINE like the rest of the loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts import DeckError, load_deck, parse_deck
from tests.unit.test_loader import MINIMAL

ROOT = Path(__file__).resolve().parents[2]

CLAIMS = """\
claims:
  - id: alpha-committed
    text: Alpha is committed to the organisation.
    provenance: {source: src, section: 1, paragraph: 1}
    evidence: [a-in-o]
  - id: beta-strong
    text: Beta is a strong economy.
    provenance: {source: src, section: 1, paragraph: 2}
    evidence: [b-share]
links:
  - {source: alpha-committed, type: because, target: a-in-o}
  - {source: beta-strong, type: despite, target: alpha-committed}
comparisons:
  - {relation: share, more: holds a larger share, most: holds the largest share}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(DeckError) as info:
        parse_deck(text, "deck.yaml")
    return [str(p) for p in info.value.problems]


def line_of(text: str, needle: str) -> int:
    return [i for i, line in enumerate(text.splitlines(), 1) if needle in line][-1]


def test_a_deck_with_claims_links_and_comparisons_loads() -> None:
    deck = parse_deck(MINIMAL + CLAIMS, "deck.yaml")
    assert [c.id for c in deck.claims] == ["alpha-committed", "beta-strong"]
    assert [(k.source, k.type, k.target) for k in deck.links][1] == (
        "beta-strong",
        "despite",
        "alpha-committed",
    )
    assert deck.comparisons[0].relation == "share"


def test_old_decks_without_claims_stay_valid() -> None:
    deck = parse_deck(MINIMAL, "deck.yaml")
    assert deck.claims == [] and deck.links == [] and deck.comparisons == []
    assert load_deck(ROOT / "tests" / "data" / "planets.yaml").claims == []


def test_the_bundled_deck_declares_its_argument() -> None:
    deck = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
    assert len(deck.claims) >= 30
    assert {k.type for k in deck.links} == {
        "because",
        "despite",
        "so",
        "evidence_for",
        "contrasts_with",
    }
    assert all(c.provenance.section and c.provenance.paragraph for c in deck.claims)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("evidence: [a-in-o]", "evidence: [a-in-x]", "a-in-x", "unknown fact 'a-in-x'"),
        (
            "target: a-in-o}",
            "target: nowhere}",
            "nowhere",
            "unknown claim or fact 'nowhere'",
        ),
        ("type: because", "type: therefore", "therefore", "Input should be 'because'"),
        ("id: beta-strong", "id: alpha-committed", "  - id: alpha-committed\n", ""),
        ("id: beta-strong", "id: b-share", "id: b-share", "also a fact's id"),
        (
            "section: 1, paragraph: 2}\n    evidence: [b",
            "section: 1, paragraph: 3}\n    evidence: [b",
            "paragraph: 3",
            "has 2 paragraphs, not 3",
        ),
        ("relation: share,", "relation: member-of,", "member-of, more", "not numbers"),
        (  # evidence the deck itself sets against the claim is counter-evidence
            "type: because, target: a-in-o}",
            "type: despite, target: a-in-o}",
            "evidence: [a-in-o]",
            "counter-evidence",
        ),
        (  # 'a larger rise' in a percentage could mean more people: name the measure
            "more: holds a larger share",
            "more: saw a larger rise",
            "saw a larger rise",
            "percentage change without saying so",
        ),
        ("text: Beta is a strong economy.", "text: Beta.", "text: Beta.", "at least 10"),
        (
            "target: alpha-committed}",
            "target: beta-strong}",
            "target: beta-strong}",
            "two different",
        ),
    ],
)
def test_each_problem_is_located(old: str, new: str, needle: str, message: str) -> None:
    text = MINIMAL + CLAIMS.replace(old, new, 1)
    assert text != MINIMAL + CLAIMS
    found = problems(text)
    if not message:  # the duplicate: reported at the second claim's id line
        assert any("duplicate id 'alpha-committed'" in p for p in found), found
        return
    line = line_of(text, needle)
    assert any(p.startswith(f"deck.yaml:{line}:") and message in p for p in found), (line, found)


def test_a_circular_because_is_refused() -> None:
    text = MINIMAL + CLAIMS + "  - {source: a-in-o, type: because, target: alpha-committed}\n"
    text = text.replace(
        "comparisons:\n  - {relation: share, more: holds a larger share, most: "
        "holds the largest share}\n",
        "",
    )
    text += "comparisons: []\n"
    assert any("circular" in p for p in problems(text))


def test_a_section_gives_one_length_per_paragraph() -> None:
    """`words` (for the coverage report's density check) has one length per paragraph."""
    fine = MINIMAL.replace("paragraphs: 2}", "paragraphs: 2, words: [40, 55]}", 1)
    assert fine != MINIMAL
    assert parse_deck(fine + CLAIMS, "deck.yaml").sources[0].sections[0].words == [40, 55]
    short = MINIMAL.replace("paragraphs: 2}", "paragraphs: 2, words: [40]}", 1)
    found = problems(short + CLAIMS)
    line = line_of(short, "words: [40]")
    assert any(
        p.startswith(f"deck.yaml:{line}:") and "1 paragraph length(s) for 2" in p for p in found
    ), found
