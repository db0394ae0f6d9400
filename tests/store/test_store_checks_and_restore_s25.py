"""Store behaviour that session 22's fresh seed-2204 mutation sample of quizapp/store found
untested (issue 19, session 25): `db check` counts the records of the files and of the journal,
closing twice is harmless, the day tallies are read back, a month whose timestamps are not
ISO text is still reported for its learner, a repair counts the answers it keeps from every
month, finishing a restore moves a stray folder aside, and raw columns of the wrong shape are
refused."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from quizapp.store import open_store
from quizapp.store.backups import create_backup
from quizapp.store.check import check_database
from quizapp.store.records import DayTally
from quizapp.store.restore import PLAN, READY, finish_pending, restore
from quizapp.store.review_columns import FIELDS, from_raw
from tests.store.helpers import T0, card, one_answer_db, review


def test_db_check_counts_the_records_in_the_files_and_those_still_in_the_journal(
    tmp_path: Path,
) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    before = check_database(root).records
    s.commit_answer(card("f1", reps=1), review(1))
    s.commit_answer(card("f2", reps=1), review(2))
    in_journal = check_database(root)
    assert in_journal.ok, in_journal.problems
    assert in_journal.records == before + 4  # two answers, each a review and a card
    s.close()
    folded = check_database(root)
    assert (folded.records, folded.journal_commits, folded.problems) == (4, 0, [])


def test_closing_a_store_twice_is_harmless(tmp_path: Path) -> None:
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.close()
    s.close()
    again = open_store(root, read_only=True)
    assert [r.id for r in again.reviews("ann")] == ["s-1"]
    again.close()


def test_the_day_tallies_come_back_for_their_learner_by_day(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    days = [date(2026, 11, 3), date(2026, 11, 1), date(2026, 11, 2)]
    for i, day in enumerate(days):
        tally = DayTally(learner="ann", day=day, answered=i + 1, correct=i)
        s.commit_answer(card("f1", reps=i + 1), review(i), tally)
    s.commit_answer(None, review(9, learner="bob"), DayTally(learner="bob", day=days[0]))
    assert [(t.day, t.answered) for t in s.day_tallies("ann")] == [
        (date(2026, 11, 1), 2),
        (date(2026, 11, 2), 3),
        (date(2026, 11, 3), 1),
    ]
    assert [t.day for t in s.day_tallies("bob")] == [days[0]]
    assert s.day_tallies("cy") == []
    s.close()


def test_a_month_whose_times_are_unix_numbers_is_still_reported_for_its_learner(
    tmp_path: Path,
) -> None:
    """The quick read takes ISO text only; such a month is read the validated way instead,
    which accepts a number of seconds, and still keeps to the one learner asked for."""
    root = tmp_path / "db"
    s = open_store(root)
    s.commit_answer(card("f1", reps=1), review(1))
    s.commit_answer(None, review(2, learner="bob"))
    s.commit_answer(card("f1", reps=2), review(3))
    s.close()
    path = next((root / "reviews").glob("*.json"))
    data = json.loads(path.read_text())
    for doc in data["reviews"].values():
        doc["reviewed_at"] = int(T0.timestamp()) + 60 * (4 - int(doc["id"][2:]))
    path.write_text(json.dumps(data))
    s = open_store(root, read_only=True)
    (month,) = s.review_months("ann")
    s.close()
    assert month.duration_ms == [1003, 1001]  # ann's two, in time order
    assert month.reviewed_at == [T0 + timedelta(minutes=1), T0 + timedelta(minutes=3)]


def test_a_repair_counts_the_answers_it_keeps_from_every_month(tmp_path: Path) -> None:
    root = one_answer_db(tmp_path)
    create_backup(root, "manual", keep=None)
    s = open_store(root)
    s.commit_answer(card("f1", reps=2), review(2))  # the backup's month, newer
    s.commit_answer(card("f1", reps=3), review(3, T0 + timedelta(days=31)))  # the next month
    s.commit_answer(card("f1", reps=4), review(4, T0 + timedelta(days=32)))
    s.close()
    assert len(list((root / "reviews").glob("*.json"))) == 2
    result = restore(root)
    assert result.recovered == 3
    s = open_store(root, read_only=True)
    assert sorted(r.id for r in s.reviews("ann")) == ["s-1", "s-2", "s-3", "s-4"]
    s.close()


def test_finishing_a_restore_moves_a_stray_folder_aside_rather_than_failing(
    tmp_path: Path,
) -> None:
    """A folder named like a month file that the restore did not write (made by hand or by
    another tool) is moved to corrupt/, never deleted and never a crash."""
    root = one_answer_db(tmp_path)
    ready = root / READY
    (ready / "reviews").mkdir(parents=True)
    (ready / "main.json").write_bytes((root / "main.json").read_bytes())
    (ready / PLAN).write_text(json.dumps({"files": ["main.json"], "backup": "b"}))
    stray = root / "reviews" / "2020-01.json"
    stray.mkdir()
    (stray / "note.txt").write_text("kept")
    assert finish_pending(root)
    assert not stray.exists()
    moved = list((root / "corrupt").rglob("note.txt"))
    assert [p.read_text() for p in moved] == ["kept"]
    assert not ready.exists()


@pytest.mark.parametrize(
    "raw",
    [
        [["ann"]] + [["x"] for _ in FIELDS[:-1]],  # a field short
        [["ann"]] + [["x"] for _ in FIELDS[:-1]] + [[]],  # one column shorter than the learners
    ],
)
def test_raw_columns_not_shaped_like_a_month_are_refused(raw: list[list[object]]) -> None:
    with pytest.raises(ValueError, match="not the columns of a month"):
        from_raw(raw, "ann")
