"""The generator patterns the two reviews after the fixes still found (issue 10, seeds 7 and 23),
checked on a small made-up deck, so the rule holds for decks nobody has read, and on the
bundled deck over seeds the reviewers did not draw."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck, parse_deck
from quizapp.facts.model import Deck
from quizapp.generate import registry, spread
from quizapp.generate.audit import audit_items
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
SEEDS = (1, 4, 9)

TOY = (ROOT / "tests" / "data" / "harbours.yaml").read_text(encoding="utf-8")


def _toy(text: str = TOY) -> Deck:
    return parse_deck(text, "toy.yaml")


_MADE: dict[tuple[int, tuple[int, ...]], list[Question]] = {}


def _items(deck: Deck, seeds: tuple[int, ...] = SEEDS) -> list[Question]:
    key = (id(deck), seeds)
    if deck is not BUNDLED or key not in _MADE:  # the bundled deck is generated once
        _MADE[key] = [q for seed in seeds for q in generate_deck(deck, seed=seed).questions]
    return _MADE[key]


def _of_fact(items: list[Question], fact: str) -> list[Question]:
    return [q for q in items if q.fact_ids == [fact]]


# -- 1. a figure with a sibling measure: only one measure fits the stem -----------------------
def test_amount_and_share_stems_name_their_measure() -> None:
    items = _items(_toy())
    amount = _of_fact(items, "b-debt")
    opens = [q for q in amount if q.kind in ("numeric", "cloze", "flashcard")]
    assert {q.kind for q in opens} >= {"numeric", "cloze"}
    for q in opens:
        assert "US$" in q.prompt, q.prompt  # 'US$_____ million', '(Give an amount in US$.)'
    cloze = next(q for q in amount if q.kind == "cloze")
    assert "US$_____ million" in cloze.prompt and cloze.answer == ["420"]
    share = next(q for q in _of_fact(items, "b-share") if q.kind == "cloze")
    assert "_____%" in share.prompt and share.answer == ["90"]


def test_stem_open_to_both_measures_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.generate import measures
    from quizapp.generate.kinds import cloze, flashcard, numeric

    for module in (numeric, flashcard):
        monkeypatch.setattr(module, "with_measure", lambda ix, fact, prompt: prompt)
    monkeypatch.setattr(cloze, "blank_frame", lambda value, blank: (blank, value.display()))
    monkeypatch.setattr(registry, "first_failure", lambda q, ix: None)
    deck = _toy()
    items = _items(deck)
    assert any("US$" not in q.prompt for q in _of_fact(items, "b-debt") if q.kind == "numeric")
    assert "one measure" in {b.check for b in audit_items(items, DeckIndex(deck))}
    assert measures.sibling_measures(DeckIndex(deck), DeckIndex(deck).fact("b-debt"))


def test_bundled_debt_figures_name_their_measure() -> None:
    items = _items(BUNDLED)
    for fact in ("uzbek-debt-write-off", "uzbek-debt-share"):
        for q in _of_fact(items, fact):
            if q.kind in ("numeric", "cloze", "flashcard"):
                wants_share = fact.endswith("share")
                # session 16: a share is asked as a "percentage" (measures.says_percent)
                share_words = ("%", "share", "percentage")
                assert any(w in q.prompt for w in share_words) == wants_share, q.prompt
                assert ("US$" in q.prompt or "sum" in q.prompt) != wants_share, q.prompt


def test_cloze_key_does_not_repeat_the_words_after_the_blank() -> None:
    for q in _items(BUNDLED):
        if q.kind == "cloze":
            after = q.prompt.split("_____", 1)[1].split()
            if after and q.answer[0].split()[-1:] == after[:1]:
                pytest.fail(f"{q.prompt} -> {q.answer}")


def test_open_numeric_key_does_not_repeat_the_stems_unit() -> None:
    heroin = [q for q in _items(BUNDLED) if "heroin users" in q.prompt and q.kind != "true_false"]
    assert heroin
    for q in heroin:
        if q.kind in ("numeric", "flashcard"):
            assert "users" not in q.answer[0], q.answer


# -- 3. descriptive values read as predicates --------------------------------------------------
def _stance_stems(deck: Deck) -> list[str]:
    ix = DeckIndex(deck)
    stance = {r.id for r in deck.relations if r.object_kinds == ["stance"]}
    return [
        q.prompt
        for q in _items(deck)
        if any(ix.fact(f).relation in stance for f in q.fact_ids) and q.kind != "matching"
    ]


@pytest.mark.parametrize("deck", [_toy(), BUNDLED], ids=["toy", "bundled"])
def test_every_stem_built_from_a_stance_is_grammatical(deck: Deck) -> None:
    stems = _stance_stems(deck)
    assert len(stems) >= 6
    for stem in stems:
        low = stem.casefold()
        for bad in ("is long aloof", "call long aloof", "is has", "are one of", "call one of"):
            assert bad not in low, stem
        assert not ("countries" in low and "one of" in low), stem
    joined = " ".join(stems)
    assert "has long been aloof but is warming" in joined


def test_plural_predicate() -> None:
    from quizapp.facts.templates import plural_predicate

    assert (
        plural_predicate("is one of Russia's closest allies") == "are among Russia's closest allies"
    )
    assert plural_predicate("has long been aloof but is warming") == (
        "have long been aloof but are warming"
    )


def test_pasted_descriptive_value_is_caught() -> None:
    text = TOY.replace("{subject} {is_object}.", "{subject} is {object}.").replace(
        "which countries {are_object}?", "which countries are {object}?"
    )
    deck = _toy(text)
    result = generate_deck(deck, seed=1)
    assert any("predicative form" in reason for _, reason in result.dropped), result.dropped
    for q in result.questions:
        assert "is long aloof" not in q.prompt and "are one of" not in q.prompt, q.prompt


# -- 2. an open list of examples is never asked as 'the two/three ...' -------------------------
def test_open_set_states_no_total() -> None:
    cards = [q for q in _items(_toy()) if q.template == "set-forward"]
    assert cards
    for q in cards:
        assert q.prompt.startswith("Name two problems"), q.prompt
        assert "the two" not in q.prompt and q.back == "The source names tariffs and border queues."


def test_declared_complete_set_keeps_its_count() -> None:
    text = TOY.replace(
        "      set_forward: Name the", "      sets_complete: true\n      set_forward: Name the"
    )
    cards = [q for q in _items(_toy(text)) if q.template == "set-forward"]
    assert cards and all(q.prompt.startswith("Name the two problems") for q in cards)


def test_bundled_such_as_lists_state_no_total() -> None:
    prompts = {q.prompt for q in _items(BUNDLED) if q.kind == "flashcard"}
    assert (
        "Name three competitors that, according to the briefing, Russia wants to keep out of "
        "Central Asia." in prompts
    )
    assert not any(p.startswith("Name the three competitors") for p in prompts)
    # the five CIS members are the whole group the card names: asked without the count
    assert not any("five Central Asian countries that belonged to the CIS" in p for p in prompts)
    assert any("name the Central Asian countries that belonged to the CIS" in p for p in prompts)
    assert any(  # attributed: the deck marks the Russian minorities contested
        p.startswith("Name three countries that, according to the briefing, have large minorities")
        for p in prompts
    )


# -- 4. mechanical lead-ins and tags ---------------------------------------------------------
def test_group_stems_have_no_mechanical_lead_in() -> None:
    items = _items(BUNDLED)
    groups = [q for q in items if q.kind in ("matching", "ordering")]
    assert {q.kind for q in groups} == {"matching", "ordering"}
    for q in groups:
        assert not q.prompt.startswith(("Match each with its answer", "Put these in order,")), q
        assert "highest answer first" not in q.prompt
    by_number = [q for q in groups if q.template == "by-number"]
    assert by_number and all(
        q.prompt.startswith("Order these from the highest figure to the lowest: ")
        or q.prompt.endswith("earliest to the latest.")
        # a declared measure reads as one sentence (review r212 #74: instruction, colon, question)
        or (q.prompt.startswith("Order these by ") and q.prompt.endswith(" first."))
        for q in by_number
    )


def test_a_stem_that_names_the_source_year_gets_no_second_date() -> None:
    from quizapp.generate.kinds.common import dated

    ix = DeckIndex(BUNDLED)
    fact = BUNDLED.facts[0]
    assert dated(ix, [fact], "The SCO held its largest exercise so far in 2016.") == (
        "The SCO held its largest exercise so far in 2016."
    )
    assert dated(ix, [fact], "Which bloc does it still lead?") == (
        "Which bloc does it still lead (as of 2016)?"
    )
    for q in _items(BUNDLED):
        assert "2016 (as of 2016)" not in q.prompt, q.prompt


def test_false_statement_explains_the_swapped_object_and_cites_it() -> None:
    ix = DeckIndex(BUNDLED)
    falses = [
        q
        for q in _items(BUNDLED)
        if q.kind == "true_false"
        and q.answer == ["False"]
        and "was a member of the SCO" in q.prompt
    ]
    assert falses
    sco_citations = {ix.citation(f) for f in ix.facts_by_pair[("member-of", "sco")]}
    for q in falses:
        assert "That holds for" in q.explanation and "Kazakhstan" in q.explanation, q.explanation
        assert "member of the CIS" not in q.explanation, q.explanation
        assert any(c in q.citation for c in sco_citations), q.citation


# -- 5. the source's judgments and undated present-tense states ------------------------------
def _flagged(flag: str, relation: str) -> Deck:
    head = f"  - id: {relation}\n"
    assert head in TOY
    return _toy(TOY.replace(head, f"{head}    {flag}: true\n"))


def test_a_judgment_is_asked_as_the_sources() -> None:
    items = _of_fact(_items(_flagged("judgment", "debt-forgiven")), "b-debt")
    assert items
    for q in items:
        assert "according to the memo" in q.prompt.casefold(), q.prompt
    plain = _of_fact(_items(_toy()), "b-debt")
    assert not any("according to" in q.prompt.casefold() for q in plain)


def test_a_present_state_is_dated_by_the_source() -> None:
    items = _of_fact(_items(_flagged("as_of_source", "debt-share-forgiven")), "b-share")
    assert items
    for q in items:
        assert "(as of 2019)" in q.prompt, q.prompt


def test_bundled_judgments_and_bases_are_scoped() -> None:
    for q in _items(BUNDLED):
        low = q.prompt.casefold()
        if "wants to keep" in low:
            assert "according to the briefing" in low, q.prompt
        if "military bases" in low:
            assert "as of 2016" in low or "according to" in low, q.prompt


# -- 6. redundancy ----------------------------------------------------------------------------
def test_one_number_gets_one_open_recall_and_few_items() -> None:
    ix = DeckIndex(BUNDLED)
    for seed in SEEDS:
        items = generate_deck(BUNDLED, seed=seed).questions
        recalls: dict[str, list[str]] = {}
        singles: dict[str, int] = {}
        for q in items:
            if len(q.fact_ids) != 1:
                continue
            fact = ix.fact(q.fact_ids[0])
            if q.kind != "true_false" and not q.claim_ids:  # a claim's last item may pass
                singles[fact.id] = singles.get(fact.id, 0) + 1
            recall = q.kind in spread.OPEN_FORMS and q.template != "year"
            if ix.numeric_value(fact) is not None and recall:
                recalls.setdefault(fact.id, []).append(q.kind)
        assert recalls and all(len(kinds) == 1 for kinds in recalls.values()), recalls
        assert max(singles.values()) <= spread.PER_FACT


def test_the_forms_of_a_number_vary_with_the_seed() -> None:
    forms = {
        q.kind
        for seed in range(6)
        for q in generate_deck(BUNDLED, seed=seed).questions
        if q.fact_ids == ["uzbek-debt-write-off"] and q.kind in spread.OPEN_FORMS
    }
    assert len(forms) >= 2, forms


# -- 7. small ones -----------------------------------------------------------------------------
def test_false_figures_are_clearly_off_the_key() -> None:
    ix = DeckIndex(BUNDLED)
    seen = 0
    for q in _items(BUNDLED):
        fact = ix.fact(q.fact_ids[0])
        value = ix.numeric_value(fact)
        if q.kind != "true_false" or q.answer != ["False"] or value is None:
            continue
        if value.family in ("year", "date"):
            continue
        shown = ix.say(ix.relations[fact.relation].templates.statement, fact)
        assert q.prompt != shown
        seen += 1
        numbers = [w for w in q.prompt.replace(",", "").replace("%", " ").split() if w.isdigit()]
        key = value.magnitude
        for n in numbers:
            if float(n) != key and abs(float(n) - key) < 0.15 * key:
                pytest.fail(f"{q.prompt} is too close to {value.display()}")
    assert seen


def test_true_statement_implied_by_another_fact_about_the_protagonist_is_dropped() -> None:
    from quizapp.generate.kinds import true_false

    ix = DeckIndex(BUNDLED)
    member = next(f for f in BUNDLED.facts if f.id == "eeu-members-russia")
    assert true_false.implied(ix, member)  # the EEU is led by Russia
    assert not true_false.implied(ix, ix.fact("eeu-members-kazakhstan"))
    dropped = sum(
        n
        for seed in SEEDS
        for (_, reason), n in generate_deck(BUNDLED, seed=seed).dropped.items()
        if reason == true_false.GIVEN_AWAY
    )
    assert dropped >= len(SEEDS)


def test_founding_stem_does_not_make_a_partner_the_launcher() -> None:
    for q in _items(BUNDLED):
        assert "launch together with" not in q.prompt, q.prompt


def test_a_physical_measure_needs_no_cue() -> None:
    planets = load_deck(ROOT / "tests" / "data" / "planets.yaml")
    prompts = [q.prompt for q in generate_deck(planets, seed=0).questions]
    assert any("diameter" in p for p in prompts)
    # session 16: a share stem is told to give a percentage ("What share of Earth's diameter
    # ...? (Give a percentage.)"); a physical measure still gets no cue
    cued = [p for p in prompts if "(Give" in p and "(Give a percentage.)" not in p]
    assert not cued, cued
