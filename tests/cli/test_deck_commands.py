"""`quizapp schema / decks / validate`, run as a user runs them: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DECK_PATH


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=os.environ.copy(),
        timeout=120,
    )


def test_validate_bundled_deck() -> None:
    out = run("validate")
    assert out.returncode == 0, out.stderr
    assert "russia-central-asia" in out.stdout and "facts" in out.stdout


def test_decks_json_lists_the_bundled_deck_with_counts() -> None:
    out = run("decks", "--json")
    assert out.returncode == 0
    rows = json.loads(out.stdout)
    (row,) = [r for r in rows if r["id"] == "russia-central-asia"]
    assert row["title"] == "Russia's role in Central Asia"
    assert Path(row["path"]).name == "russia-central-asia.yaml"
    assert row["facts"] > 60 and row["entities"] > 20 and row["relations"] > 10


def test_decks_sees_user_folder_and_extra_paths(tmp_path: Path) -> None:
    user = Path(os.environ["QUIZAPP_DECKS"])
    user.mkdir(parents=True, exist_ok=True)
    (user / "mine.yaml").write_text(
        DECK_PATH.read_text().replace("id: russia-central-asia", "id: mine", 1)
    )
    (tmp_path / "broken.yaml").write_text("id: [\n")
    out = run("decks", "--json", "--deck", str(tmp_path / "broken.yaml"))
    rows = {r["id"]: r for r in json.loads(out.stdout)}
    assert rows["mine"]["origin"] == "user" and rows["mine"]["valid"]
    assert rows["broken"]["valid"] is False and rows["broken"]["errors"]


def test_broken_copy_of_the_deck_gives_one_line_per_error(tmp_path: Path) -> None:
    text = DECK_PATH.read_text()
    text = text.replace(
        "object: {kind: percentage, value: 95, precision: 5}",
        "object: {kind: percentage, value: 140, precision: 5}",
    )
    assert "value: 140" in text  # the planted error is really in the copy
    text = text.replace(
        "relation: largest-arms-supplier, object: russia",
        "relation: largest-arms-supplier, object: rusia",
    )
    text = text.replace('explanation: "Almost the whole debt', 'explanaton: "Almost the whole debt')
    bad = tmp_path / "broken.yaml"
    bad.write_text(text)
    out = run("validate", str(bad))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln]
    assert all(ln.startswith(f"{bad}:") for ln in lines), lines
    assert any("less than or equal to 100" in ln for ln in lines)
    assert any("unknown field 'explanaton'" in ln for ln in lines)
    # the bad reference is found once the model errors are fixed
    bad.write_text(text.replace("value: 140", "value: 95").replace("explanaton:", "explanation:"))
    out = run("validate", str(bad))
    assert out.returncode == 2
    (line,) = out.stderr.splitlines()
    assert "unknown entity 'rusia'" in line and line.startswith(f"{bad}:")


def test_bad_indentation_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "indent.yaml"
    bad.write_text(DECK_PATH.read_text().replace("\ntopics:\n", "\n topics:\n", 1))
    out = run("validate", str(bad), str(tmp_path / "nope.yaml"))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"{bad}:" in out.stderr and "YAML syntax" in out.stderr
    assert f"{tmp_path / 'nope.yaml'}:1: no such file" in out.stderr


def test_schema_prints_json_and_writes_files(tmp_path: Path) -> None:
    out = run("schema")
    assert json.loads(out.stdout)["title"] == "Deck"
    target = tmp_path / "deck.schema.json"
    assert run("schema", "-o", str(target)).returncode == 0
    assert json.loads(target.read_text())["title"] == "Deck"
    out = run("schema", "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert out.returncode == 2 and "cannot write" in out.stderr and "Traceback" not in out.stderr


def test_works_from_any_directory(tmp_path: Path) -> None:
    assert run("validate", cwd=tmp_path).returncode == 0
