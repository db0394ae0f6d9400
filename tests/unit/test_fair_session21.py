"""Session 21 (issue 10; review docs/quality/russia-central-asia-seed20201-session20-review.md):
background passed off as the briefing's, in explanations (#9, #21, #63) and in recall stems
(#61), and a set card calling a list open that the briefing closes (#63)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from quizapp.facts.background_checks import check_background
from quizapp.facts.loader import parse_deck
from quizapp.facts.model import BACKGROUND_LABEL
from quizapp.facts.relations import RelationType
from quizapp.generate.index import DeckIndex
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

DECKS = (CENTRAL_ASIA, APOLLO, CHEM)
SEEDS = (0, 1, 2)


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_a_background_note_is_never_shown_without_its_label(path: Path) -> None:
    """Wherever an item shows a fact's background note, 'Background, not in <source>:' comes
    right before it: the learner can tell the briefing's point from the author's aside."""
    deck = bundled_deck(path)
    ix = DeckIndex(deck)
    noted = [f for f in deck.facts if f.background_note]
    for q in generated(path, SEEDS):
        for f in noted:
            note = f.background_note or ""
            if note in q.explanation:
                called = ix.source_names[f.provenance.source]
                label = BACKGROUND_LABEL.format(called=called)
                assert f"{label} {note}" in q.explanation, (q.id, q.explanation)


def test_the_reviewed_asides_are_labelled_background() -> None:
    """#9 (Turkmenistan an associate since 2005), #21 (Kazakhstan's guarded official line) and
    #63 (the Ayni denial): each item shows the aside after 'Background, not in the briefing:',
    and no explanation says them as the briefing's."""
    label = "Background, not in the briefing:"
    asides = {
        "kyrgyzstan-in-cis": "associate member",
        "kazakhstan-criticised-crimea": "abstained",
        "india-bases-region": "Ayni",
    }
    items = generated(CENTRAL_ASIA, SEEDS)
    for fact_id, aside in asides.items():
        told = [q for q in items if fact_id in q.fact_ids and aside in q.explanation]
        assert told, fact_id
        for q in told:
            before = q.explanation[: q.explanation.index(aside)]
            assert label in before, q.explanation


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_the_bundled_decks_keep_background_out_of_explanations(path: Path) -> None:
    assert list(check_background(bundled_deck(path))) == []


CIS_NOW = "The briefing counts all five republics in the CIS, and judges"
CIS_INLINE = "The briefing counts all five republics in the CIS (background), and judges"
CIS_YEAR = "The briefing counts all five republics in the CIS (an associate since 2005), and judges"


@pytest.mark.parametrize(
    ("text", "found"),
    [(CIS_INLINE, "tags background inline"), (CIS_YEAR, "names 2005")],
    ids=["inline-tag", "unsourced-year"],
)
def test_the_check_finds_background_said_as_the_briefings(text: str, found: str) -> None:
    """Session 20's #9 explanation (a year no source-cited fact gives, said inside a sentence
    the briefing owns) and an inline '(background)' tag are both found, at the fact."""
    yaml = CENTRAL_ASIA.read_text(encoding="utf-8")
    assert yaml.count(CIS_NOW) == 4
    deck = parse_deck(yaml.replace(CIS_NOW, text), "ca.yaml")
    findings = list(check_background(deck))
    assert len(findings) == 4 and all(found in msg for _, msg in findings), findings
    assert {deck.facts[int(loc[1])].id for loc, _ in findings} >= {"kyrgyzstan-in-cis"}


def test_a_list_the_briefing_closes_is_asked_as_the_two_and_never_called_open() -> None:
    """#63: 'the only external country (apart from India)' closes the list, though India's base
    is contested: the card asks for 'the two' and says they are the only ones."""
    cards = [
        q
        for q in generated(CENTRAL_ASIA, SEEDS)
        if q.kind == "flashcard" and "military bases" in q.prompt and len(q.answer) == 2
    ]
    assert cards
    for q in cards:
        assert q.prompt.startswith("Name the two "), q.prompt
        assert "are the only ones" in q.explanation, q.explanation
        assert "does not say there are no others" not in q.explanation, q.explanation


def test_only_for_names_objects_the_deck_lists_completely() -> None:
    rel = bundled_deck(CENTRAL_ASIA).relations
    bases = next(r for r in rel if r.id == "has-bases-in").model_dump()
    bases["only_for"] = ["central-asia", "russia"]
    with pytest.raises(ValidationError, match="only_for"):
        RelationType.model_validate(bases)


RECALL = ("numeric", "numeric_mcq", "typed", "cloze", "flashcard", "mcq", "true_false")


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_no_stem_says_a_date_the_source_does_not_give(path: Path) -> None:
    """#61: 'the write-off agreed in 2014' put a background year in a recall stem. A date the
    deck marks background is left out of every stem and option (the template reads without
    it), on every bundled deck."""
    deck = bundled_deck(path)
    dated = {
        f.id: f.qualifiers.as_of.year
        for f in deck.facts
        if f.qualifiers.as_of is not None and f.qualifiers.as_of.background
    }
    kinds = set()
    for q in generated(path, SEEDS):
        for fid in dated.keys() & set(q.fact_ids):
            kinds.add(q.kind)
            for text in (q.prompt, *(q.options or [])):
                assert not re.search(rf"\b{dated[fid]}\b", text), (q.kind, text)
    if path == CENTRAL_ASIA:
        assert {"numeric", "flashcard", "cloze", "true_false"} <= kinds


def test_the_write_off_share_reads_plainly_without_its_date() -> None:
    stems = {
        q.prompt
        for q in generated(CENTRAL_ASIA, SEEDS)
        if q.kind == "numeric" and "uzbek-debt-share" in q.fact_ids
    }
    assert stems == {
        "According to the briefing, what percentage of Uzbekistan's debt to Russia did Moscow "
        "agree to write off?"
    }
