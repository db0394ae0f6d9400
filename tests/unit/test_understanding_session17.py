"""Session 17 (issues 13 and 10): what the session-16 reviews of the argument kinds found.

A wrong option that is itself support for the claim (seed 9203 #25: 'the Afghan borders are
poorly guarded' with 'they share worries about terrorism and drugs' marked wrong, both said in
S6 p3; seed 9301 #69: Putin's border-patrol idea); off-topic wrong options that leave the key
the only one on the quoted statement's topic (9203 #32, #49, #17); a background year shown as
the briefing's (9203 #35, #50); false assertion-reason statements that were mostly a changed
figure (session-16 note).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from quizapp.facts import load_deck
from quizapp.facts.model import Deck
from quizapp.generate import Question, argument_balance, argument_false, generate_deck
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_balance import headline
from quizapp.generate.argument_gates import PARTS, argument_key, quoted_and_key, statement_node
from quizapp.generate.argument_pools import place
from quizapp.generate.argument_topic import level
from quizapp.generate.argument_words import BACKGROUND_DATE
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import assertion_reason as ar
from quizapp.generate.kinds import evidence_claim
from quizapp.generate.kinds.assertion_reverse import reversible
from tests.conftest import ROOT
from tests.unit.test_understanding_session15 import every_draft

CA = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
BORDERS, THREATS = "c-weak-afghan-borders", "c-shared-threats"


def _without_links(deck: Deck, *pairs: tuple[str, str]) -> DeckIndex:
    links = [k for k in deck.links if (k.source, k.target) not in pairs]
    return DeckIndex(deck.model_copy(update={"links": links}))


def _wrong_nodes(argument: Argument, q: Question) -> list[str | None]:
    return [statement_node(argument, o) for o in q.options or [] if o != q.answer[0]]


def test_a_point_of_the_quoted_paragraph_is_never_a_wrong_option_even_unlinked() -> None:
    """With the two links the session-16 reviews asked for taken out of the deck (the weak
    borders and Putin's patrol idea as evidence for the shared worries, both S6 p3), the
    shared worries are still no wrong option for an item quoting either: they come from the
    same paragraph, which is enough. The old generator offered them (the 9203 #25 item)."""
    patrol = "putin-border-patrols"
    ix = _without_links(CA, (BORDERS, THREATS), (patrol, THREATS))
    argument = argument_of(ix)
    pools = [
        evidence_claim.wrong_claims(argument, node, key)
        for node in (BORDERS, patrol)
        for key in evidence_claim.keyed(argument, node)
    ]
    assert pools and all(THREATS not in pool for pool in pools)
    drafts = [
        q
        for q in every_draft(argument)
        if (found := quoted_and_key(q, ix)) and found[1] in (BORDERS, patrol)
    ]
    assert drafts and all(THREATS not in _wrong_nodes(argument, q) for q in drafts)


def test_no_claim_evidence_wrong_option_is_linked_to_or_beside_the_pair() -> None:
    """Every claim-evidence item of seeds 0-4: each wrong option is what the deck sets against
    the quoted statement or the key, or else is more than two steps from both by any link
    (evidence_for, because, so, either way, or one hop through a shared node) and from neither
    one's paragraph of the source."""
    argument, found = _wrong_options_of_seeds()
    assert len(found) > 100
    for q, node, key, wrong in found:
        if wrong in argument.against(node) | argument.against(key):
            continue
        assert argument.unconnected(wrong, node, key), (q.prompt, wrong)
        here = place(argument, wrong)
        assert here not in (place(argument, node), place(argument, key)), (q.prompt, wrong)


def _wrong_options_of_seeds() -> tuple[Argument, list[tuple[Question, str, str, str]]]:
    """(item, quoted node, key, wrong option's node) for every claim-evidence item of seeds
    0-4 and each of its wrong options."""
    ix = DeckIndex(CA)
    argument = argument_of(ix)
    out: list[tuple[Question, str, str, str]] = []
    for seed in range(5):
        for q in generate_deck(CA, seed=seed, index=ix).questions:
            found = quoted_and_key(q, ix) if q.kind == "claim_evidence" else None
            if found is None:
                continue
            for wrong in _wrong_nodes(argument, q):
                assert wrong is not None, q.options
                out.append((q, found[1], found[2], wrong))
    return argument, out


def test_every_wrong_evidence_option_is_on_the_quoted_statements_topic() -> None:
    """Seeds 0-4: every claim-evidence wrong option shares the quoted statement's section, a
    deck topic or a named country or body with it (argument_topic.level), so the key is never
    the only option on the statement's subject (seed 9203 #32: 'financial support' with fuel
    exports, Armenia and migration; the old generator let options near the key alone through:
    21 of 113 such items had one off the statement's topic)."""
    argument, found = _wrong_options_of_seeds()
    assert len(found) > 100
    for q, node, _, wrong in found:
        assert level(argument, wrong, node) > 0, (q.prompt, wrong)


def test_a_background_date_is_left_out_wherever_an_argument_item_quotes_it() -> None:
    """The Uzbek write-off's year is background (S4 p5 gives none): no why, claim-evidence or
    assertion-reason item of seeds 0-4 shows the dated 'In 2014, Russia agreed ...' sentence
    (seed 9203 #35, #50 did), nor the '(date from background knowledge)' tag that replaced it
    (an option so tagged is ruled out unread: session-20 review 20204 #34 #36 #46 #49 #50);
    the sentence without its date is asked."""
    ix = DeckIndex(CA)
    argument = argument_of(ix)
    undated = []
    for fact_id in ("uzbek-debt-write-off", "uzbek-debt-share"):
        fact = ix.facts[fact_id]
        assert fact.qualifiers.as_of is not None and fact.qualifiers.as_of.background
        plain = ix.say(ix.relations[fact.relation].templates.statement, fact)
        # since session 21 no statement says a background date (deck_wording.stated_when)
        assert "2014" not in plain and argument.text(fact_id) == plain
        undated.append(argument.text(fact_id))
    shown = 0
    for seed in range(5):
        for q in generate_deck(CA, seed=seed, index=ix).questions:
            if q.kind not in ("why", "claim_evidence", "assertion_reason"):
                continue
            said = " ".join([q.prompt, *(q.options or []), q.explanation or ""])
            assert BACKGROUND_DATE not in said and "In 2014, Russia agreed" not in said, q.prompt
            shown += any(u in said for u in undated)
    assert shown


def _claimed_false(argument: Argument) -> set[str]:
    return {c.false_text.rstrip(".") for c in argument.claims.values() if c.false_text}


def _falsified(ix: DeckIndex, argument: Argument, q: Question) -> str | None:
    """How an assertion-reason item's false statement was made: 'subject' (another subject
    given this one's value), 'figure' (a number or date changed) or 'object'."""
    if not q.template.endswith(("false-reason", "false-assertion")):
        return None
    parts = PARTS.match(q.prompt)
    assert parts is not None
    a, r = statement_node(argument, parts["a"]), statement_node(argument, parts["r"])
    false_text, true_node = (parts["r"], a) if r is None else (parts["a"], r)
    if false_text.rstrip(".") in _claimed_false(argument):
        return "claim"  # the author's false counterpart of a claim (session 47)
    ends = {n for a, r, _ in argument.explanations if true_node in (a, r) for n in (a, r)}
    node = next(n for n in sorted(ends - {true_node}) if n in q.fact_ids)
    fact = ix.facts[node]
    if ix.entities[fact.subject].name not in false_text:
        return "subject"
    return "figure" if re.search(r"\d", false_text) else "object"


def _false_mix() -> Counter[str]:
    ix = DeckIndex(CA)
    argument = argument_of(ix)
    mix: Counter[str] = Counter()
    for seed in range(10):
        for q in generate_deck(CA, seed=seed, index=ix).questions:
            if q.kind == "assertion_reason" and (how := _falsified(ix, argument, q)):
                mix[how] += 1
    return mix


def test_false_statements_are_not_mostly_changed_figures() -> None:
    """Seeds 0-10: a changed figure or date is at most two thirds of the false assertion-
    reason statements, the rest changed objects. Since session 24 none swaps its subject (the
    pair then spoke of two subjects and gave the false limb away: test_fair_session24)."""
    mix = _false_mix()
    assert mix["subject"] == 0 and mix["object"] > 0, mix
    assert mix["figure"] <= 2 / 3 * sum(mix.values()), mix


def _figures_among_false(deck: Deck) -> tuple[int, int]:
    """Of the deck's false assertion-reason statements (seed 0: the forms are fixed per deck),
    how many falsify a fact that is a figure, and how many there are."""
    ix = DeckIndex(deck)
    argument = argument_of(ix)
    figures = total = 0
    for q in generate_deck(deck, seed=0, index=ix).questions:
        how = _falsified(ix, argument, q) if q.kind == "assertion_reason" else None
        total += how == "claim"  # a claim's false counterpart changes no figure
        if how not in (None, "claim"):
            parts = PARTS.match(q.prompt)
            assert parts is not None
            true_node = statement_node(argument, parts["a"]) or statement_node(argument, parts["r"])
            ends = {n for a, r, _ in argument.explanations if true_node in (a, r) for n in (a, r)}
            node = next(n for n in sorted(ends - {true_node}) if n in q.fact_ids)
            figures += ix.numeric_value(ix.facts[node]) is not None
            total += 1
    return figures, total


def test_the_balance_caps_false_figures_where_the_deck_offers_little_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The session-17 gate above cannot tell the balance on or off: on main after session 19
    the deck's false forms were 5 figures of 8 either way (the deck offered more false objects
    than the cap needs). Left with one link whose false form changes an object (the deck is
    thinned to that, whatever links a later session adds), the rest that could be falsified all
    figures, the balance (assertion_reason.FIGURES) keeps changed figures to two thirds of the
    false statements; switched off, they are more (session 20: 2 of 3 on, 4 of 5 off)."""
    # the claims' own false counterparts (session 47) are false objects too: off here
    base = CA.model_copy(
        update={"claims": [c.model_copy(update={"false_text": None}) for c in CA.claims]}
    )
    ix = DeckIndex(base)
    argument = argument_of(ix)
    by_object = [
        link
        for link in argument_balance.chosen_links(argument)
        if {f[2] for f in ar._forms_of(argument, *link) if f[0].startswith("-false")} == {False}
    ]
    assert by_object, "no link whose false form changes an object"
    thin = base.model_copy(
        update={"links": [k for k in CA.links if (k.source, k.target, k.type) not in by_object[1:]]}
    )
    figures, total = _figures_among_false(thin)
    assert 0 < figures <= 2 / 3 * total, (figures, total)
    monkeypatch.setattr(ar, "FIGURES", 99)
    figures, total = _figures_among_false(thin)
    assert figures > 2 / 3 * total, (figures, total)


def test_a_subject_swap_is_false_by_the_decks_own_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tajikistan (16%) is not swapped in for Uzbekistan's 19% fall: the two lie too close for
    anything but recall of the figure (seed-9403 review #42; session 19). With that rule off
    it would be, and Kazakhstan, whose migrants rose, has no value of the relation and is
    never swapped in."""
    ix = DeckIndex(CA)
    assert argument_false.swapped_subjects(ix, ix.facts["uzbek-migrants-fell"]) == []
    monkeypatch.setattr(argument_false, "unmistakably_off", lambda key, other: True)
    assert argument_false.swapped_subjects(ix, ix.facts["uzbek-migrants-fell"]) == ["tajikistan"]


def test_a_because_link_asked_the_other_way_round_keys_does_not_explain() -> None:
    """Apollo's fire and its cause asked the other way round: the gate takes 'does not explain'
    as the only key and refuses 'explains'; no headline link is ever reversed."""
    apollo = load_deck(ROOT / "questions" / "apollo-programme.yaml")
    ix = DeckIndex(apollo)
    argument = argument_of(ix)
    items = [
        q
        for seed in range(3)
        for q in generate_deck(apollo, seed=seed, index=ix).questions
        if q.template.endswith(ar.REVERSED)
    ]
    assert items
    for q in items:
        assert q.answer == [ar.NOT_EXPLAINS] and argument_key(q, ix) is None
        wrong = q.model_copy(update={"answer": [ar.EXPLAINS]})
        assert argument_key(wrong, ix) is not None
    for a, r, how in argument.explanations:
        if headline(argument, a) or headline(argument, r):
            assert not reversible(argument, a, r, how)
