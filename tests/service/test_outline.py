"""Issue 16: a study start reads the deck's outline, not the deck (facts/outline.py).

The outline kept in the cache is the outline of the deck its file loads to; a damaged,
edited or missing entry is made again from the deck, losing nothing; a start with the
outline and the questions cached builds no deck; a session's answers and queue are the same
whether it started from the outline or from the deck.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import quizapp.facts.catalog
import quizapp.facts.outline
import quizapp.service.catalog
from quizapp.facts import compiled
from quizapp.facts.loader import deck_key, load_deck
from quizapp.facts.locations import deck_files
from quizapp.facts.outline import KIND, DeckOutline, deck_maker, load_outline, outline_of
from quizapp.review.session import StudySession
from quizapp.service import StudyService
from tests.conftest import ROOT
from tests.review.learner import right_answer, wrong_answer
from tests.support.deck_loads import counted_loads

PLANETS = ROOT / "tests" / "data" / "planets.yaml"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every deck built from here on (the real loader runs; each call is noted)."""
    modules = (quizapp.facts.outline, quizapp.facts.catalog, quizapp.service.catalog)
    return counted_loads(monkeypatch, *modules)


def _user_deck() -> Path:
    folder = Path(os.environ["QUIZAPP_DECKS"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "planets-0.yaml"
    text = PLANETS.read_text(encoding="utf-8").replace("id: planets\n", "id: planets-0\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _entry(path: Path) -> Path:
    return compiled.entry_path(KIND, deck_key(path.read_bytes()))


@pytest.mark.parametrize("path", [PLANETS, *deck_files(ROOT / "questions")], ids=lambda p: p.name)
def test_the_kept_outline_is_the_decks(path: Path, loads: list[Path]) -> None:
    made = load_outline(path)  # no entry yet: from the deck
    assert loads == [path] and _entry(path).is_file()
    kept = load_outline(path)
    assert loads == [path]  # from the entry: no deck built again
    assert kept == made == outline_of(load_deck(path))
    assert kept.source == deck_key(path.read_bytes())
    assert [f.id for f in kept.facts] == [f.id for f in load_deck(path).facts]


def _truncate(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[:-40])


def _edit(entry: Path) -> None:  # one fact's id changed: the digest no longer matches
    entry.write_bytes(entry.read_bytes().replace(b'"facts":[["', b'"facts":[["x', 1))


def _delete(entry: Path) -> None:
    entry.unlink()


def _misshapen(entry: Path) -> None:  # a whole entry (right key and digest), not an outline
    key = entry.stem
    compiled.write_entry(KIND, key, b'{"id":"planets","title":"P","topics":[[],[]],"facts":[]}')


@pytest.mark.parametrize("damage", [_truncate, _edit, _delete, _misshapen])
def test_a_damaged_outline_is_made_again(damage: Callable[[Path], None], loads: list[Path]) -> None:
    made = load_outline(PLANETS)
    damage(_entry(PLANETS))
    compiled.take_notices()
    again = load_outline(PLANETS)
    assert again == made and loads == [PLANETS, PLANETS]  # built again from the deck
    said = compiled.take_notices()
    assert said == [] if damage is _delete else any("deck outline" in s for s in said)
    assert load_outline(PLANETS) == made and len(loads) == 2  # whole again


def _broken(body: bytes, change: Callable[[dict[str, Any]], object]) -> bytes:
    data = json.loads(body)
    change(data)
    return json.dumps(data).encode()


def test_decoding_checks_the_shape() -> None:
    good = outline_of(load_deck(PLANETS))
    body = good.encode()
    assert DeckOutline.decode(body, "k") == dataclasses.replace(good, source="k")
    for bad in (
        _broken(body, lambda d: d["facts"].append([])),  # six columns
        _broken(body, lambda d: d["facts"][1].pop()),  # one column short
        _broken(body, lambda d: d["facts"][0].__setitem__(0, 7)),  # an id that is not text
        _broken(body, lambda d: d["facts"][3].__setitem__(0, 7)),  # an object neither
        _broken(body, lambda d: d["facts"][4].__setitem__(0, ["t", 7])),  # nor a topic
        _broken(body, lambda d: d["facts"][4].__setitem__(0, "t")),  # topics not a list
        _broken(body, lambda d: d["topics"][1].__setitem__(0, None)),  # a topic's title
        _broken(body, lambda d: d.__setitem__("title", 3)),
        b"[]",
        b'{"id":"planets"}',
    ):
        with pytest.raises((ValueError, TypeError)):
            DeckOutline.decode(bad, "k")


def _open_and_start(db: Path) -> tuple[StudyService, StudySession]:
    service = StudyService(db, seed=0)
    ready, _ = service.plan_text("ann", "planets-0")
    session = service.start("ann", "planets-0", backup=False)
    assert ready
    return service, session


def test_a_cached_start_builds_no_deck(tmp_path: Path, loads: list[Path]) -> None:
    path = _user_deck()
    service, _ = _open_and_start(tmp_path / "db")  # the first start compiles and generates
    service.close()
    loads.clear()
    service, session = _open_and_start(tmp_path / "db")
    assert loads == []  # outline, questions and vocabulary from the cache
    question = session.next_question()
    assert question is not None
    session.answer(right_answer(question), 3000)
    assert loads == []
    whole = session.whole_deck()
    assert loads == [path] and whole == load_deck(path)
    assert service.deck("planets-0") is whole  # built once, kept by the catalog
    service.close()


def test_a_session_from_the_outline_asks_as_one_from_the_deck(tmp_path: Path) -> None:
    """The same answers in a session started from the outline (cached) and in one started
    after the deck was built (its outline made from it): the same questions, in order."""
    _user_deck()
    asked: list[list[str]] = []
    for run in range(3):  # the first compiles the outline and generates the questions
        service = StudyService(tmp_path / f"db{run}", seed=5)
        if run == 2:
            service.deck("planets-0")  # built first: the session's outline comes from it
        session = service.start("ann", "planets-0", backup=False)
        seen = []
        for i in range(12):
            question = session.next_question()
            if question is None:
                break
            seen.append(question.id)
            answer = right_answer(question) if i % 3 else wrong_answer(question)
            session.answer(answer, 2000)
        session.end()
        asked.append(seen)
        service.close()
    assert asked[0] == asked[1] == asked[2] and len(asked[0]) >= 5


def test_a_session_from_an_outline_needs_a_way_to_the_deck() -> None:
    deck = load_deck(PLANETS)
    assert deck_maker(deck, None)() is deck
    with pytest.raises(TypeError):
        deck_maker(outline_of(deck), None)
    assert deck_maker(outline_of(deck), lambda: deck)() is deck
