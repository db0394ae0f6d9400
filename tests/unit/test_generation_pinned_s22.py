"""Generation rules checked by their result (issue 19: survivors of the seeded mutation sample
of quizapp/generate, `SAMPLE=40 SEED=2301`, session 22)."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter

import pytest

from quizapp.facts.values import Year
from quizapp.generate.answer_forms import with_loose_forms
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_balance import other_role
from quizapp.generate.generation import Generation
from quizapp.generate.given_names import surname_rivals
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds import assertion_reason as ar
from quizapp.generate.kinds.flashcard import COUNTS
from quizapp.generate.ladder import ladder
from quizapp.generate.paragraphs import cap_per_paragraph
from quizapp.generate.person_names import surname_after_initials
from quizapp.generate.question import Question
from quizapp.generate.spread import thin_copies
from tests.support.bundled import CENTRAL_ASIA, bundled_deck, generated


def test_a_both_true_assertion_reason_item_says_explains_exactly_for_a_because_link() -> None:
    """The link's kind is read from the item's explanation (the deck's wording of the link):
    only a cause explains its effect."""
    argument = argument_of(DeckIndex(bundled_deck(CENTRAL_ASIA)))
    kinds = {how for _, _, how in argument.explanations}
    both_true = [
        q
        for q in generated(CENTRAL_ASIA, (0,))
        if q.kind == "assertion_reason"
        and q.answer[0] in (ar.EXPLAINS, ar.NOT_EXPLAINS)
        and not q.template.endswith(ar.REVERSED)
    ]
    keyed = {
        (how, q.answer[0])
        for q in both_true
        for how in kinds
        if f" {ar.said_how(argument, how)}: " in q.explanation
    }
    assert keyed == {
        ("because", ar.EXPLAINS),
        ("despite", ar.NOT_EXPLAINS),
        ("contrast", ar.NOT_EXPLAINS),
    }


def test_a_statement_may_come_back_only_in_the_other_role() -> None:
    asked = [("a", "r", "because")]
    assert not other_role(("a", "x", "despite"), asked)  # the same assertion again
    assert not other_role(("x", "r", "despite"), asked)  # the same reason again
    assert other_role(("r", "x", "despite"), asked)  # the reason comes back as an assertion
    assert other_role(("x", "a", "despite"), asked)  # the assertion comes back as a reason
    assert other_role(("x", "y", "despite"), asked)


VOCABULARY = {  # normalised name -> "kind:id"
    "john hanning speke": "explorer:speke",
    "lake victoria": "lake:victoria",
    "richard burton": "explorer:burton",
}


def _who(name: str) -> Question:
    return Question(
        id="typed-test",
        kind="typed",
        template="test",
        prompt="Who reached the lake first?",
        answer=[name],
        accepted=[name],
        fact_ids=["f"],
        topic="t",
        explanation="",
        citation="",
        difficulty=0.5,
    )


def test_a_person_is_named_by_surname_unless_another_entity_shares_it() -> None:
    own = {"explorer:speke"}
    assert not surname_rivals("John Hanning Speke", VOCABULARY, own)
    assert "speke" in with_loose_forms(_who("John Hanning Speke"), VOCABULARY).accepted
    rivals = {**VOCABULARY, "speke": "town:speke"}  # a town of the deck named Speke
    assert surname_rivals("John Hanning Speke", rivals, own)
    assert "speke" not in with_loose_forms(_who("John Hanning Speke"), rivals).accepted


def test_a_set_card_names_its_count_as_a_plain_word() -> None:
    """'Name the four ...' for a set the deck declares closed, 'Name two ...' for an open one
    (a count the world may exceed is never stated); a whole group is asked without its count
    ('name the Central Asian countries ...')."""
    cards = [
        q
        for q in generated(CENTRAL_ASIA, (0,))
        if q.kind == "flashcard" and q.template.startswith("set-")
    ]
    counted = re.compile(r"\b[Nn]ame (the )?(two|three|four|five|six|seven) [A-Za-z]")
    whole = re.compile(r"\b[Nn]ame the [A-Za-z]")
    seen = set()
    for q in cards:
        found = counted.search(q.prompt)
        assert found or whole.search(q.prompt), q.prompt
        if found:
            assert found.group(2) == COUNTS[len(q.answer)], q.prompt
            seen.add(found.group(1) is not None)
    assert seen == {True, False}  # the deck has sets of both kinds


@pytest.mark.parametrize(
    ("year", "steps"),
    [
        (1846, {1, 2, 3, 4}),
        (1500, {1, 2, 3, 4}),
        (1499, {5, 10, 15, 20, 25}),
        (-776, {5, 10, 15, 20, 25}),
    ],
)
def test_a_year_since_1500_has_wrong_years_a_few_years_apart_an_older_one_decades(
    year: int, steps: set[int]
) -> None:
    value = Year(kind="year", value=abs(year), era="BC" if year < 0 else None)
    seen: set[float] = set()
    for seed in range(40):
        years = [v.magnitude for v in ladder(value, random.Random(seed))]
        seen |= {b - a for a, b in itertools.pairwise(years)}
    assert seen == steps


def _item(n: int, kind: str, fact: str) -> Question:
    return _who("x").model_copy(update={"id": f"{kind}-{n}", "kind": kind, "fact_ids": [fact]})


def test_a_crowded_paragraph_gives_up_a_facts_spare_items_of_its_own() -> None:
    """Five typed items of one fact in a paragraph capped at three items (the median paragraph
    gives one): two of them go."""
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    crowded = [_item(n, "typed", "russia-leads-security") for n in range(5)]
    others = [_item(0, "flashcard", "csto-led-by-russia"), _item(0, "cloze", "aim-control")]
    kept, dropped = cap_per_paragraph([*crowded, *others], ix, seed=0)
    assert dropped == Counter({"typed": 2})
    assert sum(q.kind == "typed" for q in kept) == 3


def test_initials_and_a_surname_name_the_person_whose_first_name_they_start() -> None:
    accepted = {"clemens winkler", "winkler"}
    assert surname_after_initials("C. Winkler", accepted) == ["winkler"]
    assert surname_after_initials("M. Winkler", accepted) == []  # someone else
    mattingly = {"thomas kenneth mattingly", "ken mattingly", "mattingly"}
    assert surname_after_initials("T.K. Mattingly", mattingly) == ["mattingly"]
    assert surname_after_initials("K. Mattingly", mattingly) == ["mattingly"]
    assert surname_after_initials("J. Mattingly", mattingly) == []


def test_near_copies_across_subjects_are_thinned_to_an_even_spread_of_forms() -> None:
    """Four countries, each asked the same three ways about one regime type: each keeps two
    items (never fewer), and the forms kept are spread, none more than once over another."""
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    facts = ["kazakhstan-regime", "tajikistan-regime", "uzbekistan-regime", "turkmenistan-regime"]
    items = [
        _item(n, kind, fact).model_copy(update={"template": "t"})
        for n, fact in enumerate(facts)
        for kind in ("mcq", "typed", "cloze")
    ]
    kept = thin_copies(items, ix, Generation())
    assert Counter(q.fact_ids[0] for q in kept) == Counter({f: 2 for f in facts})
    forms = Counter(q.kind for q in kept)
    assert max(forms.values()) - min(forms.values()) <= 1, forms
