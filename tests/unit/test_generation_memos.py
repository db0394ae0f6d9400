"""The memos that make generation faster answer as the work they replace would."""

from __future__ import annotations

import random

from quizapp.facts.model import Deck, Entity
from quizapp.facts.templates import plural_predicate
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import from_within, numeric_key
from quizapp.generate.ladder import ladder
from quizapp.generate.ladder_options import Option, options_of
from quizapp.generate.option_forms import form_of, form_of_text
from quizapp.generate.rival_figures import numeric_key as key_with_rivals
from quizapp.generate.slot_tests import false_object, false_subject, swapped_object
from tests.support.bundled import CENTRAL_ASIA, CHEM, bundled_deck


def test_a_saying_is_the_same_rendered_again_or_from_the_memo() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    memo, fresh = DeckIndex(deck), DeckIndex(deck)
    for fact in deck.facts:
        template = memo.relations[fact.relation].templates.statement
        first = memo.say(template, fact)
        assert memo.say(template, fact) == first  # from the memo
        assert fresh.say(template, fact, count="") == first  # rendered in another index


def test_a_fact_made_on_the_fly_is_not_said_as_the_deck_fact_of_its_id() -> None:
    deck = bundled_deck(CENTRAL_ASIA)
    ix = DeckIndex(deck)
    fact = next(f for f in deck.facts if f.object_id is not None)
    other = next(e.id for e in deck.entities if e.id not in (fact.object_id, fact.subject))
    template = ix.relations[fact.relation].templates.statement
    said = ix.say(template, fact)
    changed = fact.model_copy(update={"object": other})
    assert ix.say(template, changed) != said
    assert ix.entities[other].phrase() in ix.say(template, changed)
    assert ix.say(template, fact) == said


def test_form_of_follows_name_and_plural() -> None:
    one = Entity(id="e-one", kind="person", name="Henry Cavendish")
    pair = Entity(id="e-pair", kind="person", name="Bunsen and Kirchhoff")
    plural = Entity(id="e-pl", kind="country", name="Philippines", plural=True)
    assert [form_of(e) for e in (one, pair, plural, one)] == ["one", "list", "list", "one"]
    assert form_of(one) == form_of_text(one.name)


def test_plural_predicate_cached_answers_alike() -> None:
    for text in ("is one of Russia's closest allies", "has long been aloof but is warming"):
        assert plural_predicate(text) == plural_predicate.__wrapped__(text)
    assert plural_predicate("is one of the five") == "are among the five"


def test_ladders_sharing_their_options_draw_as_ladders_each_on_its_own() -> None:
    deck = bundled_deck(CHEM)
    ix = DeckIndex(deck)
    values = [v for f in deck.facts if (v := ix.numeric_value(f)) is not None]
    assert len(values) > 20
    for i, value in enumerate(values):
        made: dict[str, Option] = {}
        for n in (6, 4, 3, 3):
            alone = ladder(value, random.Random(i), n)
            shared = ladder(value, random.Random(i), n, made=made)
            assert [v.display() for v in shared] == [v.display() for v in alone]


def test_a_figures_options_are_kept_per_index_for_every_seed_and_kind() -> None:
    """true/false's false figures and numeric choice's ladders of one key, on every seed,
    share the options made of it: each was made again per ladder call (a fifth of the
    ladders' time); an equal value elsewhere, or another index, keeps its own."""
    deck = bundled_deck(CHEM)
    ix, other = DeckIndex(deck), DeckIndex(deck)
    values = [v for f in deck.facts if (v := ix.numeric_value(f)) is not None]
    value = next(v for v in values if ladder(v, random.Random(0), 4))
    made = options_of(ix, value)
    assert ladder(value, random.Random(0), 4, made=made) and made
    assert options_of(ix, value) is made
    assert options_of(other, value) == {}
    assert options_of(ix, value.model_copy()) == {}


def test_a_facts_grading_key_is_made_once_per_index() -> None:
    """numeric, cloze and numeric choice asked rival_figures for the same key on every seed;
    it is kept per index and fact, and is what a fresh index makes."""
    deck = bundled_deck(CHEM)
    ix, other = DeckIndex(deck), DeckIndex(deck)
    facts = [f for f in deck.facts if ix.numeric_value(f) is not None]
    assert len(facts) > 20
    for fact in facts:
        key = numeric_key(ix, fact)
        assert numeric_key(ix, fact) is key
        assert key is not None and key == key_with_rivals(other, fact.id)
        assert numeric_key(other, fact) is not key


def test_text_gates_kept_per_text_answer_as_their_patterns() -> None:
    from quizapp.generate.index import NEGATION, SHORT_OF, _short_of_act, _states_absence
    from quizapp.generate.kinds.common import (
        SCOPED,
        SPANNED,
        STALE,
        WORLD_CAVEAT,
        _world_caveat,
        tense,
    )
    from quizapp.generate.negative_stems import NEGATIVE, _negative
    from quizapp.generate.stem_gates import _ONE_PLURAL, _one_plural

    texts = [
        "Which of these is not a member?",
        "Russia has so far kept 1 base there.",
        "As of 2016, Kazakhstan is still the largest economy.",
        "The EEU has 1 projects.",
        "What has China shown no interest in?",
        "None of the above",
        "Tajikistan is hesitant about joining the EEU.",
        "The briefing's figure is 95%; in reality it is nearer 97%.",
    ]
    for text in texts * 2:  # the second pass reads the caches
        assert _negative(text) == bool(NEGATIVE.search(text))
        assert _one_plural(text) == bool(_ONE_PLURAL.search(text))
        assert _states_absence(text) == bool(NEGATION.search(text))
        scoped = bool(SCOPED.search(text) or SPANNED.search(text))
        assert tense(text) == (bool(STALE.search(text)), scoped)
        assert _short_of_act(text) == bool(NEGATION.search(text) or SHORT_OF.search(text))
        assert _world_caveat(text) == bool(WORLD_CAVEAT.search(text))
    assert _negative(texts[0]) and not _negative(texts[2]) and _one_plural(texts[3])
    assert _short_of_act(texts[6]) and _world_caveat(texts[7]) and not _world_caveat(texts[6])


def _shares(rows: list[tuple[str, int, int]]) -> DeckIndex:
    """A deck of shares: (country, percent, year) per fact, in this order."""
    prov = {"source": "s", "section": 1, "paragraph": 1}
    return DeckIndex(
        Deck.model_validate(
            {
                "id": "shares",
                "title": "Shares",
                "sources": [{"id": "s", "title": "S"}],
                "topics": [{"id": "t", "title": "T"}],
                "entities": [
                    {"id": c, "kind": "country", "name": c.title()}
                    for c in sorted({c for c, _, _ in rows})
                ],
                "relations": [
                    {
                        "id": "share",
                        "subject_kinds": ["country"],
                        "object_type": "percentage",
                        "functional": True,
                        "time_bound": True,
                        "templates": {
                            "forward": "What share did {subject} hold {when}?",
                            "statement": "{subject} held {object} {when}.",
                        },
                    }
                ],
                "facts": [
                    {
                        "id": f"f{i}",
                        "subject": c,
                        "relation": "share",
                        "object": {"kind": "percentage", "value": v},
                        "qualifiers": {"as_of": {"year": y}},
                        "explanation": "A share held that year.",
                        "topics": ["t"],
                        "provenance": prov,
                    }
                    for i, (c, v, y) in enumerate(rows)
                ],
            }
        )
    )


def test_a_rival_figure_is_named_after_its_first_fact_of_another_subject() -> None:
    """Rivals are read from two facts per figure (its first, and its first of another subject):
    a key whose own subject holds a figure first, twice over, still has that figure as a rival
    named after the other subject that holds it, as when every fact at the figure was read."""
    ix = _shares(
        [
            ("ruritania", 50, 2000),
            ("ruritania", 50, 2010),
            ("syldavia", 50, 2001),
            ("borduria", 50, 2002),
            ("ruritania", 52, 2020),
        ]
    )
    key = key_with_rivals(ix, "f4")
    assert key is not None
    assert dict(zip(key.rivals, key.rival_notes, strict=True)) == {50.0: "the figure for Syldavia"}
    other = key_with_rivals(ix, "f2")  # Syldavia's 50%: Ruritania's is the figure's first fact
    assert other is not None
    assert dict(zip(other.rivals, other.rival_notes, strict=True)).get(52.0) == (
        "the figure for Ruritania"
    )


def test_a_slots_kept_verdicts_are_its_tests() -> None:
    """slot_tests.py: what a slot keeps for a candidate is what its tests say, asked afresh."""
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    for fact in ix.deck.facts:
        s, r, o = fact.subject, fact.relation, fact.object_id
        if o is None:
            continue
        for e in ix.entities_of_kind(ix.entities[o].kind):
            fair = ix.provably_false(s, r, e.id) and ix.plausible_object(r, e.id, s)
            fair = fair and from_within(ix, s, e.id)
            assert false_object(ix, s, r)[e.id] == fair
            swapped = fair and ix.plausible_subject(r, s, e.id)
            assert swapped_object(ix, s, r)[e.id] == swapped
        for e in ix.entities_of_kind(ix.entities[s].kind):
            fair = ix.provably_false(e.id, r, o) and ix.plausible_subject(r, e.id, o)
            assert false_subject(ix, r, o)[e.id] == fair
