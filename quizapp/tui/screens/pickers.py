"""Small modal questions: which topic, which exam date, which learner."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.facts.model import Deck
from quizapp.tui.safe_text import safe
from quizapp.tui.screens.base import QuizModal

WHOLE_DECK = "__whole__"


class _Modal(QuizModal[object]):
    """One layout for every small question: the too-small message, then a box with the
    question's title (`heading`, markup: deck text and names in it go through `safe`) and
    the modal's own widgets (`body`)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    BOX_ID: ClassVar[str | None] = None
    HEADING: ClassVar[str] = ""

    def heading(self) -> str:
        return self.HEADING

    def body(self) -> ComposeResult:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        yield self.too_small()
        with Vertical(classes="modal", id=self.BOX_ID):
            yield Static(self.heading(), classes="modal-title")
            yield from self.body()

    def action_cancel(self) -> None:
        self.dismiss(None)


class TopicPicker(_Modal):
    """Practise the whole deck or one topic. Returns the topic id, "" for all, None to cancel."""

    HEADING = "Practise which part? (does not change your schedule)"

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def body(self) -> ComposeResult:
        options = [Option("The whole deck", id=WHOLE_DECK)]
        options += [Option(safe(t.title), id=t.id) for t in self.deck.topics]
        yield OptionList(*options, id="topics")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or WHOLE_DECK
        self.dismiss("" if chosen == WHOLE_DECK else chosen)


class ExamDatePicker(_Modal):
    """The exam's date, in the future. Returns a datetime or None."""

    HEADING = "Exam mode: when is the exam? (YYYY-MM-DD)"

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.now = now

    def body(self) -> ComposeResult:
        yield Input(placeholder="2027-01-15", id="exam-date")
        yield Static(
            "Facts are scheduled so that each is remembered on that day.", classes="modal-help"
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            when = datetime.fromisoformat(event.value.strip()).replace(tzinfo=UTC)
        except ValueError:
            self.notify("That is not a date: use YYYY-MM-DD.", severity="error")
            return
        if when <= self.now:
            self.notify("The exam date must be in the future.", severity="error")
            return
        self.dismiss(when)


class LearnerPicker(_Modal):
    """Switch learner, or type a new name. Returns the name or None."""

    def __init__(self, learners: list[str], current: str) -> None:
        super().__init__()
        self.learners = learners
        self.current = current

    def heading(self) -> str:
        return f"Learner (now: {safe(self.current)})"

    def body(self) -> ComposeResult:
        if self.learners:
            yield OptionList(*[Option(safe(n), id=n) for n in self.learners], id="learners")
        yield Input(placeholder="or Tab here, type a new name, Enter", id="new-learner")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name or len(name) > 64:
            self.notify("A learner's name has 1 to 64 characters.", severity="error")
            return
        self.dismiss(name)


class Confirm(_Modal):
    """A yes/no question: y or Enter confirms, n or Esc cancels. Returns True or None."""

    BOX_ID = "confirm"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "yes", "Yes"),
        Binding("n,escape", "cancel", "No"),
    ]

    def __init__(self, question: str, detail: str) -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def heading(self) -> str:
        return safe(self.question)

    def body(self) -> ComposeResult:
        yield Static(self.detail, markup=False)
        yield Static("y / Enter: yes    n / Esc: no", classes="modal-help")

    def action_yes(self) -> None:
        self.dismiss(True)
