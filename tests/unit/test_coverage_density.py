"""The coverage report's density check: items per word of each paragraph against the median
paragraph's, so that one paragraph cannot dominate a session (issue 13, item 5)."""

from __future__ import annotations

from quizapp.commands.coverage_view import exit_code, render_text
from quizapp.facts import load_deck
from quizapp.generate import generate_deck
from quizapp.generate.coverage import DENSE_FACTOR, coverage
from tests.conftest import DECK_PATH

DECK = load_deck(DECK_PATH)
ITEMS = generate_deck(DECK, seed=0).questions


def test_the_bundled_deck_is_asked_evenly_enough() -> None:
    cov = coverage(DECK, ITEMS)
    median = cov.median_density
    assert median is not None and median > 0
    assert cov.dense_paragraphs == []
    assert exit_code(cov, strict=True) == 0


def test_a_paragraph_asked_far_more_densely_than_the_median_is_listed_and_fails_strict() -> None:
    """The remittances paragraph (4.2, 44 words) asked by sixty more items: too dense."""
    fact = next(f for f in DECK.facts if (f.provenance.section, f.provenance.paragraph) == (4, 2))
    base = next(q for q in ITEMS if q.fact_ids == [fact.id])
    extra = [base.model_copy(update={"id": f"{base.id}-{n}"}) for n in range(60)]
    cov = coverage(DECK, [*ITEMS, *extra])
    dense = cov.dense_paragraphs
    assert [p.place[1:] for p in dense] == [(4, 2)]
    median = cov.median_density
    assert median is not None and (dense[0].density or 0) > DENSE_FACTOR * median
    assert exit_code(cov, strict=True) == 1 and exit_code(cov, strict=False) == 0
    text = render_text(cov, "test").splitlines()
    assert text[2].startswith("Too dense: 1 paragraph(s)")
    assert text[3].startswith("  paragraph 4.2 ")


def test_a_deck_without_lengths_has_no_density_check() -> None:
    sections = [s.model_copy(update={"words": None}) for src in DECK.sources for s in src.sections]
    source = DECK.sources[0].model_copy(update={"sections": sections})
    deck = DECK.model_copy(update={"sources": [source]})
    cov = coverage(deck, ITEMS)
    assert cov.median_density is None and cov.dense_paragraphs == []
    assert "Too dense" not in render_text(cov, "test")
