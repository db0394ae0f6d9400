"""Leaving with your data: an Anki package of the deck, the progress as JSON, the log as CSV.

The Anki package has one note per fact in quizapp's own note type, with fields Question,
Answer, Explanation and Citation, and tags from the fact's topics. Note and model ids are
derived from the deck, so exporting again updates the same notes in Anki instead of
duplicating them.
"""

from __future__ import annotations

import hashlib
import json
from html import escape
from pathlib import Path

import genanki

from quizapp.facts.model import Deck
from quizapp.generate.index import DeckIndex
from quizapp.store.records import CardState, Review

MODEL_FIELDS = ["Question", "Answer", "Explanation", "Citation"]
CARD_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }"


def _stable_id(text: str) -> int:
    """A 31-bit positive id from text, as genanki wants for models and decks."""
    return int(hashlib.blake2b(text.encode(), digest_size=4).hexdigest(), 16) & 0x7FFFFFFF


def anki_model() -> genanki.Model:
    return genanki.Model(
        _stable_id("quizapp-fact-v1"),
        "quizapp fact",
        fields=[{"name": name} for name in MODEL_FIELDS],
        templates=[
            {
                "name": "Recall",
                "qfmt": "{{Question}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<br><br>"
                "<small>{{Explanation}}</small><br><small><i>{{Citation}}</i></small>",
            }
        ],
        css=CARD_CSS,
    )


def export_apkg(deck: Deck, path: Path) -> int:
    """Write the deck as an Anki package; returns the number of notes."""
    ix = DeckIndex(deck)
    model = anki_model()
    anki_deck = genanki.Deck(_stable_id(f"quizapp-deck:{deck.id}"), f"quizapp::{deck.title}")
    for fact in deck.facts:
        rel = ix.relations[fact.relation]
        note = genanki.Note(
            model=model,
            fields=[
                escape(ix.say(rel.templates.forward, fact)),
                escape(ix.object_text(fact)),
                escape(ix.explained(fact)),
                escape(ix.citation(fact)),
            ],
            tags=[t.replace(" ", "_") for t in fact.topics],
            guid=genanki.guid_for(deck.id, fact.id),
        )
        anki_deck.add_note(note)
    genanki.Package(anki_deck).write_to_file(str(path))
    return len(deck.facts)


def progress_json(learner: str, cards: list[CardState], reviews: list[Review]) -> str:
    return json.dumps(
        {
            "learner": learner,
            "cards": [c.model_dump(mode="json") for c in cards],
            "reviews": [r.model_dump(mode="json") for r in reviews],
        },
        indent=2,
        ensure_ascii=False,
    )
