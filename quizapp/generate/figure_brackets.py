"""A bracket after a figure that holds a unit or a deck's code alone, read as the learner
meant it (review r420): '621 (°F)' and '600 (K)' give the figure in that unit, as '621 °F'
does, when it measures what the key measures; '28.5 (Cs)' and '327 (Pb)' name the element
(caesium, lead), not centiseconds or petabarns, so the rules on names judge it ('28.5 (Na)'
puts the figure to sodium). Beside a name, a code of two or three letters in a remark is the
thing it names too: 'Perey (Fr)' is 'Perey (francium)', 'Davy (also Na)' 'Davy (also sodium)'
(review r427 A); one letter ('I', 'K', 'W') is too often a word or a unit to be read so. A
figure in brackets after another thing's name or a comparison is that thing's ('lower than
copper (1,085 °C)': review r431 A), and a relative clause needs no comma (r443 A)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate import units
from quizapp.generate.question import Question
from quizapp.generate.value_names import codes


def read_as_meant(q: Question, text: str, vocabulary: dict[str, str] | None) -> str:
    """A typed answer with its brackets' units, codes and figures read as meant, and a
    relative clause with no comma set off as one ('Humphry Davy who used electrolysis':
    review r443 A), and a sentence after the answer's full stop as a remark ('Cu. Atomic
    number 29.': review r471 A, graded wrong)."""
    text = _sentence_after(text, q.case_sensitive)  # 'W. It is wolfram.'
    if "," not in text and "(" not in text:
        text = _RELATIVE.sub(r"\g<head>, \g<rest>", text, count=1)
    if q.numeric is not None:
        text = figure_bracket_read(text, vocabulary, q.numeric.unit)
    elif not q.case_sensitive:  # 'Perey (Fr)': francium
        text = codes_named(text, vocabulary)
    return figures_named(text, vocabulary)


def _sentence_after(text: str, symbol: bool) -> str:
    """'Cu. Atomic number 29.' as 'Cu; Atomic number 29.': a sentence of three words or more
    after the first full stop, where that stop ends no initial or abbreviation ('Hon. Henry
    Cavendish', 'Col. David R. Scott'); a symbol's one or two letters may end it."""
    found = _STOP.search(text)
    if found is None or len(found["rest"].split()) < SENTENCE_WORDS:
        return text
    word = found["word"]
    if word.lower() in _ABBREVIATIONS or (len(word) < 2 and not (symbol or word.isdigit())):
        return text
    return f"{text[: found.start('rest') - 1].rstrip()[:-1]}; {found['rest']}"


SENTENCE_WORDS = 3
_STOP = re.compile(r"(?P<word>[^\W_]+|°[CF]|%)\.\s+(?P<rest>[A-Z].*)$")
_ABBREVIATION_TEXT = """st dr mr mrs ms mt jr sr no hon adm col gen lt capt sgt pres gov sen
rep prof rev econ sh fr bros inc ltd co corp dept univ vs cf approx"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())


def figure_bracket_read(text: str, vocabulary: dict[str, str] | None, unit: str | None) -> str:
    """`text` with a unit alone in brackets after the figure unbracketed, or a code alone
    there put as the name of the thing it names; any other answer as it is."""
    found = _ASIDE.match(text)
    if found is None:
        return text
    aside = found["aside"].strip()
    measured = units.dimension(aside) if _UNIT_LIKE.fullmatch(aside) else None
    if measured is not None and unit is not None and units.dimension(unit) == measured:
        return f"{found['lead']} {aside}"  # '621 (°F)' asked for a temperature in °C
    name = _name_of(codes(vocabulary).get(aside), vocabulary)
    return text if name is None else f"{found['lead']} ({name})"


_ASIDE = re.compile(r"^(?P<lead>[^()]*\d[^()]*?)\s*\((?P<aside>[^()]+)\)[\s.!]*$")
_UNIT_LIKE = re.compile(r"°?\s?[A-Za-z]{1,4}(?:/[A-Za-z]{1,3}[³23]?)?|°|%")  # 'K', 'g/cm³'


def codes_named(text: str, vocabulary: dict[str, str] | None) -> str:
    """`text` with each code of two or three letters after its first bracket or comma put as
    the name of the thing it names."""
    cut = _remark_start(text)
    if cut < 0 or not vocabulary:
        return text
    known = codes(vocabulary)

    def name(found: re.Match[str]) -> str:
        return _name_of(known.get(found[0]), vocabulary) or found[0]

    return text[:cut] + _CODE.sub(name, text[cut:])


def _remark_start(text: str) -> int:
    """Where the answer's remark starts: its first bracket or comma; -1 where it has none."""
    return min((i for i in (text.find("("), text.find(",")) if i > 0), default=-1)


def _name_of(thing: str | None, vocabulary: dict[str, str] | None) -> str | None:
    """A name the deck knows the thing by ('element:caesium' -> 'caesium'), or None."""
    return next((n for n, t in (vocabulary or {}).items() if t == thing), None) if thing else None


_CODE = re.compile(r"\b[A-Z][a-z]{1,2}\b")


def figures_named(text: str, vocabulary: dict[str, str] | None) -> str:
    """A figure in brackets straight after a name of the deck's, past the answer's own first
    part, said as that thing's: 'lower than copper (1,085 °C)' as 'lower than copper at 1,085
    °C', 'after gallium (1875)' as 'after gallium in 1875' (review r431 A: each was read as a
    second answer, or as the question's subject's figure)."""
    cut = _remark_start(text)
    if cut < 0 or not vocabulary:
        return text
    rest = _ISOTOPE.sub(r"\1\2", text[cut:])  # 'neon-20', 'hydrogen-1': no minus (r439 A)

    def said(found: re.Match[str]) -> str:
        words = rest[: found.start()].split()
        word = "in" if _YEAR.fullmatch(found["figure"]) else "at"
        for n in (3, 2, 1):
            name = " ".join(words[-n:]).strip(",;:")
            if len(words) >= n and normalise(name).removeprefix("the ") in vocabulary:
                return f" {word} {found['figure']}"
        clause = re.split(r"[,;:]", rest[: found.start()])[-1]
        if _COMPARED.search(clause):  # 'below body temperature (37 °C)' (review r435 A)
            return f" {word} {found['figure']}"
        return found[0]

    return text[:cut] + _NAMED_FIGURE.sub(said, rest)


_NAMED_FIGURE = re.compile(r"\s*\((?P<figure>[-−]?\d[\d,.]*(?:\s*°?[^\W\d][^\s()]{0,9})?)\)")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_RELATIVE = re.compile(r"^(?P<head>\S.*?\S)\s+(?P<rest>(?:who|which|whose)\s+\S.*)$", re.IGNORECASE)
_ISOTOPE = re.compile(r"\b([A-Za-z]{2,})-(\d{1,3})\b")
_COMPARED = re.compile(
    r"\b(?:below|above|than|over|under|like|unlike|after|before|times|beside)\b", re.IGNORECASE
)
