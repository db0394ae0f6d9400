"""Why a typed text answer cannot be graded, so the learner is asked again and loses nothing:
a bare name in brackets the deck does not know ('Bell (Edinburgh)': bracket_names.py), more
given names than the card gives ('Joseph Nicéphore Niépce': fuller_given_names.py), a year
beside an imported card's answer that its question does not name ('Steve McCurry (in 1984)':
year_asides.py), a place the item cannot check ("KSC at Vandenberg": site_places.py)."""

from __future__ import annotations

from collections.abc import Callable

from quizapp.generate.answer_forms import imported_key
from quizapp.generate.answer_frames import unframed
from quizapp.generate.bracket_names import unknown_aside
from quizapp.generate.fuller_given_names import more_given_names
from quizapp.generate.question import Question
from quizapp.generate.site_places import unplaced
from quizapp.generate.year_asides import imported_year_problem


def text_problem(
    q: Question, text: str, vocabulary: dict[str, str], right: Callable[[], bool]
) -> str | None:
    """The first reason a text answer is asked again, or None. `right`: whether the checks
    grade it right as it is (more given names are asked about only where they do not)."""
    return (
        unknown_aside(q, text, vocabulary)
        or more_given_names(q, text, vocabulary, right)
        or imported_year_problem(q, text, imported_key(q, vocabulary))
        or unplaced(q, unframed(text, q.prompt) or text, vocabulary)
    )
