"""The word checks that spare a regex on most stems (render's spacing, fix_articles, `tense`)
give what the regexes alone give, on every text the bundled decks generate and on texts made
to hit each rule."""

from __future__ import annotations

import pytest

from quizapp.facts import load_deck
from quizapp.facts.templates import (
    _AN_BEFORE,
    _LEADING_COMMA,
    _SPACE_BEFORE_PUNCT,
    _SPACE_RUN,
    _tidy_plain,
    fix_articles,
)
from quizapp.generate import generate_deck
from quizapp.generate.kinds.common import SCOPED, SPANNED, STALE, tense
from tests.benchmarks.generation_digest import QUESTIONS

MADE = [
    "Russia still leads.",
    "Apollo 12 STILL went on to land.",
    "It has so far held.",
    "Who is NOW in charge?",
    "Currently, it leads.",
    "Not yet a member.",
    "The new president said so.",
    "To date, none has.",
    "As of 2016, it leads.",
    "as of 20 (no year)",
    "A century after the fall.",
    "Two centuries on.",
    "More than a hundred years of rule.",
    "25 years after the fall.",
    "12 Years Later it left.",
    "In one survey, most backed it.",
    "Knowledge of the snow",  # 'now' inside words only
    "Which  bloc did it join ?",
    "It joined , then left ; later : again .",
    "It joined , then left",
    "Who ?",
    ", it joined.",
    "  , it joined in 2004 .",
    "It is a EEU member and a 8-sided a ",
    "A EEU member; a European one; an apple.",
    "A EEU member.",
    "Tab\there",
    "Non-ASCII: the Bloc's café ſtill leads — as of 2016 .",
    "",
]


def _texts() -> list[str]:
    out = list(MADE)
    for path in sorted(QUESTIONS.glob("*.yaml")):
        for q in generate_deck(load_deck(path), seed=0).questions:
            out += [q.prompt, q.explanation, *(q.options or []), q.back or ""]
    return out


TEXTS = _texts()


def _regex_tense(prompt: str) -> tuple[bool, bool]:
    scoped = SCOPED.search(prompt) is not None or SPANNED.search(prompt) is not None
    return STALE.search(prompt) is not None, scoped


def _regex_tidy(filled: str) -> str:
    filled = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACE_RUN.sub(" ", filled)).strip()
    return _LEADING_COMMA.sub("", filled)


def test_the_texts_hit_every_rule() -> None:
    assert sum(_regex_tense(t)[0] for t in TEXTS) >= 8
    assert sum(_regex_tense(t)[1] for t in TEXTS) >= 7
    assert sum(_regex_tidy(t) != t.strip() for t in TEXTS) >= 4
    assert sum(_AN_BEFORE.search(t) is not None for t in TEXTS) >= 2


@pytest.mark.parametrize("text", MADE)
def test_made_texts(text: str) -> None:
    tense.cache_clear()
    assert tense(text) == _regex_tense(text)
    if text.isascii() and text.isprintable():
        assert _tidy_plain(text) == _regex_tidy(text)
    assert fix_articles(text) == _AN_BEFORE.sub(lambda m: m.group(1) + "n ", text)


def test_every_generated_text() -> None:
    tense.cache_clear()
    for text in TEXTS:
        assert tense(text) == _regex_tense(text), text
        if text.isascii() and text.isprintable():
            assert _tidy_plain(text) == _regex_tidy(text), text
        assert fix_articles(text) == _AN_BEFORE.sub(lambda m: m.group(1) + "n ", text), text
