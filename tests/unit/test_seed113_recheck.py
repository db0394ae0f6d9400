"""The seed-113 review's items that still stood on the Central Asia deck, re-checked on the
generator: number options a real share apart, dates inside the quoted claim and never on a
sentence that names its own span of time, single-poll and interpretive claims attributed,
comparison stems that introduce their survey."""

from __future__ import annotations

import itertools
import re

import pytest

from quizapp.facts import Deck, load_deck
from quizapp.generate import Question, generate_deck
from quizapp.generate.gates import first_failure
from quizapp.generate.index import DeckIndex
from tests.conftest import DECK_PATH

DECK: Deck = load_deck(DECK_PATH)
IX = DeckIndex(DECK)
SEEDS = (0, 3, 113, 505)
ITEMS: dict[int, list[Question]] = {s: generate_deck(DECK, seed=s).questions for s in SEEDS}
MIN_SPACING = 0.05  # of the key, between neighbouring options (the generator keeps 6%)
ALL = [q for items in ITEMS.values() for q in items]


def _number(option: str) -> float:
    found = re.search(r"\d[\d,]*(\.\d+)?", option)
    assert found, option
    return float(found.group(0).replace(",", ""))


@pytest.mark.parametrize("seed", SEEDS)
def test_number_options_are_a_real_share_of_the_key_apart(seed: int) -> None:
    """'85% / 90% / 95% / 98%' for a 95% write-off split hairs (the review's #44)."""
    asked = 0
    for q in ITEMS[seed]:
        if q.kind != "numeric_mcq" or not q.options or re.search(r"\b(19|20)\d\d\b", q.answer[0]):
            continue
        asked += 1
        key = _number(q.answer[0])
        values = sorted(_number(o) for o in q.options)
        for a, b in itertools.pairwise(values):
            assert b - a >= MIN_SPACING * key - 1e-9, (q.prompt, q.options)
    assert asked >= 5


def test_the_debt_share_is_never_among_options_two_points_apart() -> None:
    for seed in range(12):
        items = generate_deck(DECK, seed=seed).questions
        q = next(
            q
            for q in items
            if q.kind == "numeric_mcq" and "uzbek-debt-share" in q.fact_ids  # by id: stems change
        )
        values = sorted(_number(o) for o in q.options or [])
        assert min(b - a for a, b in itertools.pairwise(values)) >= 5, q.options


def test_a_quoted_claim_is_dated_on_the_question_and_the_gates_still_match_it() -> None:
    """Session 14 moved the date out of the source's quoted sentence onto the question that
    quotes it ('... for this (as of 2016)? "..."', seed-733 review); the gates still match."""
    quoted = [q for q in ALL if q.kind in ("why", "claim_evidence") and "(as of" in q.prompt]
    assert quoted
    for q in quoted:
        assert re.search(r'\(as of \d{4}\)\? "', q.prompt), q.prompt
        assert not re.search(r'\(as of \d{4}\)[.?!]?"$', q.prompt), q.prompt
        assert first_failure(q, IX) is None, q.prompt


def test_a_sentence_naming_its_own_span_of_time_is_not_dated_again() -> None:
    spans = [
        q
        for q in ALL
        if "a quarter of a century after" in q.prompt.lower() or "hundred years" in q.prompt
    ]
    assert spans
    for q in spans:
        for sentence in re.split(r"(?<=[.?])\s+", q.prompt):
            if "century" in sentence or "hundred years" in sentence:
                assert "(as of" not in sentence, q.prompt


def test_single_poll_and_interpretive_claims_are_attributed() -> None:
    """'Most people ... back membership of the EEU' (one poll) and 'the EEU is above all a
    geopolitical project' (the briefing's reading) are never stated as bare facts (#39/#74)."""
    for q in ALL:
        if "membership of the EEU" in q.prompt and q.kind in ("why", "assertion_reason"):
            assert "In one survey, most people" in q.prompt, q.prompt
        if "geopolitical project" in q.prompt:
            assert re.search(r"According to the briefing|suggests", q.prompt), q.prompt


def test_comparison_stems_introduce_their_survey() -> None:
    surveyed = [q for q in ALL if q.kind == "comparison" and "survey" in q.prompt]
    assert surveyed
    for q in surveyed:
        assert "the survey" not in q.prompt, q.prompt
        assert "one survey" in q.prompt, q.prompt
