"""Issue 12, the session-21 reviews (docs/quality/*session21-review.md): minor patterns found
again and again. A numeric choice whose wrong options are other subjects' figures on another
scale (elements, seed 21108: magnesium's density among three heavy metals'); a stance card
whose back keeps one side of a contrast (Central Asia, seed 21107: Kazakhstan's); claim-evidence
options that all open with the same attribution (elements, seed 21108). Each test drives the
bundled decks through the real generator."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest

from quizapp.facts.values import Date, Quantity, Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.numeric_mcq import off_scale
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

DECKS = (CENTRAL_ASIA, APOLLO, CHEM)
SEEDS = (0, 1, 2, 3, 21108)


def _number(text: str) -> float:
    found = re.search(r"-?[\d,]*\.?\d+", text)
    assert found, text
    return float(found.group().replace(",", ""))


# -- 1. numeric_mcq: other subjects' figures sit on the key's scale -----------------------
def _density(x: float) -> Quantity:
    return Quantity(kind="quantity", value=x, unit="g/cm³")


def test_a_key_alone_on_its_own_scale_is_off_scale() -> None:
    light = [_density(x) for x in (1.74, 11.34, 13.53, 22.59)]
    assert off_scale(light, light[0])
    bracketed = [_density(x) for x in (0.97, 1.74, 11.34, 22.59)]
    assert not off_scale(bracketed, bracketed[1])
    climbing = [_density(x) for x in (1.0, 3.5, 12.0, 40.0)]  # ratios alike throughout
    assert not off_scale(climbing, climbing[0])


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_no_numeric_key_is_the_lone_figure_of_its_scale(path: Path) -> None:
    """At an end of the options, the key's neighbour is within three times it, or no farther
    off (as a ratio) than the other options are from each other: '1.74 g/cm³' among
    '11.34 / 13.53 / 22.59 g/cm³' tells the light metal from the heavy ones."""
    ix = DeckIndex(bundled_deck(path))
    facts = {f.id: f for f in ix.deck.facts}
    seen = 0
    for q in generated(path, SEEDS):
        dated = isinstance(ix.numeric_value(facts[q.fact_ids[0]]), Year | Date)
        if q.kind != "numeric_mcq" or dated:
            continue
        values = sorted(_number(o) for o in q.options or [])
        key = _number(q.answer[0])
        if values[0] <= 0 or key not in (values[0], values[-1]):
            continue
        seen += 1
        ratios = [math.log(b / a) for a, b in itertools.pairwise(values)]
        own, rest = (ratios[0], ratios[1:]) if key == values[0] else (ratios[-1], ratios[:-1])
        assert own <= math.log(3) or own <= 1.5 * max(rest), (q.id, q.prompt, q.options)
    assert seen


def test_magnesium_density_is_asked_among_light_figures() -> None:
    """The reviewed item (elements r218 #46, seed 21108)."""
    (q,) = [
        q
        for q in generated(CHEM, (21108,))
        if q.kind == "numeric_mcq" and q.fact_ids == ["magnesium-density"]
    ]
    values = sorted(_number(o) for o in q.options or [])
    assert values[1] <= 3 * 1.74, q.options


# -- 2. a card's back keeps both sides of its paragraph's contrast -------------------------
def _stance_cards(seeds: tuple[int, ...]) -> dict[str, str]:
    return {
        q.fact_ids[0]: q.back or ""
        for q in generated(CENTRAL_ASIA, seeds)
        if q.kind == "flashcard" and q.fact_ids[0].endswith("-stance")
    }


def test_kazakhstans_stance_card_gives_both_sides() -> None:
    """The reviewed card (russia-central-asia r217 #17, seed 21107): the closest ally that goes
    its own way over the war with Ukraine, in the deck's words."""
    back = _stance_cards((21107,))["kazakhstan-stance"]
    assert "closest allies" in back, back
    assert "Even so, Kazakhstan goes its own way over the Kremlin's conflict with Kyiv." in back
    turkmen = _stance_cards((21107,))["turkmenistan-stance"]  # no name: read on in lower case
    assert "Even so, security and economic troubles may one day push" in turkmen, turkmen


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_every_card_carries_what_its_paragraph_sets_against_it(path: Path) -> None:
    """Every stance card alike, and any other single card: a claim of the fact's own paragraph
    that holds `despite` it follows the statement on the back."""
    deck = bundled_deck(path)
    claims = {c.id: c for c in deck.claims}
    facts = {f.id: f for f in deck.facts}
    against: dict[str, list[str]] = {}
    for k in deck.links:
        if k.type == "despite" and k.source in claims and k.target in facts:
            c, f = claims[k.source], facts[k.target]
            if c.provenance == f.provenance:
                against.setdefault(f.id, []).append(c.text)
    seen = 0
    for q in generated(path, SEEDS):
        if q.kind == "flashcard" and q.template in ("forward", "inverse"):
            for text in against.get(q.fact_ids[0], []):
                seen += 1
                said = (q.back or "").lower()
                assert f"even so, {text.lower()}" in said, (q.id, q.back)
    assert seen or path != CENTRAL_ASIA


# -- 3. an attribution every option opens with is said once --------------------------------
_ATTRIBUTED = re.compile(r"^According to [^,]+, ")


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_no_attribution_opens_every_option(path: Path) -> None:
    """'According to the Wikipedia table of element discoveries,' on all four options told
    nothing apart (elements r218 #80): it is said once, after the stem."""
    for q in generated(path, (*SEEDS, 21105)):
        if q.kind in ("claim_evidence", "why") and q.options:
            opened = {m.group() if (m := _ATTRIBUTED.match(o)) else "" for o in q.options}
            assert len(opened) > 1 or "" in opened, (q.id, q.options)


def test_the_reviewed_claim_evidence_item_names_its_source_once() -> None:
    (q,) = [q for q in generated(CHEM, (21108,)) if q.id == "claim_evidence-7ac6b52b8ee8"]
    assert q.prompt.endswith(
        "Each option is as the Wikipedia table of element discoveries gives it."
    )
    assert not any(o.startswith("According to") for o in q.options or []), q.options
    assert q.answer[0] in (q.options or [])
    assert q.explanation.startswith("According to the Wikipedia table of element discoveries")
