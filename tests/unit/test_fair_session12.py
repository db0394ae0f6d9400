"""Patterns left standing by the session-11 reviews (seeds 241 and 113) and the seed-419 read
(issue 10), checked as rules over several seeds of the bundled deck, never as single items."""

from __future__ import annotations

import random
import re

from quizapp.facts.model import Fact
from quizapp.generate.kinds import true_false
from quizapp.generate.kinds.common import from_within
from quizapp.generate.option_gates import plausible_options
from quizapp.generate.question import Question
from tests.unit.test_fair_session11 import BUNDLED, ITEMS, IX, ROOT


def _seed(q: Question) -> Fact:
    return IX.fact(q.seed_fact)


def _swapped_in(q: Question, fact: Fact) -> str | None:
    """The entity a false statement names in place of the fact's object."""
    for e in IX.entities_of_kind(IX.entities[fact.object_id or fact.subject].kind):
        if e.id in (fact.subject, fact.object_id):
            continue
        if any(re.search(rf"\b{re.escape(n)}\b", q.prompt) for n in e.all_names()):
            return e.id
    return None


def test_a_body_with_members_is_never_said_to_be_led_by_an_outsider() -> None:
    """'The EEU is led by the United States' (seed 241, #36) tests nothing."""
    assert not from_within(IX, "eeu", "usa") and not from_within(IX, "eeu", "china")
    assert from_within(IX, "eeu", "kazakhstan")
    assert from_within(IX, "kazakhstan", "china")  # a country has no members: no constraint
    checked = 0
    for q in ITEMS:
        fact = _seed(q)
        if q.kind != "true_false" or q.answer != ["False"] or fact.object_id is None:
            continue
        other = _swapped_in(q, fact)
        if other is None or not IX.relations[fact.relation].functional:
            continue
        checked += 1
        assert from_within(IX, fact.subject, other), (q.prompt, other)
    assert checked >= 10
    led = [q for q in ITEMS if " is dominated by " in q.prompt and q.answer == ["False"]]
    assert led, "the led-by facts lost their false statements"


def test_the_option_gate_refuses_an_outsider_as_a_bloc_s_leader() -> None:
    fact = next(f for f in BUNDLED.facts if f.id == "eeu-led-by-russia")
    q = Question(
        id="mcq-x",
        kind="mcq",
        template="forward",
        prompt="Which country leads the EEU?",
        options=["Russia", "Kazakhstan", "Belarus", "Ukraine"],
        answer=["Russia"],
        fact_ids=[fact.id],
        topic="organisations",
        explanation="",
        citation="",
        difficulty=0.5,
    )
    assert plausible_options(q, IX) is not None
    fair = q.model_copy(update={"options": ["Russia", "Kazakhstan", "Belarus", "Armenia"]})
    assert plausible_options(fair, IX) is None


def test_the_deck_keeps_the_source_s_word_for_a_motive() -> None:
    """The briefing offers the US$1 billion package as an incentive to join the EEU (Economy
    ¶5); 'as a reward for joining' (seed 241, #66) reads as after the fact, and a because-link
    built on it claims more than the source. No wording of the deck states a payment as a
    reward or a trade the source does not make."""
    text = (ROOT / "questions" / "russia-central-asia.yaml").read_text(encoding="utf-8")
    for phrase in ("reward", "in return for", "in exchange for"):
        assert phrase not in text.casefold(), phrase
    aid = [q for q in ITEMS if "aid package" in q.prompt and "EEU" in q.prompt]
    assert aid and all("encourage" in q.prompt for q in aid)


def _sentences(text: str) -> list[str]:
    parts = re.split(r'(?<=[.!?])["”]?\s+', text)
    return [re.sub(r"\W+", " ", p).strip().casefold() for p in parts if len(p.split()) >= 5]


def test_an_explanation_explains_and_never_repeats_a_sentence() -> None:
    """'Corrected, the false statement reads: "X." X. ...' (seed 241, #65) prints the fix twice."""
    for q in ITEMS:
        said = _sentences(q.explanation)
        for i, one in enumerate(said):
            others = said[:i] + said[i + 1 :]
            assert not any(one in other for other in others), (q.id, q.explanation)


def test_a_country_is_no_body_with_members_so_its_rivals_stay_plausible() -> None:
    """Russia is the object of one-valued ties (Kazakhstan's main arms supplier): that makes
    no membership, and 'rivalry with the United States held back Russia's interest in the
    SCO' stays a fair false statement."""
    assert from_within(IX, "russia", "usa") and from_within(IX, "russia", "india")
    # the true/false kind's own statements (the deck-wide cap may then give one up: the fact
    # has four other items since session 14)
    made = true_false.generate(IX, IX.fact("sco-rivalry-china"), random.Random(0))
    said = [o.prompt for o in made if isinstance(o, Question)]
    assert any("rivalry with the United States" in p for p in said), said


def test_an_open_front_asks_for_a_named_attribute_not_a_kind_of_presence() -> None:
    """'What kind of Russian defence presence is there in Tajikistan?' (seed 241, #57) admits
    7,000 troops, a base and its largest presence abroad alike: the front asks for the
    installations, which the source names one per country (singular or plural alike)."""
    fronts = [q.prompt for q in ITEMS if q.kind in ("flashcard", "typed", "cloze")]
    assert not [p for p in fronts if "kind of Russian defence presence" in p]
    assert any("by way of defence installations" in p for p in fronts)
