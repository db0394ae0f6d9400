from __future__ import annotations

import pytest

from quizapp.facts.templates import fix_articles, render, template_slots


def test_slots_are_found() -> None:
    assert template_slots("Which bloc did {subject} join {when}?") == {"subject", "when"}


def test_malformed_slot_is_an_error() -> None:
    with pytest.raises(ValueError):
        template_slots("Which {subject.name}?")
    with pytest.raises(ValueError):
        template_slots("Which {subject?")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("a EEU member", "an EEU member"),
        ("a European body", "a European body"),
        ("a uranium mine", "a uranium mine"),
        ("a 8% fall", "an 8% fall"),
        ("a 7,000-strong force", "a 7,000-strong force"),
        ("a 11-year gap", "an 11-year gap"),
    ],
)
def test_articles_agree_with_the_next_word(text: str, fixed: str) -> None:
    assert fix_articles(text) == fixed


def test_render_capitalises_and_tidies_space() -> None:
    out = render("{subject}  is led by {object} .", {"subject": "the EEU", "object": "Russia"})
    assert out == "The EEU is led by Russia."
    assert render("{when}, {subject} left.", {"when": "in 2012", "subject": "Uzbekistan"}) == (
        "In 2012, Uzbekistan left."
    )


def test_plural_subject_with_singular_verb_fails_the_grammar_gate() -> None:
    from quizapp.facts import parse_deck
    from quizapp.generate.gates import grammar
    from quizapp.generate.index import DeckIndex
    from quizapp.generate.kinds.common import build
    from tests.unit.test_loader import MINIMAL

    deck = parse_deck(
        MINIMAL.replace(
            "{id: o, kind: organisation, name: Org, article: the}",
            "{id: o, kind: organisation, name: Allied Powers, article: the, plural: true}",
        )
    )
    ix = DeckIndex(deck)
    fact = deck.facts[0]
    bad = build(ix, "flashcard", "t", [fact], "The Allied Powers is a body.", ["x"])
    good = build(ix, "flashcard", "t", [fact], "The Allied Powers are a body.", ["x"])
    assert grammar(bad, ix) and "plural" in str(grammar(bad, ix))
    assert grammar(good, ix) is None
