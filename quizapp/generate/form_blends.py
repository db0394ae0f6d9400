"""An imported card's term typed with the words of two of its forms: 'cocoa liquor' for a
card's 'cocoa mass / chocolate liquor' (review r574 B: graded wrong, though it is the trade's
usual name). A card that gives a term two ways gives two words for its head ('mass',
'liquor') and two for what qualifies it ('cocoa', 'chocolate'): an answer of the same length
whose head is one form's and whose other words are another's names the same thing. Right,
with the card's forms shown. Not for a person's name (another person), nor where a word
comes from no form ('cocoa butter' stays wrong)."""

from __future__ import annotations

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict


def form_blend(q: Question, text: str, imported: bool, person: bool) -> Verdict | None:
    """Right for a blend of the words of two of the card's forms; else None."""
    words = normalise(text).split()
    forms = [normalise(f).split() for f in [*q.answer, *q.accepted]]
    forms = [f for f in forms if len(f) == len(words) and len(f) >= 2]
    if not imported or person or len(words) < 2 or words in forms or len(forms) < 2:
        return None
    for head in (f for f in forms if f[-1] == words[-1]):
        others = [f for f in forms if f[-1] != head[-1]]
        if any(words[:-1] == f[:-1] for f in others):
            shown = " / ".join(list(dict.fromkeys([*q.answer, *q.accepted]))[:3])
            return Verdict("correct", "; ".join(q.answer), f"Right - the card says {shown}.", text)
    return None
