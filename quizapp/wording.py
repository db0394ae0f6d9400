"""The words the learner reads, shared by the TUI, plain mode and reports.

One place for kind labels, verdicts, rating names and settings errors (times: review.humanize), so
the two front ends never drift apart ("mcq" in one, "multiple choice" in the other).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quizapp.generate.kind_spec import SPECS

KIND_LABELS: dict[str, str] = {k: s.label for k, s in SPECS.items()}

VERDICTS: dict[str, str] = {
    "correct": "Correct",
    "near_miss": "Correct - mind the spelling",
    "wrong": "Not right",
    "revealed": "Revealed (counts as forgotten)",
    "self_graded": "Graded",
}

SPELLING_NOTE = "Close enough - mind the spelling"  # a slip of the pen (generate/check_text.py)


def _a_slip(verdict: str, note: str) -> bool:
    """A near miss that is only misspelt: the checker's spelling note, or no note at all."""
    return verdict == "near_miss" and (not note or note.startswith(SPELLING_NOTE))


def verdict_label(verdict: str, note: str, override: bool) -> str:
    """The feedback's headline: only a spelling slip is told to mind its spelling; any other
    near miss (a figure a little off, 'early 2015' for January 2015, a year for a date known
    to the month) is close (review r215: 4.5 K for helium was told to mind its spelling)."""
    close = verdict == "near_miss" and not _a_slip(verdict, note)
    label = "Correct - close enough" if close else VERDICTS[verdict]
    return label + (" (marked right by you)" if override else "")


def shown_note(verdict: str, note: str) -> str:
    """The grader's note where the headline does not already say it: a wrong answer's, any
    near miss's but a spelling slip's ('Right, but it is known to the month: January 2015.'),
    and a right answer's ('Right - the card says Wilhelm Steinitz.', "Marked on 'Hungary'
    alone: what you added beside it is not marked.": session 46, which the feedback hid)."""
    if _a_slip(verdict, note):
        marked = note.find(MARKED)  # the slip is the headline; a remark's note still shows
        return note[marked:] if marked >= 0 else ""
    return note


MARKED = "Marked on "  # remark_notes.py: the remark beside the answer was not marked


RATING_NAMES: dict[int, str] = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}

SETTING_LABELS: dict[str, str] = {
    "desired_retention": "Desired retention",
    "new_per_day": "New facts per day",
    "reviews_per_day": "Reviews per day",
    "day_starts_at_hour": "The hour the day starts",
    "timezone": "Time zone",
    "theme": "Theme",
    "backups_to_keep": "Backups to keep",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " "))


def rating_line(
    spans: Mapping[int, str], chosen: int | None, *, keep_together: bool = False
) -> str:
    """ "1 Again 1 min · 2 Hard 6 min · [3 Good 10 min] · 4 Easy 4 days", the chosen one
    bracketed; with keep_together a line breaks only between ratings, never inside one."""
    parts = []
    for rating, name in RATING_NAMES.items():
        if rating in spans:
            part = f"{rating} {name} {spans[rating]}"
            part = f"[{part}]" if rating == chosen else part
            parts.append(part.replace(" ", "\u00a0") if keep_together else part)
    return " · ".join(parts)


def settings_error(errors: Sequence[Mapping[str, object]]) -> str:
    """Pydantic's first validation error in plain words: "Desired retention must be at most
    0.99.", "Time zone: 'Mars/Phobos' is not a known time zone." """
    first = errors[0]
    loc = first.get("loc") or ("value",)
    field = str(loc[0]) if isinstance(loc, (tuple, list)) and loc else "value"
    label = SETTING_LABELS.get(field, field.replace("_", " ").capitalize())
    kind = str(first.get("type", ""))
    ctx = first.get("ctx")
    limits = ctx if isinstance(ctx, Mapping) else {}
    if kind in ("less_than_equal", "less_than"):
        return f"{label} must be at most {limits.get('le', limits.get('lt'))}."
    if kind in ("greater_than_equal", "greater_than"):
        return f"{label} must be at least {limits.get('ge', limits.get('gt'))}."
    message = str(first.get("msg", "is not valid"))
    message = message.removeprefix("Value error, ")
    if field == "timezone" and "unknown time zone" in message:
        given = first.get("input")
        return f"{label}: {given!r} is not a known time zone (e.g. Europe/Berlin, UTC)."
    return f"{label}: {message}."
