"""A sentence after the answer's full stop read as a remark after a semicolon (review r523 A, B).

'C. Davy really found it.', 'False. Mercury boils at about 357 °C.', '2 1 3 4. Phosphorus came
first.', 'Neon. They found it in 1898.': the learner answers, ends the sentence and adds
another. The rules that read a remark beside an answer (refusing one that takes the answer
back or names another option, letting a true one stand with the note that it was not marked)
read it after a comma, a semicolon or a bracket; after a full stop, the answer's letter or
figure went unsplit ('C.' is a label, '28.5.' a decimal) and the whole was read as an option or
asked again. So the first full stop that ends the answer is read as a semicolon when what
follows is a sentence: two words or more, opening with a capital or a figure, with a word in
lower case that is no name's particle. Not an initial ('J. Robert Oppenheimer', 'H. G. Wells'),
a title ('Dr. Martin Luther King', 'St. Petersburg') or a decimal point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import HEDGE_WORDS
from quizapp.generate.country_names import points_spelt
from quizapp.generate.element_names import SYMBOL_OF, paired_as_one
from quizapp.generate.given_names import PARTICLES
from quizapp.generate.number_spelling import NUMBER_WORDS
from quizapp.generate.option_sentences import option_first
from quizapp.generate.order_chains import said_order

_STOP = re.compile(r"^(?P<head>.*?\S)\.\s+(?P<rest>[A-Za-z0-9].*)$", re.DOTALL)  # 'he had' (r632)
_TITLE_WORDS = "dr mr mrs ms st mt ft jr sr prof gen col capt lt sgt rev fr no vs approx cf etc"
_TITLES = frozenset(_TITLE_WORDS.split())
_PARTICLES = PARTICLES | {"of", "the", "y", "e", "al"}  # a name's small words, not a verb's
_INITIAL = re.compile(r"^[A-Z]\.")  # 'J. R. R. Tolkien': the next initial
# a surname, 'and', and the second person's initial: the first person's initial went before
_PAIR_NAME = re.compile(r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z]\.?\s+[A-Z]")
_LABELLED = re.compile(r"[A-Z][\w' -]*:\s*\S")  # a label and its figure after the stop (r591 A)
_PLACING = re.compile(  # 'Buzz Aldrin. With Armstrong.' (review r662 A)
    r"(?:On|In|At|Near|During|From|Since|Before|After|Aboard|With|Alongside|Beside)\s"
)
_PLAIN_OPENERS = NUMBER_WORDS | frozenset(
    ["he", "she", "it", "they", "his", "her", "its", "their", "the", "a", "an"]
)
_HEDGES = f"(?:{HEDGE_WORDS})"  # the project's words of doubt, before or after a choice
_HEDGE_FIRST = re.compile(rf"^\s*{_HEDGES}\s*[,:;-]?\s+(?=\S)", re.IGNORECASE)
_HEDGE_AFTER = re.compile(rf"[\s,;-]+{_HEDGES}[\s.!?]*$", re.IGNORECASE)
# a remark run on after the answer with no comma: where it is told, how clearly, since when
_AFTER_WORDS = r"according to|as per|per the (?:briefing|source)|by far|since|as of"
_SAID_AFTER = re.compile(rf"(?<=\w)\s+(?=(?:{_AFTER_WORDS})\b[^,;()]*$)", re.IGNORECASE)
_SAID_AFTER_CHOICE = re.compile(
    rf"(?<=\w)\s+(?=(?:{_AFTER_WORDS}|easily|clearly|in (?:that|the) (?:survey|briefing|source)"
    r"|(?:with|at) (?:about |around |some |just )?\d+)\b[^,;()]*$)",  # 'Apollo 16 with 96 kg'
    re.IGNORECASE,
)
_NUMBERED_STEM = re.compile(r"\b([A-Z][a-z]{2,})\s+(?:\d{1,2}\b|missions?\b|flights?\b)")
_BARE_NUMBER = re.compile(
    r"\b(on|of|in|commanded|flew|piloted|aboard|with|for|to)\s+(\d{1,2})\b(?!\s*[\w%°$.,]\w)"
)


def numbers_named(text: str, context: str) -> str:
    """A bare number after a verb or a preposition put as the one numbered name the question
    and its options use: 'Evans was CMP on 17', 'he commanded 13' asked about Apollo 7 or
    Apollo missions (review r642 A: read as the asked mission's, and refused)."""
    stems = set(_NUMBERED_STEM.findall(context))
    if len(stems) != 1:
        return text
    stem = stems.pop()
    return _BARE_NUMBER.sub(lambda m: f"{m[1]} {stem} {m[2]}", text)


_DOTTED = re.compile(r"(?:^|\W)(?:[A-Za-z]\.)+[A-Za-z]$")  # 'U.S. Navy', 'Washington D.C.'


# an order's names each with its figure: 'Kyrgyzstan 81%, Kazakhstan 74%' (review r531 B)
_NAMED_FIGURE = re.compile(
    r"(?<=[^\W\d_])(?<!\bthen)(?<!\band)(?<!\bnext)(?<!\bfirst)(?<!\blast)"  # not '1, then 3'
    r"\s+(-?\d[\d.,]*\s*(?:%|[^\W\d_]{1,6})?)(?=\s*(?:[,;]|$))",
    re.IGNORECASE,
)


def stop_as_semicolon(text: str, shape: str = "text", options: Sequence[str] = ()) -> str:
    """`text` with the full stop after its answer read as a semicolon when a sentence follows;
    in brackets after a list of ticks, an order or pairs, whose parts commas divide. An order's
    names each with a figure after it have the figures in brackets, remarks on the order
    (not where an option holds a figure: 'Apollo 11, Apollo 12')."""
    numbered = any(ch.isdigit() for o in options for ch in o)
    if (
        shape == "order"
        and not numbered
        and "(" not in text
        and len(_NAMED_FIGURE.findall(text)) > 1
    ):
        text = _NAMED_FIGURE.sub(r" (\1)", text)
    found = _STOP.match(text.strip())
    if found is None:
        return text
    head, rest = found["head"], found["rest"]
    if shape == "choice" and len(head) == 1 and _option_text(rest, options):
        return text  # 'B. 32 hours': a label and an option's text, which must agree (r662 B)
    last = re.findall(r"[A-Za-z]+$", head)
    circa = last and last[0].lower() in ("c", "ca") and rest[:1].isdigit()  # 'c. 9,000 years'
    initial = re.search(r"[A-Za-z]{2,}\s+[A-Z]$", head) is not None  # 'Alan R. Moon' (r554 A)
    if (
        circa
        or initial
        or (last and last[0].lower() in _TITLES)
        or _INITIAL.match(rest)
        or (len(head) == 1 and _PAIR_NAME.match(rest))  # 'W. Boyle and G. Smith' (r574 A)
        or _DOTTED.search(head)
    ):
        return text
    words = rest.rstrip(" .!?").split()
    lower = [w for w in words if re.fullmatch(r"[a-z][a-z'’-]+", w) and w not in _PARTICLES]
    placed = len(words) > 1 and _PLACING.match(rest) is not None  # 'True. On Apollo 11.' (r622 B)
    verdict = shape == "choice" and head.lower() in ("true", "false")  # 'False. Alan Bean.' (r662)
    if (len(words) < 2 or not lower) and not _LABELLED.match(rest) and not placed and not verdict:
        return text  # 'J. Robert Oppenheimer', 'C. 1669'
    if placed and shape == "text":  # '5 February 1971, at Fra Mauro', as a date's remark is read
        return f"{head}, {rest[:1].lower()}{rest[1:]}"
    if rest.split()[0].lower() in _PLAIN_OPENERS:  # '71. Three moonwalks.' (review r632 B)
        rest = rest[:1].lower() + rest[1:]
    return f"{head}; {rest}" if shape in ("text", "choice") else f"{head} ({rest})"


def _option_text(said: str, options: Sequence[str]) -> bool:
    """Whether `said` is an option's whole text, give or take its case and full stop."""
    return normalise(said) in {normalise(o) for o in options}


# an arrow or a hyphen between a left item's number and its match's name: '9 → Spider', '9-Spider'
_ARROW = re.compile(r"\s*(?:→|->|=>)\s*(?=\S)|(?<=\d)-(?=[^\W\d_])")


# a clause run on after a figure, or after a colon: '28.5 °C since it boils at 671 °C'
_RUN_ON = re.compile(
    r"(\d(?:[\d.,]*\d)?\s*(?:°\s?[CFK]|%|K\b|[a-zA-Z]{1,3}\b)?)(?:\s*:\s+|\s+(?=(?:is|was|are"
    r"|were|since|because|as|while|whereas)\s))"
)
# a name and its symbol after a colon in a remark: 'Ag (gold: Au)' (review r603 A)
_TOLD_SYMBOL = re.compile(r"(?<=[(,;\s])([a-z]{3,}):\s*([A-Z][a-z]?)\b")


_ELEMENT_FIGURE = re.compile(r"(?<=\()([a-z]{3,})\s+(?=[-\u2212]?\d)")  # not 'nitrogen 78%, oxygen'


def _told(m: re.Match[str]) -> str:
    return f"{m[1]} is " if m[1] in SYMBOL_OF else m[0]


def typed_forms(
    text: str, shape: str = "text", options: Sequence[str] = (), prompt: str = ""
) -> str:
    """The answer with its sentences after a full stop read as remarks (stop_as_semicolon),
    each element named by symbol and name at once read once (element_names.paired_as_one), and
    an 'or' inside a comparison in a remark read as 'and' ('Tajikistan, more than in Kyrgyzstan
    or Kazakhstan' compares with both, offering neither: review r541 A); an order typed as a
    chain rising to the right in the question's order ('helium < hydrogen < neon': r573 B); a
    choice said in a sentence that opens with it ('osmium is denser': option_sentences.py)."""
    text = said_order(text, prompt) if shape == "order" else points_spelt(text)  # 'S. Korea'
    if shape in ("choice", "ticks", "order", "pairs"):  # 'not sure: 4 5', '1 I guess' (r631 B)
        text = _HEDGE_AFTER.sub("", _HEDGE_FIRST.sub("", text)) or text
    text = numbers_named(text, f"{prompt} {' '.join(options)}")  # 'Evans was CMP on 17'
    said = (_SAID_AFTER if shape == "text" else _SAID_AFTER_CHOICE).search(text)  # 'True
    if said and len(text[: said.start()].split()) <= 3:  # according to the briefing' (r641 C)
        text = f"{text[: said.start()]}, {text[said.end() :]}"
    text = _ARROW.sub("=", text) if shape == "pairs" else text  # '9 → Spider' (review r582 F)
    if shape == "text":  # '327 °C is where it boils', '12 September 1962: in Houston' (r613 B,
        text = _RUN_ON.sub(r"\1, ", text)  # C, r612 B): a clause after a figure, a remark
    if shape == "text":  # '(gold: Au)', '(neon 27 K)': another element's, told (r603 A, B)
        text = _ELEMENT_FIGURE.sub(_told, _TOLD_SYMBOL.sub(r"\1 is \2", text))
    single = shape == "choice"  # 'osmium is denser' (r583 A); one option asked (r663 B)
    text = option_first(text, options, single) if shape in ("choice", "ticks") else text
    text = paired_as_one(stop_as_semicolon(text, shape, options))
    while (joined := _COMPARED_OR.sub(r"\1 and ", text)) != text:
        text = joined
    return text


# a comparison after the answer's first part, then 'or': 'than X or Y', 'unlike X or Y'
_COMPARED_OR = re.compile(
    r"((?:[,;(\u2013\u2014]|\s-\s)[^,;()]*?\b(?:than|unlike|like|as with|compared (?:with|to))\b"
    r"[^,;()]*?)\s+or\s+",
    re.IGNORECASE,
)
