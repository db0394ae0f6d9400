"""Where each deck finding points and what it says, checked to the line (issue 19: survivors of
the seeded mutation sample of quizapp/facts, `SAMPLE=80 SEED=19`, session 20)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.facts.catalog import find_decks, read_deck_files
from quizapp.facts.eras import check_day
from quizapp.facts.errors import DeckError
from quizapp.facts.grammar import fraction_words
from quizapp.facts.importer import read_table
from quizapp.facts.loader import load_deck, parse_deck
from quizapp.facts.model_base import Provenance
from quizapp.facts.normalise import folded
from quizapp.facts.schema import deck_schema
from quizapp.facts.table_file import MAX_FILE, Unreadable, read_text
from quizapp.facts.time_values import Date
from tests.conftest import ROOT
from tests.unit.test_loader import MINIMAL

PLANETS = (ROOT / "tests" / "data" / "planets.yaml").read_text(encoding="utf-8")


def test_a_broken_deck_file_is_listed_at_its_own_path_under_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "broken-planets.yaml"
    path.write_text(PLANETS.replace("title: The planets", "title: [unclosed"), encoding="utf-8")
    (entry,) = read_deck_files([path])
    assert entry.deck is None and entry.error is not None
    assert entry.path == path
    assert entry.id == "broken-planets"
    assert [e.id for e in find_decks([path], include_user=False) if e.error] == ["broken-planets"]


def test_a_day_past_the_month_s_end_names_the_year_on_either_side_of_year_one() -> None:
    assert check_day(1, 2, 30) == "February 1 has 28 days, not 30"
    assert check_day(-1, 2, 30) == "February 1 BC has 29 days, not 30"  # 1 BC was a leap year
    assert check_day(2, 2, 29) == "February 2 has 28 days, not 29"
    assert check_day(-5, 2, 29) is None  # 5 BC was a leap year (astronomical -4)


def test_fractions_are_named_by_their_ordinal_denominator() -> None:
    assert fraction_words(1, 3) == "one third"
    assert fraction_words(3, 8) == "three eighths"
    assert fraction_words(1, 2) == "one half"
    assert fraction_words(3, 4) == "three quarters"


def test_imported_names_that_slug_alike_are_numbered_from_two(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "#separator:Semicolon\n#tags:Europe europe\n"
        "Which city was the capital of France through all of the year 1900?;Paris\n"
        "Which city was the capital of France through all of the year 1940?;Vichy\n",
        encoding="utf-8",
    )
    deck = read_table(path).deck
    assert deck is not None
    assert [t["id"] for t in deck["topics"]] == ["europe", "europe-2"]
    prompts = [e["id"] for e in deck["entities"] if e["kind"] == "prompt"]
    assert prompts[1] == f"{prompts[0]}-2" and "1900" not in prompts[0]  # one slug, numbered


def test_a_byte_that_is_not_utf8_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_bytes(b"id: x\ntitle: y\nname: caf\xe9\n")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    assert str(caught.value) == f"{path}:3: not UTF-8 text"


def test_a_citation_says_where_a_reader_finds_the_fact() -> None:
    assert Provenance(source="s", background=True).cite("Brief", "Oil") == (
        "Background knowledge (not in the source)"
    )
    located = Provenance(source="s", section=2, paragraph=3)
    assert located.cite("Brief", "(opening paragraph)") == "Brief, opening paragraph"
    assert located.cite("Brief", "Oil") == 'Brief, under "Oil", paragraph 3'
    assert located.cite("Brief") == "Brief, section 2, paragraph 3"


def test_folding_drops_invisible_and_control_characters_from_unicode_text() -> None:
    assert folded("Caf\u00e9\u200b\x07 \u2013 Na\u00efve\tX") == "cafe - naive\tx"


def test_an_optional_field_keeps_its_description_in_the_deck_schema() -> None:
    templates = deck_schema()["$defs"]
    assert isinstance(templates, dict)
    inverse = templates["Templates"]["properties"]["inverse"]
    assert inverse["description"] == "asks for the subject, given {object}"
    assert inverse["default"] is None


def _problems(text: str) -> list[str]:
    with pytest.raises(DeckError) as caught:
        parse_deck(text, "d.yaml")
    return [str(p) for p in caught.value.problems]


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_fact_with_a_bad_value_still_has_its_unknown_subject_and_source_named() -> None:
    text = (
        MINIMAL.replace("    subject: b\n", "    subject: zeta\n")
        .replace("object: {kind: percentage, value: 40}", "object: 40")
        .replace(
            "{source: src, section: 1, paragraph: 2}", "{source: nowhere, section: 1, paragraph: 2}"
        )
    )
    found = _problems(text)
    assert len(found) == 3, found
    assert found[0] == f"d.yaml:{_line(text, 'zeta')}: unknown entity 'zeta' (at facts[1].subject)"
    assert found[1].startswith(f"d.yaml:{_line(text, 'object: 40')}: ")
    assert found[1].endswith("(docs/authoring.md lists every kind) (at facts[1].object)")
    assert found[2] == (
        f"d.yaml:{_line(text, 'nowhere')}: unknown source 'nowhere' (at facts[1].provenance.source)"
    )


def test_a_repeated_fact_after_an_invalid_one_is_named_by_its_own_place() -> None:
    again = (
        "  - id: a-in-o-again\n    subject: a\n    relation: member-of\n    object: o\n"
        "    explanation: Alpha joined long ago, said twice.\n    topics: [t]\n"
        "    provenance: {source: src, section: 1, paragraph: 1}\n"
    )
    text = MINIMAL.replace("object: {kind: percentage, value: 40}", "object: 40") + again
    found = _problems(text)
    assert len(found) == 2, found
    assert found[0].endswith("(at facts[1].object)")
    assert found[1] == (
        f"d.yaml:{_line(text, 'id: a-in-o-again')}: the same fact is stated in facts[0] "
        "(at facts[2])"
    )


def test_an_imported_file_of_exactly_the_size_limit_is_read_and_one_byte_more_is_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as f:
        f.truncate(MAX_FILE)
    assert len(read_text(path, "big.csv")) == MAX_FILE
    with path.open("ab") as f:
        f.write(b"x")
    with pytest.raises(Unreadable) as caught:
        read_text(path, "big.csv")
    assert str(caught.value) == "Cannot read big.csv: larger than 20 MiB"


def test_a_date_moved_to_a_shorter_month_keeps_to_that_month_s_last_day() -> None:
    end_of_january = Date(kind="date", year=2023, month=1, day=31)
    assert end_of_january.with_magnitude(2023 * 12 + 1).display() == "28 February 2023"
    assert end_of_january.with_magnitude(2024 * 12 + 1).display() == "29 February 2024"
    assert end_of_january.with_magnitude(2023 * 12 + 3).display() == "30 April 2023"
    assert end_of_january.with_magnitude(2023 * 12 + 2).display() == "31 March 2023"


def test_aliases_that_multiply_the_file_are_refused_in_plain_words() -> None:
    nested = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)
    ]
    (problem,) = _problems("id: x\n" + "\n".join(nested) + "\n")
    pattern = r"d\.yaml:\d+: aliases repeat parts of the file too many times \(at a\d+(\[\d+\])*\)"
    assert re.fullmatch(pattern, problem), problem
