"""Session 27 (issue 19): tests for survivors of mutation samples of quizapp/generate, each
stating what the code is for; the mutant it kills is named in its docstring
(docs/quality/mutation-session27-generate.md)."""

from __future__ import annotations

import random

from quizapp.facts.loader import parse_deck
from quizapp.generate.argument_options import steady_options
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.flashcard import NO_WORDING
from quizapp.generate.registry import generate_deck
from tests.support.bundled import CENTRAL_ASIA, CHEM, bundled_deck, generated

# mercury's state stated twice, under two scopes (a functional relation holds one object per
# subject per scope): the bundled decks have no such subject, so the test adds one
_SECOND_STATE = (
    "  - {id: mercury-state-sealed, subject: mercury, relation: state-at-25c, object: liquid,"
    ' qualifiers: {scope: "in a sealed glass tube"}, topics: [states],'
    " provenance: {source: element-list, section: 4, paragraph: 80},"
    ' explanation: "Still a liquid when sealed in glass."}\n'
)


def test_an_odd_one_out_explanation_says_what_the_odd_one_is_once() -> None:
    """kinds.odd_one_out._explanation #22 (`own[:1]` -> `own[:2]`): where the deck states the
    odd one's value of the relation more than once (other scopes or dates), the explanation
    said each of them in turn; the learner is told what the odd one is instead in one
    sentence, then what the other three share."""
    text = CHEM.read_text(encoding="utf-8")
    anchor = "  - {id: gallium-state,"
    assert anchor in text
    deck = parse_deck(text.replace(anchor, _SECOND_STATE + anchor, 1))
    seen = 0
    for seed in range(3):
        for q in generate_deck(deck, seed=seed, kinds=["odd_one_out"]).questions:
            if q.answer != ["mercury"]:
                continue
            seen += 1
            assert q.explanation.startswith("Mercury is the odd one out. "), q.explanation
            own = q.explanation.lower().count("mercury is a liquid")
            assert own == 1, q.explanation
    assert seen >= 2  # mercury is the odd one in some of these draws: the rule was tried


def _quoted(prompt: str) -> str:
    """The statement a 'why' or evidence stem quotes: the text between its double quotes."""
    return prompt.split('"')[1]


def test_a_reason_or_evidence_items_explanation_ties_the_key_to_the_quoted_statement() -> None:
    """argument_item.argument_item #39 (the explanation `None`): a 'why' or evidence item fell
    back to the facts' own notes, so after answering the learner was no longer told that the
    right option is the source's reason for (or evidence of) the statement the stem quotes."""
    items = [
        q
        for q in generated(CENTRAL_ASIA, (0,))
        if q.kind in ("why", "claim_evidence") and q.prompt.count('"') >= 2
    ]
    assert {q.kind for q in items} == {"why", "claim_evidence"}
    for q in items:
        said = q.explanation.lower()
        assert q.answer[0].rstrip(".").lower() in said, (q.answer, q.explanation)
        assert _quoted(q.prompt).rstrip(".?!").lower() in said, (q.prompt, q.explanation)
        assert " reason " in said or " evidence " in said, q.explanation


def test_a_reason_items_key_keeps_its_letter_whether_attributed_or_not() -> None:
    """argument_options.steady_options #13 (the attribution matched in capitals, so never
    taken off): the key's letter is fixed by the stem and the key's own words ('B' given to
    `quizapp grade` means the key on every seed); a key said 'According to X, ...' on one seed
    (its wrong options from other sources) and bare on another moved to another letter."""
    wrong = ["Trade ties are weak.", "The region is landlocked.", "Oil prices fell."]
    bare = "Moscow wants rival powers kept out."
    attributed = "According to the briefing, moscow wants rival powers kept out."
    moved = 0
    for n in range(40):
        stem = f"Which reason does the briefing give for this? (case {n})"
        plain = steady_options(stem, bare, wrong, random.Random(n))
        said = steady_options(stem, attributed, wrong, random.Random(n + 100))
        assert said.index(attributed) == plain.index(bare), stem
        moved += steady_options(stem, bare.upper(), wrong, random.Random(n)).index(
            bare.upper()
        ) != plain.index(bare)
    assert moved > 10  # the letter does follow the key's words: the check can tell


def test_a_wrong_answer_to_a_many_answer_item_is_shown_every_right_answer() -> None:
    """checker.check_unguarded #3 (the answers joined by 'XX; XX'): after a wrong answer to a
    matching, ordering or tick-all item the learner is shown the right answers, each as the
    item has it, one after another; the mutant ran them together with stray letters."""
    items = [q for q in generated(CHEM, (0,)) if len(q.answer) > 1]
    assert {q.kind for q in items} >= {"matching", "ordering", "multi_select"}
    for q in items:
        verdict = check(q, "9")
        assert verdict.verdict == "wrong", q.prompt
        assert verdict.expected.split("; ") == q.answer, (q.answer, verdict.expected)


def test_a_company_named_with_of_or_in_and_a_deck_place_after_it_is_the_company() -> None:
    """check_companies._without_places #18 (`rest[-1]` -> `rest[-2]`): 'OAO Gazprom of
    Russia' and 'PJSC Gazprom in Russia' give the company's legal form and where it is, so they
    name Gazprom; with the linking word left behind ('gazprom of') the right company was
    marked wrong (without a legal form, 'Gazprom of Russia' is also read another way)."""
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    items = [
        q
        for q in generated(CENTRAL_ASIA, (0, 1, 2, 3))
        if q.kind in ("typed", "cloze") and q.answer == ["Gazprom"]
    ]
    assert items, "no typed item keyed Gazprom: the test proves nothing"
    for q in items:
        for right in ("OAO Gazprom of Russia", "Gazprom PJSC of Russia", "PJSC Gazprom in Russia"):
            assert check(q, right, ix.grading_vocabulary).verdict == "correct", (q.prompt, right)
        for wrong in ("OAO Rosneft of Russia", "PJSC Gazprom Neft in Russia"):
            assert check(q, wrong, ix.grading_vocabulary).verdict != "correct", (q.prompt, wrong)


def test_a_flashcard_without_an_open_wording_is_dropped_saying_why() -> None:
    """kinds.flashcard._single #17 (the dropped reason `None`): a relation asked only as a
    choice ('Which of these states ...?') has no wording for a card's front, so its cards are
    dropped, and `--stats` says why; the mutant dropped them with no reason at all."""
    text = CHEM.read_text(encoding="utf-8")
    old = "      forward: In what state is {subject} at 25 °C and normal atmospheric pressure?"
    assert old in text
    choice = "      forward: Which of these states is {subject} in at 25 °C and normal pressure?"
    deck = parse_deck(text.replace(old, choice, 1))
    dropped = generate_deck(deck, seed=0, kinds=["flashcard"]).dropped
    states = sum(f.relation == "state-at-25c" for f in deck.facts)
    assert dropped[("flashcard", NO_WORDING)] == states
    assert all(reason for _, reason in dropped), dropped
