"""The study screen: a question, the learner's answer, feedback, and on to the next.

When nothing can be asked now but a learning card comes back within the learn-ahead window,
the screen counts down to it instead of ending the session. Progress reads "12 / 31": the
question's number out of the questions the session's queue really holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar, TypeVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, Input, ProgressBar, Static

from quizapp.generate.question import Question
from quizapp.review.session import Feedback, StudySession
from quizapp.store.errors import StoreError
from quizapp.tui.keys import keys
from quizapp.tui.messages import AnswerSubmitted, FeedbackReady, SaveFailed
from quizapp.tui.safe_text import safe
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.answers import answer_widget
from quizapp.tui.widgets.feedback import FeedbackPanel
from quizapp.tui.widgets.footer import AppFooter
from quizapp.wording import kind_label

_T = TypeVar("_T")

MODE_NAMES = {"scheduled": "Review", "practice": "Practice", "exam": "Exam"}


NOT_SAVED = "Not saved: {reason}. Your answer is still here: press Enter to save it again."


class StudyScreen(QuizScreen[None]):
    # u: ctrl+z shows in the footer; the feedback panel names u
    BINDINGS: ClassVar[list[BindingType]] = keys("""
        ctrl+r | reveal    | Reveal
        ctrl+z | undo      | Undo
        escape | finish    | End
        enter  | next      | Next
        i      | override  | I was right
        u      | undo_here | Undo  | hidden
        1      | rate(1)   | Again | hidden
        2      | rate(2)   | Hard  | hidden
        3      | rate(3)   | Good  | hidden
        4      | rate(4)   | Easy  | hidden
    """)

    def __init__(self, session: StudySession, deck_title: str) -> None:
        super().__init__()
        self.session = session
        self.deck_title = deck_title
        self.question: Question | None = None
        self.feedback: Feedback | None = None
        self.shown_at = 0.0
        self.started = 0.0
        self.waiting: datetime | None = None  # counting down to a learning card
        self.finished = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="study"):
            with Horizontal(id="study-top"):
                yield Static(
                    f"{MODE_NAMES[self.session.mode]} · {safe(self.deck_title)}", id="study-title"
                )
                yield Static("", id="progress-count")
                yield Static("", id="elapsed")
            yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
            with VerticalScroll(id="question-area"):
                yield Static("", id="kind")
                yield Static("", id="prompt")
                yield Vertical(id="answer-slot")
        yield self.too_small()
        yield AppFooter()

    def _now(self) -> float:
        return float(self.quiz.timer())

    async def on_mount(self) -> None:
        self.started = self._now()
        self.set_interval(1, self._tick)
        self._tick()
        await self._ask()

    def _tick(self) -> None:
        seconds = int(self._now() - self.started)
        self.query_one("#elapsed", Static).update(f"{seconds // 60:02d}:{seconds % 60:02d}")
        if self.waiting is not None:
            if self.session.clock() >= self.waiting:
                self.waiting = None
                self.call_later(self._ask)
            else:
                self._show_countdown()

    def _progress(self) -> None:
        done, total = self.session.progress()
        shown = done + 1 if self.feedback is None and self.question is not None else done
        self.query_one("#progress-count", Static).update(f"{shown} / {total}")
        self.query_one("#progress", ProgressBar).update(total=max(1, total), progress=done)

    def _show_countdown(self) -> None:
        from quizapp.review.day import zone
        from quizapp.review.humanize import countdown

        assert self.waiting is not None
        now = self.session.clock()
        at = self.waiting.astimezone(zone(self.session.settings.timezone)).strftime("%H:%M")
        self.query_one("#kind", Static).update("Waiting for a learning card")
        self.query_one("#prompt", Static).update(
            f"Next card in {countdown(self.waiting, now)} (it comes back at {at}).\n"
            "Esc ends the session; the card waits for your next one."
        )

    async def _ask(self) -> None:
        self.feedback = None
        self.waiting = None
        self.question = self.session.next_question()
        if self.question is None:
            self.waiting = self.session.waiting_until()
            if self.waiting is not None:
                await self.query_one("#answer-slot", Vertical).remove_children()
                self._show_countdown()
                self._progress()
                return
            # never switch screens from inside this screen's own handlers: that froze the app
            self.call_after_refresh(self.action_finish, True)
            return
        q = self.question
        self.query_one("#kind", Static).update(kind_label(q.kind))
        self.query_one("#prompt", Static).update(safe(q.prompt))
        slot = self.query_one("#answer-slot", Vertical)
        await slot.remove_children()
        widget = answer_widget(q)
        if isinstance(widget, Input):
            widget.cursor_blink = bool(self.quiz.blink)
        await slot.mount(widget)
        widget.focus()
        self.shown_at = self._now()
        self._progress()

    def _ms(self) -> int:
        return int((self._now() - self.shown_at) * 1000)

    # -- answers come in ------------------------------------------------------------------
    def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        if self.feedback is not None or self.question is None:
            return
        problem = self.session.problem(message.text)
        if problem:
            self.notify(problem, severity="warning", markup=False)
            return
        self._grade(message.text, self._ms())

    @work(thread=True, exclusive=True, group="grade")
    def _grade(self, text: str, ms: int) -> None:
        """Grading writes to disk (fsync), so it runs off the UI thread. A failed save leaves
        the session as it was (see review/rollback.py): the question and the typed answer stay
        on screen, and the learner can save it again."""
        try:
            feedback = self.session.answer(text, ms)
        except StoreError as exc:
            self.post_message(SaveFailed(str(exc)))
            return
        self.post_message(FeedbackReady(feedback))

    def on_save_failed(self, message: SaveFailed) -> None:
        self._not_saved(message.reason)

    def _saving(self, act: Callable[[], _T]) -> tuple[_T] | tuple[()]:
        """Runs a session call that writes to disk: (its result,), or () once the store failed
        and the not-saved line is shown (the session is as it was: nothing was kept)."""
        try:
            return (act(),)
        except StoreError as exc:
            self._not_saved(str(exc))
            return ()

    def _not_saved(self, reason: str) -> None:
        self.notify(
            NOT_SAVED.format(reason=reason.rstrip(".")), severity="error", timeout=10, markup=False
        )

    async def on_feedback_ready(self, message: FeedbackReady) -> None:
        await self._show_feedback(message.feedback)

    async def _show_feedback(self, feedback: Feedback) -> None:
        self.feedback = feedback
        slot = self.query_one("#answer-slot", Vertical)
        await slot.remove_children()
        await slot.mount(
            FeedbackPanel(
                feedback,
                can_rerate=self.session.can_rerate(),
                can_override=self.session.can_override(),
            )
        )
        self.set_focus(None)
        self._progress()
        self.refresh_bindings()

    # -- keys -------------------------------------------------------------------------------
    async def action_next(self) -> None:
        if self.feedback is not None:
            await self._ask()

    def action_reveal(self) -> None:
        if self.feedback is None and self.question is not None:
            self._grade("?", self._ms())

    async def action_override(self) -> None:
        if self.feedback is None:
            return
        if not (saved := self._saving(self.session.override)):
            return
        if (fixed := saved[0]) is None:
            self.notify("Only a wrong answer can be marked right; a reveal counts as forgotten.")
        else:
            await self._show_feedback(fixed)

    async def action_rate(self, rating: int) -> None:
        """1-4 after an answer: change the rating the app chose before moving on."""
        if self.feedback is None:
            return
        if not (saved := self._saving(lambda: self.session.rerate(rating))):
            return
        if (changed := saved[0]) is None:
            self.notify("Only a right answer's rating can be changed (use i first if it was).")
        elif changed is not self.feedback:
            await self._show_feedback(changed)

    async def action_undo(self) -> None:
        if not (saved := self._saving(self.session.undo)):
            return
        if saved[0] is None:
            self.notify("Nothing to undo in this session.")
            return
        self.notify("Undone: answer it again.")
        await self._ask()

    def action_finish(self, ran_out: bool = False) -> None:
        from quizapp.tui.screens.summary import SummaryScreen

        if self.finished:
            return
        try:
            summary = self.session.end()
        except StoreError as exc:  # the answers are saved; the session's end could not be
            self.notify(f"Not saved: {exc}", severity="error", timeout=10, markup=False)
            return
        self.finished = True
        if ran_out and summary.answered == 0:  # nothing to ask: no empty summary, back home
            self.app.pop_screen()
            self.app.notify("Nothing to ask in this session.")
            return
        self.app.switch_screen(SummaryScreen(summary))

    async def action_undo_here(self) -> None:
        await self.action_undo()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """i, u, 1-4 and Enter act on the feedback only; while a question is up they are
        answers. `i` shows only after a wrong answer, 1-4 only where a rating can change."""
        if action == "override":
            return self.feedback is not None and self.session.can_override()
        if action == "rate":
            return self.feedback is not None and self.session.can_rerate()
        if action in ("next", "undo_here"):
            return self.feedback is not None
        if action == "reveal":
            return self.feedback is None
        return True
