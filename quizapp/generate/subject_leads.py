"""An answer that first names the thing the question asks about, then answers: 'Apollo 12,
Alan Bean', 'Apollo 11: 22 hours', 'Vostok 1 - 12 April 1961' (review r426 A: 17 right answers
were graded wrong, the lead read as a second answer). The lead is put in brackets after the
answer ('Alan Bean (Apollo 12)'), where the bracket's readers judge it as they judge any gloss.
A lead of the key's own kind stays a second answer: 'Russia, China' asked which country
invests beside Russia lists two countries."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.fact_links import kind_group
from quizapp.generate.question import Question

_LEAD = re.compile(
    r"^(?P<lead>[^,;:()]{2,40}?)\s*(?:[,:]|\s[-\u2013\u2014]+)\s+(?P<answer>[^;()]+?)[\s.!]*$"
)


def subject_first(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """The answer with the question's own thing, said before it, put in brackets after it;
    None when the answer opens with no such lead."""
    from quizapp.generate.tie_claims import named_things  # it reads answers too

    found = _LEAD.match(text.strip())
    if found is None:
        return None
    lead = normalise(found["lead"]).removeprefix("the ")
    prompt = re.sub(r"['\u2019]s\b", "", f" {normalise(q.prompt)} ")  # "Apollo 11's"
    if not lead or f" {lead} " not in prompt:
        return None
    said = {kind_group(t) for t in named_things(found["lead"], vocabulary)}
    keys = named_things(" ; ".join([*q.answer, *q.accepted]), vocabulary)
    if any(kind_group(k) in said for k in keys):
        return None  # 'Russia, China': two of a kind
    return f"{found['answer'].strip()} ({found['lead'].strip()})"
