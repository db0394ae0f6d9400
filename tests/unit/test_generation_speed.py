"""Generation speed (issue 12: each bundled deck in 0.2 s, 5,000 facts in 5 s), checked in
ways a busy machine cannot upset: function calls per item rather than seconds, and what a
fresh process imports. The seconds themselves are tests/benchmarks/bench_generate.py's.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quizapp.facts import load_deck
from quizapp.facts.model import Deck
from quizapp.generate import generate_deck, registry
from quizapp.generate.index import DeckIndex
from tests.conftest import ROOT

DECKS = ("apollo-programme", "chemical-elements", "russia-central-asia")
# calls per generated item, in a fresh process (a deck's first generation, as the user waits
# for it): ~3,300-7,300 after the argument pools were memoised and inflect imported without
# typeguard; before, 22,500 (Central Asia: 700,000 sentence comparisons) and ~29,000-38,000
# (elements, Apollo: inflect's import recompiled 23 methods through typeguard)
CALLS_PER_ITEM = 12_000

_PROFILE = """
import cProfile, json, pstats, sys
from pathlib import Path
from quizapp.facts import load_deck
from quizapp.generate import generate_deck
deck = load_deck(Path(sys.argv[1]))
profile = cProfile.Profile()
profile.enable()
result = generate_deck(deck, seed=0)
profile.disable()
print(json.dumps([pstats.Stats(profile).total_calls, len(result.questions)]))
"""


def _calls_per_item(deck: str) -> float:
    path = ROOT / "questions" / f"{deck}.yaml"
    run = subprocess.run(
        [sys.executable, "-c", _PROFILE, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    calls, items = json.loads(run.stdout.strip().splitlines()[-1])
    assert items > 100  # a deck that yields nothing would prove nothing
    return int(calls) / int(items)


def test_each_bundled_deck_costs_few_calls_per_item_on_a_cold_start() -> None:
    costs = {deck: round(_calls_per_item(deck)) for deck in DECKS}
    assert all(c <= CALLS_PER_ITEM for c in costs.values()), costs


_INFLECT = """
import json, sys, time
{before}
start = time.process_time()
from quizapp.facts.grammar import fraction_words, ordinal, ordinal_words, singular
said = [ordinal(3), ordinal_words(21), fraction_words(2, 3), singular("degrees Celsius")]
cpu = time.process_time() - start
print(json.dumps([said, cpu, "typeguard" in sys.modules, {check}]))
"""


def _grammar_in_fresh_process(before: str = "", check: str = "None") -> list[object]:
    code = _INFLECT.format(before=before, check=check)
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return list(json.loads(run.stdout.strip().splitlines()[-1]))


def test_the_first_figure_of_one_does_not_recompile_inflect_through_typeguard() -> None:
    """inflect's import wrapped 23 methods in typeguard's @typechecked, which recompiles each:
    ~3 s of CPU the first time a deck said '1 degree' or 'third'."""
    said, cpu, typeguard_loaded, _ = _grammar_in_fresh_process()
    assert said == ["3rd", "twenty-first", "two thirds", "degree Celsius"]
    assert not typeguard_loaded  # inflect was imported without it
    assert isinstance(cpu, float) and cpu < 1.0, cpu  # ~0.05 s; with typeguard's pass ~3 s


def test_a_typeguard_already_imported_is_left_as_it_was() -> None:
    _, _, loaded, same = _grammar_in_fresh_process(
        before="import typeguard; mine = typeguard",
        check='sys.modules["typeguard"] is mine and "typeguard" in mine.typechecked.__module__',
    )
    assert loaded and same


def test_an_index_reused_across_seeds_generates_what_a_fresh_one_does() -> None:
    """The index and the argument keep memos (wrong options per claim and key, sentences
    alike per pair, ...): none may depend on the seed or on what was asked before."""
    deck = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
    shared = DeckIndex(deck)
    generate_deck(deck, seed=3, index=shared)  # fills the memos in another seed's order
    for seed in (0, 1):
        fresh = generate_deck(deck, seed=seed, index=DeckIndex(deck)).questions
        reused = generate_deck(deck, seed=seed, index=shared).questions
        assert [q.model_dump() for q in reused] == [q.model_dump() for q in fresh]


def test_the_seeds_of_one_deck_share_its_index_and_another_deck_gets_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each seed built the deck's tables again (a tenth of four seeds' generation): the index
    of the deck generated last is kept, and never serves another deck, even an equal one."""
    built: list[DeckIndex] = []

    def counted(deck: Deck) -> DeckIndex:
        built.append(DeckIndex(deck))
        return built[-1]

    monkeypatch.setattr(registry, "DeckIndex", counted)
    monkeypatch.setattr(registry, "_LAST", [])
    deck = load_deck(ROOT / "questions" / "apollo-programme.yaml")
    for seed in range(3):
        registry.generate_deck(deck, seed=seed)
    assert len(built) == 1
    twin = deck.model_copy(deep=True)
    registry.generate_deck(twin, seed=0)
    registry.generate_deck(deck, seed=0)
    assert [ix.deck is d for ix, d in zip(built, (deck, twin, deck), strict=True)] == [True] * 3
