"""What the learner sees after answering: verdict, the answer, why, where from, when next."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from quizapp.review.session import Feedback
from quizapp.tui.safe_text import plain

VERDICTS = {
    "correct": ("Correct", "verdict-right"),
    "near_miss": ("Correct - mind the spelling", "verdict-near"),
    "wrong": ("Not right", "verdict-wrong"),
    "revealed": ("Revealed", "verdict-wrong"),
    "self_graded": ("Graded", "verdict-near"),
}


class FeedbackPanel(Static):
    def __init__(self, feedback: Feedback) -> None:
        self.feedback = feedback
        label, css = VERDICTS[feedback.verdict]
        if feedback.override:
            label += " (marked right by you)"
        super().__init__(self._text(label), id="feedback", classes=css)

    def _text(self, label: str) -> Text:
        fb = self.feedback
        text = Text(label + "\n", style="bold")
        text.append("Answer: ", style="bold")
        text.append(plain(fb.expected) + "\n")
        if fb.note and fb.verdict != "correct":
            text.append(plain(fb.note) + "\n", style="italic")
        text.append("\n" + plain(fb.question.explanation) + "\n")
        text.append(f"Source: {plain(fb.question.citation)}\n", style="dim")
        text.append(f"Comes back {fb.next_due_text}.", style="bold")
        if fb.leech:
            text.append("\nThis fact keeps slipping: it is suspended as a leech (see Browse).")
        text.append("\n\nEnter: next   i: I was right   u: undo   esc: end session", style="dim")
        return text
