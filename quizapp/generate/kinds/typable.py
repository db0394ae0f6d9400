"""Whether a key can be typed and graded fairly: a proper name can, a descriptive phrase
('authoritarian rule') cannot (too many right phrasings), nor the deck's protagonist (guessed).
Used by the typed and cloze kinds and by the gate on typed keys."""

from __future__ import annotations

import re

from quizapp.facts.import_values import HEDGED_FIGURE
from quizapp.facts.model import Fact
from quizapp.generate.card_lists import askable_card_key
from quizapp.generate.given_names import PARTICLES
from quizapp.generate.index import DeckIndex

MAX_TYPED_WORDS = 3
DESCRIPTIVE = "descriptive answer: too many right phrasings to grade"
FUNCTION_WORDS = frozenset(
    ("a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "de", "du", "la", "le", "von")
)


def is_name(text: str) -> bool:
    """A proper name ('Council of the EU', 'Shavkat Mirziyoyev', 'CSTO'): every content word
    starts with a capital or a digit. A descriptive phrase ('authoritarian rule', 'an airbase',
    'fossil fuels') has many right phrasings (synonyms, the source's own words) that no alias
    list can foresee, so it is asked only where the learner recognises or rates it."""
    text = HEDGED_FIGURE.sub("", text.strip())  # 'c. 1455' is a year, typed as one (review r221)
    content = [w for w in re.split(r"[\s\-/]+", text) if w]
    content = [w for w in content if w.lower().strip("'’.,") not in FUNCTION_WORDS | PARTICLES]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def card_list(ix: DeckIndex, fact: Fact, key: str) -> bool:
    """An imported card's answer that is a short list or a century (card_lists.py), or a term
    of its own: the author's one answer to the author's question."""
    if not ix.relations[fact.relation].subject_is_question:
        return False
    return askable_card_key(key) or _card_term(key)


_TERM = re.compile(rf"[^\W\d_][\w'’-]*(?: [\w'’-]+){{0,{MAX_TYPED_WORDS - 1}}}")


def _card_term(key: str) -> bool:
    """An imported card's answer of one to three words ('barometer', 'dew point', 'Saffir-
    Simpson scale'): what the author typed as the answer is what a learner types back, the way
    a flashcard app's write mode asks it (review r444 E: fifteen such cards had no typed item;
    a phrase with a comma or a full stop is a description, still left to recognition)."""
    return _TERM.fullmatch(key.strip()) is not None


def typable(ix: DeckIndex, fact: Fact, key: str, key_id: str | None) -> str | None:
    """Why a typed answer (typed, cloze) would be unfair to grade, or None.

    A long or descriptive key ('working in Russia without a work permit', 'authoritarian
    rule') has many right phrasings a checker cannot know; a protagonist of the deck is
    guessed, not recalled.
    """
    if key_id is not None and key_id in ix.protagonists:
        return "answer is the deck's protagonist (guessable)"
    if card_list(ix, fact, key):
        return None  # an imported list or century: graded part by part, or as a period
    if len(key.split()) > MAX_TYPED_WORDS:
        return DESCRIPTIVE
    if (key_id is not None or ix.numeric_value(fact) is None) and not is_name(key):
        return DESCRIPTIVE  # an entity or a text value; numbers have their own reader
    return None
