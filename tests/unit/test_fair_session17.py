"""Issue 12, session 17: patterns of the session-16 reviews of the elements and Apollo decks
(seeds 9305, 9307), each tested on the real generator and grader with a deck that still shows
the pattern, so the test fails on the code before the fix."""

from __future__ import annotations

from quizapp.facts.loader import parse_deck
from quizapp.generate.registry import generate_deck
from tests.support.bundled import CHEM

ELEMENT_SEEDS = range(8)


# -- 1. an ordering stem names the quantity, never its unit (9305 #30) -----------------------
def _kelvin_orderings(order_by: str) -> list[str]:
    text = CHEM.read_text(encoding="utf-8")
    measure = "boiling point at normal atmospheric pressure"
    old = f'order_by: "{measure}"\n      forward: At how many kelvins'
    assert old in text
    deck = parse_deck(text.replace(old, old.replace(measure, order_by)))
    prompts = []
    for s in ELEMENT_SEEDS:
        for q in generate_deck(deck, seed=s, kinds=["ordering"], spread=False).questions:
            facts = {f.id: f for f in deck.facts}
            if facts[q.fact_ids[0]].relation == "boiling-point-kelvin":
                prompts.append(q.prompt)
    return prompts


def test_an_ordering_stem_drops_the_unit_an_author_wrote() -> None:
    prompts = _kelvin_orderings("boiling point in kelvins")
    assert prompts
    for prompt in prompts:
        assert prompt == "Order these by boiling point, highest first."


def test_a_phrase_after_in_that_is_no_unit_of_the_figures_is_kept() -> None:
    """'in air' is no unit; 'in metres' measures a length, not a temperature: both stay."""
    for tail in ("in air", "in metres"):
        prompts = _kelvin_orderings(f"boiling point {tail}")
        assert prompts
        assert all(p == f"Order these by boiling point {tail}, highest first." for p in prompts)
