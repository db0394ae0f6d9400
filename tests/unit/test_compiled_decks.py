"""Issue 16: compiled decks and their questions, kept in the cache folder ($QUIZAPP_CACHE,
set per test by conftest), keyed by content; stale or damaged entries are never used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.facts import compiled
from quizapp.facts.loader import load_deck
from quizapp.question_cache import (
    KIND,
    VOCABULARY,
    FactQuestions,
    generated_questions,
    questions_key,
)
from quizapp.service import StudyService
from tests.conftest import ROOT

PLANETS = ROOT / "tests" / "data" / "planets.yaml"


def entries(kind: str) -> list[Path]:
    return sorted((compiled.cache_dir() / kind).glob("*.json"))


def copy_deck(tmp_path: Path) -> Path:
    path = tmp_path / "planets.yaml"
    path.write_bytes(PLANETS.read_bytes())
    return path


def test_a_loaded_deck_is_compiled_once_and_read_back_from_the_cache(tmp_path: Path) -> None:
    path = copy_deck(tmp_path)
    first = load_deck(path)
    [entry] = entries("decks")
    # the next load reads the entry, not the YAML: an entry saying otherwise is believed
    key = entry.stem
    altered = first.model_copy(update={"title": "From the cache"})
    compiled.write_entry("decks", key, altered.model_dump_json(by_alias=True).encode())
    assert load_deck(path).title == "From the cache"
    assert load_deck(path).model_copy(update={"title": first.title}) == first


def test_a_changed_file_is_compiled_again(tmp_path: Path) -> None:
    path = copy_deck(tmp_path)
    first = load_deck(path)
    text = path.read_text(encoding="utf-8")
    assert first.title in text
    path.write_text(text.replace(first.title, "Planets, revised", 1), encoding="utf-8")
    assert load_deck(path).title == "Planets, revised"
    assert len(entries("decks")) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",  # empty
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b.replace(b'"', b"'", 5),  # changed under its digest
        lambda b: b"\x00\xff" * 40,  # noise
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path, damage: object) -> None:
    path = copy_deck(tmp_path)
    first = load_deck(path)
    [entry] = entries("decks")
    good = entry.read_bytes()
    entry.write_bytes(damage(good))  # type: ignore[operator]
    assert load_deck(path) == first
    assert entry.read_bytes() == good


def test_a_whole_entry_that_no_longer_validates_is_ignored(tmp_path: Path) -> None:
    path = copy_deck(tmp_path)
    first = load_deck(path)
    [entry] = entries("decks")
    compiled.write_entry("decks", entry.stem, b'{"id": 3}')  # right digest, wrong content
    assert load_deck(path) == first


def test_an_unwritable_cache_folder_costs_only_the_speed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("QUIZAPP_CACHE", str(blocker / "cache"))
    path = copy_deck(tmp_path)
    assert load_deck(path).id == load_deck(path).id


def test_questions_are_generated_once_per_deck_version_and_seed() -> None:
    service = StudyService(None, seed=4)
    deck = service.deck("russia-central-asia")
    made = generated_questions(deck, 4)
    [entry] = entries(KIND)
    assert entry.stem == questions_key(deck, 4)
    # the stored questions are what the next start uses (shown by altering the entry)
    stored = FactQuestions.decode(compiled.read_entry(KIND, entry.stem) or b"")
    first = next(iter(stored))
    changed = {f: stored[f] for f in stored}
    changed[first] = [stored[first][0].model_copy(update={"prompt": "Stored prompt?"})]
    altered = FactQuestions.of([q for qs in changed.values() for q in qs])
    compiled.write_entry(KIND, entry.stem, altered.encode())
    again = StudyService(None, seed=4).load_deck("russia-central-asia")
    assert any(q.prompt == "Stored prompt?" for qs in again.items.values() for q in qs)
    # another seed is another entry; a damaged entry is regenerated, equal to the first
    generated_questions(deck, 5)
    assert len(entries(KIND)) == 2
    entry.write_bytes(entry.read_bytes()[:100])
    assert generated_questions(deck, 4) == made


def test_the_cli_with_a_damaged_cache_says_so_in_one_line_and_works(tmp_path: Path) -> None:
    """Issue 16 asks that a corrupt cache be "detected and rebuilt with a one-line message"
    (this test used to require silence): the output is unchanged, stderr has one line per
    kind of damaged entry (never a traceback), and the rebuilt entries are quiet again."""
    env = {**os.environ, "QUIZAPP_CACHE": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "quizapp", "decks"]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "damaged" not in first.stderr
    damaged = list((tmp_path / "cache" / "decks").glob("*.json"))
    assert damaged
    for entry in damaged:
        entry.write_bytes(entry.read_bytes()[:-5])  # truncated
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert second.returncode == 0 and second.stdout == first.stdout
    assert "Traceback" not in second.stderr
    (line,) = [x for x in second.stderr.splitlines() if "damaged" in x]
    assert line.startswith("quizapp: A damaged compiled deck cache entry was found and is rebuilt")
    third = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert third.stdout == first.stdout and "damaged" not in third.stderr


def test_each_kind_of_damage_is_noticed_once_until_taken(tmp_path: Path) -> None:
    path = copy_deck(tmp_path)
    StudyService(None, seed=2).load_deck(str(path))
    assert compiled.take_notices() == []
    for kind in ("decks", KIND):
        for entry in entries(kind):
            entry.write_bytes(b"garbage")
    service = StudyService(None, seed=2)
    again = service.load_deck(str(path))
    assert again.items  # rebuilt
    notices = service.cache_notices()
    assert len(notices) == 2 and all("\n" not in n for n in notices)
    assert "compiled deck" in notices[0] and "questions" in notices[1]
    assert service.cache_notices() == []  # said once
    # a whole entry that no longer validates as a deck is damage too
    (entry,) = entries("decks")
    compiled.write_entry("decks", entry.stem, b'{"id": 3}')
    load_deck(path)
    assert [n.split(" cache")[0] for n in compiled.take_notices()] == ["A damaged compiled deck"]


def test_a_start_from_the_cache_never_serialises_the_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deck loaded from a file keys its questions and vocabulary by the file's bytes: dumping
    a 10k-fact deck to JSON at every start cost a tenth of it."""
    path = copy_deck(tmp_path)
    StudyService(None, seed=3).load_deck(str(path))  # compiles the deck and its questions
    [entry] = entries(KIND)
    assert entry.stem == questions_key(load_deck(path), 3)

    def no_dump(*args: object, **kwargs: object) -> str:
        raise AssertionError("the deck was serialised")

    monkeypatch.setattr(type(load_deck(path)), "model_dump_json", no_dump)
    again = StudyService(None, seed=3).load_deck(str(path))
    assert again.items and again.vocabulary
    assert len(entries(KIND)) == 1  # the same entry, found by the file's key


def test_the_grading_vocabulary_is_kept_with_the_compiled_deck(tmp_path: Path) -> None:
    path = copy_deck(tmp_path)
    made = StudyService(None, seed=0).load_deck(str(path)).vocabulary
    [entry] = entries(VOCABULARY)
    # the next start reads the entry (shown by altering it), not the deck's index
    compiled.write_entry(VOCABULARY, entry.stem, json.dumps({"stored": "kind:id"}).encode())
    assert StudyService(None, seed=0).load_deck(str(path)).vocabulary == {"stored": "kind:id"}
    # a damaged or wrongly shaped entry is made again, equal to the first
    for body in (b"garbage", b'{"a": 1}', b"[1, 2]"):
        compiled.write_entry(VOCABULARY, entry.stem, body)
        assert StudyService(None, seed=0).load_deck(str(path)).vocabulary == made
    entry.write_bytes(entry.read_bytes()[:10])
    assert StudyService(None, seed=0).load_deck(str(path)).vocabulary == made


def test_a_damaged_entry_of_a_kind_with_no_friendly_name_is_named_by_its_kind() -> None:
    compiled.write_entry("shelf", "k", b"body")
    compiled.entry_path("shelf", "k").write_bytes(b"garbage")
    assert compiled.read_entry("shelf", "k") is None
    (notice,) = compiled.take_notices()
    assert notice.startswith("A damaged shelf cache entry was found and is rebuilt")
