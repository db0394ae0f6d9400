"""Generation rules checked on small decks, each by its result (issue 19: survivors of the
seeded mutation sample of quizapp/generate, `SAMPLE=40 SEED=19`, session 20)."""

from __future__ import annotations

import random

import pytest

from quizapp.facts.catalog import find_deck
from quizapp.facts.loader import parse_deck
from quizapp.facts.time_values import Date
from quizapp.generate import checker
from quizapp.generate.argument_false import swapped_subjects
from quizapp.generate.argument_gates import values_apart
from quizapp.generate.check_numbers import check_number
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import numeric, numeric_mcq
from quizapp.generate.kinds.common import Dropped, attributed_only, judged
from quizapp.generate.question import NumericKey
from quizapp.generate.verdict import Verdict
from tests.unit.test_check_text import q as typed_question
from tests.unit.test_loader import MINIMAL

SHARES = MINIMAL.replace(
    "name: Beta}",
    "name: Beta}\n  - {id: c, kind: country, name: Gamma}\n  - {id: d, kind: country, name: Delta}",
) + "".join(
    f"  - id: {who}-share\n    subject: {who}\n    relation: share\n"
    f"    object: {{kind: percentage, value: {value}}}\n    explanation: {name} holds some.\n"
    "    topics: [t]\n    provenance: {source: src, section: 1, paragraph: 2}\n"
    for who, name, value in (("c", "Gamma", 5), ("d", "Delta", 30))
)


def _index(text: str) -> DeckIndex:
    return DeckIndex(parse_deck(text, "d.yaml"))


def test_a_subject_is_swapped_in_only_where_its_own_figure_is_unmistakably_off() -> None:
    ix = _index(SHARES)
    assert swapped_subjects(ix, ix.fact("b-share")) == ["c"]  # 5% against 40%; 30% is too near
    assert swapped_subjects(ix, ix.fact("c-share")) == ["b", "d"]


def test_no_subject_is_swapped_in_when_the_relation_allows_several_values() -> None:
    several = SHARES.replace(
        "object_type: percentage\n    functional: true",
        "object_type: percentage\n    functional: false",
    )
    assert several != SHARES
    ix = _index(several)
    assert swapped_subjects(ix, ix.fact("c-share")) == []


def test_a_comparison_citing_a_fact_with_no_number_is_refused() -> None:
    from tests.unit.test_argument_kinds import COMPARISON, IX

    entity_fact = next(f.id for f in IX.deck.facts if IX.numeric_value(f) is None)
    numbered = COMPARISON.fact_ids[0]
    assert IX.numeric_value(IX.fact(numbered)) is not None
    assert values_apart(COMPARISON, IX) is None
    for ids in ([numbered, entity_fact], [entity_fact, numbered]):
        broken = COMPARISON.model_copy(update={"fact_ids": ids})
        assert values_apart(broken, IX) == "a compared fact has no number"


@pytest.mark.parametrize(
    ("typed", "verdict", "note"),
    [
        ("3750 BC", "correct", ""),
        ("3800 BC", "correct", "Right - the estimate is c. 3750 BC."),
        ("3650 BC", "near_miss", "Close - the estimate is c. 3750 BC."),
        ("3500 BC", "wrong", ""),
        ("1846", "wrong", ""),
    ],
)
def test_a_year_asked_as_an_estimate_is_graded_by_its_band(
    typed: str, verdict: str, note: str
) -> None:
    key = NumericKey(value=-3750, tolerance=0, family="year", step=1, approx=True)
    graded = check_number(key, typed, "c. 3750 BC")
    assert (graded.verdict, graded.note) == (verdict, note)


SCHIRRA = typed_question("Wally Schirra", ["Wally Schirra", "Walter Schirra", "Schirra"])
PERSON = {name: "person:schirra" for name in ("wally schirra", "walter schirra", "schirra")}


def test_a_typo_in_a_formal_name_is_close_and_still_shows_the_key() -> None:
    """The key is shown as the answer; the note spells the name the slip is of (review r328:
    'Putrajya' was told to mind the spelling of Kuala Lumpur)."""
    graded = check(SCHIRRA, "Walter Shirra Jr.", PERSON)
    assert graded == Verdict(
        "near_miss",
        "Wally Schirra",
        "Close enough - mind the spelling: Walter Schirra.",
        "walter shirra",
    )


def test_an_answer_the_checker_cannot_read_is_graded_wrong_with_a_plain_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_reader(*_: object) -> Verdict:
        raise ValueError("a reader's bug")

    monkeypatch.setattr(checker, "check_unguarded", broken_reader)
    assert checker.check(SCHIRRA, "Wally Schirra") == Verdict(
        "wrong", "Wally Schirra", "That answer could not be read."
    )


def test_a_judgment_is_stated_as_the_source_s_and_only_a_name_keeps_its_capital() -> None:
    from tests.unit.test_argument_kinds import IX

    judgment = next(f for f in IX.deck.facts if attributed_only(IX, f))
    said = {
        "Trade with Russia fell.": "According to the briefing, trade with Russia fell.",
        "A trade war began.": "According to the briefing, a trade war began.",
        "Russia wants it.": "According to the briefing, Russia wants it.",
    }
    for prompt, expected in said.items():
        assert judged(IX, [judgment], prompt) == expected
    plain = next(f for f in IX.deck.facts if not attributed_only(IX, f))
    assert judged(IX, [plain], "Trade with Russia fell.") == "Trade with Russia fell."


def test_a_date_is_not_asked_as_a_typed_number_and_the_drop_is_counted_as_numeric() -> None:
    from tests.unit.test_argument_kinds import IX

    dated = next(f for f in IX.deck.facts if isinstance(IX.numeric_value(f), Date))
    assert numeric.generate(IX, dated, random.Random(0)) == [
        Dropped("numeric", "dates are asked as choices or clozes, not typed numbers")
    ]


def test_a_figure_with_no_ladder_of_clear_wrong_values_is_dropped_with_that_reason() -> None:
    ix = DeckIndex(find_deck("chemical-elements"))
    one_proton = ix.fact("hydrogen-protons")  # hydrogen: a count of 1
    for seed in range(3):
        assert numeric_mcq.generate(ix, one_proton, random.Random(seed)) == [
            Dropped("numeric_mcq", "no valid ladder of values")
        ]
