"""What the session-11 review of the understanding kinds found (seed 263: 51 fair, 29 minor),
each now refused on all three bundled decks: wrong options from unrelated topics (the key the
only option sharing the claim's subject), contested facts stated bare in options, evidence that
is one case of its claim, a lasting condition keyed as the cause of a fall, the same assertion
asked four ways, and a false 'so far' variant that was true in its own year."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from quizapp.facts import Deck, load_deck
from quizapp.generate import Question, argument_false, generate_deck
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_gates import PARTS, restates, statement_node
from quizapp.generate.argument_pools import closeness
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import Kind
from quizapp.generate.kinds import assertion_reason as ar
from quizapp.generate.kinds import evidence_claim
from quizapp.generate.kinds.common import attributed_only
from tests.conftest import ROOT

DECKS = ["russia-central-asia", "chemical-elements", "apollo-programme"]
SEEDS = (0, 263, 409)
UNDERSTANDING: tuple[Kind, ...] = (
    "why",
    "claim_evidence",
    "assertion_reason",
    "comparison",
    "odd_one_out",
)


def _load(name: str) -> tuple[Deck, DeckIndex, Argument]:
    deck = load_deck(Path(ROOT / "questions" / f"{name}.yaml"))
    ix = DeckIndex(deck)
    return deck, ix, argument_of(ix)


LOADED = {name: _load(name) for name in DECKS}
ITEMS: dict[tuple[str, int], list[Question]] = {
    (name, seed): [
        q
        for q in generate_deck(LOADED[name][0], seed=seed, index=LOADED[name][1]).questions
        if q.level != "remember"
    ]
    for name in DECKS
    for seed in SEEDS
}


def _sentence_items(name: str, seed: int) -> list[tuple[Question, str, str]]:
    """(item, the claim asked about, its key) for every why and claim-evidence item."""
    argument = LOADED[name][2]
    out = []
    for q in ITEMS[name, seed]:
        if q.kind in ("why", "claim_evidence"):
            node = statement_node(argument, q.prompt.split('"')[1])
            key = statement_node(argument, q.answer[0])
            assert node is not None and key is not None, q.prompt
            out.append((q, node, key))
    return out


@pytest.mark.parametrize("name", DECKS)
@pytest.mark.parametrize("seed", SEEDS)
def test_wrong_options_come_from_beside_the_claim(name: str, seed: int) -> None:
    """Every wrong option of a why or claim-evidence item sits in the claim's or the key's
    paragraph or section, or names its subject or topic: 'Turkmen gas' in the key alone, among
    options on migrants and bases, gave the key away (review #13, #44, #63, #66, #79)."""
    argument = LOADED[name][2]
    found = _sentence_items(name, seed)
    assert found
    for q, node, key in found:
        for option in q.options or []:
            other = statement_node(argument, option)
            assert other is not None
            if other != key:
                assert closeness(argument, other, node, key) > 0, (q.prompt, option)


def test_the_old_off_topic_wrong_options_are_gone() -> None:
    """Review #12: 'Why did new migrants from Uzbekistan fall by 19%?' offered Russia's aims,
    the trade profile of Russia and Kazakhstan and autocracy (other sections); now most wrong
    options come from the briefing's section on trade and migration."""
    argument = LOADED["russia-central-asia"][2]
    seen = 0
    for seed in SEEDS:
        for q, node, key in _sentence_items("russia-central-asia", seed):
            if node == "uzbek-migrants-fell":
                seen += 1
                wrong = [statement_node(argument, o) for o in q.options or [] if o not in q.answer]
                near = [w for w in wrong if w and closeness(argument, w, node, key) >= 2]
                assert len(near) >= 2, q.options
    assert seen


@pytest.mark.parametrize("name", DECKS)
def test_an_option_from_a_contested_fact_carries_its_attribution(name: str) -> None:
    """Review #6: 'India keeps military bases in Central Asia.' (contested in the deck) stood
    bare beside a hedged option; a contested or attributed fact is now hedged in any option.
    Where the stem names the source ('Which of these points from the briefing ...'), that is
    the hedge, said once for all options (session 15: the seed-857 review found it on every
    option and the grader asking for it), and no option carries its own; so too where every
    option would open with one source's name (the stem says it once)."""
    _, ix, argument = LOADED[name]
    hedged = 0
    for seed in SEEDS:
        for q, _, _ in _sentence_items(name, seed):
            for option in q.options or []:
                node = statement_node(argument, option)
                if node in ix.facts and attributed_only(ix, ix.facts[node]):
                    if argument.author is None:  # or said once after the stem, when all share
                        once = "Each option is as " in q.prompt  # it (session-21 review, #80)
                        assert option.startswith("According to") or once, option
                    else:
                        assert argument.author in q.prompt and "According to" not in option
                    hedged += 1
    if name == "russia-central-asia":
        assert hedged >= 5  # the deck has many: the rule is exercised


def test_evidence_that_is_one_case_of_its_claim_restates_it() -> None:
    """Review #59: 'Tajikistan cannot guard its Afghan border' is the claim on Tajikistan and
    Turkmenistan said again, not evidence for it; word stems catch it ('Afghan', 'borders')."""
    claim = "Tajikistan and Turkmenistan lack the means to guard their Afghan borders well."
    case = (
        "Tajikistan cannot properly guard its border with Afghanistan against militants and drugs."
    )
    assert restates(case, claim)
    assert restates(
        "In 2015, the number of new migrants from Kazakhstan to Russia rose by 12.3%.",
        "In 2015 new migration to Russia grew from the EEU's Central Asian members and shrank "
        "from Uzbekistan and Tajikistan.",
    )
    evidence = (
        "In the first half of 2016, Russia's trade with Kazakhstan and Kyrgyzstan fell by 28%."
    )
    assert not restates(evidence, "Trade inside the EEU is shrinking.")
    for name in DECKS:
        for seed in SEEDS:
            for q, _, _ in _sentence_items(name, seed):
                assert not restates(q.answer[0], q.prompt.split('"')[1]), q.prompt


@pytest.mark.parametrize("name", DECKS)
def test_no_wrong_option_paraphrases_what_the_claim_is_linked_to(name: str) -> None:
    """A fact saying again what a linked claim says is as linked as the claim: 'Russia's backing
    for the EEU despite little trade benefit suggests a geopolitical project' is no wrong option
    for 'EEU membership brings Kazakhstan little benefit'."""
    argument = LOADED[name][2]
    for seed in SEEDS:
        for q, node, key in _sentence_items(name, seed):
            near = argument.within(node).keys() | argument.within(key).keys()
            for option in q.options or []:
                other = statement_node(argument, option)
                if other in (key, None) or other in argument.against(node):
                    continue
                for n in near:
                    assert not restates(option, argument.text(n)), (q.prompt, option, n)


def test_a_fall_is_explained_by_a_change_not_a_lasting_condition() -> None:
    """Review #3, #14: lasting trade barriers and a lack of complementarity were keyed as the
    cause of intra-EEU trade *falling*. They explain why the union brings little trade; the fall
    is put down to the slowdown (briefing, economic section, paragraph 3)."""
    argument = LOADED["russia-central-asia"][2]
    # session 12 (seed 643 review): the poor fit is among the obstacles the same paragraph names
    # for EEU trade, so it is linked too (and never a wrong reason); session 15 (seed-857 review
    # #7): a lasting condition explains weak trade, not a fall, so the claim says both
    assert argument.causes("c-eeu-trade-falling") == {
        "obstacle-slowdown",
        "obstacle-complementarity",
    }
    assert "weak and shrinking" in argument.text("c-eeu-trade-falling")
    assert {"obstacle-barriers", "obstacle-complementarity"} <= argument.causes("c-eeu-little-gain")
    for seed in SEEDS:
        for q in ITEMS["russia-central-asia", seed]:
            parts = PARTS.match(q.prompt) if q.kind == "assertion_reason" else None
            if parts and "shrinking" in parts["a"] and q.answer == [ar.EXPLAINS]:
                assert "slowdown" in parts["r"] or "complementarity" in parts["r"], q.prompt


@pytest.mark.parametrize("name", ["russia-central-asia", "chemical-elements"])
@pytest.mark.parametrize("seed", SEEDS)
def test_no_understanding_kind_crowds_out_the_others(name: str, seed: int) -> None:
    """Review #7: assertion-reason was 48 of 86 understanding items. On a deck with many claims
    no question form is now more than ~40% of them (35% until session 14: the echo gate and the
    one-item-per-shape rule cut why and claim-evidence items, and assertion-reason, 21 of 24
    fair in the seed-787 review against claim-evidence's 14 of 29, keeps the deck's understanding
    share above a fifth). A kind read the other way round (which point
    a fact supports: kinds/evidence_claim.py) is its own
    form, asking the learner something else; it is read that way only for a fact with no item
    the first way (claim_evidence.py), so one fact never heads both."""
    reverse = {("claim_evidence", evidence_claim.TEMPLATE)}
    kinds = Counter(
        (q.kind, "reversed" if (q.kind, q.template) in reverse else "") for q in ITEMS[name, seed]
    )
    total = sum(kinds.values())
    assert total >= 20
    for kind, n in kinds.items():
        assert n <= 0.4 * total, (kind, kinds)


@pytest.mark.parametrize("name", DECKS)
def test_each_assertion_is_asked_once(name: str) -> None:
    """Review #7: 'The SCO held its largest ... exercise' was the assertion of four items; an
    assertion (true or made false) now heads one assertion-reason item per deck and seed, but
    where a claim no other item asks needs a second (two such at most on these decks)."""
    argument = LOADED[name][2]
    for seed in SEEDS:
        heads: Counter[str] = Counter()
        for q in ITEMS[name, seed]:
            if q.kind == "assertion_reason":
                parts = PARTS.match(q.prompt)
                assert parts is not None
                node = statement_node(argument, parts["a"])
                heads[node or parts["a"]] += 1
        assert heads and max(heads.values()) <= 2, heads
        assert sum(n > 1 for n in heads.values()) <= 2, heads


def test_no_false_so_far_variant() -> None:
    """Review #46: 'the largest exercise so far in 2011 (as of 2016)' was false only through
    the date tag; read as 'the largest up to then' it could have been true in 2011."""
    argument = LOADED["russia-central-asia"][2]
    said = argument.text("sco-exercise-2014")
    if argument_false.SO_FAR.search(said):
        assert ar._false_statement(argument, "sco-exercise-2014", random.Random(0)) is None
    else:  # session 14: '... had held by 2016 took place in 2014' has one reading, any year
        assert "by 2016" in said
    for (name, _), items in ITEMS.items():
        for q in items:
            if q.kind == "assertion_reason" and q.answer[0] in (
                ar.REASON_FALSE,
                ar.ASSERTION_FALSE,
            ):
                parts = PARTS.match(q.prompt)
                assert parts is not None
                false = parts["r"] if q.answer[0] == ar.REASON_FALSE else parts["a"]
                assert "so far" not in false, (name, q.prompt)
