"""One answer widget per answer shape. Each posts AnswerSubmitted in the wire format."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from quizapp.generate import answers
from quizapp.generate.kind_spec import SPECS, Shape
from quizapp.generate.option_numbers import choice_key
from quizapp.generate.question import Question
from quizapp.tui.messages import AnswerSubmitted
from quizapp.tui.safe_text import plain, safe


def _numbered(i: int, text: str) -> Table:
    """An option: its number in a column of its own, the text wrapping at word boundaries
    beside it (never back under the number)."""
    return _hanging([(Text(str(i), style="bold"), Text(plain(text)))])


def _hanging(rows: list[tuple[Text, Text]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for label, text in rows:
        grid.add_row(label, text)
    return grid


class ChoiceAnswer(OptionList):
    """mcq, true/false, choose-the-number, odd one out: 1-9 answer at once, or arrows + Enter."""

    def __init__(self, question: Question) -> None:
        options = question.options or []
        super().__init__(
            *[Option(_numbered(i, o), id=str(i)) for i, o in enumerate(options, 1)], id="answer"
        )
        self._choices = options

    def on_key(self, event: events.Key) -> None:
        if (
            event.character
            and event.character.isdecimal()
            and 1 <= int(event.character) <= self.option_count
        ):
            event.stop()
            index = int(event.character) - 1
            self.post_message(AnswerSubmitted(choice_key(index, self._choices)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(choice_key(event.option_index, self._choices)))


class MultiAnswer(SelectionList[int]):
    """Tick all that apply: space (or the option's number) ticks, Enter submits."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "submit", "Submit", priority=True)]

    def __init__(self, question: Question) -> None:
        options = question.options or []
        super().__init__(
            *[(Text.assemble((f"{i + 1} ", "bold"), o), i) for i, o in enumerate(options)],
            id="answer",
        )

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdecimal():
            n = int(event.character)
            if 1 <= n <= self.option_count:
                event.stop()
                self.toggle(n - 1)

    def action_submit(self) -> None:
        if not self.selected:
            self.notify(
                "Tick every option that applies (space or its number), then Enter; "
                "ctrl+r shows the answer.",
                severity="warning",
            )
            return
        self.post_message(AnswerSubmitted(answers.ticks(self.selected)))


class TextAnswer(Input):
    """Typed words, numbers and clozes: Enter submits."""

    def __init__(self, question: Question) -> None:
        super().__init__(placeholder=SPECS[question.kind].hint, id="answer")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(event.value))


class MatchingAnswer(Widget, can_focus=True):
    """Two columns: for A, B, C ... in turn press the number of its match; Backspace undoes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Submit"),
        Binding("backspace", "back", "Undo a pair"),
    ]

    def __init__(self, question: Question) -> None:
        super().__init__(id="answer")
        self.left = question.left or []
        self.right = question.options or []
        self.picks: list[int] = []  # the chosen options, from 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="matching"):
            yield Static(id="match-left")
            yield Static(
                _hanging(
                    [
                        (Text(str(i), style="bold"), Text(plain(r)))
                        for i, r in enumerate(self.right, 1)
                    ]
                ),
                id="match-right",
            )

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        rows = []
        for i, item in enumerate(self.left):
            pick = (
                f"{answers.PAIR}{self.picks[i] + 1}"
                if i < len(self.picks)
                else (" ← next" if i == len(self.picks) else "")
            )
            rows.append((Text(chr(65 + i), style="bold"), Text(plain(item) + pick)))
        self.query_one("#match-left", Static).update(_hanging(rows))

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdecimal():
            n = int(event.character)
            if 1 <= n <= len(self.right) and len(self.picks) < len(self.left):
                event.stop()
                self.picks.append(n - 1)
                self._show()

    def action_back(self) -> None:
        if self.picks:
            self.picks.pop()
            self._show()

    def action_submit(self) -> None:
        if len(self.picks) == len(self.left):
            self.post_message(AnswerSubmitted(answers.sequence(self.picks)))
        else:
            self.notify(f"Match all {len(self.left)} items first.", severity="warning")


class OrderingAnswer(OptionList):
    """Put in order: arrows move the highlight, [ and ] (or ctrl+up/down) move the item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left_square_bracket,ctrl+up", "move(-1)", "Move up"),
        Binding("right_square_bracket,ctrl+down", "move(1)", "Move down"),
        Binding("enter", "submit", "Submit", priority=True),
    ]

    def __init__(self, question: Question) -> None:
        self.items = list(question.options or [])
        self.order = list(range(len(self.items)))
        super().__init__(id="answer")

    def on_mount(self) -> None:
        self._refill(0)

    def _refill(self, highlight: int) -> None:
        self.clear_options()
        self.add_options(
            [Option(_numbered(pos, self.items[i])) for pos, i in enumerate(self.order, 1)]
        )
        self.highlighted = highlight

    def action_move(self, step: int) -> None:
        at = self.highlighted or 0
        to = at + step
        if 0 <= to < len(self.order):
            self.order[at], self.order[to] = self.order[to], self.order[at]
            self._refill(to)

    def action_submit(self) -> None:
        self.post_message(AnswerSubmitted(answers.sequence(self.order)))


class FlashcardAnswer(Vertical, can_focus=True):
    """Space flips the card; then 1 again, 2 hard, 3 good, 4 easy."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "flip", "Flip")]

    def __init__(self, question: Question) -> None:
        super().__init__(id="answer")
        self.back = question.back or "; ".join(question.answer)
        self.flipped = False

    def compose(self) -> ComposeResult:
        yield Static("Press space to see the back.", id="card-back")

    def action_flip(self) -> None:
        self.flipped = True
        self.query_one("#card-back", Static).update(
            f"{safe(self.back)}\n\nHow well did you know it?  1 again   2 hard   3 good   4 easy"
        )

    def on_key(self, event: events.Key) -> None:
        if self.flipped and event.character is not None and answers.read_grade(event.character):
            event.stop()
            self.post_message(AnswerSubmitted(event.character))


# One widget per answer shape (generate/kind_spec.py): a new kind of an existing shape needs
# nothing here.
WIDGETS: dict[Shape, Callable[[Question], Widget]] = {
    "choice": ChoiceAnswer,
    "ticks": MultiAnswer,
    "text": TextAnswer,
    "pairs": MatchingAnswer,
    "order": OrderingAnswer,
    "self": FlashcardAnswer,
}


def answer_widget(question: Question) -> Widget:
    return WIDGETS[SPECS[question.kind].shape](question)
