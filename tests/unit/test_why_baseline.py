"""A why item on a claim that compares now with before ('Russia has lately taken the SCO more
seriously than it used to') never offers the earlier state as a wrong reason: 'worry about
rivalry with China long held back its interest' explains the old reluctance, not the change,
and tempts a learner who knows it (review r213, seed 21103, why-fb4c27e5c159)."""

from __future__ import annotations

from quizapp.generate.argument import argument_of
from quizapp.generate.argument_topic import baseline, compares_with_past
from quizapp.generate.index import DeckIndex
from quizapp.generate.registry import generate_deck
from tests.support.bundled import CENTRAL_ASIA, bundled_deck

SEEDS = (*range(10), 21103)


def test_no_why_item_offers_the_earlier_state_its_claim_compares_with() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    ix = DeckIndex(deck)
    argument = argument_of(ix)
    comparative = [c for c in argument.claims if compares_with_past(argument, c)]
    assert any(argument.against(c) for c in comparative)  # such a claim, with its 'before'
    asked = 0
    for seed in SEEDS:
        for q in generate_deck(deck, seed=seed, index=ix).questions:
            claim = next((c for c in comparative if argument.text(c) in q.prompt), None)
            if q.kind != "why" or claim is None:
                continue
            asked += 1
            before = {argument.text(n).rstrip(".") for n in argument.against(claim)}
            wrong = [o.rstrip(".") for o in q.options or [] if o not in q.answer]
            assert not set(wrong) & before, (q.prompt, wrong)
    assert asked >= len(SEEDS) - 1
    assert all(baseline(argument, n, c) for c in comparative for n in argument.against(c))
