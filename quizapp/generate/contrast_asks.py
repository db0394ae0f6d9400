"""A contrast beside an answer ('but', 'though', 'although', 'even though', 'yet', 'whereas',
'however'). What follows it may take the answer back ('D, though it is A', 'True, but it
isn't', 'Apollo 15, even though it is Apollo 16', 'Kyrgyzstan, though it got no aid') or tell
something true of another thing ('D, but Davy found sodium', '24, though 3 flew twice'), and
no reading of free words tells the two apart for sure. Readings r681-r683 found each new wording
of a take-back credited with the note that the remark was not marked (an unfair item), r692
true remarks with a second figure or name graded wrong. So where the answer before the contrast
is right by itself, the learner is asked again (losing nothing) when the contrast speaks of the
answer itself (a pronoun for it, a denial, 'right' or 'wrong': 'though it is A') or when the
whole would be graded wrong ('24, though 3 flew twice'); a contrast about another thing beside
a right whole ('D, but Davy found sodium') is marked with the note, as any remark is. Not a
contrast inside an option's, the key's or the stem's own words ('Both are true, but the reason
does not explain the assertion'), one that rules out a named other ('B, but not Ed White') or
a correction set against what it is not ('not Kyrgyzstan but Tajikistan'). A sentence that
opens as a long option does and then says something else is asked again too (review r681 D:
'In October 2015, Russia stopped buying Turkmen gas' was marked on the option's date alone)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizapp.generate.question import Question
from quizapp.generate.tie_claims import named_things
from quizapp.generate.verdict import Verdict

Grade = Callable[[Question, str, dict[str, str]], Verdict]
NOTE = (
    "Give your answer alone: a remark after 'but' or 'though' may take the answer back, "
    "so it is not marked."
)
SENTENCE_NOTE = "Type the option's letter, or its whole text: that sentence is not the option's."
_CONTRAST = re.compile(
    r"\b(?:though|although|but|yet|whereas|however|even\s+if)\b(?!\s+not\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
# a contrast that speaks of the answer itself: a pronoun for it, a denial, a verdict on it
_OF_THE_ANSWER = re.compile(
    r"\b(?:it|it's|its|he|he's|him|his|she|she's|her|they|they're|them|their|this|that|there"
    r"|the\s+answer|the\s+statement|the\s+reason|the\s+evidence|the\s+cause|not|no|never|none|nothing|right|correct|wrong|true|false"
    r"|real)\b|n't\b",
    re.IGNORECASE,
)
# a remark that ranks another thing against the answer: 'though Apollo 16 stayed longer'
_RANKED = re.compile(
    r"\b(?:more|most|less|least|fewer|fewest|first|last|only|[a-z]{2,}est|[a-z]{3,}er\s+than"
    r"|longer|higher|lower|bigger|larger|smaller|heavier|lighter|earlier|later|denser)\b",
    re.IGNORECASE,
)
_LABEL_FIRST = re.compile(r"^\s*\(?[A-Ha-h1-8]\)?(?:[.,:;)]|\s)")
_NOT_BUT = re.compile(r"^\s*not\s+[^,;()]+?\s*,?\s+but\s+", re.IGNORECASE)
_BUT_NOT_SO = re.compile(r"\b(?:but|though|although)\s+not\s+", re.IGNORECASE)
_NOT_SO = re.compile(r"\bnot\s+(?:really|so|true|right|quite)\b", re.IGNORECASE)
_LONG = 6  # words of an option that is a sentence
_NEAR = 0.7  # share of an option's words a response with a slip keeps
_SHORT = 3  # words of a contrast that can only claim the answer ('even though John Young')
_SUBJECT = 3  # first words of a contrast that say what it speaks of
_SMALL = frozenset({"the", "a", "an", "though", "even", "if", "in", "of", "on", "at", "to"})
_TOKEN = r"[\w'’$%-]+(?:\.\d+)?"


def contrast_problem(
    q: Question, response: str, vocabulary: dict[str, str], grade: Grade
) -> str | None:
    """NOTE or SENTENCE_NOTE where the response is to be asked again, else None (`grade`: the
    checker's `check`)."""
    verdict: Callable[[str], str] = lambda t: grade(q, t, vocabulary).verdict  # noqa: E731
    single = q.kind not in ("assertion_reason", "ordering", "matching", "multi_select")
    if single and _other_sentence(response, q.options or []) and verdict(response) == "correct":
        return SENTENCE_NOTE
    masked = _masked(response, [*(q.options or []), *q.answer, *q.accepted, q.prompt])
    found = _CONTRAST.search(masked)
    if found is not None and _near_option(response, found[0], q.options or []):
        return None  # 'All the states but Kyrgyzstan are under authoirtarian rule.' (r691 B)
    if found is None or _NOT_BUT.match(masked):
        return None
    if q.kind == "assertion_reason" and not _LABEL_FIRST.match(response):
        return None  # 'The assertion is true, ... but it does not explain it': the verdict's words
    if _BUT_NOT_SO.search(masked) and not _NOT_SO.search(masked):
        return None  # 'B (Gus Grissom, but not Ed White)': another ruled out
    core = response[: found.start()].rstrip(" ,;:(-\u2013\u2014")
    if not core.strip() or verdict(core) != "correct":
        return None  # the answer before the contrast is graded as it stands
    remark = response[found.start() :]
    if verdict(response) == "correct" and not _of_the_answer(remark, q, vocabulary):
        return None  # 'D, but Davy found sodium': of another thing, marked with the note
    return NOTE


def _of_the_answer(remark: str, q: Question, vocabulary: dict[str, str]) -> bool:
    """Whether a contrast speaks of the answer or of what the question asks about: a pronoun
    for it, a denial or a verdict ('though it is A'), a short claim ('even though John
    Young'), or a subject the stem or the key names ('True, but Apollo 13 came home on 14
    April 1970', 'D, although budgets were growing' beside 'shrinking budgets'); not one that
    names a thing of the deck the question does not, unless it ranks it against the answer or
    qualifies a true/false statement (review r702 C)."""
    if _OF_THE_ANSWER.search(remark):
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", remark.lower())[1:] if w not in _SMALL]
    if len(words) <= _SHORT:
        return True
    said, keys = named_things(remark, vocabulary), named_things(" ; ".join(q.answer), vocabulary)
    if said & keys:
        return True  # 'C, but technetium is in period 6' where C is technetium (review r683)
    other = said - keys - named_things(q.prompt, vocabulary)
    if other and not _RANKED.search(remark) and q.kind != "true_false":
        return False  # 'Gumdrop, though the lander was Spider'; not 'Apollo 11 stayed longest'
    asked = {w[:4] for w in re.findall(r"[a-z0-9]+", " ".join([q.prompt, *q.answer]).lower())}
    return any(w[:4] in asked for w in words[:_SUBJECT])


def _near_option(response: str, word: str, options: Sequence[str]) -> bool:
    """Whether the response is, give or take a slip, an option that holds the contrast word."""
    said = set(re.findall(_TOKEN, response.lower()))
    for option in options:
        own = set(re.findall(_TOKEN, option.lower()))
        if word.lower() in own and len(said & own) >= _NEAR * max(len(own), len(said)):
            return True
    return False


def _masked(text: str, texts: Sequence[str]) -> str:
    """`text` with each of `texts` (an option, the key, the stem) blanked out, longest first,
    each character kept in its place."""
    for part in sorted({t.strip().rstrip(".") for t in texts if t.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(part), lambda m: "x" * len(m[0]), text, flags=re.IGNORECASE)
    return text


def _other_sentence(response: str, options: Sequence[str]) -> bool:
    """Whether the response opens with the first words of a long option and goes on with
    two or more words that option does not hold."""
    said = re.findall(_TOKEN, response.lower())
    texts = [re.findall(_TOKEN, o.lower()) for o in options]
    if any(t and " ".join(t) in " ".join(said) for t in texts):
        return False  # an option's whole text, with or without a remark
    for own in texts:
        if len(own) < _LONG:
            continue
        shared = next((n for n in range(min(len(said), len(own)), 0, -1) if said[:n] == own[:n]), 0)
        rest = [w for w in said[shared:] if w not in own]
        if 2 <= shared < len(own) / 2 and len(rest) >= 2:
            return True
    return False
