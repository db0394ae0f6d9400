"""A year or a figure beside a right answer, checked against what the deck gives the question's
things (reviews r406 A, r408 A): 'Marguerite Perey (1937)' or 'Perey, who discovered it in
1925' of francium (found 1939), 'Daniel Rutherford (1766)' of nitrogen (1772), '14 K (boils at
33)' of hydrogen (20 K) are false; 'Perey (1939)', '14 K (boils at 20)' are true.

A figure is read as a claim about one of the thing's facts when the remark names the relation
('discovered', 'boils', 'protons'); a year also when the thing has one date only and the year
lies within fifteen years of it. A year further off may date something the deck does not hold
(Perey was born in 1909), and a figure with no word of what it is may count anything; both are
left as they were.
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.facts.physical import convert
from quizapp.generate import units
from quizapp.generate.dates import MONTHS
from quizapp.generate.figure_labels import rough_stem
from quizapp.generate.full_lists import DATED, Spans, dated

_CODED = re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z]?\b")
_DIFFERENCE = re.compile(
    r"\s*(?:above|below|over|under|more|less|higher|lower|hotter|colder|warmer|cooler|short of)"
    r"\b",
    re.IGNORECASE,
)
WITHIN = 15  # years either side of a thing's only date within which a bare year dates it


def figure_told(
    q_text: str,
    part: str,
    vocabulary: dict[str, str],
    anchors: dict[str, str],
    cues: str,
    bare: bool = True,
) -> tuple[bool, str] | None:
    """(True, '') when the figure in `part` is one the deck gives the fact it names; (False,
    why) when it is not; None when `part` holds no such figure or names nothing the deck has.
    `q_text` is the question and its key, whose own figures are no remark; `anchors` the
    things they name ('kind:id' to the name used); `cues` the words that may name the fact;
    with `bare` off, a year that names no fact may confirm the thing's only date, never refute
    it ('before 1970')."""
    asked = set(_FIGURE.findall(q_text.replace(",", "")))
    part = _SMALL.sub(lambda m: str(SMALL_NUMBERS[m[0].lower()]), part)  # 'eight engines'
    part = _DAY.sub("", _CODED.sub(" ", part))  # 'F-1 engines' (r438 C), '1 January' (r591 C)
    said = [m for m in _MEASURED.finditer(part.replace(",", "")) if m["figure"] not in asked]
    if len(said) != 1 or _DIFFERENCE.match(part[said[0].end() :]):
        return None  # '2.5 K above its melting point' is a difference (review r447 B)
    figure, unit = float(said[0]["figure"]), _unit(said[0]["unit"] or "")
    # 'point' names no fact: 'the melting point is -71 °C' is no boiling point (review r435 B)
    cued = {stem(w) for w in re.findall(r"[a-z]+", cues.lower())} - _NO_CUES  # (review r491 C)
    refuted = None
    for anchor, name in anchors.items():
        facts = dated(vocabulary, anchor)
        named = {r: fact for r, fact in facts.items() if {stem(w) for w in r.split("-")} & cued}
        guessed = not named and _year_near(figure, facts, vocabulary)  # 'Perey (1937)'
        if not unit and _names_more(cues, q_text, name):  # 'Stafford, a Gemini 6 veteran
            continue  # (1965)': a year may date the other thing the answer names (r446 A)
        if guessed:
            named = {r: fact for r, fact in facts.items() if fact[0] == "y"}
        for relation, (kind, spans) in named.items():
            if kind == "y" and (unit or not figure.is_integer() or not 1000 <= figure <= 2100):
                continue  # 'seven months after its launch' dates nothing
            if kind != "y" and not unit and _dated(figure, part):
                continue  # 'first flown in 1967' counts no engines (review r430 C)
            held = _held(said[0]["figure"], unit, kind)
            if held is None:
                continue  # '371 K' beside a melting point in °C the units cannot relate
            if any(lo <= held[1] and held[0] <= hi for lo, hi in spans):
                return True, ""
            if bare or not guessed:  # a year read as a date only confirms, with `bare` off
                refuted = refuted or (name, relation, spans, kind.partition(":")[2])
    if refuted is None:
        return None
    name, relation, spans, own = refuted
    given = " or ".join(f"{(lo + hi) / 2:g}" for lo, hi in spans)  # each reading's own figure
    gives = f"The deck gives {name} ({relation.replace('-', ' ')}) {given}{f' {own}' * bool(own)}"
    return False, f"{gives}, not {said[0][0].strip()}."


def _unit(said: str) -> str:
    """The word after a figure as a unit ('cm3' as cm³); '' for a linking word ('2015 with
    Kazakhstan': review r481 C)."""
    return "" if said.lower() in _LINKING else _POWERS.sub(_power, said)


def _dated(figure: float, part: str) -> bool:
    """A year said as one: 'in 1967', 'since 2014'."""
    year = figure.is_integer() and 1000 <= figure <= 2100
    months = "|".join(MONTHS)  # 'in December 1968', '21 December 1968' (review r466 A)
    said = rf"\b(?:(?:in|since|from|until|by)\s+|(?:{months})\.?\s+){int(figure)}\b"
    return year and re.search(said, part, re.IGNORECASE) is not None


def _in_unit(figure: float, unit: str, kind: str) -> float | None:
    """The figure in the fact's unit ('371 K' as 97.85 where the fact is in °C); None when
    the remark's unit cannot be put in it."""
    target = kind.partition(":")[2]
    if not unit or kind == "y" or not target or unit == target:
        return figure
    return convert(figure, unit, target) if units.canonical(unit) else figure


def _year_near(
    figure: float, facts: dict[str, tuple[str, Spans]], vocabulary: dict[str, str]
) -> bool:
    """Whether `figure` is a year near the one date every dated fact of the thing gives, each
    a date the deck gives many things of ('discovery-year', 'launched-on'): a country's one
    dated event ('since 2004' beside Tajikistan) says nothing of what a bare year dates."""
    years = {spans for kind, spans in facts.values() if kind == "y"}
    dated = [r for r, (kind, _) in facts.items() if kind == "y"]
    if not (figure.is_integer() and 1000 <= figure <= 2100) or len(years) != 1:
        return False
    if any(_dated_count(vocabulary.get(DATED, ""), r) < SYSTEMATIC for r in dated):
        return False
    return any(lo - WITHIN <= figure <= hi + WITHIN for lo, hi in years.pop())


SYSTEMATIC = 3  # things a relation dates before a bare year beside one of them reads as it


@cache
def _dated_count(joined: str, relation: str) -> int:
    return sum(1 for entry in filter(None, joined.split("|")) if entry.split(">")[1] == relation)


def stem(word: str) -> str:
    """figure_labels' rough stem cut to five letters, so that 'discovered' meets 'discovery',
    'boils' 'boiling-point' and 'protons' 'proton-count'; '' for a short word."""
    word = rough_stem(word)
    return word[:5] if len(word) >= 4 else ""


@cache
def _cue_stems(joined: str) -> frozenset[str]:
    relations = {entry.split(">")[1] for entry in filter(None, joined.split("|"))}
    return frozenset(s for r in relations for w in r.split("-") if (s := stem(w)))


def naming_word(word: str, vocabulary: dict[str, str]) -> bool:
    """Whether `word` names one of the deck's relations with a figure ('discovered', 'boils')."""
    return bool(stem(word)) and stem(word) in _cue_stems(vocabulary.get(DATED, ""))


_POWERS = re.compile(r"\s+|(?<=[a-z])[23]\b")  # 'cm3' is cm³, '° C' is °C


def _power(found: re.Match[str]) -> str:
    return {"2": "²", "3": "³"}.get(found[0], "")


_SMALL_WORDS = "zero one two three four five six seven eight nine ten eleven twelve"
SMALL_NUMBERS = {w: n for n, w in enumerate(_SMALL_WORDS.split())}
_SMALL = re.compile(rf"\b(?:{'|'.join(SMALL_NUMBERS)})\b", re.IGNORECASE)
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?")
# a figure and the unit after it, if any: '98 °C', '371 K', '0.97 g/cm3', '1937'
_LINKING_WORDS = "with in and or of on at by for from to as the a an was is were are when after "
_LINKING = frozenset((_LINKING_WORDS + "before since until while than but not").split())
_MEASURED = re.compile(r"(?P<figure>-?\d+(?:\.\d+)?)\s*(?P<unit>°\s*[CFK]\b|[A-Za-z][\w/³²]*)?")


def _names_more(answer: str, q_text: str, name: str) -> bool:
    """Whether the answer names something the question and its key do not, besides `name`: a
    capitalised word ('a Gemini 6 veteran', 'a year after Sputnik')."""
    said = set(re.findall(r"[^\W\d_][\w'’-]*", f"{q_text} {name}"))
    named = [w for w in re.findall(r"[^\W\d_][\w'’-]+", answer) if w[:1].isupper()]
    return any(w not in said and w.lower().rstrip(".") not in MONTHS for w in named)


def _held(written: str, unit: str, kind: str) -> tuple[float, float] | None:
    """The span a remark's figure covers in the fact's unit, at the precision it is written to
    ('helium boils at 4 K' of 4.2 K: review r493 B); a year exactly; None where the units
    cannot relate."""
    figure = float(written)
    value = _in_unit(figure, unit, kind)
    half = 0.0 if kind == "y" else 10.0 ** -len(written.partition(".")[2]) / 2
    low = _in_unit(figure - half, unit, kind)
    if value is None or low is None:
        return None
    return min(low, value), max(low, value) + abs(value - low)


_NO_CUES = frozenset({"", "point", "with", "to", "of", "in", "by", "from", "the", "a", "at", "for"})
_NO_CUES |= frozenset({"on", "and", "an", "its", "it", "is", "was", "as"})
# a unit's words name no fact: '24.6 kelvin (about -248.6 degrees Celsius)' (review r593 A)
_NO_CUES |= {stem(w) for w in ("kelvin", "kelvins", "degree", "degrees", "celsius", "fahrenheit")}
_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?=(?:{'|'.join(MONTHS)})\b)", re.IGNORECASE)
