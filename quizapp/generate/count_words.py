"""Words for what a figure counts: people, things, groups; which of them are never one another
(check_measure.py asks again when an answer counts another thing than the key)."""

from __future__ import annotations

from quizapp.generate.led_names import NATIONALITY_WORDS

# things counted that are never one another: a count of one is no answer for a count of
# another ('1 neutron' for one proton). People of the key's group stay the key's ('7,000
# soldiers' for troops, '12 astronauts' for people); another plural noun is asked again.
DISTINCT_COUNTS = (
    frozenset({"proton", "neutron", "electron", "nucleon", "quark", "photon"}),
    frozenset({"atom", "molecule", "ion"}),
)

# people counted: never a share, a sum or a year ('22 million people' for US$22 million)
_PEOPLE_WORDS = "people persons men women troops soldiers migrants workers voters votes users"
PEOPLE = frozenset(f"{_PEOPLE_WORDS} respondents residents citizens inhabitants addicts".split())
# words for anyone, and groups of words for the same people: '7,000 soldiers' for troops,
# '1.5 million addicts' for heroin users; never '1.5 million migrants' for them (review r383 A)
_ANYONE = frozenset({"people", "persons", "individuals", "men"})  # '7,000 men' (r389 C)
_SAME_PEOPLE = (
    frozenset({"troops", "soldiers", "servicemen", "personnel"}),
    frozenset({"migrants", "workers", "labourers", "laborers", "emigrants", "immigrants"}),
    frozenset({"users", "addicts"}),
    frozenset({"respondents", "voters", "votes", "citizens", "residents", "inhabitants"}),
)

# things counted that are never people nor a measure: '24 missions' for a number of people
THINGS = frozenset(
    [
        "missions",
        "flights",
        "landings",
        "orbits",
        "trips",
        "moonwalks",
        "spacewalks",
        "crews",
        "launches",
        "rockets",
        "samples",
        "rocks",
        "stones",
        "pieces",
        "items",
        "times",
        "visits",
        "journeys",
        "voyages",
        "countries",
        "ships",
        "tanks",  # '7,000 tanks' for a number of troops (review r359 E)
        "bases",
        "aircraft",
        "planes",
        "jets",
        "helicopters",
        "vehicles",
        "guns",
        "missiles",
        "dams",
        "projects",
        "companies",
        "cities",
        "towns",
        "satellites",
        *("pairs", "couples", "trios", "teams", "groups", "boxes", "storeys", "floors"),  # r378 C
    ]
)


CREW = frozenset({"astronauts", "cosmonauts", "crewmen", "moonwalkers", "pilots", "men"})
COUNTED = (THINGS | PEOPLE | CREW | {"stages", "engines"}) - {"times"}  # '10 times' asks
_CREW_OR_ANYONE = CREW | {"people", "men"}


def counted_other(rest: list[str], noun: str) -> str | None:
    """A thing counted in the answer's first words that is not the key's own ('5 stages' for
    a number of engines, '10 moonwalks' for orbits), people for people ('12 astronauts' for
    12 people) aside; None when there is none."""
    asked = (noun.split() or [""])[-1]  # a share or a sum counts nothing: '' matches no word
    for word in (w.strip(".,;:!?") for w in rest[:2]):
        same = same_word(word, asked) or same_people(word, asked)
        if word in COUNTED and not same:
            return word
    return None


def other_thing(word: str, noun: str) -> bool:
    """The answer counts another thing than the key's noun, of a kind never taken for it."""
    given, asked = word.rstrip("s"), noun.split()[-1].rstrip("s")
    return given != asked and any(given in g and asked in g for g in DISTINCT_COUNTS)


def same_people(word: str, asked: str) -> bool:
    """Whether `word` counts the people `asked` counts: any people for 'people' ('12
    astronauts', '12 Americans'), 'people' for any people, a word of the same group."""
    if asked in _ANYONE or (asked in _CREW_OR_ANYONE and word in _CREW_OR_ANYONE):
        return word in PEOPLE or word in CREW or word.endswith(("ans", "ers", "ists"))
    people = asked in PEOPLE or asked in CREW or any(asked in g for g in _SAME_PEOPLE)
    return people and (word in _ANYONE or any(word in g and asked in g for g in _SAME_PEOPLE))


def same_word(a: str, b: str) -> bool:
    """One noun, singular or plural: 'troops' and 'troop', 'pennies' and 'pence' (r488 D)."""
    return _one(a) == _one(b)


def slipped_word(a: str, b: str) -> bool:
    """One slip in a noun of four letters or more: 'nucleotids' for nucleotides, 'orbts' for
    orbits, 'scrips' for scripts (reviews r712, r714: asked which measure was meant)."""
    from rapidfuzz.distance import OSA

    a, b = _one(a), _one(b)
    plain = a.isalpha() and b.isalpha()  # words, not units: 'g/cm²' is no slip of 'g/cm³'
    return plain and len(b) >= 4 and a[:1] == b[:1] and OSA.distance(a, b) <= 1  # 'hils' (r724)


def _one(word: str) -> str:
    word = word.lower()
    word = IRREGULAR.get(word, word)
    return f"{word[:-3]}y" if word.endswith("ies") else word.rstrip("s")


IRREGULAR = {
    "pence": "penny",
    "pennies": "penny",
    "feet": "foot",
    "teeth": "tooth",
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "mice": "mouse",
    "geese": "goose",
    "lire": "lira",
    "reais": "real",
}


_HOW_OFTEN = frozenset({"times", "goes", "rounds", "laps"})


def unknown_count(rest: list[str], noun: str) -> str | None:
    """What the answer's first words count when the grader cannot take it for the key's: a
    plural noun of another thing ('2 solar plants', 'two pipelines' for hydroelectric
    projects; reviews r374 A, r380 A), or the key's noun with another kind before it ('2 gas
    projects', '1.5 million cocaine users'; review r386 A): asked again. None when the key's
    noun comes first or with its own kind, a size or a nationality ('2 Russian projects':
    other_subject judges that), or there is none. People for people stay ('12 Americans')."""
    words = []
    for word in rest[:3]:  # the words right after the figure: not '10, over Christmas'
        if word[:1] in ",;:(" or word.strip(".,;:!?") in _AFTER:
            break
        words.append(word.strip(".,;:!?"))
        if word[-1:] in ",;:":
            break
    mods, head = noun.split()[:-1], (noun.split() or [""])[-1]
    people = same_people("people", head)
    for j, word in enumerate(words):
        if same_word(word, head) or same_people(word, head) or word in _HOW_OFTEN:
            other = [m for m in words[:j] if not _kind_of(m, mods)]  # '2 gas projects'
            return f"{other[0]} {word}" if other and mods else None
        if len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith("ss"):
            kind = any(m in mods or m[:5] in {w[:5] for w in mods} for m in words[:j])
            return None if kind and not people else word  # 'hydropower plants', not 'dealers'
    return None


def _kind_of(word: str, mods: list[str]) -> bool:
    """Whether a word before the key's noun may stand in its phrase: one of its own words or
    its stem ('hydro' for hydroelectric), a size or status, a nationality, no word at all."""
    nationality = word in NATIONALITY_WORDS or word.endswith(("ian", "ese", "ish", "ic"))
    if not word.isalpha() or word in _ANY_KIND or nationality:
        return True
    return any(word == m or (len(word) >= 5 and word[:5] == m[:5]) for m in mods)


_ANY_KIND = frozenset(
    {"big", "large", "small", "major", "minor", "new", "old", "planned", "cancelled", "other"}
    | {"scrapped", "such", "separate", "different", "more", "these", "those", "the", "of"}
    | {"drug"}
)
_AFTER = frozenset(
    {"in", "on", "at", "over", "during", "for", "of", "with", "by", "from", "mostly"}
)


def other_count(rest: list[str], noun: str, unit: str | None) -> str | None:
    """What the answer counts when it is not the key's: a count never taken for it ('1
    neutron' for protons), a thing counted ('5 stages' for engines; review r372 C), or a
    plural noun of another thing ('2 solar plants'; review r380 A); None otherwise."""
    word = rest[0].strip(".,;:!?") if rest else ""
    if noun and unit is None and other_thing(word, noun):
        return word
    counted = counted_other(rest, noun or unit or "")
    if counted is None and noun and unit is None:
        return unknown_count(rest, noun)
    return counted
