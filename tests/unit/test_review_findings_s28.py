"""Session 28's reviews: an argument item's key given away by a main actor's name, and a
wrong piece of evidence that tells the same story as the claim's own evidence."""

from __future__ import annotations

from quizapp.generate.argument import argument_of
from quizapp.generate.argument_gates import name_only_in_key
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.claim_evidence import wrong_evidence
from quizapp.generate.question import Question, item_id
from tests.support.bundled import APOLLO, CENTRAL_ASIA, bundled_deck, generated

STEM = (
    "Which of the briefing's points does this support (as of 2016)? \"Turkmenistan cannot "
    'properly guard its border with Afghanistan against militants and drugs."'
)
KEY = "Security and economic troubles may one day push Turkmenistan to ask Russia for help."
OTHERS = [
    "Russia has lately taken the Shanghai Cooperation Organisation more seriously than it used to.",
    "Uzbekistan stays outside the military alliance Russia leads.",
    "Moscow entrenches its influence through regional blocs in which it has the upper hand.",
]


def _reverse_item(options: list[str]) -> Question:
    """Review r284's #72 (Central Asia seed 28162), as the generator drew it."""
    return Question(
        id=item_id("claim_evidence", ["turkmen-afghan-border"], STEM),
        kind="claim_evidence",
        template="claim",
        prompt=STEM,
        options=options,
        answer=[KEY],
        fact_ids=["turkmen-afghan-border"],
        claim_ids=["c-turkmen-may-need-russia"],
        topic="security",
        explanation="test item",
        citation="test",
        difficulty=0.5,
    )


def test_a_main_actor_named_by_the_stem_and_the_key_alone_is_a_give_away() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    found = name_only_in_key(_reverse_item([*OTHERS[:2], KEY, OTHERS[2]]), ix)
    assert found == "only the key names 'turkm', as the stem does"
    # a wrong option naming Turkmenistan too leaves the name no cue
    other = "Reselling Turkmen gas became less profitable for Russia."
    assert name_only_in_key(_reverse_item([OTHERS[0], other, KEY, OTHERS[2]]), ix) is None


def test_the_deck_s_own_subject_in_the_stem_and_the_key_is_no_give_away() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    stem = STEM.replace("Turkmenistan cannot", "Russia cannot")
    item = _reverse_item([*OTHERS[:2], KEY.replace("Turkmenistan", "it"), OTHERS[2]])
    item = item.model_copy(update={"prompt": stem})
    assert name_only_in_key(item, ix) is None  # 'Russia' is in a third of the deck's statements


def test_no_reverse_item_has_its_key_alone_name_the_quoted_fact_s_country() -> None:
    """Read without the gate's code: the quoted fact's first word, where it is a country of
    the deck, is never said by the key and by no wrong option (seeds 0-2 and r284's 28162)."""
    deck = bundled_deck(CENTRAL_ASIA)
    countries = {e.name for e in deck.entities if e.kind == "country"} - {"Russia"}
    items = [
        q for q in generated(CENTRAL_ASIA, (0, 1, 2, 28162)) if q.template == "claim" and q.options
    ]
    assert len(items) > 20
    given_away = []
    for q in items:
        first = q.prompt.split('"')[1].split()[0]
        wrong = [o for o in q.options or [] if o != q.answer[0]]
        if first in countries and first in q.answer[0] and not any(first in o for o in wrong):
            given_away.append(q.prompt)
    assert given_away == []


def test_evidence_told_in_the_key_s_paragraph_about_its_subject_is_never_a_wrong_option() -> None:
    """Review r285 (Apollo seed 28232): for 'Kennedy's goal was met with the first landing in
    July 1969', Apollo 11's landing site shows the first landing as well as the key does."""
    argument = argument_of(DeckIndex(bundled_deck(APOLLO)))
    pool = wrong_evidence(argument, "c-goal-met", "armstrong-order")
    assert "apollo-11-site" not in pool
    assert "apollo-12-site" in pool  # another mission's site is no evidence of the first landing
