"""Issue 12, session 16: patterns of the session-15 reviews of the elements and Apollo decks
(seeds 9109, 9113), each tested on the real generator: wrong options of the key's form (a pair
of names among pairs), no ordering or matching over figures closer than their uncertainty,
natural ordering stems, and the launch site's bare names answered with a teaching note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck, parse_deck
from quizapp.facts.model import Deck
from quizapp.facts.normalise import normalise
from quizapp.facts.relations import RelationType
from quizapp.facts.values import Year
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import Kind
from quizapp.generate.margins import apart
from quizapp.generate.option_forms import form_of_text
from quizapp.generate.option_gates import one_form
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from tests.support.bundled import APOLLO, CHEM, ROOT, bundled_deck

PAIRS = ROOT / "tests" / "data" / "pair-names.yaml"
SEEDS = range(30)
CHEM_SEEDS = range(12)


def _mcqs(deck: Deck) -> list[Question]:
    return [
        q
        for s in SEEDS
        for q in generate_deck(deck, seed=s, kinds=["mcq"], spread=False).questions
        if q.kind == "mcq"
    ]


def _form(ix: DeckIndex, option: str) -> str:
    eid = ix.vocabulary.get(normalise(option))
    entity = ix.entities.get(eid or "")
    return "list" if entity is not None and entity.plural else form_of_text(option)


def test_form_of_a_name() -> None:
    assert form_of_text("Robert Bunsen and Gustav Kirchhoff") == "list"
    assert form_of_text("Marie and Pierre Curie") == "list"
    assert form_of_text("Humphry Davy") == "one"


def test_wrong_options_share_the_key_s_form() -> None:
    """'Bunsen and Kirchhoff' was the only pair among single names (9109 #68, #73)."""
    deck = load_deck(PAIRS)
    ix = DeckIndex(deck)
    items = _mcqs(deck)
    pair_keys = [q for q in items if _form(ix, q.answer[0]) == "list"]
    single_keys = [q for q in items if _form(ix, q.answer[0]) == "one"]
    assert pair_keys and single_keys
    for q in pair_keys:  # the other pair is always offered beside a pair
        wrong = [o for o in q.options or [] if o != q.answer[0]]
        assert any(_form(ix, o) == "list" for o in wrong), q.options
    for q in single_keys:  # four single names are enough: no pair beside a single key
        assert all(_form(ix, o) == "one" for o in q.options or []), q.options


def test_a_pair_alone_in_its_form_is_never_asked() -> None:
    """With one pair left in the deck, its MCQ would show it among single names: dropped."""
    text = PAIRS.read_text(encoding="utf-8").replace(", plural: true", "")
    deck = parse_deck(text, "pairs.yaml")
    ix = DeckIndex(deck)
    items = _mcqs(deck)
    assert items
    assert all(q.answer != ["Jo Fry and Max Roe"] for q in items)
    q = items[0]
    cued = q.model_copy(
        update={
            "options": [*(q.options or [])[:3], "Jo Fry and Max Roe"],
            "answer": ["Jo Fry and Max Roe"],
        }
    )
    assert one_form(cued, ix) is not None
    assert one_form(q, ix) is None


# -- 2. no round hinges on figures closer than their uncertainty ------------------------------
def _chem(kinds: list[Kind]) -> list[Question]:
    deck = bundled_deck(CHEM)
    return [
        q
        for s in CHEM_SEEDS
        for q in generate_deck(deck, seed=s, kinds=kinds, spread=False).questions
        if q.kind in kinds
    ]


def test_a_year_s_circa_keeps_neighbours_apart() -> None:
    helium = Year(kind="year", value=1868, circa=27)
    assert not apart(helium, Year(kind="year", value=1886), 2020)  # germanium: isolation 1895
    assert apart(helium, Year(kind="year", value=1939), 2020)
    assert apart(Year(kind="year", value=1886), Year(kind="year", value=1875), 2020)
    tin, carbon = (Year(kind="year", value=v, era="BC", circa=500) for v in (3500, 3750))
    assert not apart(tin, carbon, 2020)


def test_helium_is_never_ordered_or_matched_beside_a_year_between_its_readings() -> None:
    """Helium 1868 (spectrum) or 1895 (isolated) flips its order beside germanium 1886
    (9109 #54); a wrong option or false year within those readings is half right."""
    seen = 0
    for q in _chem(["ordering", "matching", "numeric_mcq", "true_false"]):
        if "helium-discovered" not in q.fact_ids:
            continue
        seen += 1
        text = " ".join([q.prompt, *(q.options or []), *q.answer])
        years = [int(y) for y in re.findall(r"\b1[89]\d\d\b", text)]
        assert not [y for y in years if 1841 <= y <= 1895 and y != 1868], (q.kind, text)
    assert seen


def test_prehistoric_estimates_are_never_matched_a_few_centuries_apart() -> None:
    """Carbon 'about 3750 BC' beside tin 'about 3500 BC' (9109 #61)."""
    for q in _chem(["matching", "ordering"]):
        assert not {"carbon-known", "tin-known"} <= set(q.fact_ids), q.prompt


# -- 3. ordering stems name the measure ------------------------------------------------------
@pytest.mark.parametrize("path", [CHEM, APOLLO])
def test_ordering_stems_name_the_measure_plainly(path: Path) -> None:
    """Not 'from the highest figure to the lowest: at what temperature does each element
    boil...?' (9109 #31/#38) but 'Order these by boiling point ..., highest first.'"""
    deck = bundled_deck(path)
    items = [
        q
        for s in CHEM_SEEDS
        for q in generate_deck(deck, seed=s, kinds=["ordering"], spread=False).questions
        if q.kind == "ordering" and q.template == "by-number"
    ]
    assert items
    for q in items:
        measure = deck_relation(deck, q).templates.order_by
        assert measure, q.fact_ids
        assert re.fullmatch(r"Order these by [a-z][^?:]*, (highest|earliest) first\.", q.prompt)
        assert measure.split(",")[0].split("(")[0].strip() in q.prompt


def deck_relation(deck: Deck, q: Question) -> RelationType:
    fact = next(f for f in deck.facts if f.id == q.fact_ids[0])
    return next(r for r in deck.relations if r.id == fact.relation)


# -- 5. the launch site's bare names ---------------------------------------------------------
def _site_items() -> list[Question]:
    deck = bundled_deck(APOLLO)
    items = generate_deck(deck, seed=9113, kinds=["typed", "cloze"], spread=False).questions
    return [q for q in items if q.fact_ids == ["saturn-v-from-kennedy"]]


def test_bare_kennedy_is_the_launch_site_and_cape_kennedy_is_taught() -> None:
    """'Kennedy' was refused; 'Cape Kennedy' refused with no word why (9113 #75)."""
    vocabulary = DeckIndex(bundled_deck(APOLLO)).grading_vocabulary
    items = _site_items()
    assert items
    for q in items:
        assert check(q, "Kennedy", vocabulary).verdict == "correct"
        assert check(q, "Cape Kennedy", vocabulary).verdict == "wrong"
        assert "Cape Kennedy" in q.explanation and "not the site" in q.explanation


# -- 5. choices of numbers stay among the relation's figures ----------------------------------
def test_at_most_one_wrong_option_past_the_longest_stay_on_the_moon() -> None:
    """'71 / 86 / 96 / 107 hours' for Apollo 16 when the longest stay was 75 (review #24)."""
    deck = bundled_deck(APOLLO)
    items = [
        q
        for s in range(10)
        for q in generate_deck(deck, seed=s, kinds=["numeric_mcq"], spread=False).questions
        if q.fact_ids == ["apollo-16-surface-time"]
    ]
    assert items
    for q in items:
        hours = [int(o.split()[0]) for o in q.options or [] if o != q.answer[0]]
        assert sum(h > 75 * 1.1 for h in hours) <= 1, q.options
