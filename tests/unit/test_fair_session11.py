"""Patterns of unfairness found by the session-10 reviews and the seed-200 read (issue 10),
checked as rules over several seeds of the bundled deck and on a made-up deck, never as
single items: options from the key's own class, distractors false in the world, matching
labels that cannot overlap, and stems that never state what their explanation corrects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.facts.loader import load_deck, parse_deck
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import ATTRIBUTED
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
IX = DeckIndex(BUNDLED)
SEEDS = (0, 3, 200)
ITEMS: list[Question] = [q for s in SEEDS for q in generate_deck(BUNDLED, seed=s).questions]
TOY = (ROOT / "tests" / "data" / "harbours.yaml").read_text(encoding="utf-8")
POST_SOVIET_BLOCS = ("eeu", "csto", "cis")


def _entity(name: str) -> str | None:
    return IX.vocabulary.get(name.casefold())


def test_a_bloc_whose_members_share_a_class_takes_options_only_from_that_class() -> None:
    """China is a subject of `member-of` (the SCO), but absurd as an EEU member."""
    assert not IX.plausible_subject("member-of", "china", "eeu")
    # the SCO's members share no role, but since session 15 a wrong subject of a relation with a
    # universe (the five Central Asian states) must come from it: China is outside
    assert not IX.plausible_subject("member-of", "china", "sco")
    assert IX.plausible_subject("member-of", "turkmenistan", "eeu")
    seen = 0
    for q in ITEMS:
        fact = IX.fact(q.fact_ids[0])
        if fact.relation != "member-of" or fact.object_id not in POST_SOVIET_BLOCS:
            continue
        if q.kind in ("mcq", "multi_select", "odd_one_out") and q.template != "forward":
            seen += 1
            for opt in q.options or []:
                eid = _entity(opt)
                assert eid is not None and "post-soviet" in IX.entities[eid].roles, (q.prompt, opt)
    assert seen >= 3


def test_a_false_statement_never_puts_a_subject_in_a_bloc_outside_its_class() -> None:
    """'In 2016, China was a member of the EEU' (from China's SCO fact) is absurd on its face."""
    falses = [q for q in ITEMS if q.kind == "true_false" and q.answer == ["False"]]
    member = [q for q in falses if IX.fact(q.fact_ids[0]).relation == "member-of"]
    assert member
    for q in member:
        fact = IX.fact(q.fact_ids[0])
        for bloc in POST_SOVIET_BLOCS:
            if IX.entities[bloc].name in q.prompt:
                assert "post-soviet" in IX.entities[fact.subject].roles, q.prompt


def test_a_list_with_a_contested_holder_proves_no_one_else_false() -> None:
    """The briefing says only Russia and India keep bases in the region; India's base is
    disputed, and China is reported to man a post in Tajikistan: it is no safe distractor."""
    assert not IX.provably_false("china", "has-bases-in", "central-asia")
    for q in ITEMS:
        if any(IX.fact(f).relation == "has-bases-in" for f in q.fact_ids):
            assert "China" not in (q.options or []), q.prompt
            assert not (q.kind == "true_false" and q.answer == ["False"]), q.prompt
    sets = [q for q in ITEMS if q.kind == "flashcard" and "military bases" in q.prompt]
    # the briefing's own 'only ... apart from India' closes the list (only_for, session 21)
    assert sets and all("are the only ones" in q.explanation for q in sets)
    minorities = [q for q in ITEMS if q.kind == "flashcard" and "ethnic Russians" in q.prompt]
    assert minorities and all("full list" not in q.explanation for q in minorities)


def test_matching_labels_come_only_from_an_exclusive_relation() -> None:
    """'Several military facilities' fits Kyrgyzstan too: solvable only by elimination."""
    matching = [q for q in ITEMS if q.kind == "matching"]
    assert matching
    for q in matching:
        fact = IX.fact(q.fact_ids[0])
        rel = IX.relations[fact.relation]
        assert rel.exclusive or IX.numeric_value(fact) is not None, q.prompt
    assert not [q for q in ITEMS if "defence presence" in q.prompt and q.kind == "matching"]


def test_a_stem_never_states_what_its_own_explanation_corrects() -> None:
    """Armenia 'a founding member' beside 'strictly, Armenia acceded a day after the launch'."""
    caveated = {f.id for f in BUNDLED.facts if "strictly" in f.told("").casefold()}
    assert {"eeu-founder-armenia", "turkmenistan-in-cis"} <= caveated
    on_them = [q for q in ITEMS if caveated & set(q.fact_ids) and q.kind != "true_false"]
    assert {"typed", "cloze"} & {q.kind for q in on_them}
    for q in on_them:
        assert ATTRIBUTED.search(q.prompt), (q.kind, q.prompt)


def test_a_world_caveat_in_a_made_up_deck_attributes_every_item() -> None:
    plain = generate_deck(parse_deck(TOY, "toy.yaml"), seed=0).questions
    # any kind: with true/false capped (session 13) the toy's plain statements may all be cards
    said_plainly = [q for q in plain if not ATTRIBUTED.search(q.prompt) and "memo" not in q.prompt]
    assert said_plainly
    fact = said_plainly[0].fact_ids[0]
    old = next(f.explanation for f in parse_deck(TOY, "toy.yaml").facts if f.id == fact)
    marked = TOY.replace(f"explanation: {old}", f"explanation: {old} Strictly speaking disputed.")
    assert marked != TOY
    items = [
        q
        for q in generate_deck(parse_deck(marked, "toy.yaml"), seed=0).questions
        if fact in q.fact_ids
    ]
    assert items
    for q in items:
        assert ATTRIBUTED.search(q.prompt), q.prompt


def test_a_bare_number_in_a_scaled_money_blank_is_read_at_the_blank_scale() -> None:
    """'US$_____ billion': 1, 2 and 3 are all billions in the feedback, never 2 million."""
    from quizapp.generate.checker import check

    blanks = [q for q in ITEMS if q.kind == "cloze" and re.search(r"US\$_+ (b|m)illion", q.prompt)]
    assert any("billion" in q.prompt for q in blanks)
    for q in blanks:
        assert q.numeric is not None
        for typed in ("1", "2", "3", "1.5", "40"):
            shown = check(q, typed).understood
            assert shown is not None, (q.prompt, typed)
            got = float(shown.replace(",", "").split()[0])
            assert got == float(typed) * q.numeric.scale, (q.prompt, typed, shown)


def test_one_flooded_paragraph_is_cut_back_but_keeps_every_fact_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Move the facts of seven paragraphs into one: it would give most of a session. The cap
    (three times the median paragraph) cuts it back as far as every fact's two items allow."""
    from collections import Counter

    from quizapp.generate import paragraphs
    from quizapp.generate.audit import audit_items

    text = (ROOT / "questions" / "russia-central-asia.yaml").read_text(encoding="utf-8")
    for anchor in ("*s4p4,", "*s4p5,", "*s5p1,", "*s6p1,", "*s6p2,", "*s6p3,", "*s7p2,"):
        text = text.replace(anchor, "{source: briefing, section: 4, paragraph: 3},")
    deck = parse_deck(text, "flooded.yaml")
    ix = DeckIndex(deck)
    place = ("briefing", 4, 3)

    def flooded(result_items: list[Question]) -> int:
        return Counter(paragraphs.paragraph_of(ix, q) for q in result_items)[place]

    result = generate_deck(deck, seed=0)
    monkeypatch.setattr(paragraphs, "FLOOD", 10**6)
    uncapped = generate_deck(deck, seed=0)
    monkeypatch.undo()
    assert flooded(result.questions) <= 0.8 * flooded(uncapped.questions)
    assert sum(n for (_, why), n in result.dropped.items() if why == paragraphs.OVER_PARAGRAPH)
    # the cap takes no fact below what it had uncapped (in this made-up deck one paragraph holds
    # the whole story, so a swap may refuse a fact's false statement before any cap: session 13)
    before = {b.message for b in audit_items(uncapped.questions, ix)}
    breaches = [b for b in audit_items(result.questions, ix) if b.message not in before]
    assert not [b for b in breaches if b.check in ("items per fact", "every kind")], breaches
    # the bundled deck itself is barely touched by the cap. Session 15 dropped its five
    # background located-in facts (freebies), which lowered the median paragraph's count: the
    # cap now trims a few items (6 at seed 0); the audit still finds every fact asked twice
    plain = generate_deck(BUNDLED, seed=0)
    capped = sum(n for (_, why), n in plain.dropped.items() if why == paragraphs.OVER_PARAGRAPH)
    assert capped <= 8, capped
    assert not [b for b in audit_items(plain.questions, IX) if b.check == "items per fact"]


# -- the seed-113 review (session 11) ---------------------------------------------------------
OPEN = ("typed", "cloze", "flashcard")


def test_an_open_question_has_no_second_answer_from_a_kin_relation() -> None:
    """'In which field does China lead?' -> energy investment; but the briefing also puts
    China ahead of Russia on trade and investment (a relation of the same roles and kinds)."""
    energy = IX.fact("china-leads-energy")
    assert not IX.object_unique(energy)
    for q in ITEMS:
        assert not (q.kind in OPEN and "which field does China lead" in q.prompt), q.prompt
    # relations that share only an object kind are not kin: Kazakhstan's two stances stay open
    assert IX.object_unique(IX.fact("kazakhstan-criticised-crimea"))


def test_a_present_state_is_dated_even_when_attributed() -> None:
    """'According to the briefing, Russia has its largest military presence abroad in ___'
    says whose claim it is, not when: since 2022 it is false. Every such stem names the year."""
    seen = 0
    for q in ITEMS:
        if q.kind not in (*OPEN, "mcq", "true_false", "numeric", "numeric_mcq"):
            continue
        facts = [IX.fact(f) for f in q.fact_ids]
        if any(IX.relations[f.relation].as_of_source and not f.qualifiers.as_of for f in facts):
            seen += 1
            assert re.search(r"\b2016\b", q.prompt), q.prompt
    assert seen >= 10
    presence = [q for q in ITEMS if "largest military presence" in q.prompt]
    assert presence and all("(as of 2016)" in q.prompt for q in presence)


def test_stems_about_a_leader_ask_for_a_leader_and_regimes_read_as_sentences() -> None:
    """'Who has ruled out a return to the CSTO?' is answered 'Uzbekistan' by a careful reader
    (it was the member); 'Kazakhstan's form of government is authoritarian rule' is clumsy."""
    leader = [q for q in ITEMS if q.answer == ["Shavkat Mirziyoyev"]]
    assert leader
    for q in leader:
        # session 15: "which new Central Asian president" (Karimov, who left the CSTO, is no answer)
        assert re.search(r"which (leader|new Central Asian president)", q.prompt), q.prompt
    for q in ITEMS:
        for text in (q.prompt, *(q.options or [])):
            assert "form of government is" not in text, text
