"""What a deck author and an importer see, checked whole: each message's exact words, line and
place (issue 19, session 25). Written for the real survivors of session 22's fresh seed-2202
sample of quizapp/facts (docs/quality/mutation-session22.md): a message shouted or moved to
another line, a refusal that lost its place, the nesting limit's boundary, the bundled decks'
origin, a year's era kept when a ladder moves it, and an empty import file named as such."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quizapp.facts import loader, yaml_lines
from quizapp.facts.catalog import find_decks
from quizapp.facts.eras import check_day, show_year
from quizapp.facts.normalise import folded_ascii
from quizapp.facts.time_values import Year
from quizapp.facts.yaml_hints import syntax_problem
from tests.support.deck_problems import deck_problems as _problems
from tests.support.tables import table_of
from tests.unit.test_loader import MINIMAL, line_of


def test_the_bundled_decks_are_listed_as_bundled() -> None:
    """`quizapp decks` shows each deck's origin; the bundled ones say so."""
    bundled = find_decks(include_user=False)
    assert bundled
    assert {entry.origin for entry in bundled} == {"bundled"}


def test_a_date_with_a_day_and_no_month_is_refused_at_its_line() -> None:
    text = MINIMAL.replace("object_type: percentage", "object_type: date").replace(
        "{kind: percentage, value: 40}", "{kind: date, year: 1846, day: 31}"
    )
    assert _problems(text) == [
        f"d.yaml:{line_of(text, 'year: 1846')}: a date with a day needs a month "
        "(at facts[1].object)"
    ]
    assert check_day(1846, None, 31) == "a date with a day needs a month"


@pytest.mark.parametrize(
    ("year", "shown"), [(999, "AD 999"), (1000, "1000"), (1001, "1001"), (79, "AD 79")]
)
def test_a_year_under_a_thousand_is_shown_with_ad_and_from_a_thousand_plain(
    year: int, shown: str
) -> None:
    assert show_year(year) == shown


def test_a_file_with_no_question_and_answer_lines_is_refused_with_a_message(
    tmp_path: Path,
) -> None:
    path = tmp_path / "empty.csv"
    result = table_of(path, "#separator:comma\n#columns:Question,Answer\n")
    assert result.deck is None
    assert result.problems == [f"{path}:1: no question/answer lines"]


def test_a_control_character_is_named_with_its_line_and_field() -> None:
    text = MINIMAL.replace("Alpha joined long ago.", '"Alpha joined\\x1b long ago."')
    assert _problems(text) == [
        f"d.yaml:{line_of(text, 'joined')}: control character U+001B in text (not allowed "
        "in a deck) (at facts[0].explanation)"
    ]


def test_a_file_that_overflows_the_parser_s_recursion_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def too_deep(text: str, name: str) -> None:
        raise RecursionError

    monkeypatch.setattr(loader, "load_with_lines", too_deep)
    assert _problems("a: 1\n") == ["d.yaml:1: the file nests too deeply to be a deck"]


@pytest.mark.parametrize("text", ["- a\n- b\n", "just words\n", "\n\n42\n"])
def test_a_file_that_is_not_a_mapping_is_refused_at_line_one(text: str) -> None:
    assert _problems(text) == ["d.yaml:1: a deck file is a mapping with id, title, ..."]


def test_a_backtick_folds_to_an_apostrophe() -> None:
    assert folded_ascii("Cote d`Ivoire") == "cote d'ivoire"
    assert folded_ascii("`a`") == "'a'"


def test_an_invalid_fact_s_unknown_relation_is_placed_at_its_relation() -> None:
    """The fact is invalid for another reason (an object written as text), and its unknown
    relation is still named, at the relation's own line."""
    text = MINIMAL.replace("    relation: member-of\n", "    relation: member-off\n", 1)
    text = text.replace("    object: o\n", "    object: Org\n")
    assert _problems(text)[0] == (
        f"d.yaml:{line_of(text, 'member-off')}: unknown relation 'member-off' "
        "(at facts[0].relation)"
    )


@pytest.mark.parametrize(
    ("era", "start", "moved", "shown"),
    [
        ("CE", 1200, 1500, "1500 CE"),
        ("AD", 79, 120, "AD 120"),
        ("BCE", 776, -500, "500 BCE"),
        ("BCE", 776, 30, "AD 30"),
        (None, 1200, 1500, "1500"),
    ],
)
def test_a_year_moved_along_a_ladder_keeps_its_era_style(
    era: str | None, start: int, moved: int, shown: str
) -> None:
    year = Year.model_validate({"kind": "year", "value": start, "era": era})
    assert year.with_magnitude(moved).display() == shown


def test_a_syntax_error_with_no_problem_text_reads_invalid_yaml() -> None:
    error = yaml.MarkedYAMLError(problem=None, problem_mark=None)
    assert syntax_problem(error, "a: 1\n") == (1, "YAML syntax: invalid YAML")


def _nested(depth: int) -> str:
    """A mapping whose deepest value sits `depth` levels down (its path has `depth` parts)."""
    return "a: " + "[" * (depth - 1) + "1" + "]" * (depth - 1) + "\n"


def test_nesting_of_forty_levels_is_read_and_forty_one_refused() -> None:
    forty = _problems(_nested(40))
    assert not any("nests" in p or "aliases" in p for p in forty), forty
    (deeper,) = _problems(_nested(41))
    assert deeper.startswith("d.yaml:1: the file nests deeper than 40 levels (at a[0]"), deeper


def test_a_node_budget_spent_at_the_deepest_allowed_level_is_named_as_aliases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forty levels are allowed, so a budget that runs out on the fortieth is blamed on
    aliases (the only way past it), not on nesting. The budget is lowered to the text's 41
    nodes less one, so it runs out on the deepest."""
    monkeypatch.setattr(yaml_lines, "MAX_NODES", 40)
    (problem,) = _problems(_nested(40))
    assert problem.startswith("d.yaml:1: aliases repeat parts of the file too many times"), problem
