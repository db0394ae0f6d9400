"""What an imported question asks for, so multiple choice offers like with like.

Answer types alone ('a name') mix a painter into the options for a capital ('What is the
capital of France? Leonardo da Vinci / Rome / Berlin / Paris'). Questions written to one
frame ('What is the capital of ...') ask for the same kind of thing: their answers are each
other's distractors, and only theirs, even when the frame has too few questions for a choice.
A question that shares no long frame with another is grouped by its question word ('who',
'how many', 'in which year'), so people go with people and counts with counts; by the
question word and the word after it where another question opens with both ('who wrote'),
so an author is not offered as a novel's narrator (review r219: 'Who is the narrator of
Moby-Dick?' had joined six 'Who wrote ...?' questions on 'who' alone).
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


def _words(question: str) -> list[str]:
    return re.findall(r"[\w']+", question.casefold())


def question_frames(questions: list[str]) -> list[str]:
    """Per question, its frame: the longest opening it shares with another question when that
    is at least half of it, else its question word (or its first word)."""
    words = [_words(q) for q in questions]
    openings = Counter(tuple(w[:k]) for w in words for k in range(2, len(w)))
    frames = []
    for w in words:
        shared = [k for k in range(MIN_FRAME, len(w)) if openings[tuple(w[:k])] >= 2]
        word = _question_word(w)
        if shared and 2 * max(shared) >= len(w):
            frames.append(" ".join(w[: max(shared)]))
        elif word == w[0] and len(w) > 2 and openings[tuple(w[:2])] >= 2:
            frames.append(" ".join(w[:2]))  # 'who wrote', apart from 'who is'
        else:
            frames.append(word)
    return frames


def _question_word(words: list[str]) -> str:
    text = " ".join(words)
    for phrase in QUESTION_WORDS:
        if text == phrase or text.startswith(phrase + " "):
            return phrase
    return words[0] if words else ""
