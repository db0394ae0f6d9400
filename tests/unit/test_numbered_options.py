"""A numbered key's wrong options are its near neighbours: 'period 6' for platinum beside
periods 5, 7 and 4, not period 1, which holds only hydrogen and helium and is absurd on its
face (review r367 F; rubric check 4)."""

from __future__ import annotations

import re

from quizapp.generate.index import DeckIndex
from quizapp.generate.registry import generate_deck
from tests.support.bundled import CHEM, bundled_deck

NUMBERED = re.compile(r"^(period|group) (\d+)$")


def test_period_and_group_options_sit_near_the_key() -> None:
    deck = bundled_deck(CHEM)
    ix = DeckIndex(deck)
    numbers = {
        kind: [int(m[2]) for e in deck.entities if (m := NUMBERED.match(e.name)) and m[1] == kind]
        for kind in ("period", "group")
    }
    asked = 0
    for seed in (0, 7, 38331):
        for q in generate_deck(deck, seed=seed, index=ix, spread=False).questions:
            key = NUMBERED.match(q.answer[0]) if q.kind == "mcq" else None
            if key is None:
                continue
            asked += 1
            n = int(key[2])
            # the options are drawn from the nearest five of the key's kind in the deck
            reach = sorted(abs(m - n) for m in numbers[key[1]] if m != n)[4]
            for option in q.options or []:
                found = NUMBERED.match(option)
                assert found and found[1] == key[1], (q.prompt, q.options)
                assert abs(int(found[2]) - n) <= reach, (q.prompt, q.options)
    assert asked >= 3
