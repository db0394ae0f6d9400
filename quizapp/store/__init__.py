"""The progress store on TinyDB: durable, partitioned, one writer, backed up. No Textual.

Names load on first use, so importing a light submodule (location, errors) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.lazy import lazy_exports

if TYPE_CHECKING:
    from quizapp.store.errors import StoreError as StoreError
    from quizapp.store.repository import ProgressStore as ProgressStore
    from quizapp.store.repository import TinyProgressStore as TinyProgressStore
    from quizapp.store.repository import open_store as open_store

_EXPORTS = {
    "quizapp.store.errors": ("StoreError",),
    "quizapp.store.repository": ("ProgressStore", "TinyProgressStore", "open_store"),
}
__all__ = sorted(name for names in _EXPORTS.values() for name in names)
__getattr__ = lazy_exports(_EXPORTS)
