"""A cue (generate/text_cues.py) answers exactly as its pattern's search: every phrase each
pattern can match says it is there, in any case, and no text of the bundled decks' items is
answered otherwise."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.facts import load_deck
from quizapp.generate import generate_deck, negative_stems, stem_gates
from quizapp.generate.kinds import common
from quizapp.generate.text_cues import ATTRIBUTED, WORLD_CAVEAT, attributed_text, cue, world_caveat
from tests.conftest import ROOT

Cue = Callable[[str], bool]
# each cue in use, its pattern, and a text for every alternative of the pattern
CUES: list[tuple[str, Cue, re.Pattern[str], list[str]]] = [
    (
        "attributed",
        attributed_text,
        ATTRIBUTED,
        [
            "According to the memo, X.",
            "In the Kremlin's account, Y.",
            "The briefing says so.",
            "as THE SOURCE puts it",
            "in the report",
            "per the memo",
            "By one estimate, 3 million.",
            "In one survey, most agreed.",
            "Judging by trade, China leads.",
        ],
    ),
    (
        "world caveat",
        world_caveat,
        WORLD_CAVEAT,
        [
            "Strictly, an associate member.",
            "In the world, it differs.",
            "In reality, no.",
            "95% is the briefing's figure.",
            "the source's own estimate",
            "the report's count",
            "the memo's number",
        ],
    ),
    (
        "negative",
        negative_stems._negative_cue,
        negative_stems.NEGATIVE,
        [
            "Which is NOT a member?",
            "never joined",
            "all except Russia",
            "It didn't join.",
            "None of the above",
            "All of the Above",
        ],
    ),
    ("one plural", stem_gates._one_plural_cue, stem_gates._ONE_PLURAL, ["It ran 1 projects."]),
    (
        "plural one of",
        stem_gates._plural_one_of,
        stem_gates._PLURAL_ONE_OF,
        ["They ARE One Of the founders.", "they were one of", "we have one of"],
    ),
    (
        "choice words (stem)",
        stem_gates._choice_words,
        stem_gates.CHOICE_WORDS,
        ["Which of THESE?", "Which of the Following?"],
    ),
    (
        "choice words (wording)",
        common._choice_words,
        common.CHOICE_WORDS,
        ["Which of these?", "Which of the following?"],
    ),
]
IDS = [name for name, *_ in CUES]


@pytest.mark.parametrize(("name", "found", "pattern", "texts"), CUES, ids=IDS)
def test_every_alternative_of_the_pattern_is_found(
    name: str, found: Cue, pattern: re.Pattern[str], texts: list[str]
) -> None:
    for text in texts:
        assert pattern.search(text), (name, text)  # the example is one the pattern matches
        assert found(text), (name, text)


def _item_texts() -> set[str]:
    texts: set[str] = set()
    for path in sorted((ROOT / "questions").glob("*.yaml")):
        for q in generate_deck(load_deck(Path(path)), seed=0).questions:
            texts |= {q.prompt, q.explanation, *(q.options or []), *q.answer}
    return texts


@pytest.fixture(scope="module")
def item_texts() -> set[str]:
    return _item_texts()


@pytest.mark.parametrize(("name", "found", "pattern", "texts"), CUES, ids=IDS)
def test_the_same_answer_as_the_pattern_on_every_item_text(
    name: str, found: Cue, pattern: re.Pattern[str], texts: list[str], item_texts: set[str]
) -> None:
    differ = [t for t in item_texts if found(t) != (pattern.search(t) is not None)]
    assert differ == [], name
    if name in ("attributed", "world caveat", "negative"):  # texts the pattern matches, too
        assert any(found(t) for t in item_texts), name


def test_text_other_than_ascii_always_goes_to_the_pattern() -> None:
    """Under IGNORECASE the long s matches 's' (and lower() keeps it a long s): a substring
    test of the lowered text would miss 'ſtrictly'."""
    assert WORLD_CAVEAT.search("\u017ftrictly, no")
    assert world_caveat("\u017ftrictly, no")
    assert not world_caveat("no caveat \u2013 none")


def test_words_of_a_pattern_that_ignores_case_are_lower_case() -> None:
    with pytest.raises(ValueError):
        cue(re.compile("not", re.I), "NOT")
    assert cue(re.compile("1 "), "1 ")("1 unit")  # a pattern with case keeps its words as given
