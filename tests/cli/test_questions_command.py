"""`quizapp questions`: the public JSON interface and the stats."""

from __future__ import annotations

import json
from pathlib import Path

from quizapp.generate.question import KINDS
from tests.cli.test_deck_commands import run

FIELDS = {
    "id",
    "kind",
    "prompt",
    "options",
    "answer",
    "fact_ids",
    "topic",
    "explanation",
    "citation",
    "difficulty",
}


def test_json_has_the_public_fields_and_is_reproducible() -> None:
    out = run("questions", "--deck", "russia-central-asia", "--format", "json", "--seed", "3")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert len(items) >= 290  # about 300 (no fact recalled twice under one prompt)
    for item in items:
        assert set(item) >= FIELDS
        assert item["options"] is None or all(isinstance(o, str) for o in item["options"])
        assert all(isinstance(a, str) for a in item["answer"])
    again = run("questions", "--deck", "russia-central-asia", "--format", "json", "--seed", "3")
    assert again.stdout == out.stdout


def test_kind_filter_and_text_format() -> None:
    out = run("questions", "--kind", "numeric_mcq", "--format", "json")
    kinds = {i["kind"] for i in json.loads(out.stdout)}
    assert kinds == {"numeric_mcq"}
    text = run("questions", "--kind", "mcq").stdout
    assert "[mcq]" in text and "Answer:" in text and "Source:" in text


def test_stats_report_generated_and_dropped_per_kind() -> None:
    out = run("questions", "--stats", "--format", "json")
    stats = json.loads(out.stdout)
    assert set(stats) == set(KINDS)
    assert stats["why"]["level"] == "understand" and stats["mcq"]["level"] == "remember"
    assert all(v["generated"] > 0 for v in stats.values())
    assert any(v["dropped"] for v in stats.values())
    text = run("questions", "--stats").stdout
    assert text.splitlines()[0].split()[:3] == ["kind", "generated", "dropped"]


def test_unknown_deck_is_one_line_exit_2() -> None:
    out = run("questions", "--deck", "no-such-deck")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip().count("\n") == 0


def test_audit_passes_on_the_bundled_deck_and_fails_with_exit_1_on_a_breach(
    tmp_path: Path,
) -> None:
    out = run("questions", "--audit", "--seed", "3")
    assert out.returncode == 0, out.stdout
    assert out.stdout.strip().endswith("0 breaches")
    from tests.unit.test_loader import MINIMAL

    deck = tmp_path / "tiny.yaml"
    deck.write_text(MINIMAL, encoding="utf-8")
    bad = run("questions", "--audit", "--deck", str(deck))
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "[every kind] no mcq item" in bad.stdout
    assert "[items per fact]" in bad.stdout
    assert "Traceback" not in bad.stderr


def test_stats_show_the_fairness_drop_reasons() -> None:
    text = run("questions", "--stats").stdout
    for reason in (
        "more than one right answer in the world",
        "too few plausible, provably false distractors",
        "same prompt as another item with a different key",
        "left out to balance True and False",
        "needs two keys and two plausible, provably false options",
    ):
        assert reason in text, reason
