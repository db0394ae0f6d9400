"""Importing a CSV/TSV card file, in process (issue 19): the deck a user's file becomes and the
lines it refuses, so mutation testing of quizapp/facts reaches the importer (the CLI tests run
it in a subprocess, which mutmut cannot see)."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from quizapp.facts.importer import answer_type, read_table
from quizapp.facts.loader import parse_deck
from quizapp.facts.question_frames import question_frames

CARDS = """\
#separator:Semicolon
#columns:Back;Front;Notes
#tags:geography europe
#deck:European capitals
Paris;What is the capital of France?;The seat of government since the 10th century.
Berlin;What is the capital of Germany?;short
1989;In which year did the Berlin Wall fall?;It fell in November of that year.
"""


def _write(tmp_path: Path, text: str, name: str = "cards.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_card_file_becomes_a_valid_deck_with_its_columns_tags_and_notes(tmp_path: Path) -> None:
    result = read_table(_write(tmp_path, CARDS))
    assert result.problems == []
    assert result.imported == 3
    deck = result.deck
    assert deck is not None
    assert deck["title"] == "European capitals"
    assert deck["id"] == "european-capitals"
    assert deck["sources"][0]["title"] == "cards.csv"
    assert [s["label"] for s in deck["sources"][0]["sections"]] == ["line 5", "line 6", "line 7"]
    assert [t["title"] for t in deck["topics"]] == ["geography", "europe"]
    names = {e["id"]: e["name"] for e in deck["entities"]}
    kinds = {e["name"]: e["kind"] for e in deck["entities"]}
    # #columns: names the Front as the second column: the question is read from there
    asked = {names[f["subject"]]: f["object"] for f in deck["facts"]}
    asked = {q: names.get(a, a) if isinstance(a, str) else a for q, a in asked.items()}
    assert asked == {
        "What is the capital of France?": "Paris",
        "What is the capital of Germany?": "Berlin",
        "In which year did the Berlin Wall fall?": {"kind": "year", "value": 1989},  # r428 G
    }
    assert kinds["What is the capital of France?"] == "prompt"
    assert kinds["Paris"].startswith("answer-name-")
    assert kinds["Paris"] == kinds["Berlin"]
    notes = {names[f["subject"]]: f["explanation"] for f in deck["facts"]}
    assert notes["What is the capital of France?"].startswith("The seat of government")
    assert notes["What is the capital of Germany?"] == "The card's answer: Berlin."
    assert all(f["topics"] == ["geography", "europe"] for f in deck["facts"])
    # the loader accepts what the importer wrote, and every fact is asked by its question
    loaded = parse_deck(yaml.safe_dump(deck, sort_keys=False), "cards.yaml")
    assert len(loaded.facts) == 3


def test_without_headers_a_file_is_question_then_answer_titled_by_its_name(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path, "Who painted the Mona Lisa?,Leonardo da Vinci\n2 + 2?,4\n", "my_art-quiz.csv"
    )
    result = read_table(path)
    assert result.deck is not None
    assert result.deck["title"] == "My Art Quiz"
    assert [t["title"] for t in result.deck["topics"]] == ["imported"]
    names = {e["id"]: e["name"] for e in result.deck["entities"]}
    assert [(names[f["subject"]], names[f["object"]]) for f in result.deck["facts"]] == [
        ("Who painted the Mona Lisa?", "Leonardo da Vinci"),
        ("2 + 2?", "4"),
    ]


def test_a_header_row_without_columns_is_refused_by_its_line(tmp_path: Path) -> None:
    result = read_table(_write(tmp_path, "Question,Answer\nWhat is 2 + 2?,4\n"))
    assert result.deck is None
    assert len(result.problems) == 1
    assert result.problems[0] == (
        f"{tmp_path / 'cards.csv'}:1: this looks like a header row (Question,Answer): "
        "replace it with the line #columns:Question,Answer, or delete it"
    )
    # the advice, followed, imports the card (review r333: 'above it' kept the header twice)
    fixed = read_table(_write(tmp_path, "#columns:Question,Answer\nWhat is 2 + 2?,4\n", "c.csv"))
    assert fixed.deck is not None and fixed.imported == 1
    # a first card whose cells are not column names is a card
    ok = read_table(_write(tmp_path, "Question one,Answer one\nWhat is 2 + 2?,4\n", "b.csv"))
    assert ok.deck is not None and ok.imported == 2


def test_an_overlong_note_is_refused_and_skip_bad_imports_the_rest(tmp_path: Path) -> None:
    long_note = "x" * 2001
    text = (
        "#columns:Front,Back,Extra\n"
        f"What is the capital of France?,Paris,{long_note}\n"
        "What is the capital of Spain?,Madrid,fine\n"
    )
    path = _write(tmp_path, text)
    refused = read_table(path)
    assert refused.deck is None
    assert refused.problems == [f"{path}:2: a field longer than 2000 characters"]
    kept = read_table(path, skip_bad=True)
    assert kept.deck is not None and kept.imported == 1
    assert kept.problems == refused.problems


def test_an_answer_that_is_also_a_question_spoils_the_file(tmp_path: Path) -> None:
    text = "What is the capital of France?,Paris\nParis,What is the capital of France?\n"
    result = read_table(_write(tmp_path, text))
    assert result.deck is None
    assert any("the question is also an answer" in p for p in result.problems)
    later = read_table(
        _write(tmp_path, "France,Europe\nWhich country is Paris in?,France\n", "c.csv")
    )
    assert later.deck is None
    assert later.problems and "both a question and an answer" in later.problems[-1]


def test_answer_types_keep_numbers_names_and_text_apart() -> None:
    assert answer_type("1989") == "answer-number"
    assert answer_type("42 km") == "answer-number"
    assert answer_type("Leonardo da Vinci") == "answer-name"
    assert answer_type("the seat of government.") == "answer-text"
    assert answer_type("A very long answer of many more than five words") == "answer-text"


def test_a_file_written_with_another_separator_is_told_which_to_declare(tmp_path: Path) -> None:
    """Semicolons where a comma was looked for: each line says how to declare them (session-20
    capitals review: the bare 'found 1 column(s)' on every line gave no way forward)."""
    result = read_table(_write(tmp_path, "Capital of France?;Paris\nCapital of Peru?;Lima\n"))
    assert result.deck is None and len(result.problems) == 2
    assert result.problems[0].endswith(
        "found 1 column(s)); if the file is semicolon-separated, say #separator:semicolon on line 1"
    )
    declared = "#separator:semicolon\nCapital of France?;Paris\nCapital of Peru?;Lima\n"
    assert read_table(_write(tmp_path, declared, "b.csv")).imported == 2
    lone = read_table(_write(tmp_path, "Capital of France?\n", "c.csv"))  # no other separator
    assert lone.problems[0].endswith("needs a question and an answer (found 1 column(s))")


def test_a_line_csv_cannot_read_is_named_by_its_line(tmp_path: Path) -> None:
    # a field over the csv module's size limit, on the file's third line
    path = _write(tmp_path, "#separator:Comma\nWhat is 2 + 2?,4\nQ," + "x" * 140_000 + "\n")
    result = read_table(path)
    assert result.deck is None
    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"{path}:3: cannot be read as CSV")


def test_names_answering_different_kinds_of_question_are_not_offered_together(
    tmp_path: Path,
) -> None:
    text = (
        "Who painted the Mona Lisa?,Leonardo da Vinci\n"
        "Who wrote Hamlet?,William Shakespeare\n"
        "What is the capital of France?,Paris\n"
        "What is the capital of Spain?,Madrid\n"
    )
    result = read_table(_write(tmp_path, text))
    assert result.deck is not None
    kinds = {e["name"]: e["kind"] for e in result.deck["entities"]}
    assert kinds["Leonardo da Vinci"] == kinds["William Shakespeare"]
    assert kinds["Paris"] == kinds["Madrid"]
    assert kinds["Paris"] != kinds["Leonardo da Vinci"]


def test_an_answer_ending_in_an_abbreviation_is_a_name_not_a_sentence(tmp_path: Path) -> None:
    """Session 17 import reading: 'Washington, D.C.' was typed as text, so it was never offered
    among the other capitals, and its explanation ended 'D.C..'."""
    assert answer_type("Washington, D.C.") == "answer-name"
    assert answer_type("Martin Luther King Jr.") == "answer-name"
    assert answer_type("It rains.") == "answer-text"
    text = '#columns:Front,Back\nCapital of the US?,"Washington, D.C."\nCapital of France?,Paris\n'
    result = read_table(_write(tmp_path, text))
    assert result.deck is not None
    notes = [f["explanation"] for f in result.deck["facts"]]
    assert "The card's answer: Washington, D.C." in notes
    assert not [n for n in notes if n.endswith("..")]


def test_a_file_that_is_not_a_regular_file_is_refused_in_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "cards.csv"
    os.mkfifo(fifo)  # reading it would hang: refused before a byte is read
    for path in (fifo, tmp_path):
        result = read_table(path)
        assert result.deck is None
        assert result.problems == [f"Cannot read {path}: not a regular file"]


def test_a_separator_of_several_characters_is_refused_at_its_own_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "#deck:Sums\n#separator:;;\nWhat is 2 + 2?;;4\n")
    assert read_table(path).problems == [
        f"{path}:2: #separator: is one character or one of Comma, Semicolon, Tab, Pipe, Space"
    ]


def test_a_question_sharing_no_frame_is_grouped_by_its_first_word() -> None:
    # a painter is not offered among capitals: 'who' and 'what' questions stay apart
    asked = ["Who painted the Mona Lisa?", "What is the capital of Peru?", "How many legs?"]
    frames = question_frames(asked)
    assert frames == ["who", "what", "how many"]
