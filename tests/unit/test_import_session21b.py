"""Issue 12, imported decks: what the session-21 rivers review (r216,
docs/quality/import-rivers-session21-review.md) found in the importer, driven through the real
importer, generator, audit, checker and command line: a figure with a unit is asked and graded
as a number; --skip-bad is advised only where it helps; an Extra cell may be left out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quizapp.cli import main
from quizapp.facts.import_values import answer_value
from quizapp.generate.audit import audit_deck
from quizapp.generate.checker import check
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.service import LoadedDeck, StudyService
from tests.support.tables import table_of

RIVERS = """\
#separator:comma
#html:false
#notetype:Basic
#columns:Question,Answer
#deck:World rivers r216
#tags:rivers geography
Which river flows through Cairo?,the Nile
Which river flows through Budapest?,the Danube|Duna|Donau
Which river flows through Lyon to the Mediterranean?,the Rhône|Rhone
Which river flows through Kraków and Warsaw?,the Vistula|Wisła
Into which sea does the Volga flow?,the Caspian Sea
How deep is Lake Baikal at its deepest point?,1642 m
Which Spanish explorer led the first European voyage down the Amazon?,Francisco de Orellana
Which British explorer reached and named Lake Victoria in 1858?,John Hanning Speke
Which river flows through Baghdad?,the Tigris
Which river flows through Saint Petersburg?,the Neva
On which river are the Victoria Falls?,the Zambezi|Zambesi
Which river carries the most water of any river in the world?,the Amazon
In which country does the Mekong reach the sea?,Vietnam|Viet Nam
Which river does the Three Gorges Dam span?,the Yangtze|Yangtse|Chang Jiang
"""
BAIKAL = "How deep is Lake Baikal at its deepest point?"


def _load(tmp_path: Path, text: str, name: str = "cards.csv") -> LoadedDeck:
    source = tmp_path / name
    result = table_of(source, text)
    assert result.deck is not None, result.problems
    target = tmp_path / f"{result.deck['id']}.yaml"
    target.write_text(yaml.safe_dump(result.deck, allow_unicode=True), encoding="utf-8")
    service = StudyService(None, seed=0)
    loaded = service.load_deck(str(target))
    service.close()
    return loaded


def _asked(loaded: LoadedDeck, prompt: str, seed: int = 21106) -> list[Question]:
    questions = generate_deck(loaded.deck, seed=seed).questions
    return [q for q in questions if q.prompt.startswith(prompt)]


def _grades(loaded: LoadedDeck, q: Question, answers: list[str]) -> list[str]:
    return [check(q, a, loaded.vocabulary).verdict for a in answers]


# 1. a figure with its unit is a value, asked and graded as a number


def test_a_figure_with_a_unit_is_read_as_the_value_a_deck_writes() -> None:
    depth = {"kind": "quantity", "value": 1642.0, "unit": "m", "measure": True}
    assert answer_value("1642 m", "How deep is it?") == depth  # metres, never a million
    assert answer_value("6,650 km", "")["value"] == 6650.0  # type: ignore[index]
    assert answer_value("12.5 %", "") == {"kind": "percentage", "value": 12.5}
    people = answer_value("1,000 people", "")
    assert people == {"kind": "quantity", "value": 1000.0, "unit": "people", "exact": True}
    assert answer_value("6.5m people", "")["scale"] == "million"  # type: ignore[index]
    money = answer_value("US$333 million", "")
    assert money == {"kind": "money", "amount": 333.0, "currency": "USD", "scale": "million"}
    for text in ("12 Angry Men", "753 BCE", "1990s", "2 pm", "1st", "66 million years ago", "12"):
        assert answer_value(text, "How many?") is None, text


def test_a_bare_figure_takes_the_unit_its_question_names() -> None:
    got = answer_value("1642", "How deep is Lake Baikal, in metres?")
    assert got == {"kind": "quantity", "value": 1642.0, "unit": "metres", "measure": True}
    assert answer_value("7", "How many days are in a week?")["unit"] == "days"  # type: ignore[index]
    # a bare year or count is asked with a ladder of its own (review r428 G)
    assert answer_value("1858", "In which year did Speke reach Lake Victoria?") == {
        "kind": "year",
        "value": 1858,
    }
    moons = answer_value("3", "How many moons are there in the Solar System?")
    assert moons == {"kind": "quantity", "value": 3.0, "unit": "moons", "exact": True}


def test_the_reviewed_unit_answer_is_a_numeric_item_graded_as_a_number(tmp_path: Path) -> None:
    loaded = _load(tmp_path, RIVERS, "rivers.csv")
    kinds = {q.kind: q for q in _asked(loaded, BAIKAL)}
    assert set(kinds) == {"numeric", "numeric_mcq", "flashcard"}  # no typed: 'descriptive'
    numeric = kinds["numeric"]
    right = ["1642", "1642 m", "1,642 m", "1,642 metres", "1642 meters", "1.642 km"]
    assert _grades(loaded, numeric, right) == ["correct"] * len(right)
    assert _grades(loaded, numeric, ["1642 km", "1624", "1700", "1642 million"]) == ["wrong"] * 4


def test_the_reviewed_file_passes_its_audit(tmp_path: Path) -> None:
    loaded = _load(tmp_path, RIVERS, "rivers.csv")
    for seed in (21106, 0, 1):
        assert [b.render() for b in audit_deck(loaded.deck, seed=seed)] == []


def test_a_file_without_figures_is_not_asked_for_a_numeric_item(tmp_path: Path) -> None:
    text = RIVERS.replace(f"{BAIKAL},1642 m\n", "")
    loaded = _load(tmp_path, text, "rivers.csv")
    assert [b.render() for b in audit_deck(loaded.deck, seed=21106)] == []


def test_a_bare_figure_is_right_with_the_unit_its_question_names(tmp_path: Path) -> None:
    loaded = _load(tmp_path, '"How deep is Lake Baikal at its deepest point, in metres?",1642\n')
    (numeric,) = [q for q in _asked(loaded, "How deep") if q.kind == "numeric"]
    right = ["1642", "1642 metres", "1642 m", "1,642 meters"]
    assert _grades(loaded, numeric, right) == ["correct"] * 4
    assert _grades(loaded, numeric, ["1642 km", "1642 million"]) == ["wrong"] * 2


def test_a_share_and_a_count_are_graded_as_numbers(tmp_path: Path) -> None:
    cards = "What share of the Earth's water is fresh?,2.5 %\nHow many live in Tiny?,1000 people\n"
    loaded = _load(tmp_path, cards)
    (share,) = [q for q in _asked(loaded, "What share") if q.kind == "numeric"]
    assert _grades(loaded, share, ["2.5", "2.5%", "2.5 per cent", "25%"]) == ["correct"] * 3 + [
        "wrong"
    ]
    (count,) = [q for q in _asked(loaded, "How many live") if q.kind == "numeric"]
    assert _grades(loaded, count, ["1000", "1,000 people", "999"]) == ["correct"] * 2 + ["wrong"]


# 2. the --skip-bad advice only where some lines are good; an unreadable file in one line


def _import(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["import", *args])
    return code, capsys.readouterr().err.strip().splitlines()


def test_skip_bad_is_advised_only_when_some_lines_are_good(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    all_bad = tmp_path / "all-bad.csv"
    all_bad.write_text("only one column\nWhich river?,\n,the Nile\n", encoding="utf-8")
    code, err = _import(capsys, str(all_bad))
    assert code == 2 and len(err) == 4
    assert (
        err[-1]
        == "Nothing imported: no line of the file could be imported; fix the 3 line(s) above."
    )
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("Which river flows through Cairo?,the Nile\nWhich river?,\n", encoding="utf-8")
    code, err = _import(capsys, str(mixed))
    assert code == 2 and err[-1] == (
        "Nothing imported: fix the 1 bad line(s) above, or use --skip-bad to import the 1 good "
        "one(s)."
    )


def test_a_file_that_cannot_be_read_is_one_line_without_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-file.csv"
    assert _import(capsys, str(missing)) == (2, [f"No such file: {missing}"])
    assert _import(capsys, "--skip-bad", str(missing)) == (2, [f"No such file: {missing}"])
    assert _import(capsys, str(tmp_path)) == (2, [f"Cannot read {tmp_path}: not a regular file"])
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"Which river flows through Cairo?,the Nile\n\xff\xfe,x\n")
    assert _import(capsys, str(binary)) == (2, [f"{binary}:2: not UTF-8 text"])


# 3. an optional Extra cell may be left out; a third column is told how to keep it; --force


def test_a_row_may_leave_out_the_extra_cell(tmp_path: Path) -> None:
    text = (
        "#columns:Question,Answer,Extra\n"
        "Which river flows through Vienna?,the Danube\n"
        "Which river flows through Cairo?,the Nile,It also flows through Khartoum.\n"
    )
    source = tmp_path / "extra.csv"
    result = table_of(source, text)
    assert result.problems == [] and result.deck is not None
    notes = [f["explanation"] for f in result.deck["facts"]]
    assert notes == ["The card's answer: the Danube.", "It also flows through Khartoum."]
    # a missing cell that is not the note is refused as before
    (refused,) = table_of(
        source, "#columns:Question,Extra,Answer\nWhich river?,the Danube\n"
    ).problems
    assert refused.startswith(f"{source}:2: needs a question and an answer")


def test_a_third_column_is_told_to_name_it_extra_or_notes(tmp_path: Path) -> None:
    source = tmp_path / "three.csv"
    (problem,) = table_of(
        source, "#columns:Question,Answer\nWhich river?,the Nile,in Cairo\n"
    ).problems
    assert problem.startswith(f"{source}:2: 3 columns, but #columns: names 2; ")
    assert "name it Extra or Notes in #columns:" in problem
    assert 'a cell that holds the separator goes in quotes ("Washington, D.C.")' in problem


def test_force_says_it_replaced_the_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZAPP_DECKS", str(tmp_path / "decks"))
    source = tmp_path / "rivers.csv"
    source.write_text(RIVERS, encoding="utf-8")
    assert main(["import", str(source)]) == 0
    assert "replacing" not in capsys.readouterr().out
    assert main(["import", "--force", str(source)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("Imported 14 questions as deck 'world-rivers-r216'")
    assert out.endswith(", replacing the deck that was there")
