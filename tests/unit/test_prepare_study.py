"""Preparing a deck ahead (home's worker) on a first start: the questions are ready and the
garbage of generating them is collected then, not in the first `s` (issue 16)."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

from quizapp.service import StudyService

FIXED = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


def test_preparing_a_first_start_leaves_no_cyclic_garbage_for_s(tmp_path: Path) -> None:
    service = StudyService(tmp_path / "db", seed=0, clock=lambda: FIXED)
    assert not service.questions_ready("apollo-programme")  # an empty cache: generated now
    gc.collect()
    was = gc.isenabled()
    gc.disable()  # no automatic collection may free the garbage before it is counted
    try:
        service.prepare_study("apollo-programme")
        left = gc.collect()  # what the first `s` would otherwise have had to collect
    finally:
        if was:
            gc.enable()
    assert service.questions_ready("apollo-programme")
    assert left < 1000, left
