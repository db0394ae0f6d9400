"""All or nothing for a session's answers: a save that fails leaves the session as it was.

An answer changes the session in memory (the question taken, the card rescheduled, the
tallies and counts) and then saves to disk. If the save fails (a full disk, a locked or
damaged database: a `StoreError`), the memory changes are undone before the error goes up,
so the question is still on screen, the counts are right, and answering again (once the
disk has room) saves it exactly once. Nothing was written, so nothing on disk needs undoing.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from quizapp.store.errors import StoreError

if TYPE_CHECKING:
    from quizapp.review.session import StudySession

P = ParamSpec("P")
R = TypeVar("R")


def all_or_nothing(
    method: Callable[Concatenate[StudySession, P], R],
) -> Callable[Concatenate[StudySession, P], R]:
    """Wrap a session method that saves: on a StoreError, restore the session and re-raise."""

    @functools.wraps(method)
    def wrapper(self: StudySession, /, *args: P.args, **kwargs: P.kwargs) -> R:
        saved = (
            self.current,
            list(self.turns),
            self.asked.copy(),
            copy.deepcopy(self.summary),
            self.tallies.snapshot(),
            self.asking.today,
            self.rng.getstate(),
        )
        cards = dict(self.cards)
        try:
            return method(self, *args, **kwargs)
        except StoreError:
            for fact_id in set(cards) | set(self.cards):
                if self.cards.get(fact_id) is not cards.get(fact_id):
                    self.asking.set_card(fact_id, cards.get(fact_id))
            (self.current, self.turns, asked, self.summary, tallies, today, rng_state) = saved
            self.asking.asked, self.asking.today = asked, today
            self.tallies.restore(tallies)
            self.rng.setstate(rng_state)
            raise

    return wrapper
