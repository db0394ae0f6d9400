"""Remarks whose role or mission a reader cannot pin on one name, left unjudged (review r592 A:
44 right answers graded wrong, each beside a true remark on the crew): 'Aldrin, the LMP, landed
with Armstrong' gave the LMP to Armstrong; 'Young, the commander, had flown Apollo 10' made
Young Apollo 10's commander; 'Scott was command module pilot, and later commanded Apollo 15'
gave Apollo 15 to the answer. A remark that names a role beside two people, or tells of
another time ('had flown', 'later', 'before'), says too much for a word-by-word reading: it
is left unjudged, the answer marked alone, and the learner told the remark was not marked.
A remark of one name and one role in one time ('Swigert, the CMP') is judged as before."""

from __future__ import annotations

import re

from quizapp.generate.question import Question

_OTHER_TIME = re.compile(
    r"\b(?:had|later|earlier|afterwards|previously|before|once|went on|would|then)\b", re.I
)


def unsure_tie(part: str, people: int, role: str | None) -> bool:
    """Whether a remark with a role names two people or tells of another time."""
    return role is not None and (people > 1 or _OTHER_TIME.search(part) is not None)


def own_thing(q: Question, part: str) -> bool:
    """Whether the remark brings a thing of its own ('and an airbase in Kyrgyzstan')."""
    asked = set(re.findall(r"[a-z]+", q.prompt.lower()))
    return any(m[1] not in asked for m in re.finditer(r"\b(?:an?|another)\s+([a-z]{3,})", part))
