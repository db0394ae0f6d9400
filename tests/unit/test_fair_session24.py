"""Generator faults found by the session-23 learner reviews of the bundled decks (issue 12),
checked as rules over the decks and new seeds, never as single items."""

from __future__ import annotations

import random
import re
from collections import Counter

from quizapp.facts.grammar import singular
from quizapp.facts.normalise import normalise
from quizapp.facts.values import Quantity
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_item import source_of
from quizapp.generate.deck_clashes import same_key
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.true_false import false_values
from quizapp.generate.question import Question
from quizapp.generate.spread import OPEN_FORMS
from quizapp.generate.temperatures import alone_across_room, keeps_side
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, bundled_deck, generated
from tests.unit.test_understanding_session17 import _falsified

SEEDS = (24001, 24002, 24003)


def _item(kind: str, answer: list[str]) -> Question:
    return Question(
        id=f"{kind}-x",
        kind=kind,
        template="forward",
        prompt="How many protons does an atom of oxygen have in its nucleus?",
        answer=answer,
        fact_ids=["oxygen-protons"],
        topic="identity",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_a_figure_is_one_key_whatever_unit_words_it_carries() -> None:
    """'8' (a flashcard) and '8 protons' (an option) under one prompt are one key; another
    number, another scale or a name with a number in it are not."""
    bare, unit = _item("flashcard", ["8"]), _item("numeric_mcq", ["8 protons"])
    assert same_key(bare, unit)
    assert not same_key(unit, _item("numeric_mcq", ["6 protons"]))
    assert not same_key(_item("numeric", ["333 million"]), _item("numeric", ["333 billion"]))
    assert not same_key(_item("mcq", ["Apollo 11"]), _item("mcq", ["Soyuz 11"]))
    assert same_key(_item("numeric", ["14"]), _item("numeric_mcq", ["14 K"]))


def test_atomic_number_options_are_asked() -> None:
    """Every atomic-number numeric_mcq was dropped as a clash with the open forms' bare
    number; now the seeds ask some of them."""
    asked = [
        q
        for q in generated(CHEM, SEEDS)
        if q.kind == "numeric_mcq" and q.fact_ids[0].endswith("-protons")
    ]
    assert len(asked) >= 3


def test_a_filled_blank_agrees_with_a_count_of_one() -> None:
    """'An atom of hydrogen has _____ protons' keyed 1 read '1 protons' once filled; the blank
    now takes the unit ('_____', keyed '1 proton', with the measure named after the stem),
    and a singular unit before the blank would give the count away."""
    ones = 0
    for path in (CHEM, APOLLO, CENTRAL_ASIA):
        ix = DeckIndex(bundled_deck(path))
        for q in generated(path, SEEDS, spread=False):
            if q.kind != "cloze" or q.numeric is None:
                continue
            value = ix.numeric_value(ix.fact(q.fact_ids[0]))
            if not isinstance(value, Quantity) or abs(value.value) != 1:
                continue
            ones += 1
            filled = q.prompt.replace("_____", q.answer[0])
            assert not re.search(rf"\b1 {re.escape(value.unit)}\b", filled), filled
            assert not re.search(rf"\b{re.escape(singular(value.unit))}\b", q.prompt), q.prompt
    assert ones >= 1


def test_a_false_temperature_keeps_its_side_of_room_temperature_and_zero() -> None:
    """'Argon boils at 36 °C' (it boils at -186 °C) or 'tungsten melts at 2 °C' gives itself
    away: the false figure changes the element's state in the room, or its sign. False
    figures of a temperature stay on the key's side of 25 °C and of zero."""
    assert not keeps_side(_celsius(-38.83), _celsius(38.0))
    assert not keeps_side(_celsius(3422), _celsius(3))
    assert not keeps_side(_celsius(-62), _celsius(10))  # below 25 °C but above zero
    assert keeps_side(_celsius(-186), _celsius(-121))
    ix = DeckIndex(bundled_deck(CHEM))
    checked = 0
    for fact in ix.deck.facts:
        key = ix.numeric_value(fact)
        if not isinstance(key, Quantity) or key.unit not in ("°C", "K"):
            continue
        for seed in range(12):
            for other in false_values(ix, fact, random.Random(seed)):
                checked += 1
                assert keeps_side(key, other), (fact.id, key.display(), other.display())
    assert checked > 100


def _celsius(x: float) -> Quantity:
    return Quantity(kind="quantity", value=x, unit="°C", measure=True)


def test_a_false_limb_keeps_its_subject() -> None:
    """'Tungsten became the metal of lamp filaments ... Reason: At normal atmospheric pressure
    gallium melts at 3,422 °C' (four such at seed 23361): a false reason or assertion made by
    swapping its subject spoke of another element, so the pair read oddly and the false limb
    gave itself away. A false limb keeps its fact's subject and changes its object or figure."""
    falsified = Counter[str]()
    for path in (CHEM, APOLLO, CENTRAL_ASIA):
        ix = DeckIndex(bundled_deck(path))
        argument = argument_of(ix)
        for q in generated(path, SEEDS):
            if q.kind == "assertion_reason" and (how := _falsified(ix, argument, q)):
                falsified[how] += 1
                assert how != "subject", q.prompt
    assert falsified["object"] + falsified["figure"] >= 5, falsified


def test_one_fact_is_not_recalled_twice_under_one_prompt() -> None:
    """A typed item and a flashcard on the Apollo 15 lunar module's call sign with one prompt
    read as one question asked twice (review 23361). Within one seed's items, no two open
    recall items of a fact share a prompt (seed 24001 asked sodium's symbol so, without it)."""
    for path in (CHEM, APOLLO, CENTRAL_ASIA):
        for seed in SEEDS:
            seen: dict[tuple[str, str], str] = {}
            for q in generated(path, (seed,)):
                if q.kind not in OPEN_FORMS or len(q.fact_ids) != 1:
                    continue
                ident = (q.fact_ids[0], normalise(q.prompt))
                assert ident not in seen, (seed, seen[ident], q.kind, q.prompt)
                seen[ident] = q.kind


def test_a_comparison_key_is_not_alone_in_its_state() -> None:
    """'Which has the highest boiling point: argon, xenon, radon or sodium?' is answered by
    knowing sodium is the only one not a gas in the room. A comparison over temperatures
    never has its key alone on its side of room temperature (the options are redrawn)."""
    gases = [_celsius(x) for x in (-186, -108, -62)]
    sodium = _celsius(883)
    assert alone_across_room([*gases, sodium], sodium)
    mercury = _celsius(357)
    assert not alone_across_room([*gases[:2], sodium, mercury], sodium)
    ix = DeckIndex(bundled_deck(CHEM))
    asked = 0
    for q in generated(CHEM, (*SEEDS, 24004, 24005, 24006)):
        if q.kind != "comparison":
            continue
        values = [v for f in q.fact_ids if (v := ix.numeric_value(ix.fact(f))) is not None]
        key = max(values, key=lambda v: v.magnitude)
        asked += 1
        assert not alone_across_room(values, key), (q.prompt, q.options)
    assert asked >= 12


def test_each_option_carries_its_own_attribution() -> None:
    """'Which of these supports this claim? ... Each option is as the Wikipedia table of
    element discoveries gives it.' put every option in that table, though some came from
    other sources. An option's attribution names its own source, and a note after the stem
    is there only when every option is from the source it names."""
    notes = 0
    for path in (CHEM, APOLLO, CENTRAL_ASIA):
        ix = DeckIndex(bundled_deck(path))
        argument = argument_of(ix)
        names = ix.source_names
        for q in generated(path, (*SEEDS, 23361)):
            if q.kind not in ("why", "claim_evidence"):
                continue
            note = re.search(r"Each option is as (.+) gives it\.$", q.prompt)
            for option in q.options or []:
                said = re.match(r"According to ([^,]+), ", option)
                bare = option[said.end() :] if said else option
                node = _node_of(argument, bare)
                called = names.get(source_of(argument, node)) if node else None
                if said and called:
                    assert said.group(1) == called, (q.prompt, option)
                if note and node:
                    notes += 1
                    assert note.group(1) == called, (q.prompt, option)
    assert notes > 0


def _node_of(argument: Argument, option: str) -> str | None:
    wanted = normalise(option)
    return next((n for t, n in argument.by_text.items() if normalise(t) == wanted), None)
