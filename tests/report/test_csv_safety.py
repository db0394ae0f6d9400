"""CSV both ways: the export neutralises formula prefixes and quotes CR/LF; the import reports a
bad separator header and an oversized field as a located problem, and refuses a title that
would shadow an existing deck."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from quizapp.report.render_files import CSV_FIELDS, to_csv
from tests.cli.test_deck_commands import run
from tests.store.helpers import review
from tests.support.tables import table_of


@pytest.mark.parametrize(
    "response",
    ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "a\rb", "x\x1b[2Jy"],
)
def test_export_is_safe_in_a_spreadsheet_and_parses_back(response: str) -> None:
    r = review(1).model_copy(update={"response": response})
    text = to_csv([r])
    assert "\x1b" not in text
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert set(row) == set(CSV_FIELDS)
    shown = response.replace("\x1b", "\ufffd")
    expected = "'" + shown if shown[:1] in "=+-@" else shown
    assert row["response"] == expected  # the CR survives, quoted; the formula is text


@pytest.mark.parametrize("header", ["#separator:ab", "#separator:Commas", '#separator:"'])
def test_bad_separator_header_is_a_located_problem(tmp_path: Path, header: str) -> None:
    f = tmp_path / "x.csv"
    result = table_of(f, f"{header}\nq,a\n")
    assert result.deck is None and result.problems[0].startswith(f"{f}:1: #separator:")


def test_oversized_field_is_a_located_problem(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    result = table_of(f, "q1,a1\nq2," + "x" * 200_000 + "\n")
    assert result.deck is None and result.problems[0].startswith(f"{f}:2:")


def test_title_that_shadows_a_bundled_deck_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("#deck:Russia Central Asia\nq,a\nq2,a2\n")
    out = run("import", str(f))
    assert out.returncode == 2 and "exists already" in out.stderr and "#deck:" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert run("decks").stdout.count("russia-central-asia") == 1
