"""An imported card's answer in an everyday form the card does not list (review r584 A: each
was graded wrong): '1 knot' for Knot ('one knot' was right), 'Mainsheet' for Sheet ('Main
sheet' was right) and 'Portside' for Port, 'Queen Victoria St' for Queen Victoria Street,
'130 Queen Victoria Street' (a number before a street is its address), and 'a gybe' or 'Run'
for a card's Gybing or Running (the manoeuvre's noun for its -ing form).

Each is read again in the form the checks know, and graded as that: so 'Mainsheet' is right
where 'Main sheet' is, and 'Mainland' stays as wrong as 'Main land' is for Sheet's card. A
word's -ing form is its noun only where the word is no noun of its own in -ing ('building',
'painting' and 'ring' name other things than 'build', 'paint' and 'r')."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.dates import MONTHS
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_STREETS = {"st": "street", "rd": "road", "ave": "avenue", "sq": "square", "ln": "lane"}
_STREET = re.compile(rf"\b({'|'.join(_STREETS)})\.?(?=,|\s|$)", re.IGNORECASE)
_HOUSE = re.compile(r"^\s*(?:no\.?\s*)?\d+[a-z]?,?\s+(?=\D)", re.IGNORECASE)
_ONE = re.compile(r"^\s*1\s+(?=[^\W\d_])")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
MIN_PART = 3  # letters of each part of a closed compound
# -ing words that are nouns of their own, not the action of their stem
_ING_WORDS = (
    "building painting ceiling wedding evening morning clothing lightning ring king thing "
    "string spring wing sing bring sibling darling pudding herring shilling farthing stocking "
    "bearing rigging lashing planking coaming bunting awning lining setting"
)
_ING_NOUNS = frozenset(_ING_WORDS.split())


def everyday_form(
    q: Question, text: str, grade: Callable[[str], Verdict], imported: bool
) -> Verdict | None:
    """The verdict on the answer read in a known form, where that is right; else None."""
    if not imported or not q.answer:
        return None
    if (month := _month_within(q, text)) is not None:
        return month
    if (town := _town_of_placed_key(q, text) or _name_after_place(q, text)) is not None:
        return town
    for reading in _readings(text, [*q.answer, *q.accepted]):
        verdict = grade(reading)
        if verdict.verdict == "correct":
            return Verdict("correct", verdict.expected, verdict.note, normalise(text))
    return _stem_of_ing(q, text)


def _readings(text: str, keys: list[str]) -> list[str]:
    out = []
    if _ONE.match(text):
        out.append(_ONE.sub("a ", text))  # '1 knot' as 'a knot'
    if any(re.search(r"\b(?:street|road|avenue|square|lane)\b", k, re.I) for k in keys):
        spelt = _STREET.sub(lambda m: _STREETS[m[1].lower()], text)
        out += [spelt, _HOUSE.sub("", spelt)]  # 'Queen Victoria St', '130 ... Street'
    word = normalise(text)
    if " " not in word:
        for key in (normalise(k) for k in keys if " " not in k.strip() and len(k) > MIN_PART):
            cut = len(word) - len(key)
            if word.endswith(key) and word[:cut] in _COMPOUNDING:
                out.append(f"{word[:cut]} {key}")  # 'mainsheet' as 'main sheet'
            elif word.startswith(key) and word[len(key) :] in _COMPOUNDING:
                out.append(f"{key} {word[len(key) :]}")  # 'portside' as 'port side'
    return [r for r in dict.fromkeys(out) if normalise(r) != normalise(text)]


# the words a closed compound is made with: never a suffix ('Beryllium' is no 'beryl lium',
# 'Quartzite' no 'quartz ite', 'Carbonate' no 'carbon ate': review r644 A)
_COMPOUND_WORDS = """
side sheet main line board ship way man men land point work yard house room wood stone light
water ball hand foot head back fore top down out over under sail mast deck stern bow port
star fly bird fish horse dog cat tree flower field
"""
_COMPOUNDING = frozenset(_COMPOUND_WORDS.split())


def _stem_of_ing(q: Question, text: str) -> Verdict | None:
    """Right for the stem of a card's one -ing word as its noun ('a gybe' for Gybing)."""
    said = _ARTICLE.sub("", normalise(text))
    for key in (normalise(k) for k in [*q.answer, *q.accepted]):
        if " " in key or not key.endswith("ing") or len(key) < 6 or key in _ING_NOUNS:
            continue
        stem = key[:-3]
        stems = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
        if said in stems:
            return Verdict(
                "correct", "; ".join(q.answer), f"Right - the card says {q.answer[0]}.", text
            )
    return None


# words that put a day or a part within the month: 'the first Sunday in November', 'early Nov'
_WITHIN_WORDS = (
    "early mid late middle start end beginning of the in on a first second third fourth last "
    "monday tuesday wednesday thursday friday saturday sunday weekend week each every usually "
    "always held around"
)
_WITHIN = frozenset(_WITHIN_WORDS.split())


def _month_within(q: Question, text: str) -> Verdict | None:
    """Right for an imported card's month said more finely or short ('the first Sunday in
    November', 'early November', 'Nov' for November: review r594 C), with no other month."""
    key = normalise(q.answer[0])
    if len(key) <= 3 or key not in MONTHS:
        return None
    words = re.findall(r"[a-z]+", normalise(text).replace("mid-", "mid "))
    months = [MONTHS[w] for w in words if w in MONTHS]
    rest = [w for w in words if w not in MONTHS]
    if months != [MONTHS[key]]:
        return None
    if not all(w in _WITHIN for w in rest) or normalise(text) == key:
        return None
    note = f"Right - the card says {q.answer[0]}."
    return Verdict("correct", "; ".join(q.answer), note, normalise(text))


def _town_of_placed_key(q: Question, text: str) -> Verdict | None:
    """Right for the place of a card's 'Aigle, Switzerland' typed without its country (review
    r614 B: 'Aigle' was wrong, the card's answer read as one name)."""
    from quizapp.generate.place_names import COUNTRIES
    from quizapp.generate.us_states import US_STATES

    for key in [*q.answer, *q.accepted]:  # or its state: 'Springfield, Massachusetts' (r654 B)
        place, _, country = key.rpartition(",")
        held = normalise(country) in COUNTRIES | US_STATES
        if place and held and normalise(text) == normalise(place):
            note = f"Right - the card says {key}."
            return Verdict("correct", "; ".join(q.answer), note, normalise(text))
    return None


def _name_after_place(q: Question, text: str) -> Verdict | None:
    """Right for a card's 'Chicago Bulls' typed without its city ('Bulls', 'the Bulls'; review
    r654 C); never a place's own generic word ('City' of Mexico City)."""
    from quizapp.generate.place_names import WHOLE_PLACE_NAMES

    said = normalise(text).removeprefix("the ")
    for key in q.answer:
        words = normalise(key).split()
        for cut in (1, 2):
            place, rest = " ".join(words[:cut]), " ".join(words[cut:])
            named = place in WHOLE_PLACE_NAMES and rest == said and rest not in _PLACE_WORDS
            if named and len(words) > cut:
                return Verdict(
                    "correct", "; ".join(q.answer), f"Right - the card says {key}.", said
                )
    return None


_PLACE_WORDS = frozenset({"city", "town", "state", "island", "islands", "bay", "river", "lake"})
