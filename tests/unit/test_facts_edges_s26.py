"""Edges of quizapp/facts that no test of run.sh's facts list took (issue 19, session 26, found by
branch coverage of that list): the background check's skips and the years it trusts, a date
shown by month, the tolerance of a zero, a published spread's refusal on both sides, a line
found for a place with no line, the importer's unclosed quote and a lone '|', a deck path read
by open_deck, a FIFO's header, and the user's deck folder. Each checks what the author or the
learner sees: the words, the line, the value."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.facts import catalog, locations
from quizapp.facts.answer_cells import answer_and_alternatives
from quizapp.facts.background_checks import check_background
from quizapp.facts.errors import DeckError
from quizapp.facts.importer import read_table
from quizapp.facts.loader import deck_warnings_of, load_deck, parse_deck
from quizapp.facts.model import When
from quizapp.facts.time_values import Date
from quizapp.facts.value_base import precision_tolerance, published_spread_problem
from quizapp.facts.yaml_lines import line_for
from tests.support.deck_problems import deck_problems as _problems
from tests.support.tables import table_of
from tests.unit.test_deck_defences import link
from tests.unit.test_loader import MINIMAL, problems_of

NAMED_1990 = "Alpha joined in 1990."
PROVENANCE = "    provenance: {source: src, section: 1, paragraph: 1}\n"
WARNED = (
    ("facts", 0, "explanation"),
    "warning: explanation names 1990, a year no source-cited fact gives: "
    "move that sentence to background_note",
)


def _deck(explanation: str, extra: str = "", provenance: str = PROVENANCE) -> str:
    text = MINIMAL.replace("Alpha joined long ago.", explanation)
    return text.replace(PROVENANCE, extra + provenance, 1)


def test_a_year_no_source_cited_fact_gives_is_warned_about_at_its_explanation() -> None:
    assert list(check_background(parse_deck(_deck(NAMED_1990), "d.yaml"))) == [WARNED]


def test_a_year_the_fact_s_own_date_gives_is_trusted_unless_that_date_is_background() -> None:
    dated = _deck(NAMED_1990, "    qualifiers: {as_of: {year: 1990}}\n")
    assert list(check_background(parse_deck(dated, "d.yaml"))) == []
    background = _deck(NAMED_1990, "    qualifiers: {as_of: {year: 1990, background: true}}\n")
    assert list(check_background(parse_deck(background, "d.yaml"))) == [WARNED]


def test_a_fact_cited_as_background_is_not_checked() -> None:
    text = _deck(
        NAMED_1990 + " (background)", provenance="    provenance: {source: src, background: true}\n"
    )
    assert list(check_background(parse_deck(text, "d.yaml"))) == []


def test_a_source_s_own_date_makes_its_year_trusted() -> None:
    text = _deck(NAMED_1990).replace("title: A source,", "title: A source, date: 1990-05-01,")
    assert list(check_background(parse_deck(text, "d.yaml"))) == []


@pytest.mark.parametrize(
    ("when", "shown"),
    [
        ({"year": 1990, "month": 3}, "in March 1990"),
        ({"year": 1990, "month": 3, "day": 4}, "on 4 March 1990"),
        ({"year": 1990}, "in 1990"),
        ({"year": 1990, "month": 3, "phrase": "that spring"}, "that spring"),
    ],
)
def test_a_fact_s_date_is_rendered_by_what_it_gives(when: dict[str, object], shown: str) -> None:
    assert When.model_validate(when).render() == shown


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ({"year": 1990, "month": 3}, "March 1990"),
        ({"year": 1990, "month": 12, "day": 4}, "4 December 1990"),
        ({"year": 1990, "month": 1}, "January 1990"),
        ({"year": 44, "era": "BC"}, "44 BC"),
    ],
)
def test_a_date_value_is_displayed_by_its_precision(date: dict[str, object], shown: str) -> None:
    assert Date.model_validate({"kind": "date", **date}).display() == shown


@pytest.mark.parametrize(("x", "tolerance"), [(0, 0.5), (0.0, 0.5), (120, 5.0), (1.25, 0.005)])
def test_a_figure_s_tolerance_is_half_its_last_written_digit(x: float, tolerance: float) -> None:
    assert precision_tolerance(x) == tolerance


@pytest.mark.parametrize("other", [100, 102.5, 97.9, -100])
def test_a_published_spread_equal_to_the_value_or_over_2_percent_is_refused(
    other: float,
) -> None:
    with pytest.raises(ValueError) as info:
        published_spread_problem(100, other)
    assert str(info.value) == (
        f"also: {other:g} must differ from 100 by at most 2 % "
        "(a published spread, not another figure)"
    )


@pytest.mark.parametrize("other", [102, 98, 100.5])
def test_a_published_spread_within_two_percent_is_accepted(other: float) -> None:
    published_spread_problem(100, other)  # no refusal raised


def test_a_place_with_no_line_takes_its_nearest_ancestor_s_or_the_first() -> None:
    loc = ("facts", 3, "object")
    assert line_for(loc, {}) == 1
    assert line_for(loc, {("facts",): 7, (): 2}) == 7
    assert line_for(loc, {(): 2}) == 2
    assert line_for(loc, {("facts", 3): 9, ("facts",): 7}) == 9


def test_an_import_row_whose_quote_never_closes_says_so_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        'What is the capital of France?,Paris\n"What is the capital of Peru?,Lima\nWhat?,two\n',
        encoding="utf-8",
    )
    result = read_table(path)
    assert result.deck is None
    assert result.problems == [
        f"{path}:2: needs a question and an answer (found 1 column(s)); "
        'a quote (") opened on this line is never closed'
    ]
    assert result.good == 1


def test_an_answer_of_only_separators_is_kept_as_written_with_no_alternatives() -> None:
    assert answer_and_alternatives(" | ") == ("|", [])
    assert answer_and_alternatives("Kyiv|Kiev|kyiv| ") == ("Kyiv", ["Kiev"])


def test_a_deck_opened_by_path_is_loaded_from_that_file(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    deck = catalog.open_deck(str(path))
    assert (deck.id, deck.title) == ("mini", "Mini deck")
    with pytest.raises(DeckError) as info:
        catalog.open_deck(str(tmp_path / "gone.yaml"))
    assert [str(p) for p in info.value.problems] == [f"{tmp_path / 'gone.yaml'}:1: no such file"]


def test_the_warnings_of_a_deck_whose_file_is_gone_are_placed_on_line_one(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(_deck(NAMED_1990), encoding="utf-8")
    deck = load_deck(path)
    placed = [(p.line, p.message) for p in deck_warnings_of(path, deck)]
    assert any(line == 32 and "names 1990" in message for line, message in placed)
    path.unlink()
    gone = [(p.line, p.message) for p in deck_warnings_of(path, deck)]
    assert gone and all(line == 1 for line, _ in gone)
    assert any("names 1990" in message for _, message in gone)


def test_a_fifo_or_a_missing_file_has_no_header_id_read_without_parsing(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    assert catalog.header_id(tmp_path / "pipe.yaml") is None  # would hang if it were opened
    assert catalog.header_id(tmp_path / "missing.yaml") is None
    (tmp_path / "mini.yaml").write_text(MINIMAL, encoding="utf-8")
    assert catalog.header_id(tmp_path / "mini.yaml") == "mini"


def test_the_user_s_deck_folder_is_quizapp_decks_when_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZAPP_DECKS", str(tmp_path))
    (tmp_path / "mine.yaml").write_text(MINIMAL, encoding="utf-8")
    assert locations.user_dir() == tmp_path
    files = locations.all_deck_files()
    assert files[-1] == tmp_path / "mine.yaml"
    assert locations.bundled_dir() / "chemical-elements.yaml" in files
    monkeypatch.delenv("QUIZAPP_DECKS")
    assert locations.user_dir().name == "decks"
    assert locations.user_dir().parent.name == "quizapp"


# -- refusals whose words no test of the facts list pinned ------------------------------------

FORWARD = "      forward: Which body does {subject} belong to?\n"


@pytest.mark.parametrize(
    ("forward", "expected"),
    [
        (
            "Which body does {subject} belong to, {object}?",
            "d.yaml:18: templates.forward must not contain {object} (it gives it away) "
            "(at relations[0].templates.forward)",
        ),
        (
            "Which body does {subject.name} belong to?",
            "d.yaml:12: template slot {subject.name} is not a plain name (at relations[0])",
        ),
    ],
)
def test_a_template_that_gives_the_answer_away_or_reaches_into_a_slot_is_refused(
    forward: str, expected: str
) -> None:
    assert _problems(MINIMAL.replace(FORWARD, f"      forward: {forward}\n")) == [expected]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "explanation: Alpha joined long ago.",
            "explanation: Alpha joined: long ago.",
            "d.yaml:32: YAML syntax: mapping values are not allowed in this context; a value "
            "that contains ': ' must be quoted, or this line is indented deeper than the key "
            "above it",
        ),
        (
            "title: Mini deck",
            "title: Mini deck\n\tx: 1",
            "d.yaml:3: YAML syntax: found a tab character that violates indentation; indent "
            "with spaces, not tabs",
        ),
        (
            "paragraphs: 2}",
            "paragraphs: 2, words: [10]}",
            "d.yaml:4: 1 paragraph length(s) for 2 paragraph(s) (at sources[0].sections[0].words)",
        ),
        (
            "paragraphs: 2}",
            "paragraphs: 2, words: [10, 0]}",
            "d.yaml:4: a paragraph has at least one word (at sources[0].sections[0].words)",
        ),
    ],
)
def test_a_syntax_slip_or_a_section_s_word_counts_are_refused_with_the_fix(
    old: str, new: str, expected: str
) -> None:
    assert _problems(MINIMAL.replace(old, new)) == [expected]


def test_a_section_s_word_counts_one_per_paragraph_are_read() -> None:
    deck = parse_deck(MINIMAL.replace("paragraphs: 2}", "paragraphs: 2, words: [10, 1]}"), "d.yaml")
    assert deck.sources[0].sections[0].words == [10, 1]


def test_a_link_from_a_claim_to_itself_is_refused_at_its_target() -> None:
    assert problems_of(link("alpha-committed", "despite", "alpha-committed")) == [
        "deck.yaml:149: a link joins two different claims or facts (at links[2].target)"
    ]
    assert "deck.yaml:149: a link joins two different claims or facts (at links[2].target)" in (
        problems_of(link("a-in-o", "so", "a-in-o"))
    )


def test_an_import_whose_question_is_another_line_s_answer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    result = table_of(path, "What is the capital of France?,Paris\nParis,France\n")
    assert result.deck is None
    assert result.problems == [f"{path}:2: the question is also an answer of another line"]
    assert result.good == 1
    result = table_of(path, "Paris,France\nWhat is the capital of France?,Paris\n")
    assert result.deck is None
    assert result.problems == [f"{path}:1: 'paris' is both a question and an answer"]
    assert result.good == 0


def test_an_imported_deck_says_which_file_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "capitals.csv"
    deck = table_of(path, "What is the capital of France?,Paris\n").deck
    assert deck is not None
    assert deck["description"] == "Imported from capitals.csv."
    assert deck["sources"][0]["title"] == "capitals.csv"
