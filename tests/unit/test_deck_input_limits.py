"""Deck files are data: control characters, format specs and NaN/inf are refused with
FILE:LINE; the size is checked before reading; only regular files are read."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from quizapp.facts.errors import DeckError
from quizapp.facts.loader import MAX_DECK_BYTES, load_deck, parse_deck
from tests.support.deck_problems import deck_problems as _problems
from tests.unit.test_loader import MINIMAL


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    "payload", ["\\e]0;PWNED\\a", "\\e[2J", "\\x9b31m", "a\\0b", "\\e]52;c;aGk=\\a"]
)
def test_control_characters_are_refused_with_their_line(payload: str) -> None:
    text = MINIMAL.replace("name: Beta}", f'name: "Beta{payload}"}}')
    (problem,) = _problems(text)
    line = _line(text, 'name: "Beta')
    assert problem.startswith(f"d.yaml:{line}: control character U+"), problem


def test_markup_is_plain_text_in_a_deck() -> None:
    deck = parse_deck(MINIMAL.replace("name: Beta}", 'name: "Beta [/] [@click=app.quit]x[/]"}'))
    assert any("[@click=app.quit]" in e.name for e in deck.entities)


@pytest.mark.parametrize("spec", ["{subject:>2000000000}", "{subject:d}", "{subject!r}"])
def test_template_format_specs_are_refused(spec: str) -> None:
    text = MINIMAL.replace("forward: Which body does {subject}", f"forward: Which body does {spec}")
    problems = _problems(text)
    line = _line(text, "- id: member-of")  # the relation the template belongs to
    assert any(
        "format spec or conversion" in p and p.startswith(f"d.yaml:{line}:") for p in problems
    )


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_nan_and_infinite_numbers_are_refused(value: str) -> None:
    text = MINIMAL.replace("{kind: percentage, value: 40}", f"{{kind: percentage, value: {value}}}")
    line = _line(text, f"value: {value}")
    assert any(p.startswith(f"d.yaml:{line}:") for p in _problems(text)), _problems(text)


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as f:
        f.truncate(50 * MAX_DECK_BYTES)  # sparse: reading it would take a gigabyte
    start = time.monotonic()
    with pytest.raises(DeckError, match="larger than 20 MiB"):
        load_deck(huge)
    assert time.monotonic() - start < 1


def test_a_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "deck.yaml"
    os.mkfifo(fifo)
    result: list[BaseException] = []

    def load() -> None:
        try:
            load_deck(fifo)
        except DeckError as exc:
            result.append(exc)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # unblock the reader so the test process can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("loading a FIFO hangs")
    assert result and str(result[0]) == f"{fifo}:1: not a regular file"


def test_node_limits_leave_room_for_a_large_deck_and_name_the_limit(tmp_path: Path) -> None:
    """B18: 2,100,000 nodes (a 50,000-fact deck in block style with every field written out is
    about 2,000,000) pass the YAML stage, which used to refuse them as 'nests or repeats too
    much' and then as too many nodes; more are refused while streaming, by name."""
    f = tmp_path / "d.yaml"
    f.write_text("x: [" + ",".join(["a"] * 2_100_000) + "]\n")
    with pytest.raises(DeckError) as info:
        load_deck(f)
    assert "nests" not in str(info.value) and "YAML nodes" not in str(info.value)
    f.write_text("x: [" + ",".join(["a"] * 3_100_000) + "]\n")
    with pytest.raises(DeckError, match="more than 3,000,000 YAML nodes"):
        load_deck(f)
