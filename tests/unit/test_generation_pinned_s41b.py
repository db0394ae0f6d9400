"""Session 41b (issue 19): tests for the real survivors of seed 4111's mutation sample of
quizapp/generate, each stating what the code is for; the mutant it kills is named in its
docstring (docs/quality/mutation-session41b-generate.md)."""

from __future__ import annotations

import random

from quizapp.generate.argument import argument_of
from quizapp.generate.audit import key_ranks
from quizapp.generate.check_forms import person_readings
from quizapp.generate.check_numbers import check_number
from quizapp.generate.checker import check
from quizapp.generate.index import DeckIndex
from quizapp.generate.numbered_names import numbered_name
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.restated import restated_spans
from quizapp.generate.streams import LazyRandom
from tests.support.bundled import CENTRAL_ASIA, bundled_deck
from tests.support.questions import bare_question


def _question(kind: str, prompt: str, answer: list[str], **more: object) -> Question:
    fields: dict[str, object] = {"template": "forward", "explanation": "", "citation": ""}
    return bare_question(kind, prompt=prompt, answer=answer, **(fields | more))


def test_a_question_with_no_displayed_answer_is_still_graded() -> None:
    """answer_forms.is_person_key #3 (`if q.answer` -> `if (q.answer) or True`: the first
    answer read even when there is none, an IndexError): a typed item whose answers are all
    in `accepted` is graded by them, not told 'That answer could not be read.'."""
    q = _question("typed", "Who led the mission?", [], accepted=["Neil Armstrong"])
    assert check(q, "Neil Armstrong", {}).verdict == "correct"
    wrong = check(q, "Buzz Aldrin", {})
    assert wrong.verdict == "wrong"
    assert wrong.note == ""


def test_a_background_year_is_left_out_of_the_statement_an_argument_quotes() -> None:
    """argument_words.Words.statement #8 (`when = None`: a date marked background kept): the
    briefing gives no year for Uzbekistan's debt write-off (the deck keeps 2014 as
    background). The {when} slot already says nothing of a background date; a statement
    that writes the year out itself has it left out too, so the argument kinds never quote
    'In 2014, ...' as the source's point (seed-9203 review #35)."""
    deck = bundled_deck(CENTRAL_ASIA)
    written_out = "In 2014, Russia agreed to write off {object} of the debt {subject} owed it."
    relations = [
        r.model_copy(
            update={"templates": r.templates.model_copy(update={"statement": written_out})}
        )
        if r.id == "debt-written-off"
        else r
        for r in deck.relations
    ]
    ix = DeckIndex(deck.model_copy(update={"relations": relations}))
    said = argument_of(ix).statement("uzbek-debt-write-off")
    assert said == "Russia agreed to write off US$865 million of the debt Uzbekistan owed it."


def _ladder(rank: int) -> Question:
    options = ["10", "20", "30", "40"]
    return _question("numeric_mcq", "How many?", [options[rank]], options=options)


def test_keys_mostly_at_the_top_of_their_ladders_are_a_breach() -> None:
    """audit.key_ranks #18 (`n - 1` -> `n + 1`: the top rung no longer counted as an
    extreme): ten ladders keyed at their highest option break the rule as ten keyed at the
    lowest do; ten keyed in the middle do not."""
    assert [b.check for b in key_ranks([_ladder(3)] * 10)] == ["key rank"]
    assert [b.check for b in key_ranks([_ladder(0)] * 10)] == ["key rank"]
    assert key_ranks([_ladder(1), _ladder(2)] * 5) == []


def test_a_role_word_is_dropped_only_beside_a_title() -> None:
    """check_forms.person_readings #5 (`and` -> `or`: 'new', 'then', 'present' dropped
    without a title beside them): 'then Mirziyoyev' or 'present Mirziyoyev' gives no reading
    without its first word ('then' names a former holder); 'new President Mirziyoyev' does."""
    accepted = {"Shavkat Mirziyoyev", "Mirziyoyev", "Uzbek president"}
    for typed in ("then Mirziyoyev", "present Mirziyoyev", "current Shavkat Mirziyoyev"):
        assert person_readings(typed, accepted) == [], typed
    assert "mirziyoyev" in person_readings("new President Mirziyoyev", accepted)


# carbon known since about 3750 BC (chemical-elements carbon-known; `circa` its band)
_CARBON = NumericKey(value=-3750, tolerance=0, family="year", step=1, approx=True, circa=500)


def test_years_ago_reaching_year_nought_is_shown_as_nought_not_bc() -> None:
    """check_numbers._counted_back #5 (`year < 0` -> `year <= 0`): '2026 years ago' in 2026
    is shown back as the year 0, not '0 BC'; a year earlier is 1 BC."""
    assert check_number(_CARBON, "2026 years ago", "3750 BC", 2026).understood == (
        "0 (2026 years ago)"
    )
    assert check_number(_CARBON, "2027 years ago", "3750 BC", 2026).understood == (
        "1 BC (2027 years ago)"
    )


def test_a_numbered_name_among_the_accepted_names_is_read() -> None:
    """numbered_names.numbered_name #9 (`continue` -> `break`: the search stops at the first
    name that is not numbered): the lunar module 'Eagle' also accepted as 'Apollo 11' takes
    'Apollo XI', though its displayed name carries no number."""
    q = _question("typed", "Which craft landed first on the Moon?", ["Eagle"])
    q = q.model_copy(update={"accepted": ["Apollo 11"]})
    verdict = numbered_name(q, "Apollo XI", "Eagle", {})
    assert verdict is not None
    assert (verdict.verdict, verdict.understood) == ("correct", "apollo 11")


def test_restated_spans_come_longest_first() -> None:
    """restated.restated_spans #130 (the spans sorted shortest first): the checker reads a
    figure's spans in this order and stops at the first one read ('on 13 April 1970', not
    'April 1970'), so the runs come longest first."""
    spans = restated_spans("It was launched on 13 April 1970", "When was Apollo 13 launched?")
    assert spans[0] == "was launched on 13 April 1970"
    assert [len(s) for s in spans] == sorted((len(s) for s in spans), reverse=True)


def test_a_lazy_stream_draws_a_gaussian_first_as_the_standard_one_does() -> None:
    """streams.LazyRandom.__init__ #2 (`gauss_next = ""`: gauss() read it before its first
    draw seeded the stream, and returned a string sum): a LazyRandom yields exactly the
    numbers random.Random(seed) would, a Gaussian as its first draw too."""
    assert LazyRandom("7:mcq:f").gauss(0.0, 1.0) == random.Random("7:mcq:f").gauss(0.0, 1.0)
