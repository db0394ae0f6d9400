"""The progress store on TinyDB: durable, partitioned, one writer, backed up. No Textual."""

from quizapp.store.errors import StoreError
from quizapp.store.repository import ProgressStore, TinyProgressStore, open_store

__all__ = ["ProgressStore", "StoreError", "TinyProgressStore", "open_store"]
