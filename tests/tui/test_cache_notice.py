"""Issue 16: a damaged cache entry met by the app is rebuilt and said in one notification
(the CLI says it on stderr: tests/unit/test_compiled_decks.py)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from quizapp.facts import compiled
from quizapp.question_cache import KIND
from quizapp.tui.app import QuizApp
from tests.tui.harness import home_ready, make_app


def _entries() -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (compiled.cache_dir() / KIND).glob("*.json")}


async def _prepared(app: QuizApp, whole: dict[Path, bytes]) -> list[str]:
    """Open home, wait until the highlighted deck's questions are in the cache as `whole`
    (any entry, if empty), and return the notifications made."""
    said: list[str] = []  # every notification (a shown one expires, under load before we look)
    notify = app.notify

    def recorded(message: str, **kw: Any) -> None:
        said.append(str(message))
        notify(message, **kw)

    app.notify = recorded  # type: ignore[method-assign]
    async with app.run_test(size=(100, 32)) as pilot:
        await home_ready(pilot)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (_entries() == whole if whole else _entries()):
            await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        return said


async def test_a_damaged_questions_entry_is_rebuilt_and_said_in_one_notification(
    tmp_path: Path,
) -> None:
    assert await _prepared(make_app(tmp_path), {}) == []
    whole = _entries()
    assert whole
    for entry, body in whole.items():
        entry.write_bytes(body[:-7])
    said = await _prepared(make_app(tmp_path), whole)
    assert _entries() == whole  # rebuilt, the same
    (line,) = [m for m in said if "damaged" in m]
    assert line.startswith("A damaged questions cache entry was found and is rebuilt")
    assert "\n" not in line and "Traceback" not in line
    assert await _prepared(make_app(tmp_path), whole) == []  # quiet again
