"""The TUI's own messages, past-tense events, in one place: what a widget posts upwards and
what the study screen's grading worker posts back to the screen. Each is a dataclass
(Textual's `Message.__post_init__` initialises it), so a message is its fields alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from quizapp.review.feedback import Feedback


@dataclass
class AnswerSubmitted(Message):
    """The learner gave an answer in the wire format (generate/answers.py) that plain mode
    reads too: a flashcard's is the learner's own grade, "1" (again) to "4" (easy)."""

    text: str


@dataclass
class FeedbackReady(Message):
    """The answer was graded and saved: the feedback to show."""

    feedback: Feedback


@dataclass
class SaveFailed(Message):
    """Saving an answer failed (full disk, locked or damaged database): nothing was kept."""

    reason: str
