"""Messages the widgets post upwards: past-tense events."""

from __future__ import annotations

from textual.message import Message


class AnswerSubmitted(Message):
    """The learner gave an answer, in the same text form the plain mode reads."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__()


class GradeChosen(Message):
    """A flashcard was self-graded, 1 (again) to 4 (easy)."""

    def __init__(self, rating: int) -> None:
        self.rating = rating
        super().__init__()
