"""What an imported question asks for, so multiple choice offers like with like.

Answer types alone ('a name') mix a painter into the options for a capital ('What is the
capital of France? Leonardo da Vinci / Rome / Berlin / Paris'). Questions written to one
frame ('What is the capital of ...') ask for the same kind of thing: their answers are each
other's distractors, and only theirs, even when the frame has too few questions for a choice.
A question that shares no long frame with another is grouped by its question word ('who',
'how many', 'in which year'), so people go with people and counts with counts; by the
question word and the word after it where another question opens with both ('who wrote'),
so an author is not offered as a novel's narrator (review r219: 'Who is the narrator of
Moby-Dick?' had joined six 'Who wrote ...?' questions on 'who' alone). A frame never ends in
an article or a word of a name ('In which country is Mount ...' is 'in which country is', so
Fuji goes with Aconcagua; 'Who invented the ...' is 'who invented', with 'Who invented
dynamite?'), and every question asking for a year is one frame: a year is a year (review
r221: five country questions had split three ways, four year questions two ways).
"""

from __future__ import annotations

import re
from collections import Counter

MIN_FRAME = 3  # words a frame has at least ('what is the ...')
QUESTION_WORDS = (
    "how many",
    "how much",
    "how long",
    "how far",
    "how old",
    "in which year",
    "in what year",
    "what year",
    "which year",
)


YEAR_WORDS = frozenset(("in which year", "in what year", "what year", "which year"))
ARTICLES = frozenset(("the", "a", "an"))
AUXILIARIES = frozenset(("is", "was", "are", "were", "does", "did", "do", "has", "have", "had"))


def _words(question: str) -> list[str]:
    return re.findall(r"[\w']+", question.casefold())


def _trimmed(frame: list[str], question: str) -> str:
    """The frame without the articles and words of a name it ends in (two words stay)."""
    raw = re.findall(r"[\w']+", question)
    end = len(frame)
    while end > 2 and (frame[end - 1] in ARTICLES or raw[end - 1][:1].isupper()):
        end -= 1
    return " ".join(frame[:end])


def question_frames(questions: list[str]) -> list[str]:
    """Per question, its frame: the longest opening it shares with another question when that
    is at least half of it, else its question word (or its first word)."""
    words = [_words(q) for q in questions]
    openings = Counter(tuple(w[:k]) for w in words for k in range(2, len(w)))
    frames = []
    for question, w in zip(questions, words, strict=True):
        shared = [k for k in range(MIN_FRAME, len(w)) if openings[tuple(w[:k])] >= 2]
        word = _question_word(w)
        if word in YEAR_WORDS:
            frames.append("year")
        elif shared and 2 * max(shared) >= len(w):
            frames.append(_trimmed(w[: max(shared)], question))
        elif word == w[0] and len(w) > 2 and openings[tuple(w[:2])] >= 2:
            frames.append(" ".join(w[:2]))  # 'who wrote', apart from 'who is'
        elif word in ("which", "what") and len(w) > 2 and w[1] not in AUXILIARIES:
            frames.append(" ".join(w[:2]))  # 'which probe' is no 'which art movement' (r224)
        else:
            frames.append(word)
    return frames


def _question_word(words: list[str]) -> str:
    text = " ".join(words)
    for phrase in QUESTION_WORDS:
        if text == phrase or text.startswith(phrase + " "):
            return phrase
    return words[0] if words else ""
