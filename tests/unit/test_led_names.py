"""A body named by its leader ("the Russia-led CSTO") counts only where the deck says who leads
it: by a gloss, by a `led-by` fact or by a `leads` fact (issue 12, session 24). Each source is
tested alone, with the other taken out of the Central Asia deck."""

from __future__ import annotations

from quizapp.facts.model import Deck, Fact
from quizapp.generate.led_names import led_names
from tests.support.bundled import CENTRAL_ASIA, bundled_deck


def _without_glosses(deck: Deck) -> Deck:
    entities = [e.model_copy(update={"gloss": None}) for e in deck.entities]
    return deck.model_copy(update={"entities": entities})


def _without_led_facts(deck: Deck) -> list[Fact]:
    return [f for f in deck.facts if f.relation != "led-by"]


def test_the_gloss_alone_vouches_for_the_leader() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    deck = deck.model_copy(update={"facts": _without_led_facts(deck)})
    names = led_names(deck)
    assert names["russia-led csto"] == "organisation:csto"  # gloss 'Russia-led military alliance'
    assert names["moscow-led eurasian economic union"] == "organisation:eeu"
    assert "china-led csto" not in names


def test_a_led_by_fact_alone_vouches_for_the_leader() -> None:
    deck = _without_glosses(bundled_deck(CENTRAL_ASIA))
    names = led_names(deck)
    assert names["russia-led csto"] == "organisation:csto"  # csto-led-by-russia
    assert names["csto led by russian federation"] == "organisation:csto"
    assert not any(n.startswith("china-led") for n in names)


def test_a_leads_fact_names_the_leader_first() -> None:
    deck = _without_glosses(bundled_deck(CENTRAL_ASIA))
    facts = [
        f.model_copy(update={"relation": "leads", "subject": f.object, "object": f.subject})
        if f.relation == "led-by"
        else f
        for f in deck.facts
    ]
    names = led_names(deck.model_copy(update={"facts": facts}))
    assert names["russia-led csto"] == "organisation:csto"
    assert "csto-led russia" not in names  # the direction is the relation's


def test_no_leader_said_means_no_led_names() -> None:
    deck = _without_glosses(bundled_deck(CENTRAL_ASIA))
    assert led_names(deck.model_copy(update={"facts": _without_led_facts(deck)})) == {}


def test_a_leader_s_adjective_names_it() -> None:
    from quizapp.generate.led_names import adjective_of

    assert adjective_of("Russia") == "russian"
    assert adjective_of("China") == "chinese"
    assert adjective_of("Kyrgyzstan") == "kyrgyz"
    assert adjective_of("the Kremlin") is None
