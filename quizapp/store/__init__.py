"""The progress store on TinyDB: durable, partitioned, one writer, backed up. No Textual.

Names load on first use, so importing a light submodule (location, errors) stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.store.errors import StoreError as StoreError
    from quizapp.store.repository import ProgressStore as ProgressStore
    from quizapp.store.repository import TinyProgressStore as TinyProgressStore
    from quizapp.store.repository import open_store as open_store

_EXPORTS = {
    "StoreError": "quizapp.store.errors",
    "ProgressStore": "quizapp.store.repository",
    "TinyProgressStore": "quizapp.store.repository",
    "open_store": "quizapp.store.repository",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
