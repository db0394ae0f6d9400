"""The words of a typed name or phrase, as check_text.py compares them: content words in
any order, the head noun, a phrase's head, words in order, the figures inside, and a
transliteration-blind fold of a Russian name; and the deck's head nouns, worked out once."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from quizapp.facts.normalise import normalise

TINY = 3  # acronyms and other answers this short must be exact (SCO vs CSO, EU vs EEU)
SHORT = 6  # answers up to this many characters allow one typo, longer ones two
SMALL_WORDS = frozenset({"a", "an", "the", "and", "of", "in", "on", "for", "to", "with", "by"})
# a key with one of these is a phrase, not a noun with modifiers: it has no single head noun
PHRASE_WORDS = SMALL_WORDS - {"a", "an", "the"} | {"at", "from", "rather", "than", "that"}
PHRASE_WORDS |= {"which", "who", "without", "or", "not", "no", "about"}
_SPLIT = re.compile(r"[^\w%$]+")


@lru_cache(maxsize=16384)
def content_words(text: str) -> tuple[str, ...]:
    """Sorted content words, plural -s dropped: 'the investment and trade' -> investment, trade;
    an 'a' listed among other letters is one ('A, D, E and K': review r476 D)."""
    said = normalise(text)
    listed = _LETTER_LIST.match(said) is not None
    words = [w for w in _SPLIT.split(said) if w and (w not in SMALL_WORDS or (listed and w == "a"))]
    return tuple(sorted(stem(w) for w in words))


_LETTER_LIST = re.compile(r"^a\s*,\s*[a-z]\b")  # 'a, d, e and k': a list of letters


def stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=16384)
def head_noun(name: str) -> str | None:
    """'ethnic Russians' -> 'russian'. None for one word, a phrase, more than three words, or
    a proper name ('Central Asia' is not 'Asia', nor 'Russian Federation' 'Federation')."""
    raw = [w for w in _SPLIT.split(name) if w]
    words = [w for w in _SPLIT.split(normalise(name)) if w]
    if not 2 <= len(words) <= 3 or any(w in PHRASE_WORDS for w in words):
        return None
    if len(raw) != len(words) or any(w[:1].isupper() for w in raw[:-1]) or "-" in name:
        return None  # a proper name, or a compound modifier ("permit-free work")
    head = stem(words[-1])
    return head if len(head) >= 4 else None


@lru_cache(maxsize=16384)
def phrase_head(name: str) -> str:
    """The word a name is about: the last before any 'of', 'on', 'rather than'... ."""
    words = [w for w in _SPLIT.split(normalise(name)) if w and w not in ("a", "an", "the")]
    for i, w in enumerate(words):
        if w in PHRASE_WORDS and i > 0:
            return stem(words[i - 1])
    return stem(words[-1]) if words else ""


Heads = dict[str, set[str]]
PLACE_KINDS = frozenset({"country", "region", "place", "city", "state"})


@dataclass(frozen=True)
class VocabularyTables:
    """What grading reads of a deck's whole vocabulary, built once per vocabulary: head nouns
    and one-word names -> the entities they could mean, how many entities each kind has, and
    the names of places."""

    heads: Heads
    kinds: Counter[str]
    places: frozenset[str]


_TABLES: dict[int, tuple[dict[str, str], VocabularyTables]] = {}


def entity_kind(entity: str) -> str:
    """The kind in a vocabulary value 'kind:id' (a bare id is its own kind)."""
    return entity.split(":", 1)[0]


def vocabulary_tables(vocabulary: dict[str, str]) -> VocabularyTables:
    """The tables of `vocabulary` (kept while that very dict is in use)."""
    cached = _TABLES.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1]
    heads: Heads = {}
    for name, entity in vocabulary.items():
        for h in (head_noun(name), stem(name) if " " not in name else None):
            if h:
                heads.setdefault(h, set()).add(entity)
    kinds = Counter(entity_kind(e) for e in set(vocabulary.values()))
    places = frozenset(n for n, ref in vocabulary.items() if entity_kind(ref) in PLACE_KINDS)
    if len(_TABLES) > 16:
        _TABLES.clear()
    tables = VocabularyTables(heads, kinds, places)
    _TABLES[id(vocabulary)] = (vocabulary, tables)
    return tables


def enough_left(name: str, words: tuple[str, ...]) -> bool:
    """What is left of a name once the stem's words are dropped still names it: any part of
    a common phrase ("rocky" for "rocky planet" asked as a type of planet), but of a proper
    name, its head and at least one other word ("Conclusions on the EU-Central Asia
    Strategy", not "Council" or "Federation")."""
    parts = [p for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", normalise(name)) if p.strip()]
    if len(parts) > 1 and any(not set(p.split()) & set(words) for p in parts):
        return False  # 'Hudson River' for 'The Hudson River and Lake Erie' (review r664 D)
    proper = any(w[:1].isupper() for w in _SPLIT.split(name) if w)
    coded = len(words) == 1 and re.fullmatch(r"[a-z]\d{0,2}", words[0]) is not None  # 'D', 'B1'
    return not proper or coded or (phrase_head(name) in words and len(words) >= 2)  # (r476 A)


def transliteration_fold(name: str) -> str:
    """A transliteration-blind form of a proper name: 'Mirziyoev', 'Mirziyoyev', 'Mirzijojev'
    and 'Mirzioev' are one Russian name written by different rules."""
    for a, b in _TRANSLITERATION:
        name = name.replace(a, b)
    for pattern, spelt in _TRANSLITERATED_ENDS:
        name = pattern.sub(spelt, name)
    return name


# Russian-to-Latin spellings that differ by convention only (iotated vowels, digraphs); the
# fold never touches letter order, so a swapped pair stays a spelling slip (a near miss)
_TRANSLITERATION = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("iy", "i"),
    ("yo", "o"),
    ("ye", "e"),
    ("yu", "u"),
    ("ya", "a"),
    ("k", "c"),  # and Greek's kappa: 'Kronos', 'Cronus'; 'Herakles', 'Heracles' (review r624 D)
)


# and by position: 'Dmitry'/'Dmitri', 'Mendeleev'/'Mendeleyev'/'Mendeleiev'/'Mendelejev'/
# 'Mendeleef' (review r494 F: told to mind the spelling)
_TRANSLITERATED_ENDS = (
    (re.compile(r"(?<=[a-z])y\b"), "i"),
    (re.compile(r"(?<=[aeiou])[iyj](?=e)"), ""),
    (re.compile(r"(?<=e)f\b"), "v"),
    (re.compile(r"(?<=[a-z]{3})os\b"), "us"),  # 'Kronos', 'Cronus'
)

_FIGURE = re.compile(r"[-+]?\d[\d.,]*")


def figures_in(text: str) -> list[str]:
    """The figures of a text in order, with their signs."""
    return _FIGURE.findall(normalise(text))


@lru_cache(maxsize=16384)
def ordered_words(text: str) -> tuple[str, ...]:
    """The words of a text in order, small words but articles kept, plural -s dropped."""
    words = _SPLIT.split(normalise(text))
    return tuple(stem(w) for w in words if w and w not in ("a", "an", "the"))


# British and American spellings of one word: centre/center, colour/color, organise/organize,
# programme/program (each rule applied to the answer and the key alike)
_SPELLINGS = (
    # a word's usual short form: 'Collective Security Treaty Org' (review r353 G)
    (re.compile(r"\borg\b"), "organization"),
    (re.compile(r"\bintl\b"), "international"),
    (re.compile(r"\bgovt\b"), "government"),
    (re.compile(r"\bassn\b"), "association"),
    (re.compile(r"\bdept\b"), "department"),
    (re.compile(r"\becon\b\.?"), "economic"),  # 'Eurasian Econ. Union' (review r389 D)
    (re.compile(r"(?<=[bcdfghkmnpstvz])re\b"), "er"),
    (re.compile(r"(?<=\w\w)our(ed|ing|s|ful)?\b"), r"or\1"),  # 'coloured' (review r663)
    (re.compile(r"\bgrey"), "gray"),  # 'grey whale' (review r684 A)
    (re.compile(r"\bfaeroe"), "faroe"),
    (re.compile(r"\bsulphur"), "sulfur"),
    (re.compile(r"\baluminium\b"), "aluminum"),
    (re.compile(r"(?<=\w)yse\b"), "yze"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"(?<=\w\w\w)is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),
    (re.compile(r"(?<=\w)mme\b"), "m"),
    (re.compile(r"(?<=\w)ogue\b"), "og"),
)


@lru_cache(maxsize=16384)
def spelling_fold(text: str) -> str:
    """One spelling for British and American forms: 'kennedy space centre' -> '... center'."""
    for pattern, american in _SPELLINGS:
        text = pattern.sub(american, text)
    return text
