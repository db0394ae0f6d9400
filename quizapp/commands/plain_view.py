"""Text for the plain front end: questions with numbered options, feedback, the summary."""

from __future__ import annotations

from quizapp.generate.compare import SIGNS, compare
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question
from quizapp.review.session import Feedback, Summary
from quizapp.wording import RATING_NAMES, kind_label, shown_note, verdict_label


def question_text(n: int, q: Question) -> str:
    lines = [f"Question {n} ({kind_label(q.kind)})", q.prompt]
    for i, item in enumerate(q.left or []):
        lines.append(f"  {chr(65 + i)}. {item}")
    for i, option in enumerate(q.options or [], 1):
        lines.append(f"  {i}) {option}")
    spec = SPECS[q.kind]
    if spec.shape == "self":
        lines.append(f"({spec.how})")
    else:
        lines.append(f"({spec.how}; ? to reveal; !undo, !right)")
    return "\n".join(lines)


def feedback_text(fb: Feedback) -> str:
    """The same feedback as the app's: the verdict, your answer beside the key, the rating."""
    lines = [verdict_label(fb.verdict, fb.note, fb.override) + "."]
    compared = compare(fb.question, fb.response)
    lines += [f"  {SIGNS[line.mark]} {line.text}" for line in compared]
    if not compared:
        lines.append(f"Answer: {fb.expected}")
    if note := shown_note(fb.verdict, fb.note):
        lines.append(note)
    if fb.spans and fb.rating is not None:
        lines.append(f"Rated {RATING_NAMES[fb.rating]}. Comes back {fb.next_due_text}.")
    else:
        lines.append("Practice: the schedule is not changed.")
    lines.append(fb.question.explanation)
    lines.append(f"Source: {fb.question.citation}")
    if fb.leech:
        lines.append(
            "This fact keeps slipping: it is now suspended as a leech (see `quizapp status`)."
        )
    return "\n".join(lines)


def summary_text(s: Summary) -> str:
    minutes = s.seconds / 60
    lines = [
        "Session over.",
        f"Answered {s.answered}, right {s.correct} ({s.accuracy:.0%}); new facts {s.learned}; "
        f"{minutes:.1f} minutes.",
    ]
    for kind, n in sorted(s.by_kind.items()):
        if n:
            lines.append(f"  {kind_label(kind):<20} {s.right_by_kind[kind]}/{n}")
    if s.leeches:
        lines.append(
            f"Suspended as leeches: {'; '.join(s.fact_names.get(f, f) for f in s.leeches)}"
        )
    if s.next_due:
        lines.append(f"Next card due: {s.next_due_text()}")
    return "\n".join(lines)
