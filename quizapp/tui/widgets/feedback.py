"""What the learner sees after answering: the verdict, their answer beside the key, the
rating and the interval each rating would give, why, where from, and the keys that apply."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from quizapp.generate.compare import SIGNS, compare
from quizapp.review.session import Feedback
from quizapp.wording import RATING_NAMES, rating_line, shown_note, verdict_label

CSS_CLASS = {
    "correct": "verdict-right",
    "near_miss": "verdict-near",
    "wrong": "verdict-wrong",
    "revealed": "verdict-wrong",
    "self_graded": "verdict-near",
}


class FeedbackPanel(Vertical):
    def __init__(self, feedback: Feedback, *, can_rerate: bool, can_override: bool) -> None:
        super().__init__(id="feedback", classes=CSS_CLASS[feedback.verdict])
        self.feedback = feedback
        self.can_rerate = can_rerate
        self.can_override = can_override

    def compose(self) -> ComposeResult:
        fb = self.feedback
        label = verdict_label(fb.verdict, fb.note, fb.override)
        yield Static(label, id="verdict", markup=False)
        lines = compare(fb.question, fb.response)
        with Vertical(id="compared"):
            for line in lines:
                with Horizontal(classes=f"compare-line mark-{line.mark}"):
                    yield Static(SIGNS[line.mark], classes="compare-sign", markup=False)
                    yield Static(line.text, classes="compare-text", markup=False)
        if not lines:
            yield Static(f"Answer: {fb.expected}", classes="fb-answer", markup=False)
        if note := shown_note(fb.verdict, fb.note):
            yield Static(note, classes="fb-note", markup=False)
        yield Static(self._rating_text(), id="rating", markup=False)
        yield Static(fb.question.explanation, classes="fb-explanation", markup=False)
        yield Static(f"Source: {fb.question.citation}", classes="fb-source", markup=False)
        if fb.leech:
            yield Static(
                "This fact keeps slipping: it is suspended as a leech (see Browse).",
                classes="fb-leech",
            )
        yield Static(self._keys(), classes="fb-keys", markup=False)

    def _rating_text(self) -> str:
        fb = self.feedback
        if not fb.spans or fb.rating is None:
            return "Practice: the schedule is not changed."
        text = f"Rated {RATING_NAMES[fb.rating]}. Comes back {fb.next_due_text}."
        if self.can_rerate:
            text += f"\nChange the rating: {rating_line(fb.spans, fb.rating, keep_together=True)}"
        return text

    def _keys(self) -> str:
        keys = ["Enter: next"]
        if self.can_rerate and self.feedback.spans:
            keys.append("1-4: rating")
        if self.can_override:
            keys.append("i: I was right")
        keys += ["u: undo", "esc: end session"]
        return "   ".join(keys)
