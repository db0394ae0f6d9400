"""Session 16 (issues 13 and 10): what the session-15 reviews of the argument kinds still found.

The key alone on the quoted statement's topic (seed 9107 #27 Crimea, #30 migrant work rules with
fuel-export, accession and survey options); a why stem naming its own cause (Apollo seed 9113
#37 'After the fire ...'); an effect offered as evidence of its cause (9107 #6); two claims
restating one sentence (9107 #48); a why link that said how sodium was freed, not why the credit
is Davy's (elements 9109 #66/#67); '2 hydroelectric projects' (9107 #16).
"""

from __future__ import annotations

import re

import pytest

from quizapp.facts import load_deck
from quizapp.generate import argument_item, argument_pools, generate_deck
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_gates import QUOTED
from quizapp.generate.argument_topic import key_alone_on_topic, stem_names_cause
from quizapp.generate.argument_words import spelt
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import why
from quizapp.generate.question import Question
from tests.conftest import ROOT
from tests.unit.test_understanding_session15 import every_draft

DECKS = ("russia-central-asia", "apollo-programme", "chemical-elements")
LOADED = {name: load_deck(ROOT / "questions" / f"{name}.yaml") for name in DECKS}
CA, APOLLO, CHEM = (LOADED[n] for n in DECKS)


def _topic_breaches(name: str) -> tuple[int, int]:
    ix = DeckIndex(LOADED[name])
    drafts = every_draft(argument_of(ix))
    return len(drafts), sum(1 for q in drafts if key_alone_on_topic(q, ix))


def test_the_topic_gate_catches_a_generator_that_ignores_where_options_come_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Central Asia's drafts (every why and claim-evidence item the kinds can make, before
    the gates) never leave the key alone on the claim's topic; with the ranking by topic taken
    out of the generator (every candidate as near as any other), the gate catches many."""
    drafts, caught = _topic_breaches("russia-central-asia")
    # session 17: no wrong option from the quoted statement's own paragraph; one reverse draft
    # (China's trade lead, S1, whose claims all share its paragraph) has no other option from
    # its section, and the gate drops it (test_no_bundled_item_..._alone_on_the_topic)
    assert drafts > 50 and caught <= 1, (drafts, caught)

    for module in (argument_pools, argument_item):
        monkeypatch.setattr(module, "closeness", lambda *args: 1)
    drafts, caught = _topic_breaches("russia-central-asia")
    # 9 since session 20 (10 before): the Kazakh claim reworded ('goes its own way over the
    # Kremlin's conflict with Kyiv') shares no name with its keys, so they are not on its words
    assert caught >= 8, (drafts, caught)


def _node(argument: Argument, option: str) -> str | None:
    """The fact or claim an option states; where the stem names the briefing the option drops
    its "According to the briefing," (session 15)."""
    said = "According to the briefing, "
    for text in (option, said + option, said + option[:1].lower() + option[1:]):
        if text in argument.by_text:
            return argument.by_text[text]
    return None


def test_the_crimea_item_offers_another_stance_beside_the_key() -> None:
    """'Kazakhstan keeps its own line on Ukraine and Crimea' (since session 20: 'goes its own
    way over the Kremlin's conflict with Kyiv', which no key repeats): uranium, the EEU's
    founding and military bases (sections 4-6) left the Crimea key alone on the topic; now at
    least one wrong option comes from the claim's own section on the five states' stances."""
    ix = DeckIndex(CA)
    argument = argument_of(ix)
    for seed in (0, 1, 5252):
        items = generate_deck(CA, seed=seed, index=ix).questions
        q = next(
            q
            for q in items
            if q.kind == "claim_evidence"
            and "conflict with Kyiv" in (QUOTED.search(q.prompt) or [""])[0]
        )
        nodes = [_node(argument, o) for o in q.options or [] if o != q.answer[0]]
        sections = {  # a wrong option may be a fact or one of the source's claims
            (
                argument.ix.facts[n] if n in argument.ix.facts else argument.claims[n]
            ).provenance.section
            for n in nodes
            if n in argument.ix.facts or n in argument.claims
        }
        assert 3 in sections, (seed, q.options)


def _with_claim_text(deck_name: str, claim_id: str, text: str) -> DeckIndex:
    deck = LOADED[deck_name]
    claims = [c.model_copy(update={"text": text}) if c.id == claim_id else c for c in deck.claims]
    return DeckIndex(deck.model_copy(update={"claims": claims}))


def test_a_why_stem_that_names_its_cause_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Apollo deck's old wording 'After the fire the command module was redesigned ...'
    drafts a why item whose one fire option is the key: the gate refuses it, so no generated
    item quotes it; the deck's own wording (the cause left out) is asked. The calendar is off
    here: since session 21 it leaves the redesign too few wrong reasons that came before it."""
    monkeypatch.setattr(why, "after", lambda *args: False)
    old = (
        "After the fire the command module was redesigned, with a quick-opening hatch"
        " and fewer flammable materials."
    )
    ix = _with_claim_text("apollo-programme", "c-fire-redesign", old)
    drafts = [q for q in every_draft(argument_of(ix)) if q.kind == "why" and old in q.prompt]
    assert drafts and all(stem_names_cause(q, ix) for q in drafts)
    items = generate_deck(ix.deck, seed=0, index=ix).questions
    assert not any(q.kind == "why" and old in q.prompt for q in items)

    real = DeckIndex(APOLLO)
    asked = [
        q
        for s in (0, 1, 2)
        for q in generate_deck(APOLLO, seed=s, index=real).questions
        if q.kind == "why" and "command module was redesigned" in q.prompt
    ]
    assert asked and all("Apollo 1" in q.answer[0] for q in asked)
    assert all(stem_names_cause(q, real) is None for q in asked)


def test_no_bundled_item_names_its_cause_or_leaves_its_key_alone_on_the_topic() -> None:
    for name, deck in LOADED.items():
        ix = DeckIndex(deck)
        for seed in (0, 5):
            for q in generate_deck(deck, seed=seed, index=ix).questions:
                assert stem_names_cause(q, ix) is None, (name, q.prompt)
                assert key_alone_on_topic(q, ix) is None, (name, q.prompt)


def test_links_the_reviews_found_wrong_are_mended() -> None:
    ca = argument_of(DeckIndex(CA))
    # the 2014 exercise came after the pivot east: its effect, not its evidence (S6 p2)
    assert "sco-exercise-2014" not in ca.support("c-pivot-east")
    assert "c-pivot-east" in ca.causes("sco-exercise-2014")
    # the Uzbek stance is one sentence of S3 p3: no claim restates it as another's reason
    s3p3 = [
        n for n, c in ca.claims.items() if (c.provenance.section, c.provenance.paragraph) == (3, 3)
    ]
    assert not any(set(ca.causes(n)) & set(s3p3) for n in s3p3), s3p3
    # the pipeline claim does not name its cause
    assert "pipeline to China" not in ca.text("c-less-reliant-on-russia")
    assert "china-pipeline-2009" in ca.causes("c-less-reliant-on-russia")
    chem = argument_of(DeckIndex(CHEM))
    assert not chem.causes("sodium-by-davy") and not chem.causes("potassium-by-davy")
    apollo = argument_of(DeckIndex(APOLLO))
    assert "moonwalkers-total" not in apollo.support("c-last-landing")


def _argument_texts(items: tuple[Question, ...] | list[Question]) -> list[str]:
    kinds = ("why", "claim_evidence", "assertion_reason")
    return [t for q in items if q.kind in kinds for t in [q.prompt, *(q.options or [])]]


def test_small_counts_are_spelt_out_in_argument_items() -> None:
    ix = DeckIndex(CA)
    texts = [
        t
        for s in (0, 5, 5252)
        for t in _argument_texts(generate_deck(CA, seed=s, index=ix).questions)
    ]
    # session 17: the hydro fact is no longer a wrong option of these seeds (its paragraph is
    # the energy claims' own), so its sentence is read where the items take it from
    said = [t for t in texts if "hydroelectric" in t] + [
        argument_of(ix).text("kyrgyz-hydro-cancelled")
    ]
    assert all(re.search(r"\b(?:two|[a-z]+) hydroelectric", t) for t in said), said
    assert not any(re.search(r"(?<![\w$.,])[1-9] [a-z]", t) for t in texts if "Apollo" not in t)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Kyrgyzstan saw 2 hydroelectric projects cancelled.",
            "Kyrgyzstan saw two hydroelectric projects cancelled.",
        ),
        ("3 astronauts died.", "Three astronauts died."),
        ("Apollo 8 was sent to orbit the Moon.", "Apollo 8 was sent to orbit the Moon."),
        ("Sodium is in group 1 of the table.", "Sodium is in group 1 of the table."),
        ("An aid package of US$1 billion.", "An aid package of US$1 billion."),
        (
            "It fell by 1% and 7,000 troops stay; about 1.5 million users.",
            "It fell by 1% and 7,000 troops stay; about 1.5 million users.",
        ),
        ("It launched on 4 July 1957.", "It launched on 4 July 1957."),
    ],
)
def test_spelt_leaves_names_groups_money_and_figures_alone(text: str, said: str) -> None:
    assert spelt(text) == said
