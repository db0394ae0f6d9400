"""Imported question/answer decks are first-class (issue 12, item 3): a pair yields multiple
choice (other answers of the deck, of the same answer type, as distractors), a typed item and
a flashcard whose back is the answer; no cloze of a question; every tag kept; column count
mismatches and header rows reported by line."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml

from tests.cli.test_deck_commands import run

CAPITALS = """\
#separator:Comma
#columns:Front,Back
#tags:geography europe capitals
What is the capital of France?,Paris
What is the capital of Germany?,Berlin
What is the capital of Italy?,Rome
What is the capital of Spain?,Madrid
What is the capital of Portugal?,Lisbon
What is the capital of Austria?,Vienna
What is the capital of Poland?,Warsaw
In which year did the Berlin Wall fall?,1989
In which year did the Second World War end?,1945
In which year was the euro introduced as cash?,2002
"""
COUNTS = [("legs on a spider", 8), ("days in a week", 7), ("planets", 8)]
COUNTS += [("sides on a hexagon", 6), ("strings on a violin", 4)]
NUMBERS = "".join(f"How many {thing} are there?,{n}\n" for thing, n in COUNTS)


def _items(tmp_path: Path, name: str, text: str) -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_text(text)
    out = run("import", str(path), "--force")
    assert out.returncode == 0, out.stderr
    deck = path.stem
    listed = run("questions", "--deck", deck, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    items: list[dict[str, object]] = json.loads(listed.stdout)
    return items


def test_a_ten_line_capitals_file_yields_choice_typed_and_flashcard(tmp_path: Path) -> None:
    items = _items(tmp_path, "capitals.csv", CAPITALS)
    kinds = {str(i["kind"]) for i in items}
    # no cloze of a question, no statements; its year is asked as a number (review r428 G)
    assert kinds == {"mcq", "typed", "flashcard", "numeric", "numeric_mcq"}
    per_prompt: dict[str, set[str]] = {}
    for i in items:
        per_prompt.setdefault(str(i["prompt"]), set()).add(str(i["kind"]))
    assert len(per_prompt) == 10
    typed = [
        {"typed", "flashcard"} <= k or {"numeric", "flashcard"} <= k for k in per_prompt.values()
    ]
    assert all(typed), per_prompt  # a year typed as a number
    capitals = {"Paris", "Berlin", "Rome", "Madrid", "Lisbon", "Vienna", "Warsaw"}
    choice = [i for i in items if i["kind"] == "mcq"]
    assert len(choice) == 7  # every capital; each year has its own ladder (numeric_mcq)
    for i in choice:
        options = i["options"]
        assert isinstance(options, list) and len(options) == 4
        assert set(options) <= capitals  # names with names: no year among them
    for i in items:
        if i["kind"] == "flashcard":
            assert i["back"] == i["answer"][0]  # type: ignore[index]
        assert re.fullmatch(r"capitals\.csv, line \d+", str(i["citation"])), i["citation"]
        assert "Imported from" not in str(i["explanation"])
    france = next(i for i in items if i["prompt"] == "What is the capital of France?")
    assert france["citation"] == "capitals.csv, line 4"
    audit = run("questions", "--deck", "capitals", "--audit")
    assert audit.returncode == 0, audit.stdout


def test_every_tag_is_kept_on_every_card(tmp_path: Path) -> None:
    _items(tmp_path, "capitals.csv", CAPITALS)
    deck = yaml.safe_load((Path(os.environ["QUIZAPP_DECKS"]) / "capitals.yaml").read_text())
    assert [t["id"] for t in deck["topics"]] == ["geography", "europe", "capitals"]
    assert all(f["topics"] == ["geography", "europe", "capitals"] for f in deck["facts"])


def test_numbers_are_offered_with_numbers(tmp_path: Path) -> None:
    items = _items(tmp_path, "mixed.csv", CAPITALS.split("In which")[0] + NUMBERS)
    for i in items:
        if i["kind"] != "mcq":
            continue
        options = [str(o) for o in i["options"]]  # type: ignore[attr-defined]
        numeric = [o.isdigit() for o in options]
        assert all(numeric) or not any(numeric), options


def test_column_mismatches_and_header_rows_are_reported_by_line(tmp_path: Path) -> None:
    three = tmp_path / "three.csv"
    three.write_text("#columns:Front,Back\nq1,a1\nq2,a2,extra\nq3,a3\n")
    out = run("import", str(three))
    assert out.returncode == 2
    assert "three.csv:3: 3 columns, but #columns: names 2" in out.stderr
    header = tmp_path / "header.csv"
    header.write_text("Question,Answer\nq1,a1\nq2,a2\n")
    out = run("import", str(header))
    assert out.returncode == 2
    assert "header.csv:1: this looks like a header row (Question,Answer)" in out.stderr
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("q1,a1\nq2,a2,a3\n")
    assert "ragged.csv:2: 3 columns, but the first line has 2" in run("import", str(ragged)).stderr
    # review r328: a third column with no #columns: line was dropped without a word, and a
    # header row under #columns: became a card
    wide = tmp_path / "wide.csv"
    wide.write_text("q1,a1,why one\nq2,a2,why two\n")
    out = run("import", str(wide))
    assert out.returncode == 2
    assert "wide.csv:1: 3 columns, but with no #columns: line" in out.stderr
    repeated = tmp_path / "repeated.csv"
    repeated.write_text("#columns:Question,Answer\nQuestion,Answer\nq1,a1\n")
    out = run("import", str(repeated))
    assert out.returncode == 2
    assert "repeated.csv:2: this row repeats the #columns: line" in out.stderr


def test_an_extra_column_becomes_the_explanation(tmp_path: Path) -> None:
    text = "#columns:Front,Back,Extra\n" + "".join(
        f"Capital of {c}?,{a},{a} has been the capital of {c} for centuries.\n"
        for c, a in [("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid")]
    )
    items = _items(tmp_path, "extra.csv", text)
    assert any("for centuries" in str(i["explanation"]) for i in items)


FEW_CAPITALS = """\
What is the capital of France?,Paris
What is the capital of Germany?,Berlin
What is the capital of Italy?,Rome
Who painted the Mona Lisa?,Leonardo da Vinci
Who wrote Hamlet?,William Shakespeare
Who composed The Magic Flute?,Wolfgang Amadeus Mozart
Who discovered penicillin?,Alexander Fleming
How many days are in a week?,7
How many sides has a hexagon?,6
How many strings has a violin?,4
"""


def test_a_capital_is_offered_only_among_capitals(tmp_path: Path) -> None:
    """Found reading an import of three capitals and four people: 'What is the capital of
    France?' offered Leonardo da Vinci, a name like Paris but no capital. Answers to one
    question frame go only with each other; people go with people (four 'who' questions)."""
    items = _items(tmp_path, "few.csv", FEW_CAPITALS)
    capitals = {"Paris", "Berlin", "Rome"}
    people = {"Leonardo da Vinci", "William Shakespeare", "Wolfgang Amadeus Mozart"}
    people |= {"Alexander Fleming"}
    choices = [i for i in items if i["kind"] == "mcq"]
    assert not [i for i in choices if "capital" in str(i["prompt"])]  # three are too few
    who = [i for i in choices if str(i["prompt"]).startswith("Who")]
    assert len(who) == 4
    for i in choices:
        options = {str(o) for o in i["options"]}  # type: ignore[attr-defined]
        assert len(options) >= 4
        assert not options & capitals, i
        if str(i["prompt"]).startswith("Who"):
            assert options == people, i


NAMED_AFTER = CAPITALS.replace("Spain?,Madrid", "Mexico?,Mexico City").replace(
    "Austria?,Vienna", "Panama?,Panama City"
)
NAMED_AFTER = NAMED_AFTER.replace("Poland?,Warsaw", "Guinea-Bissau?,Bissau")


def test_a_capital_named_after_its_country_is_still_asked(tmp_path: Path) -> None:
    """Session-19 capitals reading: Mexico City, Panama City and Bissau had no item at all
    (the answer's word is in the author's own question, read as a leak). Recall and rating
    stay; a choice among options, where the stem would point at the key, does not."""
    items = _items(tmp_path, "named.csv", NAMED_AFTER)
    for country in ("Mexico", "Panama", "Guinea-Bissau"):
        kinds = sorted(str(i["kind"]) for i in items if f"of {country}?" in str(i["prompt"]))
        assert kinds == ["flashcard", "typed"], (country, kinds)
    assert run("questions", "--deck", "named", "--audit").returncode == 0


ALTERNATIVES = CAPITALS.replace("France?,Paris", "Ukraine?,Kyiv|Kiev").replace(
    "Germany?,Berlin", "Myanmar?,Naypyidaw"
)


def _typed_verdict(deck: str, items: list[dict[str, object]], country: str, answer: str) -> str:
    item = next(i for i in items if i["kind"] == "typed" and f"of {country}?" in str(i["prompt"]))
    out = run("grade", "--deck", deck, "--item", str(item["id"]), "--json", "--", answer)
    assert out.returncode == 0, out.stderr
    verdict: str = json.loads(out.stdout)["verdict"]
    return verdict


def test_an_answer_cell_lists_other_accepted_spellings(tmp_path: Path) -> None:
    """Session-19 capitals reading (issue 12): 'Kiev' was wrong for Kyiv, with no way for the
    file to say both count. 'Kyiv|Kiev' shows Kyiv and accepts Kiev; a spelling slip on a
    name written with spaces is measured with the spaces dropped ('Nay Pyi Taw')."""
    items = _items(tmp_path, "alternatives.csv", ALTERNATIVES)
    ukraine = [i for i in items if "of Ukraine?" in str(i["prompt"])]
    assert {str(i["kind"]) for i in ukraine} == {"mcq", "typed", "flashcard"}
    assert all(i["answer"] == ["Kyiv"] for i in ukraine)  # the first spelling is shown
    assert all("Kiev" not in (i.get("options") or []) for i in items)  # type: ignore[operator]
    cases = [
        ("Ukraine", "Kiev", "correct"),
        ("Ukraine", "kyiv", "correct"),
        ("Ukraine", "Kyev", "near_miss"),
        ("Myanmar", "Nay Pyi Taw", "near_miss"),
        ("Myanmar", "Naypyitaw", "near_miss"),
        ("Myanmar", "Yangon", "wrong"),
    ]
    got = [(c, a, _typed_verdict("alternatives", items, c, a)) for c, a, _ in cases]
    assert got == cases


def test_an_import_names_the_cards_that_yield_no_question(tmp_path: Path) -> None:
    """A card no kind can ask is named by its line when imported, never counted and dropped
    unseen (review r444 E); a card whose question has a "not" in what it describes is asked."""
    path = tmp_path / "unaskable.csv"
    path.write_text(
        "#separator:comma\n"
        "What is 2 + 2?,4\n"
        "Which of these is not a prime?,nine\n"
        "What is a position called in which the king is not in check and cannot move?,stalemate\n"
    )
    out = run("import", str(path), "--force")
    assert out.returncode == 0, out.stderr
    last = out.stdout.strip().splitlines()[-1]
    assert last.startswith("1 card(s) yield no question and will not be asked: unaskable.csv:3 (")
    assert "'these' or 'the following' without options" in last
    listed = run("questions", "--deck", "unaskable", "--format", "json")
    prompts = {str(i["prompt"]) for i in json.loads(listed.stdout)}
    assert any(p.startswith("What is a position called") for p in prompts)
