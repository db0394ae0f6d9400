"""The name gives the key away (issue 10): an item whose stem names an entity whose name holds
the key ('... Russia's interest in the SCO?' -> China, the SCO being the *Shanghai*
Cooperation Organisation) is dropped, in every form; `named_after` declares such a link where
no word shows it."""

from __future__ import annotations

from quizapp.facts.checks import check_deck
from quizapp.generate.index import DeckIndex
from quizapp.generate.name_cues import holds_name, name_gives_key
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated

SEEDS = (*range(10), 9401)


def _ca() -> DeckIndex:
    return DeckIndex(bundled_deck(CENTRAL_ASIA))


def test_what_counts_as_a_name_holding_another() -> None:
    ix = _ca()
    assert ix.entities["sco"].named_after == ["china"]
    assert holds_name(ix, "sco", "china")  # declared: named after Shanghai
    assert not holds_name(ix, "china", "sco")  # one way: China's name says nothing of the SCO
    assert holds_name(ix, "trade-war-on-ukraine", "ukraine")  # spelt out inside
    assert not holds_name(ix, "sco", "russia")
    assert not holds_name(ix, "eu", "eeu")  # 'EU' is no whole word of 'EEU'


def test_no_item_of_a_bundled_deck_keys_what_its_stem_names() -> None:
    """Over seeds 0-9 and 9401 no item of any bundled deck keys an entity whose name is held
    by one its stem names (the test's own reading: shown names as whole words). On main
    (69ca312) the CA deck asked 'worry about rivalry with which country long held back
    Russia's interest in the SCO?' -> China as typed, cloze and flashcard items."""
    for path in (CENTRAL_ASIA, CHEM, APOLLO):
        ix = DeckIndex(bundled_deck(path))
        for q in generated(path, SEEDS):
            assert name_gives_key(q, ix) is None, q.prompt
    rivalry = [q for q in generated(CENTRAL_ASIA, SEEDS) if q.fact_ids == ["sco-rivalry-china"]]
    assert rivalry and all(q.answer != ["China"] for q in rivalry)
    assert len([q for q in generated(CENTRAL_ASIA, (0,)) if "sco-rivalry-china" in q.fact_ids]) >= 2


def test_the_gate_refuses_the_sco_stem_in_every_open_form() -> None:
    ix = _ca()
    typed = next(q for q in generated(CENTRAL_ASIA, (0,)) if q.kind == "typed")
    for kind in ("typed", "cloze", "flashcard", "mcq"):
        sco = typed.model_copy(
            update={
                "kind": kind,
                "fact_ids": ["sco-rivalry-china"],
                "prompt": "Worry about rivalry with which country held back Russia's interest "
                "in the Shanghai Cooperation Organisation?",
                "answer": ["China"],
            }
        )
        assert "China" in (name_gives_key(sco, ix) or "")
        no_sco = sco.model_copy(update={"prompt": "Which country does Russia see as a rival?"})
        assert name_gives_key(no_sco, ix) is None


def test_an_unknown_named_after_is_a_deck_error() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    sco = next(i for i, e in enumerate(deck.entities) if e.id == "sco")
    broken = list(deck.entities)
    broken[sco] = broken[sco].model_copy(update={"named_after": ["shanghai"]})
    found = check_deck(deck.model_copy(update={"entities": broken}))
    assert any("unknown entity 'shanghai'" in msg for _, msg in found)
    assert not [m for _, m in check_deck(deck) if "named_after" in m]
