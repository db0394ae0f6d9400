"""What an author reads when a deck is wrong, and how years and large figures are shown (issue
19: survivors of a seeded mutation sample of quizapp/facts, `SAMPLE=80 SEED=1`)."""

from __future__ import annotations

import pytest

from quizapp.facts.eras import Era, era_for, show_year, signed_year
from quizapp.facts.errors import DeckError
from quizapp.facts.loader import parse_deck
from quizapp.facts.physical import canonical
from quizapp.facts.value_base import format_number


def _message(text: str) -> str:
    with pytest.raises(DeckError) as caught:
        parse_deck(text, "d.yaml")
    return str(caught.value)


def test_a_syntax_error_at_the_end_of_the_file_points_at_its_last_line() -> None:
    # libyaml points past the end (at the empty line after the final newline): the message
    # must name a line the author can find
    assert _message("id: x\ntitle: [a, b\n").startswith("d.yaml:2: YAML syntax:")


def test_a_misindented_key_gets_the_indentation_hint() -> None:
    message = _message("id: x\nfacts:\n  - id: a\n   subject: b\n")
    assert message.startswith("d.yaml:4: ")
    assert message.endswith("keys of one item line up under each other, with spaces only")


def test_an_unclosed_apostrophe_gets_a_fix_that_is_valid_yaml() -> None:
    message = _message("id: x\nname: 'Brien, the elder\nother: 1\n")
    assert message.startswith("d.yaml:2: YAML syntax: this value starts with an apostrophe")
    fix = message.rsplit("quote the whole value: ", 1)[1]
    assert fix == '"\'Brien, the elder"'
    import yaml

    assert yaml.safe_load(f"name: {fix}") == {"name": "'Brien, the elder"}


def test_years_before_the_common_era_read_and_show_as_bc() -> None:
    assert signed_year(44, "BC") == -44
    assert signed_year(44, "BCE") == -44
    assert signed_year(44, "AD") == 44
    assert show_year(-44) == "44 BC"
    assert show_year(-44, "BCE") == "44 BCE"


def test_a_masculine_ordinal_is_read_as_a_degree_sign() -> None:
    # 'º' (U+00BA) looks like '°' and is what many keyboards type
    assert canonical("ºC") == canonical("°C") == canonical("  °c ")


def test_whole_billions_and_millions_are_shown_in_words() -> None:
    assert format_number(2_500_000_000) == "2.5 billion"
    assert format_number(3_000_000) == "3 million"
    assert format_number(-7_000_000_000) == "-7 billion"


def test_a_value_written_as_a_list_gets_the_how_to_write_a_value_hint() -> None:
    from tests.unit.test_loader import MINIMAL, problems_of

    text = MINIMAL.replace("object: {kind: percentage, value: 40}", "object: [40, percent]")
    problems = problems_of(text)
    assert len(problems) == 1
    assert "write a value as a mapping with its kind" in problems[0]
    assert problems[0].endswith("(at facts[1].object)")


@pytest.mark.parametrize(
    ("year", "era", "shown"),
    [(-776, "CE", "776 BCE"), (-776, "AD", "776 BC"), (79, "BCE", "79 CE"), (79, None, "AD 79")],
)
def test_a_year_keeps_the_style_of_its_era_either_side_of_year_one(
    year: int, era: Era | None, shown: str
) -> None:
    # a deck written in the BCE/CE style keeps it for a year on the other side of AD 1
    assert show_year(year, era) == shown


@pytest.mark.parametrize(
    ("year", "style", "era"),
    [
        (-50, "CE", "BCE"),
        (-50, "BCE", "BCE"),
        (-50, "AD", "BC"),
        (-50, None, "BC"),
        (30, "CE", "CE"),
        (30, "AD", "AD"),
        (30, "BCE", None),
        (1900, None, None),
    ],
)
def test_a_ladder_year_takes_the_era_of_the_key_s_style(
    year: int, style: Era | None, era: Era | None
) -> None:
    # an option 50 years before AD 1 next to a key written '30 CE' reads '50 BCE', not '50 BC'
    assert era_for(year, style) == era
