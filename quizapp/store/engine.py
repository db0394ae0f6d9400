"""The storage engine under the repository: TinyDB tables over partitioned JSON snapshots.

Layout of a database folder:
    main.json               learners, settings, cards, sessions, meta (a TinyDB JSON file)
    reviews/YYYY-MM.json    the review log, one TinyDB JSON file per month
    journal.jsonl           commits not yet folded into the snapshots (see journal.py)
    quizapp.lock            who is writing (see lock.py)
    backups/, corrupt/      backups, and unreadable files moved aside (never overwritten)

Why partitions: TinyDB rebuilds a table's whole dict on every write, and JSONStorage rewrites
the whole file. Keeping card states apart from the log, and the log by month, bounds the size
of everything we touch; the journal makes a commit one fsynced line; opening reads main.json
and the journal only, never the review history. Each snapshot stays a JSON file that stock
TinyDB opens (document ids are integers, as TinyDB expects).

With root=None the same engine runs in memory (TinyDB's MemoryStorage), for tests.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from quizapp.gc_pause import gc_paused
from quizapp.store import journal, restore
from quizapp.store.backups import clean_partials
from quizapp.store.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseWriteFailed
from quizapp.store.fast_load import settle
from quizapp.store.files import copy_aside, dump_json, move_aside, write_atomic
from quizapp.store.journal import JournalWriter, Op
from quizapp.store.lock import WriterLock
from quizapp.store.verify import Damage, parse_tables, read_regular

MAIN = "main"
JOURNAL_LIMIT = 2000  # commits before the snapshots catch up during a session
Tables = dict[str, dict[str, dict[str, Any]]]


def doc_id(key: str) -> str:
    """A stable integer document id (as TinyDB stores it: a string of digits) for a key."""
    return str(int(hashlib.blake2b(key.encode(), digest_size=7).hexdigest(), 16))


class Partition:
    """One JSON snapshot held in memory: {table: {doc_id: document}}."""

    def __init__(self, name: str, path: Path | None, tables: Tables) -> None:
        self.name = name
        self.path = path
        self.tables = tables
        self.dirty = False

    def put(self, table: str, key: str, doc: dict[str, Any] | None) -> None:
        rows = self.tables.setdefault(table, {})
        if doc is None:
            rows.pop(key, None)
        else:
            rows[key] = doc
        self.dirty = True

    def save(self) -> None:
        if self.path is not None and self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, dump_json(self.tables))
        self.dirty = False


class PartitionStorage(Storage):
    """TinyDB storage over a Partition, for queries: they read the live dict.

    Every change goes through Engine.commit, which journals it first; a write through
    TinyDB's own API would skip the journal, so it is refused rather than half-supported.
    """

    def __init__(self, partition: Partition) -> None:
        self.partition = partition

    def read(self) -> dict[str, dict[str, Any]] | None:
        # A fresh top-level dict (a few tables; the documents are shared): TinyDB puts an
        # updated table into what read() returned before it calls write(), so handing out
        # the live dict would let a refused write land in memory anyway.
        return dict(self.partition.tables)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        raise TypeError("write through Engine.commit, which journals the change first")

    def close(self) -> None:
        pass


class Engine:
    def __init__(self, root: Path | None, read_only: bool = False) -> None:
        self.root = root
        self.read_only = read_only
        self._parts: dict[str, Partition] = {}
        self._dbs: dict[str, TinyDB] = {}
        self._lock: WriterLock | None = None
        self._journal: JournalWriter | None = None
        self.notices: list[str] = []  # damage found and dealt with at open, for the user
        self.commits = 0  # bumped by every commit: what was read before may have changed
        # (partition, table) -> (its documents as read at open, the models validated from them)
        self._checked: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = {}
        if root is None:
            return
        if not read_only:
            root.mkdir(parents=True, exist_ok=True)
            self._lock = WriterLock(root)
            try:
                self._check_before_writing()
            except BaseException:
                self._lock.release()
                raise
        elif not root.exists():
            raise DatabaseReadOnly(f"{root}: no database here")
        elif (root / restore.READY).exists():
            raise restore.RestorePending(root)
        try:
            self._replay()
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    def _check_before_writing(self) -> None:
        """A writer never starts on top of damage: leftovers of killed backups go, an empty
        month file is moved aside, and a main.json moved aside is not silently replaced by a
        new, empty one."""
        assert self.root is not None
        restore.finish_pending(self.root)
        shutil.rmtree(self.root / restore.STAGING, ignore_errors=True)
        clean_partials(self.root)
        reviews = self.root / "reviews"
        for month in sorted(reviews.glob("*.json")) if reviews.is_dir() else []:
            if month.is_file() and month.stat().st_size == 0:
                moved = move_aside(month, self.root / "corrupt")
                raise DatabaseCorrupt(str(month), str(moved), "empty (0 bytes of data)")
        main = self.root / "main.json"
        corrupt = self.root / "corrupt"
        if not main.exists() and corrupt.is_dir():
            kept = sorted(p.name for p in corrupt.iterdir() if p.name.endswith("-main.json"))
            if kept:
                raise DatabaseCorrupt(str(main), str(corrupt / kept[-1]), "damaged", again=True)

    # -- locations ---------------------------------------------------------------------------
    def _path(self, name: str) -> Path | None:
        if self.root is None:
            return None
        return self.root / "main.json" if name == MAIN else self.root / "reviews" / f"{name}.json"

    @property
    def journal_path(self) -> Path:
        assert self.root is not None
        return self.root / "journal.jsonl"

    @property
    def loaded_partitions(self) -> set[str]:
        return set(self._parts)

    def review_path(self, name: str) -> Path | None:
        return self._path(name)

    def review_partitions(self) -> list[str]:
        names = set(n for n in self._parts if n != MAIN)
        if self.root is not None and (self.root / "reviews").is_dir():
            names |= {p.stem for p in (self.root / "reviews").glob("*.json")}
        return sorted(names)

    # -- reading -----------------------------------------------------------------------------
    def partition(self, name: str) -> Partition:
        part = self._parts.get(name)
        if part is None:
            path = self._path(name)
            models: dict[str, dict[str, Any]] = {}
            with gc_paused():  # a file of thousands of records: no collections meanwhile
                part = Partition(name, path, self._load(path, models) if path else {})
                settle()  # plain records and models: nothing for a collection to find in them
            self._parts[name] = part
            for table, validated in models.items():
                self._checked[(name, table)] = (dict(part.tables[table]), validated)
        return part

    def checked(self, partition: str, table: str) -> list[tuple[dict[str, Any], Any]]:
        """The table's documents, each with the model validated from it when the file was
        opened (None for a document written since): what was validated once at open need
        not be validated or built again."""
        rows = self.partition(partition).tables.get(table, {})
        read, models = self._checked.get((partition, table), ({}, {}))
        return [(doc, models[k] if read.get(k) is doc else None) for k, doc in rows.items()]

    def _load(self, path: Path, models: dict[str, dict[str, Any]]) -> Tables:
        try:
            return parse_tables(read_regular(path), models)
        except FileNotFoundError:
            return {}
        except (Damage, OSError) as exc:
            if isinstance(exc, OSError) and not path.is_dir():
                raise  # a permission or disk problem, not damage: reported as it is
            detail = str(exc) if isinstance(exc, Damage) else "a folder, not a file"
            if self.read_only:
                raise DatabaseCorrupt(str(path), None, detail) from None
            assert self.root is not None
            moved = move_aside(path, self.root / "corrupt")
            raise DatabaseCorrupt(str(path), str(moved), detail) from None

    def table(self, partition: str, name: str) -> Table:
        db = self._dbs.get(partition)
        if db is None:
            storage = PartitionStorage(self.partition(partition))
            db = TinyDB(storage=lambda: storage)
            self._dbs[partition] = db
        table = db.table(name, cache_size=0)
        return table

    def get(self, partition: str, table: str, key: str) -> dict[str, Any] | None:
        return self.partition(partition).tables.get(table, {}).get(key)

    def rows(self, partition: str, table: str) -> list[dict[str, Any]]:
        return list(self.partition(partition).tables.get(table, {}).values())

    # -- writing -----------------------------------------------------------------------------
    def commit(self, ops: list[Op]) -> None:
        """Make `ops` durable (journal + fsync), then apply them. All or nothing."""
        if self.read_only:
            raise DatabaseReadOnly("this database is open read-only")
        if self._journal is not None:
            try:
                self._journal.append(ops)
            except OSError as exc:
                raise DatabaseWriteFailed(
                    f"could not save to {self.root}: {exc.strerror or exc}; nothing was lost "
                    "before this answer, free some space and answer again"
                ) from None
        self.commits += 1
        for part, table, key, doc in ops:
            self.partition(part).put(table, key, doc)
        if self._journal is not None and self._journal.count >= JOURNAL_LIMIT:
            self.compact()

    def compact(self) -> None:
        """Fold the journal into the snapshots (atomic replace each), then empty it."""
        if self.read_only or self.root is None:
            return
        try:
            for part in self._parts.values():
                part.save()
            if self._journal is not None and not self._journal.empty:
                self._journal.reset()
        except OSError as exc:
            raise DatabaseWriteFailed(
                f"could not update {self.root}: {exc.strerror or exc}; your answers are safe in "
                "the journal"
            ) from None

    def _replay(self) -> None:
        if self.root is None:
            return
        found = journal.scan(self.journal_path)
        if found.unreadable is not None:
            path = self.journal_path
            if self.read_only:
                raise DatabaseCorrupt(str(path), None, found.unreadable)
            moved = move_aside(path, self.root / "corrupt")
            raise DatabaseCorrupt(str(path), str(moved), found.unreadable)
        for ops in found.commits:
            for part, table, key, doc in ops:
                self.partition(part).put(table, key, doc)
        if self.read_only:
            return
        for bad in found.bad:
            where = f"journal.jsonl-line{bad.number}-byte{bad.offset}"
            copy_aside(bad.raw, where, self.root / "corrupt")
            if not bad.torn_tail:
                self.notices.append(f"{self.journal_path}: {bad.describe()}; a copy is in corrupt/")
        self._journal = JournalWriter(self.journal_path, len(found.commits))
        if found.needs_reset:
            self.compact()  # intact commits into the snapshots, the damage out of the journal

    def close(self) -> None:
        try:
            self.compact()
        finally:
            if self._journal is not None:
                self._journal.close()
                self._journal = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None
