"""A cloze whose blank is a company says so: '_____ now controls the gas pipeline network of
Kyrgyzstan' admitted 'Russia' as well as 'Gazprom' (review 19401 #46, unfair); 'The company
_____ now controls ...' admits only the company."""

from __future__ import annotations

import re

from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.cloze import OWNED_KINDS
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated

SEEDS = (0, 19401)


def test_a_blank_for_a_company_names_its_kind() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    companies = {e.id for e in ix.entities.values() if e.kind in OWNED_KINDS}
    clozes = [
        q
        for q in generated(CENTRAL_ASIA, SEEDS)
        if q.kind == "cloze" and any(ix.entities[c].name in q.answer for c in companies)
    ]
    assert clozes, "the deck's company is blanked in some cloze"
    for q in clozes:
        assert "company _____" in q.prompt.lower(), q.prompt


def test_a_blank_for_a_country_or_bloc_has_no_cue() -> None:
    clozes = [q for q in generated(CENTRAL_ASIA, SEEDS) if q.kind == "cloze"]
    assert clozes
    assert not any("country _____" in q.prompt.lower() for q in clozes)


def test_a_blank_for_a_year_or_month_after_in_says_it_wants_a_time() -> None:
    """'... took place in _____' (2014) took 'China' as fairly (review 27161 #64, unfair), as
    'Helium was discovered in _____' would 'India': every year or month blank after 'in' says
    which it is, on all three decks; a place after 'in' keeps its plain blank."""
    from tests.support.bundled import APOLLO, CHEM

    seen = {"year": 0, "month": 0, "place": 0}
    for deck in (CENTRAL_ASIA, APOLLO, CHEM):
        for q in generated(deck, (0,)):
            if q.kind != "cloze" or not re.search(r"\b[Ii]n (the year )?_____", q.prompt):
                continue
            key = q.answer[0]
            if re.fullmatch(r"(about )?\d{1,4}( BC)?", key):
                assert re.search(r"\b[Ii]n the year _____", q.prompt), q.prompt
                seen["year"] += 1
            elif re.fullmatch(r"[A-Z][a-z]+ \d{4}", key):
                assert "_____ (month and year)" in q.prompt, q.prompt
                seen["month"] += 1
            else:
                assert "the year" not in q.prompt and "month and year" not in q.prompt, q.prompt
                seen["place"] += 1
    assert seen["year"] >= 5 and seen["month"] >= 2 and seen["place"] >= 1, seen


def test_a_blank_after_from_says_what_the_question_asks_by() -> None:
    """'Every crewed launch of the Saturn V was made from _____' took 'Merritt Island' and
    'Florida' as truly as the Kennedy Space Center (review 27231 #10, unfair): the blank says
    what the typed question asks for, a NASA site."""
    from tests.support.bundled import APOLLO

    launch = [
        q
        for q in generated(APOLLO, (0, 27231))
        if q.kind == "cloze" and "Saturn V was made" in q.prompt
    ]
    assert launch
    for q in launch:
        assert "from _____ (a NASA site)" in q.prompt, q.prompt
