"""The briefing's figure (issue 10, review 9401): a figure the deck's explanation calls the
source's own ('95% is the briefing's figure', where the sums give nearer 97%) is asked as the
briefing's figure in every form, and graded at the step it is printed with, not at the
coarser `precision` the deck declares for the world value (95% was right within 2.5 points)."""

from __future__ import annotations

from quizapp.facts.values import Percentage
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import ATTRIBUTED, WORLD_CAVEAT, attributed_only
from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import at_source_step
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated

SEEDS = (*range(10), 9401)
FACT = "uzbek-debt-share"


def test_an_explanation_calling_a_figure_the_source_s_is_a_world_caveat() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    assert attributed_only(ix, ix.fact(FACT))
    assert WORLD_CAVEAT.search("95% is the briefing's figure (nearer 97%)")
    assert not WORLD_CAVEAT.search("The figure covers Russia's trade with two partners.")


def test_every_item_on_the_share_asks_for_the_briefing_s_figure() -> None:
    asked = [q for q in generated(CENTRAL_ASIA, SEEDS) if q.fact_ids == [FACT]]
    assert {q.kind for q in asked} >= {"numeric", "numeric_mcq", "true_false"}
    for q in asked:
        assert ATTRIBUTED.search(q.prompt), q.prompt


def test_the_share_is_graded_at_the_step_the_briefing_prints() -> None:
    """95 and 95% right; 96 and 94 near misses, not right; on main (69ca312) 93 to 97 were all
    right (the declared precision 5 gave +/-2.5). Since session 40 a share is close only
    within 1.5 points, so 97 (the world's sums) and 93 are wrong (reviews r374 B, r377 B)."""
    typed = [
        q
        for q in generated(CENTRAL_ASIA, SEEDS)
        if q.fact_ids == [FACT] and q.numeric and q.kind != "numeric_mcq"
    ]
    assert {q.kind for q in typed} >= {"numeric", "cloze"}
    for q in typed:
        assert q.numeric is not None and q.numeric.tolerance == 0.5, q.numeric
        assert check(q, "95").verdict == "correct"
        for near in ("96", "94"):
            assert check(q, near).verdict == "near_miss", (q.prompt, near)
        for far in ("97", "93"):
            assert check(q, far).verdict == "wrong", (q.prompt, far)


def test_the_rule_leaves_a_figure_without_a_coarser_precision_alone() -> None:
    key = NumericKey(value=95, tolerance=2.5, family="percentage", step=5.0)
    plain = Percentage(kind="percentage", value=95)
    assert at_source_step(key, plain) == key  # no declared precision: nothing to undo
    fine = Percentage(kind="percentage", value=0.93, precision=0.01)
    finer = NumericKey(value=0.93, tolerance=0.005, family="percentage", step=0.01)
    assert at_source_step(finer, fine) == finer  # declared finer than printed: kept
    coarse = Percentage(kind="percentage", value=95, precision=5)
    assert at_source_step(key, coarse).tolerance == 0.5
