"""The Central Asia deck: valid, cited, complete against the briefing, and in its own words."""

from __future__ import annotations

import re
from collections import Counter

from quizapp.facts import load_deck
from quizapp.facts.locations import bundled_dir
from tests.conftest import DECK_PATH, source_text_or_fail


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def test_deck_loads_with_expected_size() -> None:
    deck = load_deck(DECK_PATH)
    assert deck.id == "russia-central-asia"
    assert 60 <= len(deck.facts) <= 160
    assert {"eeu", "csto", "sco", "cis"} <= {e.id for e in deck.entities}


def test_every_paragraph_of_the_briefing_is_cited() -> None:
    deck = load_deck(DECK_PATH)
    (source,) = deck.sources
    cited = Counter(
        (f.provenance.section, f.provenance.paragraph)
        for f in deck.facts
        if not f.provenance.background
    )
    for section in source.sections:
        for paragraph in range(1, section.paragraphs + 1):
            assert cited[(section.number, paragraph)] >= 1, (section.number, paragraph)


def test_every_figure_of_the_briefing_is_in_the_deck() -> None:
    """Each number the briefing states (bar the '25 years' framing) appears as a fact value."""
    deck = load_deck(DECK_PATH)
    shown = " ".join(
        f.object.display() if not isinstance(f.object, str) else "" for f in deck.facts
    ) + " ".join(str(f.qualifiers.as_of.year) for f in deck.facts if f.qualifiers.as_of)
    for figure in [
        "28%",
        "12.3%",
        "6%",
        "19%",
        "16%",
        "US$333 million",
        "US$1 billion",
        "US$22 million",
        "US$865 million",
        "95%",
        "75%",
        "7,000 troops",
        "1.5 million",
        "81%",
        "74%",
        "68%",
        "2009",
        "2012",
        "2014",
        "2016",
        "2015",
    ]:
        assert figure in shown, figure


def test_no_ten_word_run_is_copied_from_the_briefing() -> None:
    src = words(source_text_or_fail())
    grams = {tuple(src[i : i + 10]) for i in range(len(src) - 9)}
    mine = words(DECK_PATH.read_text(encoding="utf-8"))
    copied = [
        " ".join(mine[i : i + 10]) for i in range(len(mine) - 9) if tuple(mine[i : i + 10]) in grams
    ]
    assert copied == []


def test_bundled_dir_holds_the_deck() -> None:
    assert (bundled_dir() / "russia-central-asia.yaml").is_file()
