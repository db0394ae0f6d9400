"""Issue 16: what a bulk load builds is settled out of the collector's generations (gc.freeze),
so later collections do not walk 10k records again; garbage that generating questions leaves
(reference cycles) is never settled, so it stays collectable."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.service import StudyService
from quizapp.store.fast_load import no_settling, settle

FIXED = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    gc.collect()
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_opening_a_database_and_a_deck_settles_what_they_built(tmp_path: Path) -> None:
    service = StudyService(tmp_path / "db", seed=0, clock=lambda: FIXED)
    assert gc.get_freeze_count() > 0  # the database's files
    frozen = gc.get_freeze_count()
    service.decks.plan_text("default", "apollo-programme", FIXED)
    assert gc.get_freeze_count() > frozen  # the deck's models and its due index
    service.close()


def test_no_settling_while_cyclic_garbage_is_made() -> None:
    class Node:
        other: object

    def cycle() -> None:
        a, b = Node(), Node()
        a.other, b.other = b, a

    was = gc.isenabled()
    gc.disable()
    try:
        with no_settling():
            for _ in range(200):
                cycle()
            # a settle on another thread (home's numbers) while the garbage is made
            other = threading.Thread(target=settle)
            other.start()
            other.join(10)
            assert not other.is_alive()
        assert gc.collect() >= 400  # still collectable: nothing was frozen meanwhile
        settle()
        assert gc.get_freeze_count() > 0  # once the work is over, settling works again
    finally:
        if was:
            gc.enable()


def test_a_settle_while_a_deck_generates_its_questions_freezes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quizapp.question_cache as qc

    real = qc.questions_by_fact
    seen: list[int] = []

    def generating(*args: object) -> object:
        before = gc.get_freeze_count()
        settle()  # as home's numbers on the UI thread would, meanwhile
        seen.append(gc.get_freeze_count() - before)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(qc, "questions_by_fact", generating)
    service = StudyService(tmp_path / "db", seed=0, clock=lambda: FIXED)
    service.prepare_study("apollo-programme")
    assert seen == [0]
    service.close()


def test_cyclic_garbage_left_by_a_generation_is_never_frozen() -> None:
    """A settle after generating (the deck's due index, home's numbers) collects the cycles the
    generation left before freezing: frozen, they would never be freed."""
    import weakref

    class Node:
        other: object

    was = gc.isenabled()
    gc.disable()
    try:
        with no_settling():
            a, b = Node(), Node()
            a.other, b.other = b, a
            alive = weakref.ref(a)
            del a, b
        settle()
        gc.unfreeze()
        assert alive() is None  # collected by the settle, not frozen with the rest
    finally:
        if was:
            gc.enable()


def test_a_full_collection_since_a_generation_spares_the_next_settle_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cycles a generation left are gone after any full collection (home's, the
    collector's own): the next settle freezes at once instead of collecting everything again."""
    import quizapp.store.fast_load as fl

    with no_settling():
        pass
    assert fl._LEFT_CYCLES[0]
    gc.collect()  # a full collection with no generation under way
    assert not fl._LEFT_CYCLES[0]
    collected: list[int] = []
    monkeypatch.setattr(fl.gc, "collect", lambda *a: collected.append(1) or 0)
    settle()
    assert collected == []
    with no_settling():
        gc.collect()  # patched: counts; a real one here would not clear what the exit sets
    settle()
    assert collected == [1, 1]  # the one above, then settle's own: no full collection since
