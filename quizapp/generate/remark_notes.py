"""Say so when an answer is marked right on its first part alone (reviews r442 B, r444 B).

A learner who types more than the answer ('Hungary (in Budapest)', 'Fischer, a Soviet
player', 'True, it was called Eagle') is marked on the answer: a remark the deck can refute in
the shape it takes is refused (a year, a crewmate, a country, a figure), but most remarks say
what no deck holds, and accepting one in silence would confirm it. So a right answer whose
first part is right alone, with a remark after it that is no right answer itself, says that the
remark was not marked. An answer read as one whole ('April 1, 1960') or whose added part is
the answer again in other words ('74 mph (119 km/h)', 'Death Valley (Furnace Creek)') gets no
such note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.take_backs import NOTE as TAKEN_NOTE
from quizapp.generate.take_backs import denied_outright, takes_back
from quizapp.generate.verdict import Verdict

# the first part, then a bracket, a separator (no digit group's comma) or a relative clause
_SPLIT = re.compile(
    r"^(?P<core>.+?)\s*(?:\((?P<bracket>.+)\)?|(?<!\d)[,;:](?P<after>.+)|(?<=\d)[,;:](?!\d)(?P<num>.+)"
    r"|(?<=\w\w)\.\s+(?P<stop>[A-Z].+)"
    r"|\s[-\u2013\u2014]+\s(?P<dash>.+)|\s(?P<clause>(?:who|which|whose|because|as|after|for"
    r"|under|when|while|following|along with|and|using|via|through|meaning|since|by|in)"
    r"\s.+))$",
    re.IGNORECASE,
)
_DASHED = re.compile(r"\s+[-\u2013\u2014]+\s+")
BRACKETS = re.compile(r"\s*\(([^()]*)\)")  # each bracket and its words
_RESTATING = re.compile(
    r"^(?:(?:or,?\s+)?(?:more\s+)?(?:precisely|exactly|specifically)|i\.?\s?e\.?|that is|namely)"
    r"[,:]?\s+",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*\(?[a-z]\)?[.:)]?\s+(?=\S)", re.IGNORECASE)  # an option's letter
_NUMBER_LABEL = re.compile(r"^\s*\(?\d{1,2}[.:)]\s*(?=\S)")  # its number as the app shows it
_NUMBER_JOIN = re.compile(
    r"(?:hundred|thousand|million|billion)\s*\|\s*(?:and\s+)?[a-z]+(?:ty|teen|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\|\s*and (?:a|one|three|two) (?:half|quarters?|thirds?)\b",  # '28 and a half' (r713)
    re.I,
)
NOTE = "Marked on {core!r} alone: what you added beside it is not marked."


def with_remark_note(
    response: str,
    verdict: Verdict,
    grade: Callable[[str], Verdict],
    *,
    bracket_only: bool = False,
    options: Sequence[str] = (),
    asked: Question | None = None,
) -> Verdict:
    """`verdict`, with a note that the remark beside a right first part was not marked. With
    `bracket_only` (ticks, orders, pairs: their parts are split by commas), its brackets. An
    option's own text typed whole is no remark (reviews r491 F, r492 E); a choice's whole text
    and more is split after it; a sentence that says more than the question and the key
    ('Ken Mattingly was the commander') is noted too (`asked`: the item)."""
    choices = (asked.options or []) if asked else []
    typed = {_folded(response), _folded(_LABEL.sub("", response))}  # 'C NASA began ...' (r522)
    typed.add(_folded(_NUMBER_LABEL.sub("", response)))  # '2) Robert Bunsen and ...' (r723)
    if verdict.verdict == "wrong" or typed & set(map(_folded, options)):
        return verdict
    texts = set(map(_folded, options))  # 'C. NASA cancelled ...': the option's own text
    for core, rest in [*_option_first(response, choices), *_splits(response.strip(), bracket_only)]:
        rest = _RESTATING.sub("", rest.strip(" ).!"))  # 'or more precisely Sunni Islam'
        if not re.search(r"\w", rest) or not re.search(r"\w", core):
            continue
        if _NUMBER_JOIN.search(f"{core} | {rest}") or grade(core).verdict != verdict.verdict:
            continue  # read as one whole; 'four hundred and twenty-two' (review r533 B)
        labelled = _BARE_LABEL.fullmatch(core.strip()) and _folded(rest) not in texts
        whole = _folded(core) in set(map(_folded, choices)) and _folded(rest) != _folded(core)
        if (
            not whole
            and grade(rest).verdict != "wrong"
            and not (  # words like it (r621 A)
                (re.search(r"\d", core) or labelled) and _says_more(rest, core)
            )
        ):  # 'C (660 °C is where it boils)': the option said with more (review r613 A)
            continue  # the answer said twice; not '94 (uranium has 94)' (reviews r486 E, r487 G)
        keys = asked.answer if asked else []  # 'B, Kazakhstan is the real answer' restates it
        if denied_outright(rest, core, keys):  # "B, no", "True, it is not" (review r722)
            return Verdict("wrong", verdict.expected, TAKEN_NOTE, verdict.understood)
        restates = asked is not None and asked.kind == "assertion_reason"  # 'D. Actually A is
        restates = restates and grade(rest).verdict == "correct"  # false and R is true' (r702)
        if (
            takes_back(rest, core)
            and not restates
            and not any(_folded(k) in _folded(rest) for k in keys)
        ):
            return Verdict("wrong", verdict.expected, TAKEN_NOTE, verdict.understood)
        return noted(verdict, core)
    return _sentence_noted(response, verdict, options, asked) if not bracket_only else verdict


def _stem(word: str) -> str:
    return re.sub(r"(?:es|s|ed|ing)$", "", word) if len(word) > 4 else word


_VERB = re.compile(r"\s(?:was|were|is|are|has|had|did|does)\s|\s[a-z]{3,}ed\b", re.IGNORECASE)
_SAID = frozenset({"was", "were", "are", "has", "had", "did", "does", "who", "that", "this", "its"})


def noted(verdict: Verdict, core: str) -> Verdict:
    said = NOTE.format(core=core)
    note = f"{verdict.note} {said}" if verdict.note else said
    return Verdict(verdict.verdict, verdict.expected, note, verdict.understood)


def _sentence_noted(
    response: str, verdict: Verdict, options: Sequence[str], asked: Question | None
) -> Verdict:
    """A right answer read out of a sentence ('Ken Mattingly was the commander', read by
    restated.py) with words neither the question nor the key's forms hold: noted, as the
    rest of the sentence was not marked (review r632 A: no note, so a false role stood)."""
    if asked is None or asked.numeric is not None or verdict.note or not _VERB.search(response):
        return verdict
    told = " ".join([asked.prompt, *options]).lower()
    known = {_stem(w) for w in re.findall(r"[a-z]{3,}", told)} | _PLAIN | _SAID
    extra = [w for w in re.findall(r"[a-z]{3,}", response.lower()) if not _known(w, known)]
    return noted(verdict, asked.answer[0]) if extra else verdict


def _known(word: str, known: set[str]) -> bool:
    """A word the question or its options say, or one slip from one ('flase': review r712)."""
    from rapidfuzz.distance import OSA

    stem = _stem(word)
    near = (k for k in known if len(stem) >= 4 and abs(len(k) - len(stem)) <= 1)
    return stem in known or any(OSA.distance(stem, k) <= 1 for k in near)


def _option_first(response: str, options: Sequence[str]) -> list[tuple[str, str]]:
    """An option's whole text, then more: split after the option ('The five countries differ
    ... Russia. - not this one' was split inside the option's words, each half read as the
    option, and graded right with no note: review r621 A)."""
    said = response.strip()
    for option in sorted(options, key=len, reverse=True):
        body = option.strip().rstrip(".")
        found = re.match(re.escape(body), said, re.IGNORECASE) if len(body) > 3 else None
        if found and re.search(r"\w", said[found.end() :]):
            return [(said[: found.end()], said[found.end() :].lstrip(" .,;:(-\u2013\u2014"))]
    return []


_BARE_LABEL = re.compile(r"[A-Za-z1-9]\.?")


def _says_more(rest: str, core: str) -> bool:
    """Whether a remark that holds a figure's answer again tells more than it: a word that is
    neither the answer's own, a unit's nor a number's ('uranium has 94', 'Boyle in 1669'), not
    '119 km/h', 'twelve' or 'about 7,000 troops'."""
    own = set(re.findall(r"[a-z]+", core.lower())) | _PLAIN
    return any(
        w not in own and not _NUMBER_WORD.fullmatch(w)
        for w in re.findall(r"[a-z]{3,}", rest.lower())
    )


_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|eigh|twen|for"
    r"|hundred|thousand)\w*"
)


_PLAIN_WORDS = (
    "about around roughly approximately exactly some nearly almost just over under per cent "
    "percent degrees the and troops people million billion thousand hours minutes days years "
    "metres meters kilometres kilometers miles feet tonnes tons kilograms grams"
)
_PLAIN = frozenset(_PLAIN_WORDS.split())


def _splits(response: str, bracket_only: bool) -> list[tuple[str, str]]:
    """(first part, remark) readings of the answer, the earliest split first, then the part
    before its first bracket: 'Huginn and Muninn (Thor's ravens)' is split at the bracket, as
    'Huginn' alone is not the answer (review r484 G)."""
    if bracket_only:  # each bracket: 'Kyrgyzstan (68%), Kazakhstan (74%)' (review r469 C)
        dashed = _DASHED.split(response, maxsplit=1)  # and a dash's: 'B, C - but C is not' (r621)
        return [
            (BRACKETS.sub("", response).strip(), "; ".join(BRACKETS.findall(response))),
            *([(dashed[0], dashed[1])] if len(dashed) == 2 else []),
        ]
    out = []
    if (found := _SPLIT.match(response)) is not None:
        groups = ("bracket", "after", "num", "stop", "dash", "clause")
        out.append((found["core"].strip(), next(p for p in (found[g] for g in groups) if p)))
    head, bracket, rest = response.partition("(")
    if bracket and head.strip():
        out.append((head.strip(), rest))
    if (comma := _FIRST_COMMA.match(response)) is not None:  # 'Huginn and Muninn, sun and moon'
        out.append((comma["core"], comma["rest"]))
    head, comma_, rest = response.rpartition(",")  # a list, then a remark (review r524 B)
    if comma_ and "," in head and not (head[-1:].isdigit() and rest[:1].isdigit()):
        out.append((head.strip(), rest))
    return out


# never at a comma between digits: '11,340 kg/m³', '$1,000 million', '11,34' (r491 F, r493 C)
_FIRST_COMMA = re.compile(
    r"^(?P<core>(?:[^,;:(]|(?<=\d)[,:](?=\d))+?)\s*(?!(?<=\d)[,:]\d)[,;:]\s*(?P<rest>.+)$"
)


def _folded(text: str) -> str:
    return normalise(text.strip().rstrip(" .!"))
