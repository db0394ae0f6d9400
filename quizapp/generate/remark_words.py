"""How much a remark beside an answer says: a tag ('(Kyrgyzstan)', 'in 2014', 'Kazakh') puts
the answer somewhere or some time, and is read as part of it; a clause ('plus an airbase in
Kyrgyzstan', 'signed in Astana in May 2014', 'after a test and higher fees were introduced')
tells something else, and only a rule that can check it (tie_claims.py) may refuse it (review
r413 A, B: true clauses were refused as if they put the figure elsewhere)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.dates import MONTHS
from quizapp.generate.fact_links import adjectives_of

CLAUSE_WORDS = 2  # words of its own, beyond names, figures and little words, that make a clause


def wordy(text: str, vocabulary: dict[str, str], asked: str = "") -> bool:
    """Whether `text` holds a clause: a word that opens one, a verb's participle, or
    CLAUSE_WORDS or more words that are no name of the deck's, no figure, month or little word
    and none of the question's own (`asked`: '1.5 million heroin users in Tajikistan'). Only
    words in lower case count: 'Sea of Serenity', 'He' (helium) and 'Den Haag' are names."""
    from quizapp.generate.bracket_kinds import names_in  # bracket_kinds asks this module

    said = [w for w in _WORDS.findall(text) if w[:1].islower()]
    rest = f" {' '.join(normalise(w) for w in said)} "
    for name in names_in(" ".join(said), vocabulary):
        rest = rest.replace(f" {name} ", " ")
    tags = set(adjectives_of(vocabulary))  # 'Kazakh migrants': a country's word is a tag
    words = [w for w in rest.split() if w not in _LITTLE | tags and not w[0].isdigit()]
    own = [w for w in words if w not in normalise(asked).split() and len(w) > 2]
    opened = any(w in _OPENERS for w in rest.split())
    # a verb makes a clause even when the question has it: 'Apollo 16 and 17 took rovers too'
    # beside Apollo 15, asked which mission first took one (review r420)
    return opened or len(own) >= CLAUSE_WORDS or any(_PARTICIPLE.fullmatch(w) for w in words)


def told_apart(text: str, vocabulary: dict[str, str], asked: str = "") -> bool:
    """A clause (`wordy`) that claims no leader, owner or holder ('held by the CSTO', 'led by
    China', 'China-led': rules of their own judge those)."""
    return wordy(text, vocabulary, asked) and CLAIMED.search(text) is None


def in_clause(text: str, at: int) -> bool:
    """Whether the phrase at `at` ('in oxygen') sits in an aside after words of the aside's
    own ('(it burns in oxygen)', ', second only to oxygen', '(an ally in the CSTO)'): it tells
    of something the answer does, not whose figure it is (review r447 A, r445 A: each was
    'The question does not ask about oxygen'). '(Kyrgyzstan)', '74% in Kyrgyzstan' are not."""
    before = text[:at]
    opener = max(before.rfind("("), before.rfind(","), before.rfind(";"))
    said = [w for w in _WORDS.findall(before[opener + 1 :]) if not w[0].isdigit()]
    if opener < 0 or CLAIMED.search(" ".join(said)):
        return False  # 'held by the CSTO' puts it to the CSTO (review r395 F)
    return any(normalise(w) not in _LITTLE for w in said)


def verb_before(part: str, name: str) -> bool:
    """Whether a verb or a pronoun comes before `name` in the remark: 'dissolves in mercury',
    'it burns in chlorine' tell what the answer does with another thing, where 'president of
    Kazakhstan' or 'the Kazakh president' put it to that thing (review r447 A)."""
    before = normalise(part).split(normalise(name))[0]
    return any(_VERB.fullmatch(w) for w in _WORDS.findall(before))


_VERB = re.compile(r"it|they|which|that|who|bound|[a-z]{2,}(?:es|ed|ing)|[a-z]{3,}[^s'’]s", re.I)


# a claim of who leads, owns or holds a thing; not where it is based ('Moscow-based': r433 B)
CLAIMED = re.compile(  # 'led by China', 'Russia-led'; not 'had backed up Apollo 11' (r602 A)
    r"\b(?:led|owned|held|run|controlled|backed|dominated)\b(?!\s+up\b)|-led\b", re.IGNORECASE
)
_WORDS = re.compile(r"[^\W_][\w'’.-]*")
# a verb's past: a clause of its own ('Apollo 14 went to Fra Mauro', 'Scott and Irwin drove it')
_PARTICIPLE = re.compile(
    r"[a-z]{3,}ed|signed|held|built|sold|bought|paid|won|led|set|begun|made|sent|given|taken"
    r"|went|took|flew|flown|came|left|saw|drove|rode|brought|became|began|got|gave|found|kept"
)
_LITTLE_TEXT = (
    "the a an of in on at to for from by with and or its it is was are were as than about some "
    "around roughly nearly almost over under just only too per cent percent thousand million "
    "billion"
)
_LITTLE = frozenset(_LITTLE_TEXT.split()) | frozenset(m.lower() for m in MONTHS)
# words that open a clause of their own: 'plus an airbase in Kyrgyzstan', 'while X rose'
_OPENER_TEXT = (
    "plus while whereas after before because since though although but not which who that "
    "when where unlike besides was were is are had has did does he she they we than above "
    "below between him her them"
)
_OPENERS = frozenset(_OPENER_TEXT.split())


def outside_asked_name(prompt: str, keys: set[str], part: str) -> bool:
    """A name added beside the answer that cannot answer the question: it lacks a word the
    question and the key share ('Gemini 4' beside Apollo 9, asked 'Which numbered Apollo
    mission ...?'), so it is a remark, not a second answer (review r462 A)."""
    asked = set(_WORDS.findall(normalise(prompt)))
    unnamed = [k.split() for k in keys if not set(k.split()) <= asked]  # 'Which of A and B'
    shared = {w for k in unnamed for w in k if w.isalpha() and len(w) > 2 and w in asked}
    return bool(shared) and not shared & set(normalise(part).split())
