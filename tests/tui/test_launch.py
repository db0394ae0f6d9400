"""`quizapp study --deck D --limit N` in the full-screen app (review r325): the session the
command line names opens at once, on that deck, and ends at the limit; '1 / 2', not '1 / 11'."""

from __future__ import annotations

from pathlib import Path

from quizapp.commands.study import cmd_study
from quizapp.tui.app import QuizApp
from quizapp.tui.launch import Launch
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.summary import SummaryScreen
from tests.tui.harness import answer_keys, make_app, press_all
from tests.tui.test_session_flow import study, text_of, until

DECK = "chemical-elements"  # not the home screen's first deck


def launched(tmp_path: Path, launch: Launch) -> QuizApp:
    return make_app(tmp_path, launch=launch)


async def test_the_named_deck_opens_at_once_and_ends_at_the_limit(tmp_path: Path) -> None:
    app = launched(tmp_path, Launch(DECK, limit=2))
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: app.screen.__class__.__name__ == "StudyScreen", "study")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "The chemical elements" in text_of(app, "#study-title")
        assert text_of(app, "#progress-count") == "1 / 2"
        for _ in range(2):
            q = study(app).question
            assert q is not None and q.fact_ids[0] in {
                f.id for f in app.ensure_service().deck(DECK).facts
            }
            await press_all(pilot, [*answer_keys(q), "enter"])
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
        assert "Answered 2," in text_of(app, "#summary-score")


async def test_an_unknown_topic_is_said_in_one_line_and_home_stays(tmp_path: Path) -> None:
    app = launched(tmp_path, Launch(DECK, "practice", topic="no such topic"))
    async with app.run_test(size=(100, 32)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        said = [n.message for n in app._notifications]
        assert any("has no topic 'no such topic'" in m for m in said), said


def test_the_command_line_passes_its_options_to_the_app(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self: seen.append(self))
    from quizapp.cli import build_parser

    for argv, want in (
        (["study", "--deck", DECK, "--limit", "3"], Launch(DECK, limit=3)),
        (
            ["study", "--mode", "practice", "--topic", "x"],
            Launch("russia-central-asia", "practice", "x"),
        ),
        (["study"], None),
    ):
        args = build_parser().parse_args([*argv, "--db", str(tmp_path / "db")])
        assert cmd_study(args) == 0
        assert seen.pop().launch == want, argv
