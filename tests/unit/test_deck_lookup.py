"""A deck asked for by id: only the files that declare that id are parsed, and the deck found
is the one the full listing would pick first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.facts.catalog import (
    _ID_LINE,
    find_deck,
    find_decks,
    header_id,
    id_lines,
    pick_deck,
    read_deck_files,
)
from quizapp.facts.errors import DeckError
from quizapp.service.catalog import DeckCatalog
from tests.conftest import ROOT

PLANETS = (ROOT / "tests" / "data" / "planets.yaml").read_text(encoding="utf-8")
TOY = (ROOT / "tests" / "data" / "harbours.yaml").read_text(encoding="utf-8")


def _user_decks() -> Path:
    folder = Path(os.environ["QUIZAPP_DECKS"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _compiled() -> list[Path]:
    """The decks parsed so far in this test (each leaves one compiled entry)."""
    folder = Path(os.environ["QUIZAPP_CACHE"]) / "decks"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: planets\ntitle: x\n", "planets"),
        ("# c\ntitle: x\nid: 'planets'  # why\n", "planets"),
        ('id: "planets"\r\ntitle: x\r\n', "planets"),
        ("id: !!str planets\n", None),  # a tag: only YAML knows
        ("id: >-\n  planets\n", None),  # a folded scalar
        ("{id: planets, title: x}\n", None),  # a flow mapping
        ("id: planets\nid: other\n", None),  # two id lines: the loader says which is wrong
        ("title: x\nfacts:\n- id: f1\n  text: y\n", None),  # no top-level id
    ],
)
def test_header_id_reads_only_a_plain_top_level_id(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    assert header_id(path) == expected


def test_looking_up_by_id_parses_only_that_deck() -> None:
    folder = _user_decks()
    (folder / "planets.yaml").write_text(PLANETS, encoding="utf-8")
    (folder / "toy.yaml").write_text(TOY, encoding="utf-8")
    assert find_deck("planets").id == "planets"
    assert len(_compiled()) == 1  # not the bundled decks, not the toy deck
    catalog = DeckCatalog(seed=0)
    assert catalog.deck("toy").id == "toy"
    assert len(_compiled()) == 2
    assert catalog.deck("russia-central-asia").id == "russia-central-asia"
    assert len(_compiled()) == 3  # one bundled deck of three


def test_the_first_deck_with_the_id_wins_as_in_the_full_listing() -> None:
    """An unclear id line is parsed (it may hold the id); a broken file that declares the id
    is passed over; of two decks with one id the first in listing order is found."""
    folder = _user_decks()
    broken = PLANETS.replace("title: The planets", "title: [unclosed")
    (folder / "a-broken.yaml").write_text(broken, encoding="utf-8")
    tagged = PLANETS.replace("id: planets\n", "id: !!str planets\n", 1)
    (folder / "b-tagged.yaml").write_text(tagged.replace("(grading", "(tagged"), "utf-8")
    (folder / "c-plain.yaml").write_text(PLANETS, encoding="utf-8")
    found = find_deck("planets")
    assert "(tagged" in found.title
    assert found == pick_deck("planets", find_decks())
    (folder / "b-tagged.yaml").unlink()
    assert find_deck("planets").title == pick_deck("planets", find_decks()).title


def test_an_unknown_id_says_so_in_one_line() -> None:
    (_user_decks() / "planets.yaml").write_text(PLANETS, encoding="utf-8")
    with pytest.raises(DeckError, match="no deck with this id"):
        find_deck("nowhere")
    with pytest.raises(DeckError, match="no deck with this id"):
        DeckCatalog(seed=0).deck("nowhere")


def test_an_unknown_id_is_named_with_the_command_that_lists_the_decks() -> None:
    with pytest.raises(DeckError) as caught:
        find_deck("nowhere")
    assert str(caught.value) == "nowhere:1: no deck with this id (see `quizapp decks`)"


def test_a_deck_given_by_path_is_listed_as_such_and_not_parsed_twice(tmp_path: Path) -> None:
    path = tmp_path / "planets.yaml"
    path.write_text(PLANETS, encoding="utf-8")
    (listed,) = read_deck_files([tmp_path])
    assert listed.origin == "path" and listed.deck is not None and listed.error is None
    (again,) = read_deck_files([path], known={path: listed.deck})
    assert again.origin == "path" and again.deck is listed.deck
    assert [e.origin for e in find_decks([path]) if e.path == path] == ["path"]


@given(st.lists(st.sampled_from([b"id:", b"id: x", b"\n", b"\r", b" ", b"i", b"d", b":", b"x"])))
def test_id_lines_finds_what_the_regular_expression_finds(parts: list[bytes]) -> None:
    """header_id finds `id:` lines with bytes.find: the same lines as `^id:[^\\n]*$` (multiline)."""
    raw = b"".join(parts)
    assert id_lines(raw, most=len(raw) + 1) == _ID_LINE.findall(raw)
    assert id_lines(raw) == _ID_LINE.findall(raw)[:2]
