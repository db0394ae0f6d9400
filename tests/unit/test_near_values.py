"""Values on one scale (issue 13, review r206 #17): the briefing calls Kazakhstan one of
Russia's closest allies and Tajikistan a military ally wary of economic integration. The
stance relation is exclusive, so the deck used to prove 'Tajikistan is one of Russia's closest
allies' false, and an assertion-reason item keyed that reason false, though a learner who
knows Tajikistan hosts Russia's largest foreign base may call it true. An entity's `near`
declares such neighbours: no item keys either false of the other's holders."""

from __future__ import annotations

from quizapp.facts.checks import check_deck
from quizapp.facts.model import Deck
from quizapp.generate.argument_false import swapped_subjects
from quizapp.generate.index import DeckIndex
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated

SEEDS = (*range(6), 20206, 21102)
STANCE = "stance-towards-russia"


def _without_near(deck: Deck) -> Deck:
    return deck.model_copy(
        update={"entities": [e.model_copy(update={"near": []}) for e in deck.entities]}
    )


def test_a_near_value_is_never_provably_false_of_its_neighbours_holders() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    ix = DeckIndex(deck)
    assert ix.entities["stance-closest-ally"].near == ["stance-military-ally"]
    assert not ix.provably_false("tajikistan", STANCE, "stance-closest-ally")
    assert not ix.provably_false("kazakhstan", STANCE, "stance-military-ally")  # both ways
    assert ix.provably_false("tajikistan", STANCE, "stance-warming")  # no neighbour: still false
    assert ix.provably_false("turkmenistan", STANCE, "stance-closest-ally")
    # without the declaration the exclusive relation proves it false, as before
    bare = DeckIndex(_without_near(deck))
    assert bare.provably_false("tajikistan", STANCE, "stance-closest-ally")


def test_no_false_reason_swaps_in_a_subject_whose_own_value_is_near() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    assert "tajikistan" not in swapped_subjects(ix, ix.facts["kazakhstan-stance"])
    assert "turkmenistan" in swapped_subjects(ix, ix.facts["kazakhstan-stance"])
    bare = DeckIndex(_without_near(bundled_deck(CENTRAL_ASIA)))
    assert "tajikistan" in swapped_subjects(bare, bare.facts["kazakhstan-stance"])


def test_no_item_keys_tajikistan_a_closest_ally_false_or_offers_it_as_a_distractor() -> None:
    seen = 0
    for q in generated(CENTRAL_ASIA, SEEDS):
        if "closest allies" not in q.prompt:
            continue
        seen += 1
        assert not (
            "Tajikistan is one of" in q.prompt and q.kind in ("true_false", "assertion_reason")
        ), q.prompt
        assert "Tajikistan" not in (q.options or []), q.prompt
    assert seen  # the closest-ally items are still asked


def test_a_near_value_must_be_an_entity_of_the_same_kind() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    i = next(i for i, e in enumerate(deck.entities) if e.id == "stance-closest-ally")
    for wrong in ("no-such-stance", "kazakhstan"):
        broken = list(deck.entities)
        broken[i] = broken[i].model_copy(update={"near": [wrong]})
        found = check_deck(deck.model_copy(update={"entities": broken}))
        assert any(f"{wrong!r} is no stance" in msg for _, msg in found), wrong
    assert not [m for _, m in check_deck(deck) if "is no stance" in m]


def test_no_set_card_asks_for_two_values_one_the_others_instance() -> None:
    """Review r212: 'Name the two things the briefing says Tajikistan is hesitant about' keyed
    economic integration with Russia and joining the EEU, one an instance of the other; the
    deck declares them near, so the set is no longer one of distinct things, and is not asked."""
    deck = bundled_deck(CENTRAL_ASIA)
    assert DeckIndex(deck).entities["joining-the-eeu"].near == ["economic-integration"]
    hesitant = [q for q in generated(CENTRAL_ASIA, SEEDS) if "hesitant about" in q.prompt]
    assert hesitant  # the facts are still asked, one at a time
    assert not [q for q in hesitant if q.template == "set-forward"]
