"""The gate on negative stems: "Which is NOT ...?" and "none of the above" test reading, not
knowing (review rubric), so no item asks that way, nor offers an option that does. An imported
card's question is the author's own and is judged only as far as it asks (`_asking_part`)."""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.stem_gates import question_card
from quizapp.generate.text_cues import cue

NEGATIVE = re.compile(r"\b(not|never|except)\b|n't\b|none of the above|all of the above", re.I)


def no_negative(q: Question, ix: DeckIndex) -> str | None:
    # the standard assertion-reason choices ("... does not explain ...") are fixed wording,
    # checked word for word by the argument gate
    fixed = q.kind == "assertion_reason"
    texts = [_asking_part(q, ix), *([] if fixed else q.options or [])]
    return "negative stem or all/none of the above" if any(map(_negative, texts)) else None


_RELATIVE = re.compile(r"\s(?:in |on |at |by |with |of |for )?(?:which|that|who|whom|where|when)\s")


def _asking_part(q: Question, ix: DeckIndex) -> str:
    """The stem as far as it asks. An imported card's question is the author's own: a "not" in
    its description ('a position in which the player to move has no legal move and is not in
    check') is what it asks about, never a "which is NOT" (review r444 E: the stalemate card had
    no item at all); a recalled or rated answer is the author's card whatever its wording, and
    a choice among options drops only a question whose asking words are negative ('Which of
    these is not a noble gas?': the deck's other answers may all fit)."""
    if not question_card(q, ix):
        return q.prompt
    if q.options is None:
        return ""
    return _RELATIVE.split(q.prompt, maxsplit=1)[0]


@lru_cache(maxsize=65536)
def _negative(text: str) -> bool:
    """Kept per text: the argument kinds offer the deck's sentences again and again (every
    draft of an item, the assertion-reason balance's count), long ones the pattern reads whole."""
    return _negative_cue(text)


_negative_cue = cue(NEGATIVE, "not", "never", "except", "n't", "of the above")
