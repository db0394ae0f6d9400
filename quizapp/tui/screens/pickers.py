"""Small modal questions: which topic, which exam date, which learner (one `Picker`, made
by a factory for each), and a yes/no `Confirm`."""

from __future__ import annotations

from collections.abc import Callable
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


class Picker(_Modal):
    """One small question, parameterised: a list to choose from (`choices`: its id and options)
    and/or a line to type (`line`: its id and placeholder). `read` turns the chosen option's id
    or the typed text into the answer, or raises ValueError with what to say (the question
    stays up). The factories below make the three that home asks."""

    def __init__(
        self,
        heading: str,
        read: Callable[[str], object],
        *,
        help_title: str,
        choices: tuple[str, list[Option]] | None = None,
        line: tuple[str, str] | None = None,
        note: str = "",
    ) -> None:
        super().__init__()
        self.heading_text, self.read, self.help_title = heading, read, help_title
        self.choices, self.line, self.note = choices, line, note

    def heading(self) -> str:
        return self.heading_text

    def body(self) -> ComposeResult:
        if self.choices is not None and self.choices[1]:
            yield OptionList(*self.choices[1], id=self.choices[0])
        if self.line is not None:
            yield Input(placeholder=self.line[1], id=self.line[0])
        if self.note:
            yield Static(self.note, classes="modal-help")

    def _answer(self, text: str) -> None:
        try:
            answer = self.read(text)
        except ValueError as problem:
            self.notify(str(problem), severity="error")
            return
        self.dismiss(answer)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._answer(event.option.id or "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._answer(event.value)


def topic_picker(deck: Deck) -> Picker:
    """Practise the whole deck or one topic. Answers the topic id, "" for all, None to cancel."""
    options = [Option("The whole deck", id=WHOLE_DECK)]
    options += [Option(safe(t.title), id=t.id) for t in deck.topics]
    return Picker(
        "Practise which part? (does not change your schedule)",
        lambda chosen: "" if chosen in (WHOLE_DECK, "") else chosen,
        help_title="Practise: choose a topic",
        choices=("topics", options),
    )


def exam_date_picker(now: datetime) -> Picker:
    """The exam's date, in the future. Answers a datetime or None."""

    def read(text: str) -> datetime:
        try:
            when = datetime.fromisoformat(text.strip()).replace(tzinfo=UTC)
        except ValueError:
            raise ValueError("That is not a date: use YYYY-MM-DD.") from None
        if when <= now:
            raise ValueError("The exam date must be in the future.")
        return when

    return Picker(
        "Exam mode: when is the exam? (YYYY-MM-DD)",
        read,
        help_title="Exam date",
        line=("exam-date", "2027-01-15"),
        note="Facts are scheduled so that each is remembered on that day.",
    )


def learner_picker(learners: list[str], current: str) -> Picker:
    """Switch learner, or type a new name. Answers the name or None."""

    def read(text: str) -> str:
        name = text.strip()
        if not name or len(name) > 64:
            raise ValueError("A learner's name has 1 to 64 characters.")
        return name

    return Picker(
        f"Learner (now: {safe(current)})",
        read,
        help_title="Switch learner",
        choices=("learners", [Option(safe(n), id=n) for n in learners]),
        line=("new-learner", "or Tab here, type a new name, Enter"),
    )


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
