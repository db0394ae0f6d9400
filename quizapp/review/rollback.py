"""All or nothing for a session's answers: a save that fails leaves the session as it was.

An answer changes the session in memory (the question taken, the card rescheduled, the
tallies and counts) and then saves to disk. If the save fails (a full disk, a locked or
damaged database: a `StoreError`), the memory changes are undone before the error goes up,
so the question is still on screen, the counts are right, and answering again (once the
disk has room) saves it exactly once. Nothing was written, so nothing on disk needs undoing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from quizapp.store.errors import StoreError

if TYPE_CHECKING:
    from quizapp.review.session import StudySession
    from quizapp.store.records import CardState

P = ParamSpec("P")
R = TypeVar("R")


def all_or_nothing(
    method: Callable[Concatenate[StudySession, P], R],
) -> Callable[Concatenate[StudySession, P], R]:
    """Wrap a session method that saves: on a StoreError, restore the session and re-raise."""

    @functools.wraps(method)
    def wrapper(self: StudySession, /, *args: P.args, **kwargs: P.kwargs) -> R:
        # nothing here grows with the deck: the cards are not copied, the ones this answer
        # changes are noted as it changes them (Asking.changes) and put back in reverse order
        saved = (
            self.current,
            list(self.turns),
            self.asked.copy(),
            self.summary.snapshot(),
            self.tallies.snapshot(),
            self.asking.today,
            self.rng.getstate(),
        )
        outer = self.asking.changes
        changes: list[tuple[str, CardState | None]] = []
        self.asking.changes = changes
        try:
            return method(self, *args, **kwargs)
        except StoreError:
            self.asking.changes = None
            for fact_id, card in reversed(changes):
                self.asking.set_card(fact_id, card)
            changes.clear()
            (self.current, self.turns, asked, self.summary, tallies, today, rng_state) = saved
            self.asking.asked, self.asking.today = asked, today
            self.tallies.restore(tallies)
            self.rng.setstate(rng_state)
            raise
        finally:
            if outer is not None:  # a save inside another: the outer one may undo these too
                outer.extend(changes)
            self.asking.changes = outer

    return wrapper
