"""The independent reading review after issues 10 and 11: each defect pattern it found is gone
from the generator (on any deck), and the audit catches it when the generator is broken again.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck
from quizapp.generate import registry
from quizapp.generate.audit import Breach, audit_items
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import common, typable
from quizapp.generate.kinds.typable import is_name
from quizapp.generate.question import CLAIM_KINDS, Question
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
DECK = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
PLANETS = load_deck(ROOT / "tests" / "data" / "planets.yaml")
SEEDS = (0, 3, 8)  # never 7: the reviewer's sample


def _checks(breaches: list[Breach]) -> set[str]:
    return {b.check for b in breaches}


def _items(seeds: tuple[int, ...] = SEEDS) -> list[Question]:
    return [q for seed in seeds for q in generate_deck(DECK, seed=seed).questions]


def _without_gates(
    monkeypatch: pytest.MonkeyPatch, seeds: tuple[int, ...] = SEEDS
) -> list[Question]:
    monkeypatch.setattr(registry, "first_failure", lambda q, ix: None)
    return _items(seeds)


# -- 1. descriptive keys are never typed --------------------------------------------------------
def test_is_name_tells_names_from_descriptions() -> None:
    for name in ("Council of the EU", "Shavkat Mirziyoyev", "CSTO", "Islam", "Central Asia-China"):
        assert is_name(name), name
    for phrase in ("authoritarian rule", "an airbase", "fossil fuels", "labour migration"):
        assert not is_name(phrase), phrase


def test_no_descriptive_key_is_typed_or_clozed() -> None:
    ix = DeckIndex(DECK)
    for q in _items():
        if q.kind in ("typed", "cloze") and q.numeric is None:
            assert ix.vocabulary.get(q.answer[0].lower()) is None or is_name(q.answer[0]), q
    prompts = [q.prompt for q in _items() if q.kind in ("typed", "cloze")]
    assert not any("form of government" in p or "mainly export" in p for p in prompts)
    assert not any("above all" in p for p in prompts)  # a text value: 'a geopolitical project'


def test_descriptive_typed_key_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typable, "is_name", lambda text: True)
    items = _without_gates(monkeypatch)
    monkeypatch.undo()
    assert "typed key is a name" in _checks(audit_items(items, DeckIndex(DECK)))


# -- 2. negative relations: the source names one, the world has more ---------------------------
def test_negative_relation_has_no_open_form() -> None:
    ix = DeckIndex(DECK)
    assert ix.negative("shows-no-interest-in")
    assert not ix.negative("member-of")
    for q in _items():
        fact = ix.fact(q.fact_ids[0])
        if ix.negative(fact.relation):
            assert q.kind not in ("typed", "cloze", "flashcard"), q.prompt


def test_open_negative_relation_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DeckIndex, "negative", lambda self, relation: False)
    items = _without_gates(monkeypatch)
    monkeypatch.undo()
    assert "open blank declared" in _checks(audit_items(items, DeckIndex(DECK)))


# -- 6. present-tense claims carry the source's date ------------------------------------------
def test_present_tense_stems_say_as_of_the_source() -> None:
    # a sentence naming its own span ('a quarter of a century after ...') dates itself
    stale = [
        q for q in _items() if common.STALE.search(q.prompt) and not common.SPANNED.search(q.prompt)
    ]
    assert stale
    for q in stale:
        dated = "(as of 2016)" in q.prompt or "so far in 2016" in q.prompt  # the year once
        assert dated or "according to the briefing" in q.prompt.lower(), q


def test_undated_present_tense_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "dated", lambda ix, facts, prompt: prompt)
    items = _without_gates(monkeypatch)
    monkeypatch.undo()
    assert "dated present tense" in _checks(audit_items(items, DeckIndex(DECK)))


# -- 11. redundancy: one point asked once per form ---------------------------------------------
def test_main_religion_is_one_point() -> None:
    for seed in SEEDS:
        items = generate_deck(DECK, seed=seed).questions
        per_form = Counter((q.kind, q.template) for q in items if "main religion" in q.prompt)
        assert per_form and max(per_form.values()) == 1, per_form


def test_near_copies_spread_over_forms_on_a_universal_relation() -> None:
    """The deck as it was: five facts 'X is mainly Muslim'. The kept copies spread over the
    forms, at most two of each (the old per-form thinning kept three or four flashcards)."""
    one = next(f for f in DECK.facts if f.id == "central-asia-muslim")
    five = [
        one.model_copy(update={"id": f"{c}-muslim", "subject": c})
        for c in ("kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan")
    ]
    deck = DECK.model_copy(update={"facts": [f for f in DECK.facts if f is not one] + five})
    for seed in (0, 2, 4):  # the old thinning kept four flashcards at seeds 2 and 4
        items = generate_deck(deck, seed=seed).questions
        # a typed item and a flashcard ask 'What is the main religion of X?' alike, so since
        # session 24 a fact keeps one of them (spread._same_prompt): one form of recall here
        per_form = Counter(
            ("recall" if q.kind in ("typed", "flashcard") else q.kind, q.template)
            for q in items
            if q.answer == ["Islam"] and len(q.fact_ids) == 1
        )
        assert sum(per_form.values()) >= 5
        # each fact needs two items (less its true/false ones, kept by the balance): the
        # forms share the load evenly (the old thinning left 4, 2 and 2)
        counts = per_form.values()
        assert max(counts) - min(counts) <= 1, per_form


# -- 5. the protagonist filter covers choices too; four options at least ----------------------
def test_no_mcq_keyed_on_the_protagonist_and_four_options() -> None:
    ix = DeckIndex(DECK)
    mcqs = [q for q in _items() if q.kind == "mcq"]
    assert mcqs
    for q in mcqs:
        assert ix.vocabulary.get(q.answer[0].lower()) not in ix.protagonists, q.prompt
        assert len(q.options or []) >= 4, q.prompt
    assert not any(q.prompt == "Which country leads the EEU?" for q in mcqs)


def test_protagonist_key_and_three_option_mcq_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.generate.kinds import mcq

    monkeypatch.setattr(mcq, "MIN_DISTRACTORS", 2)
    monkeypatch.setattr(DeckIndex, "protagonists", set())
    items = _without_gates(monkeypatch)
    monkeypatch.undo()
    checks = _checks(audit_items(items, DeckIndex(DECK)))
    assert {"protagonist key", "option count and order"} <= checks


# -- 3. orderings by date use single-date events only ------------------------------------------
def test_memberships_do_not_anchor_orderings() -> None:
    ix = DeckIndex(DECK)
    by_date = [q for q in _items(tuple(range(7))) if q.template == "by-date"]
    assert by_date
    for q in by_date:
        relations = {ix.fact(f).relation for f in q.fact_ids}
        assert not relations & {"founding-member-of", "joined", "left"}, q.answer


def test_ordering_a_non_event_is_caught() -> None:
    """The deck as it was, with memberships flagged as events: the audit against the honest
    declarations catches the orderings they anchor."""
    members = ("founding-member-of", "joined", "left")
    relations = [
        r.model_copy(update={"event": True}) if r.id in members else r for r in DECK.relations
    ]
    old = DECK.model_copy(update={"relations": relations})
    items = [q for s in range(4) for q in generate_deck(old, seed=s).questions]
    assert "events only" in _checks(audit_items(items, DeckIndex(DECK)))


# -- 9. no template gap in stems asked of several subjects -------------------------------------
def test_matching_and_ranked_stems_have_no_gap() -> None:
    stems = [q.prompt for q in _items() if q.kind in ("matching", "ordering")]
    assert any("each country" in p for p in stems)
    assert not any("…" in p for p in stems)


def test_gap_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.generate.kinds import matching, ordering

    monkeypatch.setattr(matching, "each", lambda ix, subjects: "…")
    monkeypatch.setattr(ordering, "each", lambda ix, subjects: "…")
    items = _without_gates(monkeypatch)
    monkeypatch.undo()
    assert "no template gap" in _checks(audit_items(items, DeckIndex(DECK)))


# -- 12. the key's rank in a number ladder is uniform ------------------------------------------
def _extreme_share(items: list[Question]) -> float:
    ranks = [
        (q.options.index(q.answer[0]), len(q.options))
        for q in items
        if q.kind == "numeric_mcq" and q.options
    ]
    return sum(r in (0, n - 1) for r, n in ranks) / len(ranks)


def test_number_ladders_key_an_extreme_about_half_the_time() -> None:
    items = _items((0, 1, 2, 3, 4, 5, 6, 8, 9))
    assert _extreme_share(items) <= 0.62  # 4 options, uniform rank: 0.5


def test_ladder_rank_is_uniform_even_near_a_bound() -> None:
    """95% and a count of 2 used to force the key to the top or the bottom."""
    import random

    from quizapp.facts.values import Percentage
    from quizapp.generate.ladder import ladder

    key = Percentage(kind="percentage", value=95)
    ranks = []
    for seed in range(200):
        values = ladder(key, random.Random(seed), 4)
        if values:
            ranks.append([v.display() for v in values].index(key.display()))
    # rank 0 would need 95, 96, 97, 98 (inside each other's tolerance): the key spreads over
    # ranks 1-3; the old code put it at the top 60% of the time. Since session 13 no wrong
    # share is 100% (false on its face), so the room above 95 is smaller: rank 1 is rarer
    assert len(ranks) == 200
    counts = Counter(ranks)
    assert max(counts.values()) <= 0.45 * len(ranks) and min(counts.values()) >= 0.1 * 200, counts


def test_extreme_keys_are_caught() -> None:
    from quizapp.generate.audit import key_ranks

    items = [q for q in _items() if q.kind == "numeric_mcq"]
    assert not key_ranks(items)
    moved = [
        q.model_copy(
            update={"options": [q.answer[0], *[o for o in q.options or [] if o != q.answer[0]]]}
        )
        for q in items
    ]
    assert "key rank" in _checks(key_ranks(moved))


# -- 4. comparisons stay comparisons; an option the stem names is absurd -----------------------
def test_a_comparison_is_not_turned_into_a_lead() -> None:
    prompts = [q.prompt for q in _items()]
    assert not any("leads in Central Asia on trade and investment" in p for p in prompts)
    assert any("more trade and investment in Central Asia than Russia" in p for p in prompts)


def test_option_named_in_the_stem_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.generate.kinds import mcq

    monkeypatch.setattr(mcq, "naming", lambda ix, text: lambda entity: False)
    monkeypatch.setattr(mcq, "MIN_DISTRACTORS", 2)
    items = _without_gates(monkeypatch)
    monkeypatch.undo()
    assert "option not in stem" in _checks(audit_items(items, DeckIndex(DECK)))


# -- 7. a rewording never shifts the subject ---------------------------------------------------
def test_a_figure_for_two_countries_names_both() -> None:
    ix = DeckIndex(DECK)
    fact = ix.fact("trade-fall-2016")
    stems = [  # the items asking the figure (a claim item shows it as a whole option)
        q.prompt for q in _items() if q.fact_ids == [fact.id] and q.kind not in CLAIM_KINDS
    ]
    assert stems and all("Kazakhstan and Kyrgyzstan" in p for p in stems)
    assert not any("neighbour" in q.prompt for q in _items())
    oil = ix.fact("kazakh-oil-via-russia")
    assert "sold to the EU" not in oil.explanation  # the stem's quantity, not another one


# -- 8. explanations of multi-fact items are not the first fact's --------------------------------
def test_multi_fact_explanations_are_not_one_facts_own() -> None:
    ix = DeckIndex(DECK)
    checked = 0
    for q in _items():
        facts = [ix.fact(f) for f in q.fact_ids]
        own = {f.explanation for f in facts}
        if len(facts) > 1 and len(own) > 1:
            checked += 1
            assert facts[0].explanation not in q.explanation, (q.kind, q.prompt, q.explanation)
    assert checked
