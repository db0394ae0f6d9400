"""The exports called directly (the CLI tests run them in a subprocess): every note and field of
the Anki package as Anki reads it, stable ids, and the progress JSON (issue 19)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import genanki

from quizapp.facts.loader import load_deck
from quizapp.generate.index import DeckIndex
from quizapp.report.exports import MODEL_FIELDS, anki_model, export_apkg, progress_json
from tests.conftest import DECK_PATH
from tests.report.test_figures import CARDS, MODELS

DECK = load_deck(DECK_PATH)


def _notes(package: Path, collection: Path) -> list[dict[str, object]]:
    from anki.collection import Collection, ImportAnkiPackageRequest  # a test dependency

    col = Collection(str(collection))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package)))
        out: list[dict[str, object]] = []
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            kind = note.note_type()
            assert kind is not None, "an imported note always has its note type"
            out.append(
                {
                    "fields": {name: note[name] for name in MODEL_FIELDS},
                    "tags": note.tags,
                    "guid": note.guid,
                    "model": kind["name"],
                    "templates": [(t["qfmt"], t["afmt"]) for t in kind["tmpls"]],
                    "deck": col.decks.name(col.get_card(note.card_ids()[0]).did),
                }
            )
        return out
    finally:
        col.close()


def test_every_fact_becomes_one_note_with_its_wording_tags_and_citation(tmp_path: Path) -> None:
    assert export_apkg(DECK, tmp_path / "d.apkg") == len(DECK.facts)
    notes = _notes(tmp_path / "d.apkg", tmp_path / "c.anki2")
    assert len(notes) == len(DECK.facts)
    ix = DeckIndex(DECK)
    by_guid = {n["guid"]: n for n in notes}
    for fact in DECK.facts:
        note = by_guid[genanki.guid_for(DECK.id, fact.id)]  # the same id on every export
        question = ix.say(ix.relations[fact.relation].templates.forward, fact)
        assert note["fields"] == {  # Anki keeps the HTML the export wrote
            "Question": _html(question),
            "Answer": _html(ix.object_text(fact)),
            "Explanation": _html(ix.explained(fact)),
            "Citation": _html(ix.citation(fact)),
        }, fact.id
        assert note["tags"] == sorted(t.replace(" ", "_") for t in fact.topics), fact.id
        assert note["model"] == "quizapp fact"
        assert note["deck"] == f"quizapp::{DECK.title}"
    templates = notes[0]["templates"]
    assert templates == [
        (
            "{{Question}}",
            "{{FrontSide}}<hr id=answer>{{Answer}}<br><br>"
            "<small>{{Explanation}}</small><br><small><i>{{Citation}}</i></small>",
        )
    ]


def _html(text: str) -> str:
    return html.escape(text)  # what Anki shows as the text itself


def test_exporting_again_updates_the_same_notes_instead_of_adding_copies(tmp_path: Path) -> None:
    export_apkg(DECK, tmp_path / "a.apkg")
    export_apkg(DECK, tmp_path / "b.apkg")
    first = _notes(tmp_path / "a.apkg", tmp_path / "c.anki2")
    both = _notes(tmp_path / "b.apkg", tmp_path / "c.anki2")  # into the same collection
    assert len(both) == len(first) == len(DECK.facts)
    assert {n["guid"] for n in both} == {n["guid"] for n in first}
    assert len({n["guid"] for n in first}) == len(DECK.facts)
    model = anki_model()
    assert model.model_id == anki_model().model_id
    assert 0 < model.model_id < 2**31
    assert [f["name"] for f in model.fields] == MODEL_FIELDS


def test_progress_json_holds_every_card_and_review_and_keeps_non_ascii_text() -> None:
    text = progress_json("Zoë", CARDS, MODELS)
    data = json.loads(text)
    assert data["learner"] == "Zoë" and "Zoë" in text  # not escaped to \\u00eb
    assert [c["fact_id"] for c in data["cards"]] == [c.fact_id for c in CARDS]
    assert [r["id"] for r in data["reviews"]] == [r.id for r in MODELS]
    assert data["reviews"][0]["reviewed_at"].startswith("2026-03-01T10:00:00")
    assert data["cards"][0] == CARDS[0].model_dump(mode="json")
    assert text.startswith('{\n  "learner"')  # indented for a human reader


def test_a_topic_of_several_words_stays_one_anki_tag(tmp_path: Path) -> None:
    # Anki splits tags at spaces: "foreign policy" must arrive as one tag, not two
    fact = DECK.facts[0].model_copy(update={"topics": ["foreign policy", "trade"]})
    deck = DECK.model_copy(update={"facts": [fact]})
    assert export_apkg(deck, tmp_path / "one.apkg") == 1
    (note,) = _notes(tmp_path / "one.apkg", tmp_path / "c.anki2")
    assert note["tags"] == ["foreign_policy", "trade"]
