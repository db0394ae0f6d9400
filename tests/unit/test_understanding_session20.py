"""Session 20 (issue 13): what the seed-19403 review of the understanding kinds found.

One member of a count offered as its evidence ('Kazakhstan has a large minority of ethnic
Russians' for 'Only two of the five still count many Russians', #19); a why asking the date of a
record ('the largest exercise the SCO had held by 2016 took place in 2014', #61); and the cause
gate reading the one-letter 's' of "arm's" as a word the key shared (it kept the Uzbek item out).
The rare-name gate (#16, Crimea) is tested with the other gates (test_gates.py, CASES).
"""

from __future__ import annotations

import random
import re

import pytest

from quizapp.facts import load_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_topic import cause_in_stem
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import claim_evidence, why
from quizapp.generate.question import Question
from tests.conftest import ROOT

CA = load_deck(ROOT / "questions" / "russia-central-asia.yaml")
COUNT = "c-few-russian-minorities"  # 'Only two of the five still count many Russians ...'
ALL_SAY = "c-century-of-rule"  # backed by the same two facts, of which it counts nothing


def test_a_member_of_a_count_is_no_evidence_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count claim has no key (it is asked by assertion-reason instead), while a claim the
    same two facts back without counting them keeps them; with the count rule off the two
    members are keyed again."""
    argument = argument_of(DeckIndex(CA))
    members = ["kazakhstan-russian-minority", "kyrgyzstan-russian-minority"]
    assert sorted(argument.support(COUNT)) == members
    assert claim_evidence.evidence_keys(argument, COUNT) == []
    assert not any(claim_evidence.one_case_of(argument, ALL_SAY, m) for m in members)
    monkeypatch.setattr(claim_evidence, "EXCLUSIVE", re.compile(r"(?!)"))
    fresh = argument_of(DeckIndex(CA))  # a deck's keys are worked out once, so a new deck
    assert sorted(claim_evidence.evidence_keys(fresh, COUNT)) == members


def _whys_quoting(node: str) -> list[Question]:
    ix = DeckIndex(CA)
    argument = argument_of(ix)
    fact = argument.anchor_facts(node)[0]
    said = argument.text(node)
    made = why.generate(ix, fact, random.Random(0))
    return [q for q in made if isinstance(q, Question) and said in q.prompt]


def test_no_why_asks_the_date_of_a_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """The 2014 exercise is explained by the pivot east (`c-pivot-east so sco-exercise-2014`),
    but its statement dates a record: no why item quotes it. With the rule off one does."""
    assert why.record_date(argument_of(DeckIndex(CA)), "sco-exercise-2014")
    assert _whys_quoting("sco-exercise-2014") == []
    monkeypatch.setattr(why, "record_date", lambda argument, node: False)
    assert _whys_quoting("sco-exercise-2014")


def test_an_opening_cause_has_no_one_letter_words() -> None:
    """ "After years of keeping Moscow at arm's length" names no 's', which every key with a
    possessive ("Uzbekistan's new president") would share with it."""
    said = cause_in_stem("After years of keeping Moscow at arm's length, Uzbekistan warmed.")
    assert said and all(len(word) > 1 for word in said), said
