"""A tick-all item whose keys rest partly on background knowledge says which ones (review r377
E): the CSTO's 2016 members, where the briefing names only Russia's lead."""

from __future__ import annotations

import re

from tests.support.bundled import CENTRAL_ASIA, generated


def test_the_csto_set_names_its_background_ticks() -> None:
    sets = [
        q
        for q in generated(CENTRAL_ASIA, (0, 1, 2))
        if q.kind == "multi_select" and "CSTO" in q.prompt
    ]
    assert sets
    for q in sets:
        assert "The source names Russia;" in q.explanation, q.explanation
        assert re.search(r"rests? on background knowledge", q.explanation), q.explanation
        for name in ("Kazakhstan", "Kyrgyzstan"):
            if name in q.answer:
                said = q.explanation.split("The source names Russia;")[1]
                assert name in said, q.explanation


def test_a_set_the_source_states_says_nothing_of_background() -> None:
    stated = [
        q
        for q in generated(CENTRAL_ASIA, (0, 1, 2))
        if q.kind == "multi_select" and "CSTO" not in q.prompt
    ]
    assert stated
    assert all("background knowledge" not in q.explanation for q in stated)
