"""A cloze whose blank is a company says so: '_____ now controls the gas pipeline network of
Kyrgyzstan' admitted 'Russia' as well as 'Gazprom' (review 19401 #46, unfair); 'The company
_____ now controls ...' admits only the company."""

from __future__ import annotations

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
