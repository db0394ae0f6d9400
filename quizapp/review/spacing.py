"""Spacing inside a session: which question may follow which.

- No two questions on one fact, or on sibling facts, within WINDOW questions: siblings share
  subject and relation ("Russia leads on security" / "Russia leads on trade") or relation
  and object ("Kyrgyzstan lies in Central Asia" / "Tajikistan lies in Central Asia"). The
  second would be answered from the first one's feedback, or feel like the same question.
- Never a question right after one whose answer it shows (as an option or in its text):
  feedback saying "China" must not be followed by "China leads on security?".
Otherwise the queue's order is kept. When every candidate conflicts (a short deck, the last
few learning cards), the first one that is not on the last question's fact is taken, so a
session always finishes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence

from quizapp.facts.model import Deck
from quizapp.facts.normalise import normalise
from quizapp.facts.outline import DeckOutline
from quizapp.generate.question import Question
from quizapp.review.forms import choose
from quizapp.store.records import CardState

WINDOW = 3  # questions: a fact's family is not asked again within this many
TRIVIAL = {"true", "false"}

Key = tuple[str, ...]


class Spacer:
    probe = False  # first sights asked unguessably for half the facts (forms.choose)
    check = False  # interday reviews too (review.guess_check)

    def __init__(self, deck: Deck | DeckOutline) -> None:
        # a fact's keys are worked out when first asked for: a session asks a few hundred
        # facts of a deck that may hold 10k (all of them at start was a twentieth of it)
        self._facts = {f.id: f for f in deck.facts}
        self._keys: dict[str, set[Key]] = {}

    def keys(self, fact_id: str) -> set[Key]:
        found = self._keys.get(fact_id)
        if found is None:
            f = self._facts.get(fact_id)
            if f is None:
                return {("fact", fact_id)}
            found = {("fact", f.id), ("subject", f.subject, f.relation)}
            if (object_id := f.object_id) is not None:
                found.add(("object", f.relation, object_id))
            self._keys[fact_id] = found
        return found

    def family(self, question: Question) -> set[Key]:
        out: set[Key] = set()
        for fact_id in question.fact_ids:
            out |= self.keys(fact_id)
        return out

    def pick(
        self,
        ready: Iterable[str],
        items_of: Callable[[str], list[Question]],
        cards: dict[str, CardState],
        recent: Sequence[Question],
        rng: random.Random,
    ) -> tuple[str, Question] | None:
        """The first ready fact (and its question) that keeps the spacing rules. `ready` is
        read only as far as needed (the session passes a generator: the facts after the one
        picked are never tested for readiness)."""
        near: set[Key] = set()
        for asked in recent:
            near |= self.family(asked)
        last = recent[-1] if recent else None
        last_facts = set(last.fact_ids) if last is not None else set()
        first: str | None = None
        fallback: str | None = None  # the first one not on the last question's fact
        for fact_id in ready:
            if first is None:
                first = fact_id
            if fallback is None and fact_id not in last_facts:
                fallback = fact_id
            if self.keys(fact_id) & near:
                continue
            question = choose(items_of(fact_id), cards.get(fact_id), rng, self.probe, self.check)
            if question is None or self.family(question) & near:
                continue
            if last is not None and gives_away(last, question):
                continue
            return fact_id, question
        if first is None:
            return None
        fact_id = first if fallback is None else fallback
        question = choose(items_of(fact_id), cards.get(fact_id), rng, self.probe, self.check)
        return (fact_id, question) if question is not None else None


def gives_away(before: Question, after: Question) -> bool:
    """Whether `after` shows the answer of `before` (as an option, or in its text)."""
    text = normalise(" ".join([after.prompt, *(after.options or []), *(after.left or [])]))
    for answer in before.answer:
        for part in answer.split(" → "):
            key = normalise(part)
            if key and key not in TRIVIAL and whole_word_in(key, text):
                return True
    return False


def whole_word_in(key: str, text: str) -> bool:
    r"""Whether `key` occurs in `text` with no word character right before or after it: what
    `re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text)` finds (a word character is one
    `str.isalnum` accepts, or "_"), without compiling a pattern for every answer asked."""
    start, size = text.find(key), len(key)
    while start >= 0:
        end = start + size
        if not (start and _wordy(text[start - 1])) and not (end < len(text) and _wordy(text[end])):
            return True
        start = text.find(key, start + 1)
    return False


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_"
