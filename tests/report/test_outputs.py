"""The report in every format, export to Anki (checked with Anki's own library), and import."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

from quizapp.facts.loader import load_deck
from quizapp.report.figures import compute
from quizapp.report.render_files import CSV_FIELDS, to_csv, to_html, to_json, to_markdown
from quizapp.report.render_text import render
from tests.cli.test_deck_commands import run
from tests.conftest import DECK_PATH
from tests.report.test_figures import CARDS, MODELS, NOW, REVIEWS, SETTINGS, TOPICS

FIG = compute(REVIEWS, CARDS, SETTINGS, TOPICS, NOW)


def test_text_report_has_figures_and_charts() -> None:
    text = render(FIG)
    assert "True retention, young:" in text and "100% of 1" in text
    assert "Reviews per day, last 30 days" in text and "█" in text
    assert "\x1b[" not in text  # no colour codes in files


def test_html_is_self_contained() -> None:
    html = to_html(FIG)
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    for reference in ("http:", "https:", "src=", "href=", "url(", "@import", "<script", "<link"):
        assert reference not in html.lower(), reference


def test_markdown_and_json() -> None:
    md = to_markdown(FIG)
    assert md.startswith("# quizapp report") and "| type the answer | 1 | 2 | 50% |" in md
    assert "| Practice and exam | 1 answer (not counted as reviews) |" in md
    assert "## Weakest topics" in md and "## Sessions (newest first)" in md
    data = json.loads(to_json(FIG))
    assert {
        "per_day",
        "accuracy_by_kind",
        "accuracy_by_topic",
        "accuracy_by_fact",
        "true_retention",
        "forecast",
        "card_states",
        "known_now",
        "streak",
        "heatmap",
        "weakest_facts",
        "weakest_topics",
        "sessions",
    } <= set(data)
    assert data["true_retention"]["mature"] == {"passed": 0, "total": 1, "rate": 0.0}
    assert data["reviews"] == 5 and data["practice_answers"] == 1


def test_csv_has_one_row_per_review_and_drops_undone() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(MODELS))))
    assert len(rows) == 6 and list(rows[0]) == CSV_FIELDS
    assert rows[0]["fact_id"] == "A" and rows[0]["duration_ms"] == "60000"


def test_report_command_every_format(tmp_path: Path) -> None:
    from quizapp.store import open_store

    store = open_store(tmp_path / "db")
    for r in MODELS:
        store.commit_answer(None, r.model_copy(update={"deck_id": "russia-central-asia"}))
    store.close()
    base = ["report", "--db", str(tmp_path / "db"), "--learner", "t", "--now", NOW.isoformat()]
    for fmt in ("text", "md", "html", "csv", "json"):
        out = run(*base, "--format", fmt, "-o", str(tmp_path / f"r.{fmt}"))
        assert out.returncode == 0, out.stderr
        assert (tmp_path / f"r.{fmt}").stat().st_size > 100
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["reviews"] == 5
    out = run("report", "--db", str(tmp_path / "nothing"), "--learner", "t")
    assert out.returncode == 0 and "No reviews yet" in out.stdout


def test_apkg_export_is_read_by_anki(tmp_path: Path) -> None:
    from anki.collection import Collection, ImportAnkiPackageRequest  # a test dependency

    target = tmp_path / "deck.apkg"
    out = run("export", "--format", "apkg", "--deck", "russia-central-asia", "-o", str(target))
    assert out.returncode == 0, out.stderr
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(target)))
        assert col.note_count() == len(load_deck(DECK_PATH).facts)
        notes = [col.get_note(n) for n in col.find_notes("")]
        fields = {n["Question"]: n for n in notes}
        note = fields["Which alliance did Uzbekistan leave in 2012?"]
        assert note.note_type()["name"] == "quizapp fact"  # type: ignore[index]
        assert note["Answer"] == "the CSTO"
        assert "defence and security player…" in note["Citation"]
        assert note["Citation"].endswith("paragraph 1")
        assert note.tags == ["organisations", "security"]
    finally:
        col.close()


def test_json_and_csv_export(tmp_path: Path) -> None:
    out = run("export", "--format", "json", "--db", str(tmp_path / "db"), "--learner", "t")
    assert out.returncode == 0 and json.loads(out.stdout)["learner"] == "t"
    out = run("export", "--format", "csv", "--db", str(tmp_path / "db"), "--learner", "t")
    assert out.stdout.splitlines() == [",".join(CSV_FIELDS)]
    out = run("export", "--format", "apkg", cwd=tmp_path)  # no -o: a sensible default name
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "russia-central-asia.apkg").stat().st_size > 1000
    assert "russia-central-asia.apkg" in out.stdout


ANKI_TSV = "#separator:Tab\n#html:false\n#columns:Back\tFront\n#deck:Capitals\n#tags:geo asia\n"


def test_import_follows_anki_headers_and_reports_bad_lines(tmp_path: Path) -> None:
    good = tmp_path / "caps.txt"
    good.write_text(ANKI_TSV + "Astana\tCapital of Kazakhstan?\nBishkek\tCapital of Kyrgyzstan?\n")
    out = run("import", str(good))
    assert out.returncode == 0, out.stderr
    deck_file = Path(os.environ["QUIZAPP_DECKS"]) / "capitals.yaml"
    assert deck_file.exists()
    items = json.loads(run("questions", "--deck", "capitals", "--format", "json").stdout)
    typed = [i for i in items if i["kind"] == "typed"]
    assert {i["prompt"]: i["answer"] for i in typed} == {
        "Capital of Kazakhstan?": ["Astana"],
        "Capital of Kyrgyzstan?": ["Bishkek"],
    }
    assert not [
        i for i in items if i["kind"] == "true_false"
    ]  # text facts give no always-true item
    assert run("import", str(good)).returncode == 2  # exists: needs --force
    assert run("import", str(good), "--force").returncode == 0

    bad = tmp_path / "bad.csv"
    bad.write_text("q1,a1\nonly one column\nq3,\nq1,again\nq5,a5\n")
    out = run("import", str(bad))
    assert out.returncode == 2 and "Nothing imported" in out.stderr
    assert re.findall(r"bad\.csv:(\d+):", out.stderr) == ["2", "3", "4"]
    assert not (Path(os.environ["QUIZAPP_DECKS"]) / "bad.yaml").exists()
    out = run("import", str(bad), "--skip-bad")
    assert out.returncode == 0 and "Imported 2 questions" in out.stdout
    assert run("import", str(tmp_path / "missing.csv")).returncode == 2


def test_heatmap_grid_places_days_by_weekday_and_week() -> None:
    from quizapp.report.tables import heatmap_grid, heatmap_text

    grid = heatmap_grid(FIG)  # today, 30 March 2026, is a Monday: the grid starts 6 Oct 2025
    assert len(grid) == 7 and len(grid[0]) == 26
    assert grid[6][20] == 3  # Sunday 1 March: three answers
    assert grid[3][21] == 1  # Thursday 5 March
    assert grid[0][25] == 2  # Monday 30 March
    assert sum(map(sum, grid)) == 6
    text = heatmap_text(FIG)
    assert text.splitlines()[1].startswith("Mon ") and text.splitlines()[1][-1] == "▓"
    assert "<svg" in to_html(FIG) and "Activity calendar" in to_markdown(FIG)


def test_weakest_facts_and_topics_are_named_by_their_text() -> None:
    from quizapp.service import StudyService

    service = StudyService(None, clock=lambda: NOW)
    fact = "keep-out-usa"
    for r in MODELS[:2]:
        service.store.commit_answer(
            None,
            r.model_copy(
                update={"deck_id": "russia-central-asia", "fact_id": fact, "learner": "t"}
            ),
        )
    f = service.report("t", "russia-central-asia")
    assert [k for k, _, _ in f.weakest_facts] == [fact]
    statement = f.fact_names[fact]
    assert "United States" in statement
    text = render(f)
    assert statement in text and fact not in text
    topic = next(iter(f.by_topic))
    assert f.topic_names[topic] in text and "multiple choice" in text
    # only the facts the report names are worded (wording every fact of a 10k-fact deck was a
    # sixth of the report's time); every topic keeps its title
    assert f.fact_names.keys() == {fact}
    assert len(f.topic_names) == len(service.deck("russia-central-asia").topics)
