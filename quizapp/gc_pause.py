"""No cyclic garbage collection while many young objects are made at once (a database's
records, a deck's models, a deck's questions): the collector would walk them again and again
for nothing. One home for the store, the service and generation alike."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The block runs with the cyclic collector off, and it is on again after (if it was)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
