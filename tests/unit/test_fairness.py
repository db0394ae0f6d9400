"""Fair items (issue 10): the audit over every bundled deck and seeds 0-9, and proof that each
check it relies on can fail: a bad item is caught, and a weakened generator is caught."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck
from quizapp.facts.model import Deck
from quizapp.facts.values import Money, Quantity, Year
from quizapp.generate import registry
from quizapp.generate.audit import Breach, audit_deck, audit_items, shared_prompts, true_share
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import true_false
from quizapp.generate.ladder import ladder, shape
from quizapp.generate.question import ONE_OF_OPTIONS, Question, item_id
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "questions").glob("*.yaml"))
DECK = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
IX = DeckIndex(DECK)


def _checks(breaches: list[Breach]) -> set[str]:
    return {b.check for b in breaches}


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
@pytest.mark.parametrize("seed", range(10))
def test_every_bundled_deck_passes_the_audit(path: Path, seed: int) -> None:
    breaches = audit_deck(load_deck(path), seed=seed)
    assert breaches == [], "\n".join(b.render() for b in breaches[:20])


# -- each check can fail: a bad item is caught -------------------------------------------------
def _q(kind: str, prompt: str, answer: list[str], fact: str, **kw: object) -> Question:
    return Question(
        id=item_id(kind, [fact], prompt),
        kind=kind,
        template="test",
        prompt=prompt,
        answer=answer,
        fact_ids=[fact],
        topic="organisations",
        explanation="test item",
        citation="test",
        difficulty=0.5,
        **kw,
    )


def _gate_breaches(q: Question) -> set[str]:
    return {b.check for b in audit_items([q], IX) if b.item is not None}


def test_shared_front_with_different_keys_is_a_breach() -> None:
    a = _q(
        "flashcard",
        "Which organisation did Kazakhstan belong to in 2016?",
        ["CIS"],
        "kazakhstan-in-cis",
    )
    b = _q(
        "typed",
        "Which organisation did Kazakhstan belong to in 2016?",
        ["CSTO"],
        "csto-members-kazakhstan",
    )
    assert _checks(shared_prompts([a, b])) == {"shared prompt"}
    assert shared_prompts([a, a.model_copy(update={"kind": "typed"})]) == []


def test_these_without_options_is_a_breach() -> None:
    q = _q(
        "flashcard",
        "Which of these aims does Russia pursue in Central Asia?",
        ["promoting trade"],
        "aim-trade",
    )
    assert "open wording" in _gate_breaches(q)


def test_true_share_outside_45_55_is_a_breach() -> None:
    items = [
        _q("true_false", f"Statement {i}.", ["True" if i < 6 else "False"], "aim-trade")
        for i in range(10)
    ]
    assert _checks(true_share(items)) == {"true share"}
    balanced = [
        q.model_copy(update={"answer": ["True" if i % 2 else "False"]}) for i, q in enumerate(items)
    ]
    assert true_share(balanced) == []


def test_single_key_tick_all_is_a_breach() -> None:
    q = _q(
        "multi_select",
        "Which of these countries were members of the CSTO in 2016?",
        ["Kazakhstan"],
        "csto-members-kazakhstan",
        options=["Kazakhstan", "Uzbekistan", "Turkmenistan", "Russia"],
    )
    assert "tick-all shape" in _gate_breaches(q)


def test_numeric_options_off_the_keys_precision_or_agreement_are_breaches() -> None:
    odd = _q(
        "numeric_mcq",
        "Roughly how many heroin users does Russia have, by estimate?",
        ["about 1.5 million heroin users"],
        "russia-heroin-users",
        options=[
            "about 1.17 million heroin users",
            "about 1.5 million heroin users",
            "about 1.83 million heroin users",
            "about 2.5 million heroin users",
        ],
    )
    assert "numbers agree" in _gate_breaches(odd)
    plural = _q(
        "numeric_mcq",
        "How many Russian-backed hydroelectric projects in Kyrgyzstan were cancelled in 2016?",
        ["2 hydroelectric projects"],
        "kyrgyz-hydro-cancelled",
        options=[
            "1 hydroelectric projects",
            "2 hydroelectric projects",
            "3 hydroelectric projects",
        ],
    )
    assert "numbers agree" in _gate_breaches(plural)


def test_implausible_distractor_is_a_breach() -> None:
    q = _q(
        "mcq",
        "Which of these organisations did Kyrgyzstan belong to in 2016?",
        ["SCO"],
        "sco-members-kyrgyzstan",
        options=["SCO", "European Parliament", "Council of the EU", "EU"],
    )
    assert "plausible options" in _gate_breaches(q)


def test_year_after_the_source_is_a_breach() -> None:
    q = _q(
        "numeric_mcq",
        "In which year did the SCO hold its largest joint anti-terrorism exercise so far?",
        ["2014"],
        "sco-exercise-2014",
        options=["2014", "2017", "2020", "2023"],
    )
    assert "not after the source" in _gate_breaches(q)


def test_a_fact_asked_once_and_a_missing_kind_are_breaches() -> None:
    items = [q for q in generate_deck(DECK, seed=1).questions if q.kind != "matching"]
    items = [
        q
        for q in items
        if "aim-trade" not in q.fact_ids or q.kind not in ("true_false", *ONE_OF_OPTIONS)
    ]
    found = {b.message for b in audit_items(items, IX) if b.item is None}
    assert "no matching item" in found
    assert any("'aim-trade'" in m for m in found)


# -- each check can fail: a weakened generator is caught --------------------------------------
def test_weakened_uniqueness_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open forms on any slot, as before issue 10: several right answers, one front."""
    monkeypatch.setattr(DeckIndex, "object_unique", lambda self, fact, scoped=True: True)
    monkeypatch.setattr(registry, "deck_wide", lambda items, result: items)
    assert "shared prompt" in _checks(audit_deck(DECK, seed=2))


def test_weakened_true_false_balance_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The old coin flip, where a missing False variant dropped the item: True-heavy keys."""

    def coin(ix: DeckIndex, fact, rng: random.Random):  # type: ignore[no-untyped-def]
        made = [o for o in true_false.generate(ix, fact, rng) if isinstance(o, Question)]
        want = "True" if rng.random() < 0.5 else "False"
        return [q for q in made if q.answer == [want]][:1]

    monkeypatch.setitem(registry.GENERATORS, "true_false", coin)
    monkeypatch.setattr(registry, "balance_true_false", lambda items, seed, result: items)
    shares = []
    for seed in range(3):
        keys = [
            q.answer[0] for q in generate_deck(DECK, seed=seed).questions if q.kind == "true_false"
        ]
        shares.append(keys.count("True") / len(keys))
    assert max(shares) > 0.55


def _generated_without_gates(monkeypatch: pytest.MonkeyPatch, seeds: range) -> list[Question]:
    monkeypatch.setattr(registry, "first_failure", lambda q, ix: None)
    return [q for seed in seeds for q in generate_deck(DECK, seed=seed).questions]


def test_weakened_plausibility_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """Distractors from any entity of the kind, as before: EU bodies as organisations."""
    monkeypatch.setattr(DeckIndex, "plausible_object", lambda self, r, c, *a: True)
    monkeypatch.setattr(DeckIndex, "plausible_subject", lambda self, r, c, *a: True)
    items = _generated_without_gates(monkeypatch, range(1))
    monkeypatch.undo()
    assert "plausible options" in _checks(audit_items(items, DeckIndex(DECK)))


def test_weakened_multi_select_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.generate.kinds import multi_select

    monkeypatch.setattr(multi_select, "MIN_KEYS", 1)
    monkeypatch.setattr(multi_select, "MIN_DISTRACTORS", 1)
    monkeypatch.setattr(DeckIndex, "plausible_subject", lambda self, r, c, *a: True)
    items = _generated_without_gates(monkeypatch, range(5))
    monkeypatch.undo()
    assert "tick-all shape" in _checks(audit_items(items, DeckIndex(DECK)))


# -- the generator's own rules ----------------------------------------------------------------
def test_functional_alone_proves_nothing_false() -> None:
    """'Several facilities' in Kazakhstan does not rule out an airbase there."""
    assert not IX.provably_false("kazakhstan", "russian-facility", "airbase")
    assert IX.provably_false("kazakhstan", "largest-arms-supplier", "china")  # exclusive


def test_open_forms_only_where_one_answer_is_declared() -> None:
    items = generate_deck(DECK, seed=5).questions
    open_fronts = [q.prompt for q in items if q.kind in ("typed", "flashcard", "cloze")]
    assert "Which organisation did Kazakhstan belong to in 2016?" not in open_fronts
    assert not any(p.startswith("In 2016, Belarus was a member of") for p in open_fronts)
    assert not any("these" in p.split() for p in open_fronts)


def test_true_false_is_balanced_over_seeds() -> None:
    keys = Counter(
        q.answer[0]
        for s in range(10)
        for q in generate_deck(DECK, seed=s).questions
        if q.kind == "true_false"
    )
    assert 0.47 <= keys["True"] / sum(keys.values()) <= 0.53


def test_ladder_keeps_the_keys_shape_scale_and_date() -> None:
    rng = random.Random(3)
    for _ in range(50):
        users = ladder(
            Quantity(kind="quantity", value=1_500_000, unit="heroin users", approx=True), rng
        )
        assert len({shape(v.display()) for v in users}) == 1
        money = ladder(Money(kind="money", amount=865, currency="USD", scale="million"), rng)
        assert all("," not in v.display() for v in money)  # never 'US$1,615 million'
        years = ladder(Year(kind="year", value=2014), rng, latest_year=2016)
        assert years and max(v.value for v in years) <= 2016  # type: ignore[union-attr]
    assert (
        Quantity(kind="quantity", value=1, unit="hydroelectric projects").display()
        == "1 hydroelectric project"
    )


def test_no_blank_on_the_protagonists() -> None:
    assert {"russia", "central-asia"} <= IX.protagonists
    for q in generate_deck(DECK, seed=4).questions:
        if q.kind in ("cloze", "typed"):
            assert q.answer[0] not in ("Russia", "Central Asia"), q.prompt


def test_citations_name_the_heading_and_label_background() -> None:
    cites = {IX.citation(f) for f in DECK.facts}
    assert "Background knowledge (not in the source)" in cites
    assert any(
        'under "What Russia is trying to achieve in Central Asia", paragraph 1' in c for c in cites
    )
    assert not any("section" in c for c in cites)


def test_multi_select_explanation_names_only_the_options_shown() -> None:
    for seed in range(5):
        for q in generate_deck(DECK, seed=seed).questions:
            if q.kind == "multi_select":
                head = q.explanation.split(". ")[0]
                names = {IX.entities[e].name for e in IX.entities if IX.entities[e].name in head}
                assert names <= set(q.options or []), (head, q.options)


def test_deck_declarations_say_no_more_than_the_briefing(tmp_path: Path) -> None:
    rel = {r.id: r for r in DECK.relations}
    assert not rel["russian-facility"].closed_world  # 'several facilities' may include an airbase
    assert not rel["has-bases-in"].closed_world  # India keeps bases elsewhere too
    assert not rel["joint-exercises-with-russia"].exclusive  # one exercise named, not the only one


def _unused(deck: Deck) -> None:  # keeps the Deck import honest for mypy
    del deck


def test_all_five_are_muslim_is_not_asked_five_times_per_form() -> None:
    items = generate_deck(DECK, seed=6).questions
    per_form = Counter(
        (q.kind, q.template) for q in items if q.answer == ["Islam"] and len(q.fact_ids) == 1
    )
    assert per_form and max(per_form.values()) <= 2, per_form
