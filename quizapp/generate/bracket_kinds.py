"""A bracket naming a thing that cannot answer the question: a gloss, never a second answer,
unless the deck says it is false.

The deck knows the name as another kind of thing than the key (review r366 D): a lander beside
a landing site ('the Sea of Tranquility (Eagle)'), a crew beside a mission ('Apollo 17 (Cernan
and Schmitt)'), a call sign beside an astronaut ('Alan Shepard (Antares)'). A name of the
key's own kind stays a second answer ('Antares (Spider)', 'Sea of Tranquility (Ocean of
Storms)'), and so does a name the deck does not know ('Orion (Hunter)'): nothing says what
it is. Kinds that differ only by a qualifier are one ('mission', 'cancelled-mission'), and
every kind of person is one ('astronaut', 'person', 'discoverer').

A name the deck ties the key to nothing of its kind but something else is false, wherever it
stands ('Mirziyoyev (Kazakhstan)', 'W (iron)': fact_links.py, review r365 A). A country beside a
year says where its event took place ('in Russia', 'the Ukraine crisis': review r491 B).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import reduce

from quizapp.facts.normalise import normalise
from quizapp.generate.check_qualified import joined_parts
from quizapp.generate.craft_roles import other_craft
from quizapp.generate.fact_links import (
    adjectives_of,
    false_nationality,
    kind_group,
    own_pair,
    paired,
    sole_tie,
    tied,
)
from quizapp.generate.figure_places import place_not_asked
from quizapp.generate.question import Question
from quizapp.generate.remark_words import in_clause, told_apart, verb_before
from quizapp.generate.value_names import is_value_name


def other_kind(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether every name in `part` ('Eagle', 'Armstrong and Aldrin') is one the deck knows,
    of a kind other than the key's, and none is false of the key."""
    keys = _key_things(q, vocabulary)
    names = [n for joined in joined_parts(part) for n in joined.split(",") if n.strip()]
    things = [_thing(name, vocabulary) for name in names]  # 'Lovell, Swigert and Haise'
    kinds = {kind_group(k) for k in keys}
    return (  # an imported card's answer may answer any card: 'Arabica (Robusta)' (r436 F)
        bool(keys and things)
        and all(t is not None and kind_group(t) not in kinds for t in things)
        and not any(t and t.startswith("answer-") for t in things)
        and not false_aside(q, part, vocabulary)
    )


def trailing_name(
    q: Question, text: str, vocabulary: dict[str, str], right: Callable[[str], bool]
) -> str | None:
    """'X Y' written as 'X (Y)' where X alone is `right` and Y, its last or first word, is an
    acronym the deck knows as another kind of thing ('Eagle LEM', 'LEM Eagle': the lander's
    call sign and the craft; reviews r372 D, r378 A), or None."""
    words = text.split()
    if len(words) < 2:
        return None
    asked = {_thing(n, vocabulary) for n in names_in(q.prompt, vocabulary)}
    for head, tail, last in ((words[:-1], words[-1], True), (words[1:], words[0], False)):
        # an acronym only ('LEM'; 'Islam terrorism' is no gloss), of the craft the question names
        acronym = 2 <= len(tail) <= 5 and tail.isupper() and tail.isalpha()
        named = acronym and _thing(tail, vocabulary) in asked
        code = re.fullmatch(CODE, tail) is not None and (last or "-" in tail)  # 'Eagle LM-5',
        # 'LM-10 Falcon' (reviews r390 C, r396 G)
        if (code or (named and other_kind(q, tail, vocabulary))) and right(" ".join(head)):
            return f"{' '.join(head)} ({tail})"
    return None


def false_aside(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether `part` names a thing the question does not, of a kind the deck ties the key to,
    but not tied to it ('Kazakhstan' beside Mirziyoyev, president of Uzbekistan)."""
    keys, ties = _key_things(q, vocabulary), tied(vocabulary)
    words = normalise(part).replace("-", " ").split()
    if other_craft(q.prompt, part):  # 'Yankee Clipper (LM)' asked of the command module
        return True
    if false_nationality(keys, words, vocabulary):  # 'Gazprom (Chinese)' (review r371 A)
        return True
    near = {t for k in keys for t in ties.get(k, ())}
    said = f" {normalise(q.prompt)} "
    adjectives = adjectives_of(vocabulary)  # 'Mirziyoyev, the Kazakh president' (review r377 A)
    named = [(n, _thing(n, vocabulary)) for n in names_in(part, vocabulary)]
    named += [(w, adjectives[w]) for w in _plain_words(part) if w in adjectives]
    asked = keys | _asked_things(q, vocabulary)
    bare = _names_only(part, vocabulary) and not any(kind_group(k) == "person" for k in keys)
    for name, thing in named:
        if thing is None or thing in keys or thing in near or f" {name} " in said:
            continue
        if bare and _anothers(thing, asked, paired(vocabulary)):  # 'Eagle (Apollo 12)' (r402 B)
            return True
        same = any(kind_group(t) == kind_group(thing) for t in near)  # a partner's kind
        if (
            same
            and not BESIDE.search(part.lower().split(name)[0])
            and not verb_before(part, name)  # 'Ag (dissolves in mercury)' (review r447 A)
            and not own_pair(part, name, thing, vocabulary)  # 'Au for gold' (review r451 A)
            and _sole(keys, thing, vocabulary)
        ):
            return True  # but 'Cu, with silver and gold', 'Hg (like bromine)' (r427 A)
    return False


def _sole(keys: set[str], thing: str, vocabulary: dict[str, str]) -> bool:
    return any(sole_tie(vocabulary, k, thing) for k in keys)


# words that put another thing beside the key, not for it: 'with silver', 'like bromine'
BESIDE = re.compile(r"\b(?:with|like|as|alongside|unlike|than|besides?|group of)\b", re.I)
# '1875 (in zinc blende)' names a mineral, not the figure's thing (review r483 A)
_MATERIAL = re.compile(r"\s+(?:blende|ores?|minerals?|oxides?|salts?|sulf|sulph|alloys?)", re.I)


def other_subject(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """A name of the kind of one the question names, not named by it: the figure put to another
    subject ('74% (Tajikistan)' of Kazakhstan: r365 A), a country's adjective ('6% (Kazakh
    migrants)' of Kyrgyz ones), a bloc it is put in ('1.5 million in the EU': r374 A); or None."""
    numbered = _name_figures(text, vocabulary)
    if told_apart(text, vocabulary, q.prompt) or _remark_figure(q, text, vocabulary):
        return None  # 'plus an airbase in Kyrgyzstan'; '232 °C (lead melts at 327 °C)' (r345)
    adjectives = adjectives_of(vocabulary)
    asked = _asked_things(q, vocabulary)
    asked |= {adjectives[w] for w in _plain_words(q.prompt) if w in adjectives}  # 'Russian-backed'
    told = _told(q, vocabulary, adjectives)  # 'Afghan heroin', as the deck says (r395 D)
    unit = q.numeric.family.partition(":")[2] if q.numeric else ""
    dated = q.numeric is not None and q.numeric.family.startswith(("date", "year"))  # (r430 B)
    words = " ".join(
        w for w in text.split() if not _FIGURE.search(w) or w.strip("()[].,;:") in numbered
    )  # not 'US$1bn'; but the 12 of 'Apollo 12'
    groups = {kind_group(a) for a in asked}
    for name in names_in(words, vocabulary):
        if unit and (
            name.removesuffix("s") == unit.removesuffix("s") or name in _LANDS.get(unit, ())
        ):
            continue  # '1 moon': the unit, not the Moon; '(US dollars)' beside US$ (r641 D)
        thing = _thing(name, vocabulary)
        if thing in asked or (thing in told and (dated or not _placed_in(name, text))) or not thing:
            continue
        if _COMPARED.search(words) or name.startswith(("a ", "an ")):  # r397 D, r420
            continue  # '357 (sodium boils higher)' of another; '1875 (in a zinc ore)'
        if kind_group(thing) in groups:  # '(Kyrgyzstan)', 'in Kyrgyzstan', 'via China'
            before = rf"|\b({re.escape(name)})\s+{re.escape(unit)}" if unit else ""  # 'US troops'
            put, end = _YEAR_PUT if dated and kind_group(thing) == "country" else (_PUT_TO, "")
            pattern = rf"(?:\(|{put})(?:the\s+)?({re.escape(name)}){end}{before}"
            typed = re.search(pattern, text, re.I)
        elif _elsewhere(thing, asked):  # 'in the EU' asked of Russia
            typed = re.search(rf"{_PUT_IN}(?:the\s+)?({re.escape(name)})", text, re.I)
        elif _anothers(thing, asked, paired(vocabulary)):  # '22 hours (Orion)' (r402 B)
            typed = re.search(rf"\((?:the\s+)?({re.escape(name)})\)", text, re.I)
        else:
            continue  # not 'with copper', 'Russia has'
        if typed and not in_clause(text, typed.start()) and not _MATERIAL.match(text, typed.end()):
            return typed[1] or typed[2]
    plain = _plain_words(words)
    said = [
        adjectives[w]
        for i, w in enumerate(plain)  # 'Chinese projects' is no context: it says whose they are
        if w in adjectives and (adjectives[w] not in told or _describes(plain[i + 1 : i + 3], unit))
    ]
    other = [t for t in said if t not in asked and kind_group(t) in groups]
    if other and not _COMPARED.search(words):  # '12.3% (double the Kyrgyz rise)' (r485 A)
        return other[0].split(":")[1].replace("-", " ").title()
    return place_not_asked(q, words, text, asked, dated, vocabulary)  # (figure_places.py)


def _name_figures(text: str, vocabulary: dict[str, str]) -> set[str]:
    """The figures of the deck's names in `text`: the 12 of 'Apollo 12'."""
    return {w for n in names_in(text, vocabulary) for w in n.split() if _NUMBER.fullmatch(w)}


def _remark_figure(q: Question, text: str, vocabulary: dict[str, str]) -> bool:
    """Whether the answer holds a second figure, no name's ('Apollo 12' is a name): beside a
    date, one in its brackets ('18 May 1969 (launched 7 December)')."""
    unnamed = reduce(lambda t, n: t.replace(n, " "), names_in(text, vocabulary), normalise(text))
    dated = q.numeric is not None and q.numeric.date is not None
    figures = _NUMBER.findall(" ".join(_ASIDES.findall(unnamed)) if dated else unnamed)
    return len(figures) > (0 if dated else 1)


def _told(q: Question, vocabulary: dict[str, str], adjectives: dict[str, str]) -> set[str]:
    """What the item's explanation names: true context beside the figure, never another
    subject ('1.5 million, heroin from Afghanistan via Central Asia'; review r395 D)."""
    told = {t for n in names_in(q.explanation, vocabulary) if (t := _thing(n, vocabulary))}
    return told | {adjectives[w] for w in _plain_words(q.explanation) if w in adjectives}


_COMPARED = re.compile(
    r"\b(?:than|higher|lower|denser|lighter|heavier|hotter|colder|more|less|bigger|smaller"
    r"|larger|greater|fewer|longer|shorter|earlier|later|double|twice|triple|half|times)\b",
    re.IGNORECASE,
)


def _placed_in(name: str, text: str) -> bool:
    """'1.5 million in Central Asia', 'US$22 million to Kyrgyzstan': the figure put in the
    place or given to it, not told beside it."""
    return (
        re.search(rf"\b(?:in|within|inside|to|for)\s+(?:the\s+)?{re.escape(name)}\b", text, re.I)
        is not None
    )


def _describes(following: list[str], unit: str) -> bool:
    """An adjective whose next words hold the figure's own noun ('Chinese-backed projects')."""
    head = unit.split()[-1].removesuffix("s") if unit else ""
    return bool(head) and any(w.removesuffix("s") == head for w in following)


# words that put a figure somewhere or to someone: 'in Kyrgyzstan', 'from the EU' (a donor),
# 'held by the CSTO', '2014 (about Ukraine)' (review r395 D, F)
_PUT_TO = r"\b(?:in|of|for|from|at|to|into|across|within|inside|by|about)\s+"
_YEAR_PUT = (r"\b(?:of|for|about)\s+", r"(?=\s*[)\],;.!]|$)")  # not '(the Ukraine crisis)'
_PUT_IN = r"\b(?:in|from|to|into|across|within|inside|by)\s+"  # 'via X' is a route (r410 A)
_PLACES = frozenset({"country", "region", "organisation"})


def _elsewhere(thing: str, asked: set[str]) -> bool:
    """A bloc or region where the question asks of a country and names neither: the EU or
    Central Asia for a figure of Russia's (review r374 A)."""
    return kind_group(thing) in _PLACES - {"country"} and any(
        kind_group(a) == "country" for a in asked
    )


def _anothers(thing: str, asked: set[str], ties: dict[str, frozenset[str]]) -> bool:
    """A thing a one-to-one fact ties only to others of the asked things' kinds: Orion, Apollo
    16's lander, beside a figure asked of Apollo 11; never period 5 beside silver (a period
    holds many elements, the deck names only some: review r415). Never a person: the deck
    lists a crew member on the missions it asks of, not every flight ('John Young, veteran of
    Apollo 10')."""
    if kind_group(thing) == "person":
        return False
    groups = {kind_group(a) for a in asked}
    own = [t for t in ties.get(thing, ()) if kind_group(t) in groups]
    return bool(own) and not set(own) & asked


def _names_only(part: str, vocabulary: dict[str, str]) -> bool:
    """Whether `part` is the deck's names alone ('Apollo 12', 'Eagle and Columbia'), no
    remark ('Intrepid was the LM', 'not K', 'exports to China')."""
    rest = f" {normalise(part)} "
    for name in names_in(part, vocabulary):
        rest = rest.replace(f" {name} ", " ")
    return not set(re.findall(r"[\w']+", rest)) - {"and", "the"}


def _asked_things(q: Question, vocabulary: dict[str, str]) -> set[str]:
    """The things the question names, as the vocabulary knows them."""
    return {t for n in names_in(q.prompt, vocabulary) if (t := _thing(n, vocabulary))}


def _plain_words(text: str) -> list[str]:
    """The words of `text`, folded, hyphened ones split: 'Russian-backed' -> russian, backed."""
    return [part for w in _WORDS.findall(text) for part in normalise(w).split("-") if part]


def _key_things(q: Question, vocabulary: dict[str, str]) -> set[str]:
    return {t for a in [*q.answer, *q.accepted] if (t := _thing(a, vocabulary)) is not None}


def _thing(name: str, vocabulary: dict[str, str]) -> str | None:
    """The thing the deck knows by this name: 'kind:id', or 'value:name' for a call sign."""
    folded = normalise(name)
    if is_value_name(folded, vocabulary):
        return f"value:{folded}"
    return vocabulary.get(folded) or vocabulary.get(folded.removeprefix("the "))


_NUMBER = re.compile(r"\d[\d,.]*")
_ASIDES = re.compile(r"\([^)]*\)")
# a designation code: 'CSM-107', 'AS-503', 'LM 5', 'STS-1': what a craft or flight was
# catalogued as, a gloss beside its name, never a second answer (reviews r378 A, r390 C)
CODE = r"(?-i:[A-Z]{1,4})[- ]?\d{1,4}(?-i:[A-Z])?"
_FIGURE = re.compile(r"[\d$€£¥]")
_WORDS = re.compile(r"[^\W_][\w'’.-]*")


def names_in(part: str, vocabulary: dict[str, str]) -> list[str]:
    """The deck's names in `part`, longest first, each word in at most one: 'Kazakhstan' in
    'of Kazakhstan', in "Kazakhstan's president"."""
    words = [normalise(w).removesuffix("'s").removesuffix("’s") for w in _WORDS.findall(part)]
    found, used = [], set[int]()
    for size in range(min(5, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            span = set(range(start, start + size))
            name = " ".join(words[start : start + size])
            if not span & used and _thing(name, vocabulary) is not None:
                found.append(name)
                used |= span
    return found


_LANDS = {"USD": ("us", "usa", "united states", "america", "american", "US", "USA", "American")}
