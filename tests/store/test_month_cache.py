"""Issue 16: month files read for reports go the fast way (never the validated way when they
are sound), and leave their columns in a cache that is used only for the very file it was made
from: a compaction that rewrites a month, a damaged or foreign entry, all read afresh."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from quizapp.store import month_cache, open_store
from quizapp.store.records import Review
from quizapp.store.repository import TinyProgressStore
from tests.store.helpers import review

T0 = datetime(2026, 1, 3, tzinfo=UTC)


def _review(i: int, day: int) -> Review:
    return review(i, T0 + timedelta(days=day, minutes=i))


def _write(root: Path, reviews: list[Review]) -> None:
    store = open_store(root)
    for r in reviews:
        store.commit_answer(None, r)
    store.close()  # compacts: the month files are written


def _read(
    root: Path, cache: Path | None, learner: str = "ann", strict: bool = False
) -> list[list[object]]:
    """Each month's fact ids and durations, read for a report (strict: straight from the
    month files, as review_months' fast path reads them)."""
    store = open_store(root, read_only=True)
    if strict:
        for name in store.engine.review_partitions():
            month_cache.read_month(store.engine.review_path(name), cache)  # type: ignore[arg-type]
    out: list[list[object]] = []
    for month in store.review_months(learner, cache):
        out += [list(month.fact_id), list(month.duration_ms)]
    store.close()
    return out


@pytest.fixture
def no_validated_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("a sound month was read the validated way")

    monkeypatch.setattr(TinyProgressStore, "_month_docs", refuse)


def test_sound_months_never_go_the_validated_way(tmp_path: Path, no_validated_read: None) -> None:
    _write(tmp_path / "db", [_review(i, 40 * i) for i in range(4)])
    cache = tmp_path / "cache"
    fresh, cached = _read(tmp_path / "db", cache), _read(tmp_path / "db", cache)
    assert fresh == cached == _read(tmp_path / "db", None)
    assert fresh[:2] == [["f0"], [1000]]
    assert len(list(cache.glob("*.columns"))) == 4  # one entry per month file


def test_a_month_rewritten_by_a_compaction_is_read_afresh(tmp_path: Path) -> None:
    db, cache = tmp_path / "db", tmp_path / "cache"
    _write(db, [_review(0, 1)])
    assert _read(db, cache) == [["f0"], [1000]]
    _write(db, [_review(1, 2)])  # the same month, one more review
    assert _read(db, cache) == [["f0", "f1"], [1000, 1001]]
    assert _read(db, cache, "bo") == [[], []]  # the entry holds every learner's reviews


def test_a_damaged_or_foreign_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    db, cache = tmp_path / "db", tmp_path / "cache"
    _write(db, [_review(0, 1), _review(1, 40)])
    good = _read(db, cache)
    january, february = sorted(cache.glob("*.columns"))
    january.write_bytes(january.read_bytes()[:-3] + b"xyz")  # a flipped tail
    february.write_bytes(january.read_bytes())  # another file's entry
    assert _read(db, cache) == good
    assert _read(db, cache) == good  # the rewritten entries read back


def test_an_unwritable_cache_only_means_no_cache(tmp_path: Path) -> None:
    db = tmp_path / "db"
    _write(db, [_review(0, 1)])
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder would be")
    assert _read(db, blocker) == [["f0"], [1000]]


def test_a_copy_uses_the_entry_and_another_database_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same bytes elsewhere (a copied database) are not parsed again; another database's month
    of the same name, with other contents, is."""
    db, cache = tmp_path / "db", tmp_path / "cache"
    _write(db, [_review(0, 1), _review(1, 2)])
    good = _read(db, cache)
    shutil.copytree(db, tmp_path / "copy")
    other = tmp_path / "other"
    _write(other, [_review(5, 1)])
    # the months' own reader only: the main file is read by orjson too (json_read)
    monkeypatch.setattr(month_cache, "orjson", SimpleNamespace(loads=_refuse_parse))
    assert _read(tmp_path / "copy", cache) == good
    with pytest.raises(AssertionError, match="parsed"):
        _read(other, cache, strict=True)
    monkeypatch.undo()
    assert _read(other, cache) == [["f2"], [1005]]


def _refuse_parse(data: bytes) -> None:
    raise AssertionError("parsed")
