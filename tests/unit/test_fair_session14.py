"""Defects left open by the session-13 reviews of the Apollo and chemical-elements decks
(seeds 709, 727, 739, 743), checked as rules over the decks and seeds 0-9, never as single
items."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizapp.facts.values import Percentage, Quantity, Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.ladder import ladder
from quizapp.generate.plausible import bound_tiers, spread_of
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

SEEDS = tuple(range(10))
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _first_number(text: str) -> float:
    return float(_NUMBER.findall(text.replace("\u2212", "-"))[0].replace(",", ""))


# share of wrong figures past the true ones allowed: a key near the end of a relation's range
# (Apollo 16's 71 hours beside 67 and 75) needs a wrong option beyond it at some ranks, and a
# key's rank must stay even; three shares of air in three formats leave no room at all
BEYOND = {APOLLO: 0.025, CHEM: 0.06}  # at c0c090f: 75 of 301 (25%) and 108 of 1,129 (10%)
# Apollo 0.025, not 0.02, since session 44: 8 of its 13 are one item, 'just over 20 kg' among
# Apollo 17's options, 2 kg under the least haul (see the hauls' assertion below)


@pytest.mark.parametrize("path", (APOLLO, CHEM), ids=lambda p: p.stem)
def test_wrong_figures_stay_within_the_true_figures_range(path: Path) -> None:
    """'96 kg' among '111 / 124 / 134 kg' (seed 743 #27): 124 and 134 kg exceed every
    mission's haul, so a learner rules them out without knowing Apollo 16's figure. Wrong
    options and false statements stay within the range of the relation's true figures (drawn
    from those figures where enough are well spaced), bar a few the key's rank needs; the
    six missions' hauls with at most one option a tenth past them (session 44)."""
    ix = DeckIndex(bundled_deck(path))
    checked, beyond = 0, []
    for q in generated(path, (*SEEDS, 743)):
        if q.kind not in ("numeric_mcq", "true_false") or len(q.fact_ids) != 1:
            continue
        fact = ix.fact(q.fact_ids[0])
        if not isinstance(ix.numeric_value(fact), Quantity | Percentage):
            continue
        span = spread_of(ix, fact, 0.0)
        if span is None or span[0] is None or span[1] is None:
            continue
        if q.kind == "numeric_mcq":
            figures = [_first_number(o) for o in q.options or []]
        elif q.answer == ["False"]:
            figures = [_first_number(q.prompt.split(" ", 2)[-1])]  # after the subject's name
        else:
            continue
        for x in figures:
            checked += 1
            if not span[0] - 1e-9 <= x <= span[1] + 1e-9:
                beyond.append((q.prompt, q.options))
        if fact.relation == "samples-returned":  # the hauls: at most one option past a tenth
            # of their spread (numeric_mcq's allowance): 'just over 110 kg' is graded within 24
            # kg, so its options lie 30 kg apart and four cannot all fit within 22-110 kg; it
            # was '110 / 150 / 190 / 230 kg' before session 44
            wide = spread_of(ix, fact, 0.1)
            assert wide is not None and wide[0] is not None and wide[1] is not None
            past = [x for x in figures if not wide[0] - 1e-9 <= x <= wide[1] + 1e-9]
            assert len(past) <= 1, (q.prompt, q.options, span)
    assert checked > 250
    assert len(beyond) <= BEYOND[path] * checked, beyond


def test_the_tightest_bounds_are_tried_first() -> None:
    ix = DeckIndex(bundled_deck(APOLLO))
    tiers = bound_tiers(ix, ix.fact("apollo-16-samples"))
    assert tiers[0] == (22, 110)  # the lightest and the heaviest haul
    assert len(tiers) >= 2 and tiers[-1] is None  # no bounds declared: any ladder at last


@pytest.mark.parametrize("bc", [3750, 3500, 2500, 1500, 5000])
def test_wrong_estimates_are_as_round_as_estimates(bc: int) -> None:
    """'Carbon has been known since about 8950 BC' (seed 739 #51): a made-up estimate with
    a precision no source gives flags itself as false. A wrong estimate is rounded to half
    its leading power of ten (and at least to the key's own precision)."""
    key = Year(kind="year", value=bc, era="BC")
    seen = set()
    for seed in range(60):
        for v in ladder(key, random.Random(seed), 6) + ladder(key, random.Random(seed), 4):
            if v.display() == key.display():
                continue
            assert isinstance(v, Year)
            grid = max(100, 10 ** (len(str(v.value)) - 1) // 2)
            assert v.value % grid == 0, (key.display(), v.display())
            seen.add(v.value)
    assert len(seen) >= 5  # still a spread of different wrong estimates


def test_apollo_14_haul_is_the_curators_figure() -> None:
    """The cited curators' table gives 42.28 kg for Apollo 14 (seed 769 #75, unfair: the deck
    said 43 kg, a figure from another source)."""
    ix = DeckIndex(bundled_deck(APOLLO))
    value = ix.numeric_value(ix.fact("apollo-14-samples"))
    assert isinstance(value, Quantity) and value.value == 42 and value.unit == "kg"


@pytest.mark.parametrize("path", (APOLLO, CHEM, CENTRAL_ASIA), ids=lambda p: p.stem)
def test_odd_one_out_explanations_say_what_the_odd_one_is(path: Path) -> None:
    """'mercury is the odd one out.' (seed 739 #31-32, seed 773 #46, #49): lower case, and
    never saying mercury is a liquid. The explanation opens with a capital and states the odd
    one's own value where the deck gives it."""
    ix = DeckIndex(bundled_deck(path))
    items = [q for q in generated(path, SEEDS) if q.kind == "odd_one_out"]
    stated = 0
    for q in items:
        assert q.explanation[:1].isupper(), q.explanation
        relation = ix.fact(q.fact_ids[0]).relation
        odd = next(e for e in ix.entities.values() if e.name == q.answer[0])
        rel = ix.relations[relation]
        for f in ix.facts_of_subject.get(odd.id, []):
            if f.relation == relation and rel.functional:
                assert ix.say(rel.templates.statement, f) in q.explanation
                stated += 1
            elif f.relation == relation:  # Turkmenistan in the CIS says nothing of the SCO
                assert ix.say(rel.templates.statement, f) not in q.explanation, q.explanation
    assert path != CHEM or stated


_AFTER_ATTRIBUTION = re.compile(r"According to [^,]+, ([a-z][a-z]+)\b")


@pytest.mark.parametrize("path", (APOLLO, CHEM, CENTRAL_ASIA), ids=lambda p: p.stem)
def test_a_name_keeps_its_capital_after_an_attribution(path: Path) -> None:
    """'According to the Wikipedia table of element discoveries, mendeleev predicted ...'
    (seed-827 review #60): a word the deck file itself writes capitalised inside a sentence
    is a name, and stays capitalised after the attribution."""
    raw = path.read_text(encoding="utf-8")
    names = {w.lower() for w in re.findall(r"(?<=[a-z,;] )([A-Z][a-z]+)\b", raw)}
    names -= {w for w in re.findall(r"(?<=[a-z,;] )([a-z]+)\b", raw)}  # also a common word
    lowered = set()
    for q in generated(path, (0, 1, 2)):
        for text in (q.prompt, q.explanation, *(q.options or [])):
            lowered |= {w for w in _AFTER_ATTRIBUTION.findall(text or "") if w in names}
    assert not lowered, lowered
