"""Deck and import behaviour the fresh seed-2201 mutation sample of quizapp/facts found untested
(issue 19, session 22): a date fact's year counts as the source's, a folder of decks given on
the command line is listed, a bad id is named as a bad id, non-plain keys and the node limit
are named by their line, an apostrophe closing a quoted name is explained, ASCII folding drops
control characters, an answer's sign or ordinal keeps it a number, a field of exactly the
limit is read, and a degree word names its scale."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts import yaml_lines
from quizapp.facts.background_checks import check_background
from quizapp.facts.catalog import deck_paths
from quizapp.facts.errors import DeckError
from quizapp.facts.importer import MAX_FIELD, answer_type, read_table
from quizapp.facts.loader import load_deck, parse_deck
from quizapp.facts.normalise import folded_ascii
from quizapp.facts.physical import degree_scale
from tests.support.deck_problems import deck_problems as _problems
from tests.unit.test_deck_defences import BASE
from tests.unit.test_loader import MINIMAL, line_of


def test_a_year_a_date_fact_gives_may_be_named_in_an_explanation() -> None:
    """BASE's a-founded is dated 31 December 1846 from the source: 1846 is the source's year."""
    said = "Beta holds two fifths."
    assert BASE.count(said) == 1
    deck = parse_deck(BASE.replace(said, "Beta has held two fifths since 1846."), "d.yaml")
    assert list(check_background(deck)) == []
    other = parse_deck(BASE.replace(said, "Beta has held two fifths since 1847."), "d.yaml")
    assert [m for _, m in check_background(other)] == [
        "warning: explanation names 1847, a year no source-cited fact gives: move that "
        "sentence to background_note"
    ]


def test_a_folder_given_as_a_deck_path_lists_the_decks_inside_it(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("id: b\n")
    (tmp_path / "a.yaml").write_text("id: a\n")
    (tmp_path / "notes.txt").write_text("not a deck\n")
    single = tmp_path / "elsewhere.yaml"
    listed = deck_paths([tmp_path, single], include_user=False)
    assert listed[-3:] == [tmp_path / "a.yaml", tmp_path / "b.yaml", single]


def test_an_id_against_the_pattern_is_named_as_such_not_as_a_fact_s_object() -> None:
    text = MINIMAL.replace("{id: a, kind: country, name: Alpha}", "{id: Alpha One, kind: country}")
    line = line_of(text, "id: Alpha One")
    assert _problems(text)[0] == (
        f"d.yaml:{line}: String should match pattern '^[a-z0-9][a-z0-9-]*$' (at entities[0].id)"
    )


def test_a_key_that_is_not_a_plain_word_is_named_by_its_line() -> None:
    text = MINIMAL.replace("  - {id: t, title: T}\n", "  - {id: t, title: T}\n  - {[1, 2]: x}\n")
    line = line_of(text, "[1, 2]: x")
    assert f"d.yaml:{line}: keys must be plain words (at topics[1])" in _problems(text)


def test_an_apostrophe_that_closes_a_single_quoted_name_early_is_explained() -> None:
    text = MINIMAL.replace("name: Beta}", "name: Beta, aliases: ['Bet's land']}")
    (problem,) = _problems(text)
    assert problem.startswith(
        f"d.yaml:{line_of(text, 'Bet')}: YAML syntax: an apostrophe inside 'Bet's land' ends the "
        "single-quoted string early"
    ), problem


def test_a_deck_over_the_node_limit_is_refused_at_the_line_where_it_passes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yaml_lines, "COUNT_EVENTS_OVER", 0)  # count every text, not only big ones
    monkeypatch.setattr(yaml_lines, "MAX_EVENTS", 12)
    f = tmp_path / "d.yaml"
    f.write_text("a: 1\nb: 2\nc: 3\nd: [1, 2, 3, 4, 5, 6]\n")
    with pytest.raises(DeckError) as info:
        load_deck(f)
    assert str(info.value.problems[0]).startswith(f"{f}:4: more than 12 YAML nodes")


def test_ascii_folding_drops_control_characters_and_keeps_tabs_and_newlines() -> None:
    assert folded_ascii("Ab\x00C\x7f") == "abc"
    assert folded_ascii("A\tB\x01\nC") == "a\tb\nc"


def test_a_signed_figure_or_an_ordinal_is_an_answer_number() -> None:
    """So an imported '-40' or '1st Battalion' draws its wrong options from the numbers."""
    assert answer_type("-40") == "answer-number"
    assert answer_type("−3 km") == "answer-number"
    assert answer_type("1st Battalion of Foot") == "answer-number"


def test_a_field_of_exactly_the_limit_is_read_and_one_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    for size, ok in ((MAX_FIELD, True), (MAX_FIELD + 1, False)):
        path.write_text(
            "#columns:Question,Answer,Extra\n"
            f"What is the capital of France?,Paris,{'x' * size}\n"
            "What is the capital of Peru?,Lima,ok\n",
            encoding="utf-8",
        )
        result = read_table(path)
        assert (result.deck is not None) == ok
        expected = [] if ok else [f"{path}:2: a field longer than {MAX_FIELD} characters"]
        assert result.problems == expected


@pytest.mark.parametrize(
    ("words", "scale"),
    [
        (["degrees", "Fahrenheit"], "Fahrenheit"),
        (["°", "F"], "F"),
        (["deg.", "C."], "C"),
        (["degrees", "kelvin"], "kelvin"),
        (["degrees", "north"], None),
        (["Fahrenheit"], None),
    ],
)
def test_a_degree_word_names_the_scale_that_follows_it(words: list[str], scale: str | None) -> None:
    assert degree_scale(words) == scale
