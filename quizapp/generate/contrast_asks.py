"""A right answer with a contrast beside it ('but', 'though', 'although', 'even though', 'yet',
'whereas', 'however') is asked again, not marked: what follows the contrast may take the
answer back ('D, though it is A', 'True, but it isn't', 'Kyrgyzstan, though it got no aid',
'Apollo 15, even though it is Apollo 16') or tell something true ('D, but Davy found sodium'),
and no reading of free words tells the two apart for sure. Readings r681-r683 found each new
wording of a take-back credited with the note that the remark was not marked (an unfair
item); asked again, the learner loses nothing and types the answer alone. Not a contrast
inside an option's or the key's own text ('Both are true, but the reason does not explain the
assertion'), nor one that rules out a named other ('B, but not Ed White'), nor a correction
set against what it is not ('not Kyrgyzstan but Tajikistan'); an answer graded wrong stays
wrong."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizapp.generate.question import Question

NOTE = (
    "Give your answer alone: a remark after 'but' or 'though' may take the answer back, "
    "so it is not marked."
)
_CONTRAST = re.compile(
    r"\b(?:though|although|but|yet|whereas|however|even\s+if)\b(?!\s+not\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
_LABEL_FIRST = re.compile(r"^\s*\(?[A-Ha-h1-8]\)?(?:[.,:;)]|\s)")
_NOT_BUT = re.compile(r"^\s*not\s+[^,;()]+?\s*,?\s+but\s+", re.IGNORECASE)
_BUT_NOT_SO = re.compile(r"\b(?:but|though|although)\s+not\s+", re.IGNORECASE)
_NOT_SO = re.compile(r"\bnot\s+(?:really|so|true|right|quite)\b", re.IGNORECASE)  # 'but not really'


SENTENCE_NOTE = "Type the option's letter, or its whole text: that sentence is not the option's."


def contrast_problem(q: Question, response: str, verdict: Callable[[str], str]) -> str | None:
    """NOTE where a response that `verdict` grades right holds a contrast beside its answer;
    SENTENCE_NOTE where it opens as a long option does and then says something else ('In
    October 2015, Russia stopped buying Turkmen gas' for 'In October 2015, Vladimir Putin
    proposed ...': review r681 D, marked on the date alone)."""
    single = q.kind not in ("assertion_reason", "ordering", "matching", "multi_select")
    if single and _other_sentence(response, q.options or []) and verdict(response) == "correct":
        return SENTENCE_NOTE
    said = _without(response, [*(q.options or []), *q.answer, *q.accepted, q.prompt])
    if _NOT_BUT.match(said) or not _CONTRAST.search(said):
        return None
    if q.kind == "assertion_reason" and not _LABEL_FIRST.match(response):
        return None  # 'The assertion is true, ... but it does not explain it': the verdict's words
    if _BUT_NOT_SO.search(said) and not re.search(
        r"\bnot\s+(?:really|so|true|right)\b", said, re.I
    ):
        return None  # 'B (Gus Grissom, but not Ed White)': another ruled out
    return NOTE if verdict(response) == "correct" else None


def _without(text: str, texts: Sequence[str]) -> str:
    """`text` with each of `texts` (an option, the key, the stem) taken out, longest first."""
    for part in sorted({t.strip().rstrip(".") for t in texts if t.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(part), " ", text, flags=re.IGNORECASE)
    return text


def _other_sentence(response: str, options: Sequence[str]) -> bool:
    """Whether the response opens with the first words of a long option and goes on with
    two or more words that option does not hold."""
    said = re.findall(_TOKEN, response.lower())
    texts = [re.findall(_TOKEN, o.lower()) for o in options]
    if any(t and " ".join(t) in " ".join(said) for t in texts):
        return False  # an option's whole text, with or without a remark
    for option in options:
        own = re.findall(_TOKEN, option.lower())
        if len(own) < _LONG:
            continue
        shared = next((n for n in range(min(len(said), len(own)), 0, -1) if said[:n] == own[:n]), 0)
        rest = [w for w in said[shared:] if w not in own]
        if 2 <= shared < len(own) / 2 and len(rest) >= 2:
            return True
    return False


_LONG = 6  # words of an option that is a sentence
_TOKEN = r"[\w'’$%-]+(?:\.\d+)?"
