"""A company's name with its legal form or the word 'company' around it names the company.

'Gazprom PJSC', 'OAO Gazprom', 'the Gazprom company' and 'Gazprom Group' all name Gazprom: the
legal form (PJSC, OAO, JSC, plc, Inc ...) and the words 'company', 'group' or 'corporation' say
what kind of thing it is, not which one (review 9401 #48 refused all but 'OAO Gazprom'). Only
these words are taken off, at either end, and only where the key is a company; an owner before
the name ('Russia's Gazprom') names another entity and is left to the deck's aliases.

A place the deck names, after the name or before it, says where the company is or works, not
which one: 'Gazprom Kyrgyzstan' (its Kyrgyz arm runs the network), 'Gazprom (Russia)', 'Gazprom
of Russia' name Gazprom (review r212 #51 refused the first two).
"""

from __future__ import annotations

from quizapp.facts.normalise import normalise
from quizapp.generate.led_names import LEADING

LEGAL_FORMS = frozenset(
    {"pjsc", "ojsc", "jsc", "oao", "pao", "zao", "ao", "ooo", "llc", "ltd", "plc", "inc"}
    | {"sa", "ag", "nv", "gmbh", "corp", "corps", "co"}
)
KIND_WORDS = frozenset({"company", "group", "corporation", "firm", "concern"})
# a part of the company that does the work: 'a Gazprom subsidiary' (review r429 C)
_PARTS = frozenset({"subsidiary", "unit", "arm", "affiliate", "division", "branch"})
# what a company is, said with its name: 'the gas giant Gazprom', 'state-owned Gazprom', 'the
# Russian energy giant Gazprom' (review r232 refused the first); trade words and what a big
# firm is called, never a word that could name another company
DESCRIPTORS = frozenset(
    {"giant", "major", "monopoly", "monopolist", "producer", "supplier", "exporter", "operator"}
    | {"gas", "oil", "energy", "natural", "state", "state-owned", "state-controlled", "state-run"}
    | {"national", "the", "a", "an", "owned", "controlled", "run"}
)
_AROUND = LEGAL_FORMS | KIND_WORDS | _PARTS
# what an organisation is, said after its name: 'the CSTO military alliance' (the briefing's
# own phrase), 'the CSTO alliance', 'the EEU bloc' name the CSTO and the EEU (review r222 #60)
BODY_NOUNS = frozenset(
    {"alliance", "bloc", "union", "organisation", "organization", "grouping", "forum", "pact"}
    | {"treaty", "body", "commonwealth", "group", "agreement", "partnership"}
)
BODY_ADJECTIVES = frozenset(
    {"military", "economic", "security", "political", "trade", "customs", "defence", "defense"}
    | {"regional", "eurasian", "russia-led", "russian-led", "loose"}
)


def company_readings(
    text: str, accepted: set[str], places: frozenset[str] = frozenset()
) -> list[str]:
    """The answer without legal forms, kind words and the deck's places at its ends, when what
    is left is an accepted name."""
    given = normalise(text)
    name, _, after = given.partition(",")  # 'Gazprom, the gas giant'
    if after and all(w.strip(".") in DESCRIPTORS | _AROUND for w in after.split()):
        given = name
    words = [w.strip(".,()") for w in given.split()]
    for n, word in enumerate(words[:3]):  # 'a subsidiary of Gazprom', "Gazprom's unit"
        if word in _PARTS and n + 1 < len(words) and words[n + 1] == "of":
            words = words[n + 2 :]
            break
        if word in _PARTS and n > 0 and words[n - 1].endswith(("'s", "’s")):
            words = [*words[: n - 1], words[n - 1][:-2], *words[n + 1 :]]
            break
    while True:
        before = len(words)
        while words and words[-1] in _AROUND:
            words.pop()
        while len(words) > 1 and (words[0] in _AROUND or words[0] in DESCRIPTORS):
            words.pop(0)
        words = _without_places(words, places)
        if len(words) == before or not words:
            break
    left = " ".join(words)
    if left in accepted and left != normalise(text):
        return [left]
    formless = {_formless(a): a for a in accepted}  # 'Apple' for 'Apple Corps' (review r674 C)
    return [formless[left]] if left in formless and formless[left] != left else []


def _formless(name: str) -> str:
    """A name without the legal form at its end: 'apple corps' -> 'apple'."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,") in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def _without_places(words: list[str], places: frozenset[str]) -> list[str]:
    """One place name taken off the end ('... kyrgyzstan', '... of russia') or the start."""
    for place in places:
        n = len(place.split())
        if len(words) > n and " ".join(words[-n:]) == place:
            rest = words[:-n]
            return rest[:-1] if len(rest) > 1 and rest[-1] in ("of", "in") else rest
        if len(words) > n and " ".join(words[:n]) == place:
            return words[n:]
        if len(words) > 1 and n == 1 and _demonym(words[0], place):
            return words[1:]  # 'Russian Gazprom'
    return words


def _demonym(word: str, place: str) -> bool:
    """'russian' for Russia, 'kyrgyz' for Kyrgyzstan: the place's first five letters, and an
    adjective's ending or none (never the place itself: that is taken as a name above)."""
    return (
        len(place) >= 5 and word[:5] == place[:5] and word != place and len(word) <= len(place) + 3
    )


def body_readings(text: str, accepted: set[str]) -> list[str]:
    """An organisation's name with what it is said after it ('the CSTO military alliance'),
    when the name left is an accepted one; nothing else is taken off."""
    words = normalise(text).split()
    led = _led_in_middle(words)
    if led is not None:
        return [led]
    if len(words) < 2 or words[-1].strip(".,") not in BODY_NOUNS:
        return []
    words.pop()
    if len(words) > 1 and words[-1] in BODY_ADJECTIVES:
        words.pop()
    left = " ".join(words).rstrip(",")
    plain = " ".join(w.strip(".,()") for w in words)
    if plain in accepted:
        return [plain]
    # 'Collective Security Treaty Organisation (CSTO) military alliance', "Russia's CSTO
    # military alliance" (review r254): the name left is graded as a name of its own
    return [left] if left.endswith(")") or "'s " in left else []


_ARTICLES = frozenset({"the", "a", "an"})


def _led_in_middle(words: list[str]) -> str | None:
    """'the CSTO military alliance led by Russia' read as 'CSTO led by Russia', a led name the
    vocabulary knows or not (review r392 C); None when no body noun stands before 'led by'."""
    for i in range(1, len(words) - 2):
        if words[i] in BODY_NOUNS and words[i + 1] in LEADING and words[i + 2] == "by":
            start = i - 1 if i > 1 and words[i - 1] in BODY_ADJECTIVES else i
            kept = [w for w in words[:start] if w not in _ARTICLES]
            return " ".join([*kept, *words[i + 1 :]]) if kept else None
    return None


def described_readings(text: str, vocabulary: dict[str, str]) -> list[str]:
    """An organisation's name with what it is said before it or after a comma: 'the military
    alliance CSTO', 'the trade bloc EEU', 'the EEU, a Russia-led trade bloc' (review r255). The
    description's words must all say what the body is; an 'X-led' among them counts only where
    the deck says X leads it ('the EEU, a China-led trade bloc' stays wrong)."""
    given = normalise(text)
    name, comma, after = given.partition(", ")
    if comma and _describes(after.split(), name, vocabulary):
        return [name]
    words = given.split()
    for i, word in enumerate(words):  # 'the military alliance csto': the noun, then the name
        if word in BODY_NOUNS and 0 < i < len(words) - 1:
            rest = " ".join(words[i + 1 :])
            return [rest] if _describes(words[: i + 1], rest, vocabulary) else []
    return []


def _describes(words: list[str], name: str, vocabulary: dict[str, str]) -> bool:
    """Words that only say what the body `name` is: articles, body adjectives, a led form the
    deck vouches for, ending in a body noun."""
    words = [w for w in words if w not in _ARTICLES]
    if not words or words[-1] not in BODY_NOUNS:
        return False
    for word in words[:-1]:
        leader, dash, verb = word.rpartition("-")
        vouched = dash and verb in ("led", "backed") and f"{leader}-led {name}" in vocabulary
        if word not in BODY_ADJECTIVES | BODY_NOUNS and not vouched:
            return False
    return True
