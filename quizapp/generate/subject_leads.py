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


# the verbs a sentence answer may tell the question's deed with: each group one deed
_DEEDS = (
    "land landed lands landing touched touch set",
    "launch launched launches lifted lift took flew blasted",
    "bring brought returned return collected gathered carried",
    "stay stayed stays spent remained",
    "orbit orbited circled",
)
_DEED_OF = {w: n for n, line in enumerate(_DEEDS) for w in line.split()}
_SENTENCE = re.compile(
    r"^(?P<lead>(?:the\s+)?[A-Z][\w-]*(?:\s+\d+[A-Z]?)?(?:['\u2019]s)?(?:\s+(?:LM|CSM|lunar module"
    r"|crew|astronauts))?)\s+(?P<verb>(?:was\s+|were\s+)?[a-z]+(?:\s+(?:down|off|back|up))?)"
    r"(?:\s+(?:on|in|for|about|some|around))?\s+(?P<tail>(?:\d|[A-Z][a-z]+\s+\d).*?)"
    r"(?:\s+(?:back|home|on the moon))?[\s.!]*$"
)


def subject_sentence(q: Question, text: str) -> str | None:
    """The answer of a sentence that names the question's own thing and its deed first:
    '19 November 1969' of 'Apollo 12 landed 19 November 1969', '22 kg' of 'Apollo 11
    returned 22 kg' asked what Apollo 11 brought back (review r582 B: graded wrong, 'Give a
    date', the 12 of Apollo 12 read as a figure); None where the thing is not the question's,
    or the deed another than its ('Apollo 9 landed on 3 March 1969' asked of its launch)."""
    found = _SENTENCE.match(text.strip())
    if found is None:
        return None
    named = re.match(r"(?:the\s+)?[A-Z][\w-]*(?:\s+\d+[A-Z]?)?", found["lead"])  # 'Apollo 12'
    lead = normalise(named[0] if named else "").removeprefix("the ")
    if f" {lead} " not in re.sub(r"['\u2019]s\b", "", f" {normalise(q.prompt)} "):
        return None
    verb = next((w for w in normalise(found["verb"]).split() if w not in ("was", "were")), "")
    asked = {_DEED_OF.get(w) for w in re.findall(r"[a-z]+", normalise(q.prompt))} - {None}
    return found["tail"] if _DEED_OF.get(verb) in asked else None
