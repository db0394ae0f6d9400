"""How near two imported answers are in subject, read from the words of their cards (review
r444 D: a deck of chess and weather cards offered Luke Howard, who named the clouds, among
three chess players, and castling among the tropopause and the sea breeze: the one option of
the question's subject gave the key away).

An imported card is a question and an answer, with no facts linking it to others. Its words
tell its subject: the chess cards share 'chess', 'champion', 'match'; the weather cards 'air',
'wind', 'cloud', 'scale'. Each answer's card is a vector of its words (question and answer,
cut to their stems, the words of one card or of more than half the deck left out, each
weighted by how rare it is), widened by the cards it shares words with (so a card that
shares no word with another answer of its frame still leans towards its own subject through
the rest of the deck), and two answers are as near as their widened vectors' cosine. Multiple
choice offers only the near ones of the like answers (mcq.py), the nearest first
(option_forms.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from quizapp.generate.index import DeckIndex

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP_WORDS = (
    "the and for was were are is what which who whom how when where why did does do has have "
    "had its his her their this that these those with from into onto than then there been "
    "being about after before over under called name named known one two first"
)
_STOP = frozenset(_STOP_WORDS.split())
Vector = dict[str, float]
ROUNDS = 1  # widenings: a card leans towards the cards it shares words with
PULL = 2  # how much nearer another subject's answer must be to claim a candidate
NEAR = 0.1  # a nearness below this is no sign of one subject
MAX_CARDS = 2000  # more answers than this keep the draw among like answers alone (its cost)


def subject_pool(ix: DeckIndex, key_id: str, candidates: list[str]) -> list[str]:
    """The candidates to offer beside an imported card's key: where some are near the key in
    subject, those alone (too few of them and the item is dropped: the rest would be of
    another subject, each ruled out at sight); where none is, all of them, but none where the
    others fall into subjects (the card is asked in its other forms). Any other deck's
    candidates as they are (its facts link its entities already)."""
    steps = _steps(ix, key_id, candidates)
    if steps is None:
        return candidates
    if not steps[1]:  # tied to no other card, where others fall into subjects: what is
        # offered may be of another subject ('Flying buttress' among mushroom terms: r464 I)
        return [] if steps[2] else candidates
    return [c for c, step in zip(candidates, steps[0], strict=True) if step < 0]


def subject_order(ix: DeckIndex, key_id: str, candidates: list[str]) -> list[int] | None:
    """Each candidate's place by subject (lower first) beside an imported card's key, or None
    for another deck. The nearest first; where none is near (a card whose words no other card
    shares, such as 'Who gave clouds Latin names?'), the least tied to the others first: three
    close-knit chess players would leave the key alone in its subject, where loosely tied ones
    are as likely to share it."""
    steps = _steps(ix, key_id, candidates)
    return None if steps is None else steps[0]


def _steps(
    ix: DeckIndex, key_id: str, candidates: list[str]
) -> tuple[list[int], bool, bool] | None:
    """(each candidate's place, whether any is near the key, whether, none being near, some
    are near each other: the answers fall into subjects, where a deck of capitals, each card
    with words of its own, has none), or None for another deck."""
    vectors = _answers(ix)
    if vectors is None or key_id not in vectors:
        return None
    key = vectors[key_id]
    near = {c: _cosine(key, vectors.get(c, {})) for c in candidates}
    if max(near.values(), default=0.0) < NEAR:
        ties = [_tie(vectors, c, candidates) for c in candidates]
        return [_step(x) for x in ties], False, max(ties, default=0.0) >= NEAR
    far = {c for c in candidates if near[c] < NEAR}
    pulled = {c for c in candidates if _pulled(vectors, c, near[c], far)}
    places = [-_step(near[c]) if near[c] >= NEAR and c not in pulled else 1 for c in candidates]
    return places, True, True


def _pulled(vectors: dict[str, Vector], c: str, nearness: float, far: set[str]) -> bool:
    """A candidate faintly near the key but twice as near one far from it: of that other
    subject ('Ring of Fire' beside the ostrich, pulled to the lahar, review r448 F)."""
    own = vectors.get(c, {})
    return any(_cosine(own, vectors.get(o, {})) >= PULL * nearness for o in far if o != c)


def _tie(vectors: dict[str, Vector], c: str, candidates: list[str]) -> float:
    """How near `c` is to the nearest other candidate."""
    own = vectors.get(c, {})
    return max((_cosine(own, vectors.get(o, {})) for o in candidates if o != c), default=0.0)


def _step(x: float) -> int:
    """A nearness in tenths, at least 1 (0 stays for none): within a tenth, the draw decides."""
    return max(1, int(x * 10)) if x > 0 else 0


def _answers(ix: DeckIndex) -> dict[str, Vector] | None:
    """Every imported answer's vector (the sum of its cards' widened vectors), worked out once
    per deck; None for a deck with facts that are no imported cards, or too many."""
    if "_topic_vectors" in ix.__dict__:
        found: dict[str, Vector] | None = ix.__dict__["_topic_vectors"]
        return found
    answers: dict[str, Vector] | None = None
    cards = _card_words(ix)
    if cards is not None and len(cards) <= MAX_CARDS:
        vectors = _weighted(cards)
        for _ in range(ROUNDS):
            vectors = _widen(vectors)
        answers = defaultdict(dict)
        for fact in ix.deck.facts:
            if fact.object_id is not None:
                summed = answers[fact.object_id]
                for w, x in vectors[fact.id].items():
                    summed[w] = summed.get(w, 0.0) + x
        answers = dict(answers)
    ix.__dict__["_topic_vectors"] = answers
    return answers


def _card_words(ix: DeckIndex) -> dict[str, list[str]] | None:
    """The words of each card (its question and its answer's names, or its figure's question
    alone: it links the cards around it), by fact; None where the deck has facts that are no
    imported cards."""
    words: dict[str, list[str]] = {}
    for fact in ix.deck.facts:
        if not ix.relations[fact.relation].subject_is_question:
            return None
        said = ix.entities[fact.subject].name
        if fact.object_id is not None:
            said += " " + " ".join(ix.entities[fact.object_id].all_names())
        words[fact.id] = _words(said)
    return words


def _words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text.casefold()):
        word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if word not in _STOP:
            out.append(_stem(_stem(word)))
    return out


_SUFFIXES = ("ations", "ation", "ings", "ing", "ical", "ic", "al", "es", "ed", "e", "o", "y")
STEM = 4  # letters a word keeps at least when its ending is cut


def _stem(word: str) -> str:
    """A word without one ending: 'volcanoes', 'volcano' and 'volcanic' come to 'volcan' in
    two cuts (review r448 F: read as three words), 'office' and 'official' stay apart."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM:
            return word[: -len(suffix)]
    return word


def _weighted(cards: dict[str, list[str]]) -> dict[str, Vector]:
    """Each card's words weighted by rarity (log n/df), without the words of one card only or
    of more than half of them (they link nothing, or everything)."""
    n = len(cards)
    df = Counter(w for words in cards.values() for w in set(words))
    weight = {w: math.log(n / d) for w, d in df.items() if 2 <= d <= n / 2}
    return {c: {w: weight[w] for w in set(words) if w in weight} for c, words in cards.items()}


def _widen(vectors: dict[str, Vector]) -> dict[str, Vector]:
    """Each vector plus the vectors of the cards it shares words with, each by its cosine."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for card, vector in vectors.items():
        for w in vector:
            by_word[w].append(card)
    out: dict[str, Vector] = {}
    for card, vector in vectors.items():
        wide = dict(vector)
        for other in {o for w in vector for o in by_word[w]} - {card}:
            share = _cosine(vector, vectors[other])
            for w, x in vectors[other].items():
                wide[w] = wide.get(w, 0.0) + share * x
        out[card] = wide
    return out


def _cosine(a: Vector, b: Vector) -> float:
    if not a or not b:
        return 0.0
    dot = sum(x * b[w] for w, x in a.items() if w in b)
    return dot / math.sqrt(sum(x * x for x in a.values()) * sum(x * x for x in b.values()))
