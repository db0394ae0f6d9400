"""Grading a typed name or phrase by the meaning of its words, not only by spelling.

In order, after normalising (NFKC, case, accents, dashes, quotes, leading articles):
1. the key, an alias or the source's own phrase (`source_phrase`) -> correct;
2. another name of the same entity in the deck, including its metonyms ("Moscow" for Russia)
   -> correct; a name of a *different* entity -> wrong, however close the spelling;
3. the same content words in any order, ignoring small words and plural -s ("investment and
   trade") -> correct;
4. the key without words the question already says ("rocky" for "rocky planet" when asked
   what type of planet; of a proper name, at least its head and one more word:
   "Conclusions on the EU-Central Asia Strategy" when the stem says "Council") -> correct;
5. the head noun of a short entity name whose other words are lower case ("Russians" for
   "ethnic Russians", but not "Asia" for "Central Asia"), when the entity is the only one of
   its kind in the deck, no other entity has that head noun or name, and the question does
   not already say it -> correct;
6. the key or an alias with one or two qualifiers before its head ("Sunni Islam" for "Islam",
   "crude oil" or "oil and natural gas" for "oil and gas", "military airbase"), when no
   qualifier changes what it names (north, former, non-, a number...) or names another entity
   of the deck ("Chinese gas": China), and the deck has no other entity whose name is the key
   with words before it (no "North Korea" for "Korea" where the deck has "South Korea")
   -> correct;
7. a small edit distance from any of these forms (1 for short answers, 2 for longer; answers
   of three letters or fewer must be exact) -> near miss, unless another name in the deck is
   as close (Iran/Iraq) -> wrong. Substrings never count.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.check_forms import faith_adjective, faith_readings, person_readings
from quizapp.generate.person_names import PERSON_KINDS, formal_name_readings
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

TINY = 3  # acronyms and other answers this short must be exact (SCO vs CSO, EU vs EEU)
SHORT = 6  # answers up to this many characters allow one typo, longer ones two
SMALL_WORDS = frozenset({"a", "an", "the", "and", "of", "in", "on", "for", "to", "with", "by"})
# a key with one of these is a phrase, not a noun with modifiers: it has no single head noun
_PHRASE_WORDS = SMALL_WORDS - {"a", "an", "the"} | {"at", "from", "rather", "than", "that"}
_PHRASE_WORDS |= {"which", "who", "without", "or", "not", "no", "about"}
_SPLIT = re.compile(r"[^\w%$]+")


@lru_cache(maxsize=16384)
def content_words(text: str) -> tuple[str, ...]:
    """Sorted content words, plural -s dropped: 'the investment and trade' -> investment, trade."""
    words = [w for w in _SPLIT.split(normalise(text)) if w and w not in SMALL_WORDS]
    return tuple(sorted(_stem(w) for w in words))


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=16384)
def head_noun(name: str) -> str | None:
    """'ethnic Russians' -> 'russian'. None for one word, a phrase, more than three words, or
    a proper name ('Central Asia' is not 'Asia', nor 'Russian Federation' 'Federation')."""
    raw = [w for w in _SPLIT.split(name) if w]
    words = [w for w in _SPLIT.split(normalise(name)) if w]
    if not 2 <= len(words) <= 3 or any(w in _PHRASE_WORDS for w in words):
        return None
    if len(raw) != len(words) or any(w[:1].isupper() for w in raw[:-1]) or "-" in name:
        return None  # a proper name, or a compound modifier ("permit-free work")
    head = _stem(words[-1])
    return head if len(head) >= 4 else None


@lru_cache(maxsize=16384)
def phrase_head(name: str) -> str:
    """The word a name is about: the last before any 'of', 'on', 'rather than'... ."""
    words = [w for w in _SPLIT.split(normalise(name)) if w and w not in ("a", "an", "the")]
    for i, w in enumerate(words):
        if w in _PHRASE_WORDS and i > 0:
            return _stem(words[i - 1])
    return _stem(words[-1]) if words else ""


Heads = dict[str, set[str]]
_HEADS: dict[int, tuple[dict[str, str], Heads, Counter[str]]] = {}


def _kind(entity: str) -> str:
    """The kind in a vocabulary value 'kind:id' (a bare id is its own kind)."""
    return entity.split(":", 1)[0]


def _heads(vocabulary: dict[str, str]) -> tuple[Heads, Counter[str]]:
    """Head nouns and one-word names of the deck -> the entities they could mean; and how
    many entities each kind has."""
    cached = _HEADS.get(id(vocabulary))
    if cached is not None and cached[0] is vocabulary:
        return cached[1], cached[2]
    heads: Heads = {}
    for name, entity in vocabulary.items():
        for h in (head_noun(name), _stem(name) if " " not in name else None):
            if h:
                heads.setdefault(h, set()).add(entity)
    kinds = Counter(_kind(e) for e in set(vocabulary.values()))
    if len(_HEADS) > 16:
        _HEADS.clear()
    _HEADS[id(vocabulary)] = (vocabulary, heads, kinds)
    return heads, kinds


def _enough_left(name: str, words: tuple[str, ...]) -> bool:
    """What is left of a name once the stem's words are dropped still names it: any part of
    a common phrase ("rocky" for "rocky planet" asked as a type of planet), but of a proper
    name, its head and at least one other word ("Conclusions on the EU-Central Asia
    Strategy", not "Council" or "Federation")."""
    proper = any(w[:1].isupper() for w in _SPLIT.split(name) if w)
    return not proper or (phrase_head(name) in words and len(words) >= 2)


_PAIRED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
_LONG_FORM = re.compile(r"^(?:the )?(?:republic|federation|kingdom|state) of (?:the )?")


def _fold(name: str) -> str:
    """A transliteration-blind form of a proper name: 'Mirziyoev', 'Mirziyoyev', 'Mirzijojev'
    and 'Mirzioev' are one Russian name written by different rules."""
    for a, b in _TRANSLITERATION:
        name = name.replace(a, b)
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
)


def check_text(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    verdict = _check_text(q, text, expected, vocabulary)
    if verdict.verdict == "correct":
        return verdict
    numbered = _numbered(q, text, expected)
    if numbered is not None:
        return numbered
    near = None
    for other in _rewordings(q, text, vocabulary):  # 'President Mirziyoyev', 'the Muslim faith'
        reworded = _check_text(q, other, expected, vocabulary)
        if reworded.verdict == "correct":
            return Verdict("correct", expected, understood=normalise(text))
        formal = other in formal_name_readings(text)
        if formal and reworded.verdict == "near_miss" and near is None:
            near = reworded  # 'Walter Shirra Jr.': a typo in the name, not another name
    return near if near is not None and verdict.verdict == "wrong" else verdict


def _rewordings(q: Question, text: str, vocabulary: dict[str, str]) -> list[str]:
    """Other readings of the answer (check_forms.py, person_names.py): a person's name without
    the title or role before it, or without its suffix and middle initials; a faith's name
    without 'faith' or 'religion' after it."""
    accepted = {normalise(a) for a in [*q.answer, *q.accepted]} - {""}
    kinds = {_kind(vocabulary[a]) for a in accepted if a in vocabulary}
    out = faith_readings(text, accepted)
    if "religion" in kinds and " " not in text.strip():
        out += faith_adjective(text, accepted)  # 'Islamic' for Islam
    if kinds & PERSON_KINDS:  # 'President Mirziyoyev'; 'Walter M. Schirra Jr.'
        out += person_readings(text, accepted)
        out += formal_name_readings(text)
    return out


def _check_text(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    paired = _PAIRED.match(text.strip())
    if paired:  # 'Eurasian Economic Union (EEU)', as the source prints a name and its acronym
        return _check_paired(q, paired["outer"], paired["inner"], expected, vocabulary)
    return _check_one(q, text, expected, vocabulary)


def _check_paired(
    q: Question, outer: str, inner: str, expected: str, vocabulary: dict[str, str]
) -> Verdict:
    """Both parts name the key, or one does and the other names nothing else in the deck."""
    verdicts = [_check_one(q, part, expected, vocabulary) for part in (outer, inner)]
    right = [v for v in verdicts if v.verdict == "correct"]
    other = [
        v for v in verdicts if v.verdict == "wrong" and normalise(v.understood or "") in vocabulary
    ]
    if right and not other:
        return Verdict("correct", expected, understood=normalise(f"{outer} ({inner})"))
    if not other and any(v.verdict == "near_miss" for v in verdicts):
        return next(v for v in verdicts if v.verdict == "near_miss")
    return Verdict("wrong", expected, understood=normalise(f"{outer} ({inner})"))


def _check_one(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    given = normalise(text)
    long_form = _LONG_FORM.sub("", given)
    if long_form != given and long_form:  # 'Republic of Kazakhstan', 'the Russian Federation'
        inner = _check_one(q, long_form, expected, vocabulary)
        if inner.verdict == "correct":
            return Verdict("correct", expected, understood=given)
    if not given:
        return Verdict("wrong", expected, "No answer given.")
    names = [*q.answer, *q.accepted]
    accepted = {normalise(a) for a in names} - {""}
    if given in accepted:
        return Verdict("correct", expected, understood=given)
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    if given in vocabulary:
        if vocabulary[given] in keys:
            return Verdict("correct", expected, understood=given)
        return Verdict("wrong", expected, "That is another name in the deck.", given)
    folded = _fold(given)
    if any(w[:1].isupper() for w in names for w in w.split()) and len(folded) >= 4:
        same = {normalise(n) for n in names if _fold(normalise(n)) == folded}
        rivals = [n for n, e in vocabulary.items() if e not in keys and _fold(n) == folded]
        if same and not rivals:
            return Verdict("correct", expected, understood=given)
    words = content_words(given)
    if words and _by_meaning(q, words, given, accepted, keys, vocabulary):
        return Verdict("correct", expected, understood=" ".join(words))
    stem_words = set(content_words(q.prompt))
    if any(_qualified(given, n, stem_words, keys, vocabulary) for n in [*q.answer, *q.accepted]):
        note = f"Right - the deck's answer is {q.answer[0]}."  # the qualifier is not checked
        return Verdict("correct", expected, note, understood=given)
    return _spelling(q, given, words, accepted, vocabulary, expected)


def _by_meaning(
    q: Question,
    words: tuple[str, ...],
    given: str,
    accepted: set[str],
    keys: set[str],
    vocabulary: dict[str, str],
) -> bool:
    stem_words = set(content_words(q.prompt))
    for name in [*q.answer, *q.accepted]:
        key_words = content_words(name)
        if words == key_words and _numbers(given) == _numbers(name):
            return True  # words in any order, but figures in theirs: not "-100 to 0" for 0 to 100
        missing = Counter(key_words) - Counter(words)
        extra = Counter(words) - Counter(key_words)
        if not extra and missing and set(missing) <= stem_words and _enough_left(name, words):
            return True
    if len(keys) != 1:
        return False  # a described value ("carbon dioxide"), not a named thing: no head nouns
    heads, kinds = _heads(vocabulary)
    if kinds[_kind(next(iter(keys)))] > 1:
        return False  # "rule" cannot tell "authoritarian rule" from the deck's other regimes
    for name in [*q.answer, *q.accepted]:
        head = head_noun(name)
        said = head in stem_words  # "planet" for "rocky planet" when asked what type of planet
        if head is not None and not said and (given == head or _stem(given) == head):
            rivals = heads.get(head, set()) - keys
            if not rivals:
                return True
    return False


_FIGURE = re.compile(r"[-+]?\d[\d.,]*")


def _numbers(text: str) -> list[str]:
    """The figures of a text in order, with their signs."""
    return _FIGURE.findall(normalise(text))


# words that, put before a name, make it another thing rather than a kind of it
_NOT_A_KIND_WORDS = """north south east west northern southern eastern western central upper
lower greater lesser inner outer former ex old new future past late early non anti pseudo quasi
fake false mock not no other another different more less most least few fewer many some several
all half semi sub post pre neo proto zero only first second third last next previous
one two three four five six seven eight nine ten dozen"""
_NOT_A_KIND = frozenset(_NOT_A_KIND_WORDS.split())


@lru_cache(maxsize=16384)
def _ordered(text: str) -> tuple[str, ...]:
    """The words of a text in order, small words but articles kept, plural -s dropped."""
    words = _SPLIT.split(normalise(text))
    return tuple(_stem(w) for w in words if w and w not in ("a", "an", "the"))


def _qualified(
    given: str, name: str, stem_words: set[str], keys: set[str], vocabulary: dict[str, str]
) -> bool:
    """`given` is `name` with one or two qualifiers before its words ("Sunni Islam", "oil and
    natural gas"), none of which makes it another thing or names another entity of the deck."""
    g, k = _ordered(given), _ordered(name)
    if not k or not g or g[-1] != k[-1] or len(g) - len(k) not in (1, 2):
        return False
    extras: list[int] = []
    j = 0
    for i, w in enumerate(g):  # the key's words in order, the rest are qualifiers
        if j < len(k) and w == k[j]:
            j += 1
        else:
            extras.append(i)
    if j != len(k) or len(extras) != len(g) - len(k):
        return False
    first = next(i for i, w in enumerate(g) if i not in extras)
    person = any(_kind(e) in PERSON_KINDS for e in keys)  # a middle name: 'Johann Gottfried Galle'
    inside = any(i > first for i in extras)
    if inside and not person and any(w[:1].isupper() for w in name.split()[1:]):
        return False  # a word inside a proper name names another thing: 'Eurasian Customs Union'
    for i in extras:
        word = g[i]
        if i + 1 >= len(g) or not (g[i + 1] in k or i + 1 in extras) or g[i + 1] in SMALL_WORDS:
            return False  # a qualifier stands right before the word it qualifies
        if not word.isalpha() or len(word) < 3 or word in _NOT_A_KIND:
            return False
        if word in SMALL_WORDS or word in _PHRASE_WORDS:
            return False
        if _names_other_entity(word, stem_words, keys, vocabulary):
            return False
    for other, entity in vocabulary.items():
        words = _ordered(other)
        rival = entity not in keys and len(words) > 1 and words[-1] == k[-1]
        if rival and any(g[i] in words[:-1] for i in extras):
            return False  # "ice gas giant": the word that makes the ice giant another type
        before = len(words) - len(k) - 1
        if before >= 0 and words[before + 1 :] == k and words[before] not in SMALL_WORDS:
            return False  # the deck names qualified forms itself: "Johann Galle", "South Korea"
    return True


def _names_other_entity(
    word: str, stem_words: set[str], keys: set[str], vocabulary: dict[str, str]
) -> bool:
    """A qualifier that is another entity's one-word name, or its adjective ("Chinese" for
    China, "Kazakh" for Kazakhstan), unless the question itself names that entity."""
    for other, entity in vocabulary.items():
        if entity in keys or " " in other or len(other) < 4:
            continue
        same = _stem(other) == word or (len(word) >= 4 and other[:4] == word[:4])
        if same and not any(s[:4] == word[:4] for s in stem_words):
            return True
    return False


def _spelling(
    q: Question,
    given: str,
    words: tuple[str, ...],
    accepted: set[str],
    vocabulary: dict[str, str],
    expected: str,
) -> Verdict:
    forms = accepted | {" ".join(content_words(a)) for a in accepted}
    best = min(OSA.distance(given, a) for a in forms) if forms else 99
    if words and any(_numbers(given) == _numbers(a) for a in accepted):
        # sorted content words forgive word order, never the order of figures ("100 to 0")
        best = min(best, min(OSA.distance(" ".join(words), a) for a in forms))
    allowed = 0 if len(given) <= TINY else 1 if len(given) <= SHORT else 2
    if best > allowed:
        return Verdict("wrong", expected, understood=given)
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    rivals = [name for name, entity in vocabulary.items() if entity not in keys]
    if any(OSA.distance(given, name, score_cutoff=best) <= best for name in rivals):
        return Verdict("wrong", expected, "That is closer to another name in the deck.", given)
    return Verdict(
        "near_miss", expected, f"Close enough - mind the spelling: {q.answer[0]}.", given
    )


# a numbered name: 'Apollo 16', 'Soyuz 11', 'Luna 2' (a name, then a number under 100)
_NUMBERED_KEY = re.compile(r"^(?P<name>[a-z][a-z ]*?) (?P<n>\d{1,2})$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_UNITS += " fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_SPELLED = {w: i for i, w in enumerate(_UNITS.split())}
_SPELLED |= {w: 20 + 10 * i for i, w in enumerate(_TENS.split())}


def _roman(text: str) -> int | None:
    """'xvi' -> 16; None for a malformed numeral ('iiii', 'vx')."""
    values = [_ROMAN[c] for c in text]
    total = sum(-a if a < b else a for a, b in zip(values, [*values[1:], 0], strict=True))
    return total if 0 < total < 100 and _to_roman(total) == text else None


def _to_roman(n: int) -> str:
    out = ""
    for value, numeral in ((90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix")):
        while n >= value:
            out, n = out + numeral, n - value
    for value, numeral in ((5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _spelled(text: str) -> int | None:
    """'sixteen' -> 16, 'twenty-one' or 'twenty one' -> 21."""
    words = text.replace("-", " ").split()
    if len(words) == 1:
        return _SPELLED.get(words[0])
    if len(words) == 2 and _SPELLED.get(words[0], 1) % 10 == 0 and words[0] in _TENS:
        unit = _SPELLED.get(words[1])
        return _SPELLED[words[0]] + unit if unit is not None and 0 < unit < 10 else None
    return None


def _number_of(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _roman(text) if set(text) <= set(_ROMAN) else _spelled(text)


def _numbered(q: Question, text: str, expected: str) -> Verdict | None:
    """A numbered name given another way: 'Apollo XVI', 'Apollo Sixteen', 'Apollo-16',
    'apollo16' for Apollo 16 -> correct; the bare number ('16', 'XVI') -> correct when the
    question already names the series ('Which Apollo mission...'), else a near miss (the
    deck may number other things). Another number is never right."""
    given = normalise(text)
    prompt = normalise(q.prompt)
    for key in [*q.answer, *q.accepted]:
        m = _NUMBERED_KEY.match(normalise(key))
        if m is None:
            continue
        name, number = m["name"], int(m["n"])
        named = given.startswith(name)
        rest = given[len(name) :].strip(" -") if named else given
        if not rest or _number_of(rest) != number:
            continue
        if named or re.search(rf"\b{re.escape(name)}\b", prompt):
            return Verdict("correct", expected, understood=f"{name} {number}")
        note = f"Right number - the full name is {q.answer[0]}."
        return Verdict("near_miss", expected, note, understood=given)
    return None
