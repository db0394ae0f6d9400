"""An answer with a bracket and then more: 'Davy (1807), by electrolysis', 'Fe (ferrum),
atomic number 26', 'C (1898), named after Poland', '4.2 K (-269 °C), the lowest of any
element' (review r483 A, B: each was graded wrong or asked again, though either remark beside
the answer alone was read).

Such an answer is read as two: the answer with its bracket ('Davy (1807)') and the answer with
what follows the bracket ('Davy, by electrolysis'), each graded as any answer is, remarks and
all. The whole is as good as the worse of the two: a remark one of them refuses (a false year,
a second answer, a hedge) refuses the whole, and a remark neither can check leaves the note
that it was not marked. Only answers and choices: a list of ticks, an order or pairs uses
commas of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.generate.verdict import Verdict

# the answer, one bracket, then a separator and more that is not only a closing mark
_COMPOUND = re.compile(
    r"^(?P<head>[^()]*[^\s(),;:.][^()]*?)\s*(?P<bracket>\([^()]*\))"
    r"\s*(?P<sep>[,;:.]|(?=\(|(?:by|in|at|on|with|from|after|before|during|when|which|who"
    r"|as|for|because|since|using|via|through|while|under|near)\s))"
    r"\s*(?P<rest>[^\s.!?].*?)[\s.!]*$",
    re.DOTALL | re.IGNORECASE,
)
RANK = {"wrong": 0, "near_miss": 1, "correct": 2}


def compound_parts(response: str) -> tuple[str, str] | None:
    """('head (bracket)', 'head, rest') of 'head (bracket), rest', or None."""
    found = _COMPOUND.match(response.strip())
    if found is None:
        return None
    head, rest = found["head"].strip(), found["rest"].strip()
    if not re.search(r"\w", head) or not re.search(r"\w", rest):
        return None
    joined = f"{head} {rest}" if rest.startswith("(") else f"{head}, {rest}"
    return f"{head} {found['bracket']}", joined


def restated_parts(response: str, grade: Callable[[str], Verdict]) -> tuple[str, str] | None:
    """('head (restated)', 'head (remark)') of 'head (restated, remark)', where the bracket
    opens with the answer said again ('B (Gus Grissom, who survived)', 'Eagle (the Eagle,
    which landed ...)', 'False (not true, though ...)'): the restatement vouches for nothing
    after it (review r482 A: such remarks were taken as said twice, unread and unnoted)."""
    found = _RESTATED.match(response.strip())
    if found is None:
        return None
    head, said, remark = (found[g].strip() for g in ("head", "said", "remark"))
    if not (re.search(r"\w", said) and re.search(r"\w", remark)):
        return None
    if grade(said).verdict == "wrong" or grade(head).verdict == "wrong":
        return None  # 'Armstrong (with Aldrin, Collins)': a list, no answer said again
    return f"{head} ({said})", f"{head} ({remark})"


_RESTATED = re.compile(
    r"^(?P<head>[^()]*\w[^()]*?)\s*\((?P<said>(?:[^(),;]|(?<=\d),(?=\d))+?)"
    r"\s*(?:(?!(?<=\d),\d)[,;:]|\s[-\u2013\u2014]\s)"
    r"\s*(?P<remark>[^()]+)\)[\s.!]*$"
)


def in_parts(response: str, grade: Callable[[str], Verdict]) -> Verdict | None:
    """The worse of the two parts' verdicts (the one with a note, of two right ones), or None
    when the answer has no such shape."""
    parts = compound_parts(response) or restated_parts(response, grade)
    if parts is None:
        return None
    verdicts = [grade(part) for part in parts]
    worst = min(verdicts, key=lambda v: RANK[v.verdict])
    if worst.verdict != "correct":
        return worst
    return next((v for v in reversed(verdicts) if v.note), worst)
