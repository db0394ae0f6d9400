"""Starting a study session: the deck's questions, a backup first, a seeded random stream."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.service.catalog import DeckCatalog
from quizapp.service.decks import DeckProgress
from quizapp.store.records import Mode
from quizapp.store.repository import TinyProgressStore

if TYPE_CHECKING:  # sessions load when a study session starts, not at start-up
    from quizapp.clock import Clock
    from quizapp.review.session import StudySession


def import_session_code() -> None:
    """The modules a session runs on (the queue, the scheduler, the answer checker), which
    nothing before the first study start imports."""
    import quizapp.generate.checker
    import quizapp.review.session  # noqa: F401


def _before_session(
    store: TinyProgressStore, db: Path | None, learner: str, now: datetime, backup: bool
) -> None:
    """The learner's record, and a backup of the database before the session writes to it."""
    from quizapp.store.backups import create_backup

    if not store.read_only:
        store.ensure_learner(learner, now)
        if backup and db is not None:
            store.compact()
            # named and ordered by the real clock, never by a pretended --now
            create_backup(db, "session", store.settings(learner).backups_to_keep)


def start_session(
    store: TinyProgressStore,
    catalog: DeckCatalog,
    decks: DeckProgress,
    db: Path | None,
    clock: Clock,
    learner: str,
    deck_ref: str,
    mode: Mode,
    *,
    limit: int | None,
    topic: str | None,
    exam_date: datetime | None,
    exam_target: float,
    backup: bool,
) -> StudySession:
    from quizapp.gc_pause import gc_paused
    from quizapp.review.session import StudySession

    loaded = catalog.session_deck(deck_ref)  # the deck itself built only when needed
    now = clock()
    _before_session(store, db, learner, now, backup)
    seed = catalog.seed if catalog.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    deck = loaded.outline
    # the index that asking "anything due?" built, when the session asks the same queue
    whole = mode == "scheduled" and topic is None
    with gc_paused():  # the session indexes every card and fact of the deck at once
        indexed = decks.take_index(learner, deck.id, [f.id for f in deck.facts]) if whole else None
        return StudySession(
            store=store,
            deck=loaded.outline,
            full_deck=loaded.full,
            items=loaded.items,
            vocabulary=loaded.vocabulary,
            learner=learner,
            mode=mode,
            clock=clock,
            rng=rng,
            session_id=f"{now.strftime('%Y%m%dT%H%M%S')}-{rng.getrandbits(24):06x}",
            limit=limit,
            topic=topic,
            exam_date=exam_date,
            exam_target=exam_target,
            indexed=indexed,
        )
