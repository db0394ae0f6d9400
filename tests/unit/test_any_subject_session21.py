"""Issue 12, the session-20 reviews of the Apollo (seed 20203) and elements (seed 20202) decks:
false dates that fall outside the story the deck tells ('Apollo 17 was launched on 7 August
1973', after the programme ended, #20 and #26), and a cloze or typed key shown without the
article its sentence needs ('The landing site of Apollo 12 was Ocean of Storms', #28). Each
test drives the real decks through the real generator."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quizapp.facts.model import Deck, Fact
from quizapp.facts.values import Date, Year
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_words import spelt
from quizapp.generate.checker import check
from quizapp.generate.dates import parse_date
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import assertion_reason as ar
from quizapp.generate.kinds.true_false import false_values
from quizapp.generate.question import Question
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

SEEDS = (0, 1, 2, 20203)
DECKS = (APOLLO, CHEM, CENTRAL_ASIA)
Span = tuple[float, float]


# -- the span a deck's story covers, worked out here on its own --------------------------------
def _months(value: Year | Date) -> Span:
    if isinstance(value, Year) or value.month is None:
        return value.signed * 12.0, value.signed * 12.0 + 11.99
    start = value.signed * 12.0 + value.month - 1
    return start, start + 0.99


def _dated(deck: Deck) -> list[tuple[Fact, Year | Date]]:
    return [(f, f.object) for f in deck.facts if isinstance(f.object, Year | Date)]


def _span(spans: list[Span]) -> Span | None:
    distinct = set(spans)
    if len(distinct) < 3:
        return None
    return min(s[0] for s in distinct), max(s[1] for s in distinct)


def _relation_span(deck: Deck, relation: str) -> Span | None:
    return _span([_months(v) for f, v in _dated(deck) if f.relation == relation])


def _deck_span(deck: Deck) -> Span | None:
    spans = [_months(v) for _, v in _dated(deck)]
    for f in deck.facts:
        when = f.qualifiers.as_of
        if when is not None:
            start = when.year * 12.0 + (when.month - 1 if when.month else 0)
            spans.append((start, start + (0.99 if when.month else 11.99)))
    return _span(spans)


def _within(value: Year | Date, *spans: Span | None) -> bool:
    low, high = _months(value)
    return all(s is None or (low >= s[0] and high <= s[1]) for s in spans)


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_false_dates_stay_within_the_story(path: Path) -> None:
    """Every false year or date true/false and the arguments make (false_values) lies within
    the span of its relation's true dates and the deck's span: none after Apollo's end."""
    deck = bundled_deck(path)
    ix, whole, made = DeckIndex(deck), _deck_span(deck), 0
    for fact, _ in _dated(deck):
        own = _relation_span(deck, fact.relation)
        for seed in range(8):
            for v in false_values(ix, fact, random.Random(seed)):
                assert isinstance(v, Year | Date)
                made += 1
                assert _within(v, own, whole), (fact.id, v.display(), own, whole)
    assert made  # the rule is tested on false dates that are made


MONTH_DATE = re.compile(r"(?:\d{1,2} )?[A-Z][a-z]+ \d{4}")


def _apollo_dated_items() -> list[tuple[Question, Fact]]:
    deck = bundled_deck(APOLLO)
    facts = {f.id: f for f in deck.facts}
    return [
        (q, facts[q.fact_ids[0]])
        for q in generated(APOLLO, SEEDS, spread=False)
        if q.kind in ("true_false", "numeric_mcq")
        and len(q.fact_ids) == 1
        and isinstance(facts[q.fact_ids[0]].object, Date)
    ]


def test_no_apollo_item_offers_a_date_after_its_relations_last() -> None:
    """'Apollo 17 was launched on 7 August 1973' and 'splashed down on 19 March 1973' (review
    20203 #20, #26): every date a true/false item states or a numeric choice offers for a
    launch, landing or splashdown lies within that relation's true dates."""
    deck, seen = bundled_deck(APOLLO), 0
    for q, fact in _apollo_dated_items():
        own = _relation_span(deck, fact.relation)
        shown = (q.options or []) if q.kind == "numeric_mcq" else MONTH_DATE.findall(q.prompt)
        for text in shown:
            for y, m, d in parse_date(text):
                seen += 1
                assert _within(Date(kind="date", year=y, month=m, day=d), own), (q.prompt, text)
    assert seen > 20


# -- the article a sentence needs --------------------------------------------------------------
def _entity_keyed(path: Path) -> list[tuple[Question, str]]:
    """(cloze or typed item, the phrase of the entity it asks for) where that entity takes an
    article: the key's entity is the one the blank or question stands for."""
    deck = bundled_deck(path)
    facts = {f.id: f for f in deck.facts}
    entities = {e.id: e for e in deck.entities}
    out = []
    for q in generated(path, (0, 20203), spread=False):
        if q.kind not in ("cloze", "typed") or q.numeric is not None:
            continue
        fact = facts[q.fact_ids[0]]
        ids = [fact.subject, *([fact.object] if isinstance(fact.object, str) else [])]
        for e in (entities[i] for i in ids):
            if (
                e.article
                and e.name in q.accepted
                and q.template in ("object", "subject", "forward", "inverse")
            ):
                out.append((q, e.phrase()))
    return out


@pytest.mark.parametrize("path", (APOLLO, CENTRAL_ASIA), ids=lambda p: p.stem)
def test_an_entity_key_is_shown_with_its_article(path: Path) -> None:
    """'The landing site of Apollo 12 was _____.' shows 'the Ocean of Storms', as the
    flashcard does; the bare name and the article form are both graded correct."""
    found = _entity_keyed(path)
    assert found
    for q, phrase in found:
        assert q.answer == [phrase], (q.prompt, q.answer)
        bare = phrase.split(" ", 1)[1]
        for typed in (phrase, bare, phrase.upper()):
            assert check(q, typed).verdict == "correct", (q.prompt, typed)


# -- a false assertion corrected as shown ------------------------------------------------------
def test_a_subject_swapped_assertion_is_corrected_by_its_own_subject() -> None:
    """'nitrogen is a solid' (gallium's state given to nitrogen) is corrected by nitrogen's
    own state, not told it 'should read' a sentence about gallium (review 20202 #48). Since
    session 24 no false limb swaps its subject, so the note is checked on such a statement
    made here."""
    ix = DeckIndex(bundled_deck(CHEM))
    argument = argument_of(ix)
    fact = ix.facts["gallium-state"]
    template = ix.relations[fact.relation].templates.statement
    false = spelt(ix.say(template, fact, subject=ix.phrase("nitrogen")))
    note = ar._assertion_note(argument, fact.id, false, "link")
    assert "should read" not in note, note
    assert note.split('"', 1)[0].count("nitrogen") == 1 and "gallium" in note, note
    assert "is a gas" in note.split('"', 1)[0], note
