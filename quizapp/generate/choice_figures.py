"""A number choice answered with the key's figure in a form no option prints: '1 January 2015'
for the option 'January 2015', '12,3%' for 12.3%, "'14" for 2014 (review r404 E). Each was
asked again, though the item's typed sibling takes it. The figure is graded as the typed item
would grade it; if that is right, the answer names the key's option. Anything else is left as
typed: a wrong option in another form is asked again, at no cost."""

from __future__ import annotations

import re

from quizapp.generate import answers
from quizapp.generate.figure_forms import SIDE
from quizapp.generate.question import Question


def coded_as_options(q: Question, text: str, vocabulary: dict[str, str] | None) -> str:
    """answers.coded_as_options, then the key's figure in another form as the key's option."""
    text = answers.coded_as_options(q, text, vocabulary)
    options = q.options or []
    if q.kind != "numeric_mcq" or q.numeric is None or not text.strip():
        return text
    if answers.option_index(text, options) is not None:
        return text
    from quizapp.generate.checker import check_unguarded

    if SIDE.search(text.lower()):
        return text  # 'nearly 53%': a side of the figure, which no option says (session 40)
    typed = q.model_copy(update={"kind": "numeric", "options": None})  # its typed sibling
    said = check_unguarded(typed, text, vocabulary)
    if said.verdict != "correct":
        return text
    exact = q.numeric.date is not None or _value(said.understood) == q.numeric.value
    return q.answer[0] if exact else text  # '7.9' for 7.87 rounds to no option (session 40)


def _value(understood: str) -> float | None:
    """The figure a verdict read, as a number ('12.3' of '12.3 %'), or None."""
    found = re.match(r"\s*(-?\d+(?:\.\d+)?)", understood.replace(",", ""))
    return float(found[1]) if found else None
