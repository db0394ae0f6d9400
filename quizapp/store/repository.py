"""The repository the service uses: learners, settings, card states, reviews, sessions.

A small interface (ProgressStore) with one implementation over the engine, which runs on
disk or in memory. Writes that belong together (a card state and its review) go in one
commit, so a crash keeps both or neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import TypeAdapter, ValidationError
from tinydb import Query

from quizapp.store.engine import MAIN, Engine, doc_id
from quizapp.store.errors import DatabaseTooNew
from quizapp.store.fast_load import load_cards
from quizapp.store.journal import Op
from quizapp.store.light_reviews import DOCUMENTS, MONTH_FILE, AnswerRow, answer_rows
from quizapp.store.migrations import migrate
from quizapp.store.month_cache import read_month
from quizapp.store.records import (
    SCHEMA_VERSION,
    CardState,
    DayTally,
    Learner,
    Record,
    Review,
    ReviewRow,
    Session,
    Settings,
)
from quizapp.store.review_columns import ReviewColumns, columns_of, from_raw, raw_columns


class ProgressStore(Protocol):
    read_only: bool

    def ensure_learner(self, name: str, now: datetime) -> Learner: ...
    def learners(self) -> list[Learner]: ...
    def settings(self, learner: str) -> Settings: ...
    def save_settings(self, settings: Settings) -> None: ...
    def cards(self, learner: str, deck_id: str) -> dict[str, CardState]: ...

    def put_card(self, card: CardState) -> None: ...
    def commit_answer(
        self, card: CardState | None, review: Review, tally: DayTally | None = None
    ) -> None: ...
    def day_tally(self, learner: str, day: date) -> DayTally: ...
    def day_tallies(self, learner: str) -> list[DayTally]: ...
    def save_session(self, session: Session) -> None: ...
    def sessions(self, learner: str) -> list[Session]: ...
    def reviews(
        self, learner: str | None = None, since: datetime | None = None
    ) -> Iterator[Review]: ...
    def answer_rows(self, learner: str, since: datetime) -> list[AnswerRow]: ...
    def close(self) -> None: ...


T = TypeVar("T")
_REVIEWS = TypeAdapter(list[Review])
_MONTH = TypeAdapter(dict[str, dict[str, Review]])
_ROWS = TypeAdapter(list[ReviewRow])
_MONTH_ROWS = TypeAdapter(dict[str, dict[str, ReviewRow]])


def _month(at: datetime) -> str:
    return at.strftime("%Y-%m")


def _doc(record: Record) -> dict[str, Any]:
    return record.model_dump(mode="json")


class TinyProgressStore:
    def __init__(self, root: Path | None, read_only: bool = False) -> None:
        self.engine = Engine(root, read_only)
        self.read_only = read_only
        self.root = root
        # (learner, deck) -> the engine's commit count and the cards read then
        self._cards: dict[tuple[str, str], tuple[int, dict[str, CardState]]] = {}
        self._check_schema()

    # -- schema --------------------------------------------------------------------------
    def _check_schema(self) -> None:
        meta = self.engine.get(MAIN, "meta", "1")
        if meta is None:
            if not self.read_only:
                self.engine.commit([(MAIN, "meta", "1", {"schema_version": SCHEMA_VERSION})])
            return
        version = int(meta.get("schema_version", 1))
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                f"{self.root} was written by a newer quizapp (schema {version}); upgrade quizapp"
            )
        if version < SCHEMA_VERSION:
            for name in [MAIN, *self.engine.review_partitions()]:
                part = self.engine.partition(name)
                migrate(part.tables, version)
                part.dirty = True
            self.engine.partition(MAIN).tables["meta"]["1"] = {"schema_version": SCHEMA_VERSION}
            self.engine.compact()

    @property
    def schema_version(self) -> int:
        meta = self.engine.get(MAIN, "meta", "1") or {}
        return int(meta.get("schema_version", SCHEMA_VERSION))

    # -- learners and settings -----------------------------------------------------------
    def ensure_learner(self, name: str, now: datetime) -> Learner:
        found = self.engine.get(MAIN, "learners", doc_id(name))
        if found is not None:
            return Learner.model_validate(found)
        learner = Learner(name=name, created_at=now)
        if not self.read_only:
            self.engine.commit([(MAIN, "learners", doc_id(name), _doc(learner))])
        return learner

    def learners(self) -> list[Learner]:
        rows = self.engine.table(MAIN, "learners").all()
        return sorted((Learner.model_validate(d) for d in rows), key=lambda x: x.name)

    def settings(self, learner: str) -> Settings:
        found = self.engine.get(MAIN, "settings", doc_id(learner))
        return Settings.model_validate(found) if found else Settings(learner=learner)

    def save_settings(self, settings: Settings) -> None:
        self.engine.commit([(MAIN, "settings", doc_id(settings.learner), _doc(settings))])

    # -- cards ---------------------------------------------------------------------------
    def cards(self, learner: str, deck_id: str) -> dict[str, CardState]:
        """One learner's cards of one deck. This runs at every start, over every card, so it
        filters the table's documents directly (a TinyDB Query costs more per document) and
        builds trusted records without validating them again (see fast_load). Until the next
        commit, asking again (home's plan, then the session) reuses what was read: the caller
        gets its own dict of the same frozen states."""
        commits = self.engine.commits  # read first: a commit meanwhile makes the memo stale
        memo = self._cards.get((learner, deck_id))
        if memo is not None and memo[0] == commits:
            return dict(memo[1])
        rows = [
            (d, model)
            for d, model in self.engine.checked(MAIN, "cards")
            if d["learner"] == learner and d["deck_id"] == deck_id
        ]
        cards = {c.fact_id: c for c in load_cards(rows)}
        self._cards = {(learner, deck_id): (commits, cards)}  # one deck kept
        return dict(cards)

    def put_card(self, card: CardState) -> None:
        self.engine.commit([_card_op(card)])

    # -- answers and sessions ------------------------------------------------------------
    def commit_answer(
        self, card: CardState | None, review: Review, tally: DayTally | None = None
    ) -> None:
        """The review, the card state and the day's tally it produced, durable together."""
        ops: list[Op] = [(_month(review.reviewed_at), "reviews", doc_id(review.id), _doc(review))]
        if card is not None:
            ops.append(_card_op(card))
        if tally is not None:
            ops.append((MAIN, "days", doc_id(f"{tally.learner}|{tally.day}"), _doc(tally)))
        self.engine.commit(ops)

    def day_tally(self, learner: str, day: date) -> DayTally:
        found = self.engine.get(MAIN, "days", doc_id(f"{learner}|{day}"))
        return DayTally.model_validate(found) if found else DayTally(learner=learner, day=day)

    def day_tallies(self, learner: str) -> list[DayTally]:
        found = self.engine.table(MAIN, "days").search(Query().learner == learner)
        return sorted((DayTally.model_validate(d) for d in found), key=lambda t: t.day)

    def save_session(self, session: Session) -> None:
        self.engine.commit([(MAIN, "sessions", doc_id(session.id), _doc(session))])

    def sessions(self, learner: str) -> list[Session]:
        found = self.engine.table(MAIN, "sessions").search(Query().learner == learner)
        return sorted((Session.model_validate(d) for d in found), key=lambda s: s.started_at)

    def reviews(
        self, learner: str | None = None, since: datetime | None = None
    ) -> Iterator[Review]:
        """The log in time order, reading only the months from `since` on."""
        first = _month(since) if since else ""
        for name in self.engine.review_partitions():
            if name < first:
                continue
            month = self._month_docs(name, _MONTH, _REVIEWS)
            for review in sorted(month, key=lambda r: r.reviewed_at):
                if (learner is None or review.learner == learner) and (
                    since is None or review.reviewed_at >= since
                ):
                    yield review

    def answer_rows(self, learner: str, since: datetime) -> list[AnswerRow]:
        """The learner's reviews from `since` on as light rows, in time order (see
        light_reviews): what the guess measure needs at every study start."""
        rows: list[AnswerRow] = []
        first = _month(since)
        for name in self.engine.review_partitions():
            if name < first:
                continue
            try:
                light = self._month_docs(name, MONTH_FILE, DOCUMENTS)
                rows += answer_rows(light, learner, since if name == first else None)
            except ValidationError:  # the ordinary read says what is wrong
                month = self._month_docs(name, _MONTH, _REVIEWS)
                rows += [
                    AnswerRow.of(r)
                    for r in month
                    if r.learner == learner and r.reviewed_at >= since
                ]
        rows.sort(key=lambda r: r.reviewed_at)
        return rows

    def review_rows(self, learner: str) -> list[ReviewRow]:
        """Every review of a learner as light rows, in time order (for reports)."""
        rows: list[ReviewRow] = []
        for name in self.engine.review_partitions():
            rows += [
                r for r in self._month_docs(name, _MONTH_ROWS, _ROWS) if r["learner"] == learner
            ]
        rows.sort(key=lambda r: r["reviewed_at"])
        return rows

    def review_months(
        self, learner: str, cache: Path | None = None, skip: int = 0
    ) -> Iterator[ReviewColumns]:
        """A learner's reviews month by month (after the first `skip` months), each month as
        columns in time order (for reports: see review_columns). Only one month's documents
        are in memory at a time. With a `cache` folder, month files are read through
        month_cache."""
        for name in self.engine.review_partitions()[skip:]:
            path = self.engine.review_path(name)
            try:
                if name not in self.engine.loaded_partitions and path is not None:
                    raw = read_month(path, cache)
                else:
                    raw = raw_columns(self.engine.rows(name, "reviews"))
                month = from_raw(raw, learner, datetime.fromisoformat)
            except (OSError, KeyError, TypeError, ValueError, AttributeError):
                rows = self._month_docs(name, _MONTH_ROWS, _ROWS)  # says what is wrong
                month = columns_of(rows, learner)
            yield month

    def review_month_files(self) -> list[tuple[str, Path | None]]:
        """Each month of the log by name, in month order, with its file (None for a month in
        memory, the journal's, or one with no file)."""
        loaded, path = self.engine.loaded_partitions, self.engine.review_path
        return [
            (name, None if name in loaded else path(name))
            for name in self.engine.review_partitions()
        ]

    def _month_docs(
        self,
        name: str,
        whole_file: TypeAdapter[dict[str, dict[str, T]]],
        documents: TypeAdapter[list[T]],
    ) -> list[T]:
        """A month's reviews, validated into models or rows. A month not yet in memory is
        parsed and validated in one pass from its file (reports read every month: this halves
        their cost); anything odd about the file goes the ordinary way, which moves a corrupt
        file aside."""
        path = self.engine.review_path(name)
        if name not in self.engine.loaded_partitions and path is not None:
            try:
                return list(whole_file.validate_json(path.read_bytes()).get("reviews", {}).values())
            except (ValidationError, OSError):
                pass
        return documents.validate_python(self.engine.rows(name, "reviews"))

    def compact(self) -> None:
        self.engine.compact()

    def close(self) -> None:
        self.engine.close()


def _card_op(card: CardState) -> Op:
    return (MAIN, "cards", doc_id(card.key), _doc(card))


def open_store(root: Path | None, read_only: bool = False) -> TinyProgressStore:
    return TinyProgressStore(root, read_only)
