"""Feedback that teaches: the learner's answer beside the key, the rating and how to change it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from quizapp.generate.question import Question
from quizapp.review.scheduler import due_at
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.study import StudyScreen
from quizapp.tui.widgets.feedback import FeedbackPanel
from tests.tui.harness import FIXED, answer_keys, make_app, press_all
from tests.tui.test_study_screen import DECK, inject, one_of_each, open_study


def lines(screen: StudyScreen, mark: str) -> list[str]:
    panel = screen.query_one(FeedbackPanel)
    return [str(s.render()) for s in panel.query(f".mark-{mark} .compare-text").results(Static)]


def panel_text(screen: StudyScreen) -> str:
    return "\n".join(str(s.render()) for s in screen.query_one(FeedbackPanel).query(Static))


def of_kind(app: QuizApp, kind: str) -> Question:
    return next(q for q in one_of_each(app) if q.kind == kind)


async def test_wrong_choice_shows_the_chosen_option_and_the_key(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = of_kind(app, "mcq")
        options = q.options or []
        wrong = next(i for i, o in enumerate(options) if o not in q.answer)
        await inject(screen, q)
        await press_all(pilot, [str(wrong + 1)])
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"
        (mine,) = lines(screen, "wrong")
        assert mine.startswith(f"{wrong + 1} {options[wrong]}") and "your answer" in mine
        (key,) = lines(screen, "right")
        assert q.answer[0] in key and "right answer" in key
        # a wrong answer can be marked right, and the rating is Again (not changeable)
        assert screen.check_action("override", ())
        assert not screen.check_action("rate", (3,))
        assert "i: I was right" in panel_text(screen)


async def test_right_answer_offers_no_i_and_reveal_cannot_be_marked_right(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = of_kind(app, "true_false")
        await inject(screen, q)
        await press_all(pilot, answer_keys(q))
        assert screen.feedback is not None and screen.feedback.verdict == "correct"
        assert not screen.check_action("override", ())
        assert "I was right" not in panel_text(screen)
        await press_all(pilot, ["enter"])
        typed = of_kind(app, "typed")
        await inject(screen, typed)
        await press_all(pilot, ["ctrl+r"])
        revealed = screen.feedback
        assert revealed is not None and revealed.verdict == "revealed"
        await press_all(pilot, ["i"])
        after = screen.feedback
        assert after is not None and after.verdict == "revealed"
        logged = [
            r for r in app.ensure_service().store.reviews("ann") if r.fact_id == typed.fact_ids[0]
        ]
        assert [(r.verdict, r.rating, r.override) for r in logged] == [("revealed", 1, False)]


async def test_number_key_changes_the_stored_rating(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = of_kind(app, "mcq")
        await inject(screen, q)
        await press_all(pilot, answer_keys(q))
        fb = screen.feedback
        # a right choice is Good until the learner's log shows guessing (review.guessing)
        assert fb is not None and fb.rating == 3 and set(fb.spans) == {1, 2, 3, 4}
        assert "Rated Good" in panel_text(screen)
        assert f"[3 Good {fb.spans[3]}]" in panel_text(screen).replace("\u00a0", " ")
        assert f"comes back {fb.next_due_text}" in panel_text(screen).lower()
        await press_all(pilot, ["2"])
        assert screen.feedback is not None and screen.feedback.rating == 2
        assert "Rated Hard" in panel_text(screen)
        service = app.ensure_service()
        (log,) = service.store.reviews("ann")
        assert log.rating == 2 and not log.undone and log.verdict == "correct"
        card = service.store.cards("ann", DECK)[q.fact_ids[0]]
        assert card.reps == 1  # scheduled once, from the state before the answer
        assert screen.feedback.next_due == due_at(card)
        await press_all(pilot, ["1"])  # Again: right by luck, so it does not count as right
        (log,) = service.store.reviews("ann")
        assert log.rating == 1 and screen.session.summary.correct == 0
        assert due_at(service.store.cards("ann", DECK)[q.fact_ids[0]]) <= FIXED.replace(minute=1)


async def test_tick_all_shows_which_ticks_were_wrong(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = of_kind(app, "multi_select")
        options = q.options or []
        bad = next(i for i, o in enumerate(options) if o not in q.answer)
        await inject(screen, q)
        await press_all(pilot, ["enter"])  # nothing ticked: a slip with the right hint
        assert screen.feedback is None
        hint = [n.message for n in app._notifications][-1]
        assert "Tick every option" in hint and "Type an answer" not in hint
        await press_all(pilot, [str(bad + 1), "enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "wrong"
        (wrong,) = lines(screen, "wrong")
        assert options[bad] in wrong and "does not apply" in wrong
        missed = lines(screen, "missed")
        assert sorted(m.split("  (")[0][2:] for m in missed) == sorted(q.answer)


async def test_near_miss_says_so_once(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = next(
            q
            for qs in app.ensure_service().load_deck(DECK).items.values()
            for q in qs
            if q.kind == "typed" and len(q.answer[0]) > 7 and q.answer[0].isalpha()
        )
        typo = q.answer[0][:-1]
        await inject(screen, q)
        await press_all(pilot, [*typo, "enter"])
        assert screen.feedback is not None and screen.feedback.verdict == "near_miss"
        text = panel_text(screen)
        assert text.lower().count("spelling") == 1
        assert f"You answered: {typo}" in text and f"Answer: {q.answer[0]}" in text


async def test_summary_speaks_in_kind_labels_and_topic_titles(tmp_path: Path) -> None:
    from textual.widgets import DataTable

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = await open_study(pilot, app)
        q = of_kind(app, "true_false")
        await inject(screen, q)
        await press_all(pilot, answer_keys(q))
        await press_all(pilot, ["escape"])
        kinds = app.screen.query_one("#by-kind", DataTable)
        topics = app.screen.query_one("#by-topic", DataTable)
        assert kinds.get_row_at(0)[0] == "true or false"
        deck = app.ensure_service().deck(DECK)
        title = next(t.title for t in deck.topics if t.id == q.topic)
        assert topics.get_row_at(0)[0] == title
