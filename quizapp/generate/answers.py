"""The answer wire format: how a response names options, one home for writing and reading it.

A response is text, whatever the front end. By the kind's shape (generate/kind_spec.py):
choice "2" (an option's number, its letter "b", or its text; "T" or "F" for True or False);
ticks "1 3" (or "ac", or with commas); order "2 1 3" (all the numbers, in order; "213" when
each is one digit); pairs, for A, B, C ... in turn, the number of its match, "3 1 2"; text,
the words or figure typed; self, the learner's own grade 1..4. The TUI's widgets write it
(`choice`, `ticks`, `sequence`), the checker, the feedback's comparison and the session read
it (`option_index`, `read_ticks`, `read_sequence`, `read_grade`), and `key_response` writes
the right answer (the tests' synthetic learner).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import AFFIRMED, FRAME, option_said
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.matching_pairs import letter_pairs, lettered_texts, number_pairs, word_pairs
from quizapp.generate.option_codes import named_thing, option_naming
from quizapp.generate.option_roundings import rounded_option
from quizapp.generate.question import Question
from quizapp.generate.sequence_figures import picked_by_figure
from quizapp.generate.typed_options import loose_index

PAIR = " → "  # a matching key: "left → right"

_TRUTH_INITIALS = {"t": "true", "f": "false"}  # a true/false item's options by their initials
# words that only say a figure is rounded: 'about 53%' and '53%' name one option ('nearly',
# 'over' and 'under' say which side it lies on, and are kept; so is any word before a word)
HEDGE = re.compile(r"^(?:about|around|roughly|approximately|approx\.?|circa|c\.|some|~) ?(?=[-\d])")
_LEAD_DOT = re.compile(r"(^|[^\d.])\.(?=\d)")
_FIGURE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")  # a bare figure typed for a choice


def choice(index: int) -> str:
    """The response choosing option `index` (from 0)."""
    return str(index + 1)


def ticks(indices: Iterable[int]) -> str:
    """The response ticking the options at `indices` (from 0), in option order."""
    return " ".join(choice(i) for i in sorted(indices))


def sequence(indices: Iterable[int]) -> str:
    """The response giving the options at `indices` (from 0) in that order."""
    return " ".join(choice(i) for i in indices)


def option_index(text: str, options: list[str]) -> int | None:
    """The option a response names: its number, its letter or its text (a rounded figure with
    or without its "about"; "T" or "F" for True or False; a bare figure beyond the options'
    numbers for the one option with that figure and a unit); None if none."""
    t = FRAME.sub("", AFFIRMED.sub("", text.strip().lower()))  # "It's false", 'I think B'
    t = _LEAD_DOT.sub(r"\g<1>0.", t)  # '.968' (review r403 B)
    if t.isdecimal() and 1 <= int(t) <= len(options):
        return int(t) - 1
    if len(t) == 1 and "a" <= t <= chr(ord("a") + len(options) - 1):
        return ord(t) - ord("a")
    folded = [normalise(o) for o in options]
    if sorted(folded) == ["false", "true"] and t in _TRUTH_INITIALS:
        return folded.index(_TRUTH_INITIALS[t])  # 'T', 'F': no letter names a third option
    n = option_said(t, folded)  # without its frames: "It's false", 'Kazakhstan did'
    if n in folded:
        return folded.index(n)
    unhedged = [HEDGE.sub("", o) for o in folded]  # '53%' for 'about 53%', and back
    found = [i for i, o in enumerate(unhedged) if o == HEDGE.sub("", n)]
    if not found and _FIGURE.fullmatch(t):  # '22' for '22 kg', where no option has number 22
        found = [i for i, o in enumerate(unhedged) if figure_of(o) == float(t.replace(",", ""))]
    if len(found) == 1:
        return found[0]
    ended = _SAID_IN.match(t)  # 'in period 5', 'Technetium is in period 5' (review r633 A)
    if ended and (said_in := normalise(ended["x"])) in folded and ended["who"] is None:
        return folded.index(said_in)
    pointed = _POINTED.match(t)  # 'the spectroscope one', 'the one about the spectroscope'
    said = (pointed["x"] or pointed["y"]) if pointed else None
    if said is not None and said not in _NO_POINTER and not any(map(figure_of, options)):
        return option_index(said, options)  # (review r623 B)
    return loose_index(t, n, options, unhedged, option_index)  # typed_options.py


# an option said at the end of a short sentence: 'in period 5', 'technetium is in group 16',
# 'the odd one out is hydrogen'
_SAID_IN = re.compile(
    r"^(?:(?:the odd one out|it|this|that|(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?))\s+(?:is|was|lies"
    r"|sits)\s+)?(?:(?:in|at|on)\s+)?(?P<x>.+?)[\s.!]*$"
)
_POINTED = re.compile(
    r"^(?:the\s+)?(?:(?:one|option|answer|choice)\s+(?:about|on|with|that says|saying|naming"
    r"|mentioning)\s+(?P<x>.+)|(?P<y>.+?)\s+(?:one|option|answer|choice))\s*[.!]?$"
)
_NO_POINTER = frozenset(
    {"option", "answer", "choice", "number", "letter", "right", "correct", "last"}
    | {"first", "second", "third", "fourth", "fifth", "other", "odd", "wrong", "this", "that"}
)


def chosen_option(text: str, options: list[str], vocabulary: dict[str, str] | None) -> int | None:
    """`option_index`, then the one option named by another of the deck's names for it
    ('Oceanus Procellarum' for the Ocean of Storms, 'Walter Schirra' for Wally Schirra;
    reviews r375 B, r378 E, r379 C)."""
    found = option_index(text, options)
    if found is None:  # '0.9%' for the option 0.93% (option_roundings.py)
        found = rounded_option(text, options)
    if found is not None or not vocabulary:
        return found
    return option_naming(named_thing(text, vocabulary), options, vocabulary)


def figure_of(option: str) -> float | None:
    """The figure an option opens with, before its unit: 22 of '22 kg', None of '$2.5 bn'."""
    found = re.match(r"([-\d,]*\.?\d+) ?[^\d\s,.]", option)
    return float(found.group(1).replace(",", "")) if found else None


def tick_tokens(text: str, options: list[str]) -> list[str]:
    """A ticks response in tokens: "1 3", "1,3", or letters run together ("ac"); options
    by their text joined by commas or "and" ("Kazakhstan and Kyrgyzstan": review r365 D); an
    option said not to apply is no tick ('..., not Turkmenistan': review r433 E)."""
    text = _NOT_TICKED.sub("", AFFIRMED.sub("", text))  # 'B, D are correct' (review r501 C)
    text = _ONLY.sub("", text)  # 'A and B only', 'only A and B' (review r542 B)
    text = _PLUS.sub(", ", text)  # 'A + B + E', '1+2+5' (review r573 D)
    parts = [p for p in _JOINS.split(text.strip().lower()) if p]
    if len(parts) > 1 and all(option_index(p, options) is not None for p in parts):
        return parts
    tokens = [t for t in re.split(r"[\s,;]+", text.strip().lower()) if t and t not in _AND]
    if len(tokens) == 1 and tokens[0].isalpha() and len(tokens[0]) <= len(options):
        return list(tokens[0])
    return tokens


_NOT_TICKED = re.compile(r"\s*(?:[,;]\s*|\(\s*)?(?:but\s+)?\bnot\s+[^,;()]+\)?", re.IGNORECASE)
_ONLY = re.compile(r"^\s*only\s+|\s+only[\s.!]*$", re.IGNORECASE)
_PLUS = re.compile(r"(?<=\w)\s*\+\s*(?=\w)")  # not a sign: '+6%'
_JOINS = re.compile(r"\s*(?:[,;&]|\band\b)\s*")
_AND = frozenset({"and", "&"})


def read_ticks(text: str, options: list[str]) -> list[int] | None:
    """The options a ticks response names (from 0), or None if a token names none."""
    picks = [option_index(t, options) for t in tick_tokens(text, options)]
    denied = {option_index(m[1].strip(" .!"), options) for m in _DENIED_TICK.finditer(text)}
    if denied & set(picks) - {None}:  # 'B, D, but not B' takes a tick back (review r663 A)
        return None
    return None if None in picks else [p for p in picks if p is not None]


_DENIED_TICK = re.compile(r"\bnot\s+([^,;()]+)", re.IGNORECASE)


def read_sequence(
    text: str,
    options: list[str],
    left: list[str] | None = None,
    vocabulary: dict[str, str] | None = None,
) -> list[int] | None:
    """The options an order or pairs response names, in its order (from 0); None unless it
    names exactly as many as there are options. A matching's `left` items may be named too."""
    text = AFFIRMED.sub("", text) or text  # '2 3 1 is correct' (review r501 F)
    text = (left and lettered_texts(text, len(options))) or text  # 'A: Snoopy, B: ...' (r572 B)
    paired = letter_pairs(text, len(options)) or _named_pairs(text, options, left or [], vocabulary)
    if paired is None and left and "(" in text:  # 'Kazakhstan (74%), Kyrgyzstan (81%)' (r531 E)
        paired = _named_pairs(re.sub(r"\s*\(([^()]+)\)", r" \1", text), options, left, vocabulary)
    if paired is None and left:  # '1=3, 2=1', 'Saturn V 2, Rice 4' (matching_pairs.py)
        paired = number_pairs(text, len(options)) or word_pairs(text, left, len(options), options)
    if paired is not None:  # 'A3 B2 C4 D1', '1-C 2-B 3-D 4-A' (review r368 H)
        return paired
    # the options' texts in order ('a liquid, a solid', '-186, 357': r385 A), or their figures
    # where some lie beyond the options' numbers ('1, 26, 8, 47': r388 A); commas first, as
    # an option may hold 'and' ('Ramsay and Travers, Winkler, ...': review r403 E)
    commas = r"(?<!\d),|,(?!\d)|;"  # not the comma of '3,422 °C' (review r427 G)
    for joins in (commas, rf"{commas}|\s(?:and|then|>|→)\s"):
        split = (_THEN.sub("", p.strip()) for p in re.split(joins, text.strip()))
        parts = [p for p in split if p]  # '1, then 3, then 2' (review r521 B)
        texts = _picked(parts, options, vocabulary)  # 'Oceanus Procellarum' (r411 D)
        if len(texts) == len(options) and None not in texts and len(set(texts)) == len(texts):
            return [p for p in texts if p is not None]
    if (mentioned := _in_order_of_mention(text, options)) is not None:
        return mentioned  # an option's own text holds a comma (review r521 B)
    tokens = [
        t
        for t in re.split(r"[\s,;>]+|(?<=\w)-|-(?!\d)", text.strip().lower())
        if t and t not in _AND
    ]
    if len(tokens) == 1 and len(tokens[0]) == len(options):
        tokens = list(tokens[0])
    picks = _picked(tokens, options)  # '7 1 3 6 5': periods, as 7 is no option's number (r403 D)
    if None in picks or len(picks) != len(options):
        return None
    return [p for p in picks if p is not None]


_THEN = re.compile(  # '1, then 3' (r521 B); 'first lead, ... last lithium', 'lead first' (r533 E)
    r"^(?:and\s+)?then\s+|^(?:and|next|finally|first(?:ly)?|last(?:ly)?)\s+|\s+(?:first|last)$",
    re.IGNORECASE,
)


def _in_order_of_mention(text: str, options: list[str]) -> list[int] | None:
    """Every option's whole text found in the answer once, none inside another's, in the
    order they come (from 0); else None. Only options of words: a figure's text may be
    another's number."""
    if not all(len(re.findall(r"[^\W\d_]{3,}", o)) >= 2 for o in options):
        return None
    said = normalise(text)
    spots = []
    for i, option in enumerate(options):
        found = [
            m.start() for m in re.finditer(rf"(?<!\w){re.escape(normalise(option))}(?!\w)", said)
        ]
        if len(found) != 1:
            return None
        spots.append((found[0], found[0] + len(normalise(option)), i))
    spots.sort()
    if any(a[1] > b[0] for a, b in pairwise(spots)):
        return None
    return [i for _, _, i in spots]


def _picked(
    said: list[str], options: list[str], vocabulary: dict[str, str] | None = None
) -> list[int | None]:
    """Each part's option: by figure if all are figures, one past the options' numbers; else
    by its text, or the deck's other name for an option's."""
    figured = picked_by_figure(said, options)  # '7 1 3 6 5', '5th 2nd' (sequence_figures.py)
    return figured if figured is not None else [chosen_option(p, options, vocabulary) for p in said]


def _named_pairs(
    text: str, options: list[str], left: list[str], vocabulary: dict[str, str] | None = None
) -> list[int] | None:
    """A matching answered by its left items' names, each followed by its match's number,
    letter or text ('Kazakhstan 74%, Kyrgyzstan 81%, Tajikistan 68%', 'Kazakhstan: 3; ...';
    review r377 D); the matches in left order (from 0), or None unless each left item is
    named once, first, and every option once."""
    t = text.lower()
    spots = sorted(
        (m.start(), m.end(), i)
        for i, name in enumerate(left)
        for m in re.finditer(rf"(?<!\w){re.escape(name.lower())}(?!\w)", t)
    )
    if not left or sorted(i for _, _, i in spots) != list(range(len(left))) or spots[0][0] > 0:
        return None
    said: dict[int, str] = {}
    for k, (_, end, i) in enumerate(spots):
        stop = spots[k + 1][0] if k + 1 < len(spots) else len(t)
        rest = text[end:stop].removeprefix("-")  # 'Kazakhstan-3': a hyphen joins, ' -186' signs
        part = re.sub(r"^[\s,;:=→>.]*(?:-+(?!\d)[\s,;:=→>.]*)?", "", rest)
        said[i] = part.rstrip(" \t,;:=-→>.")  # 'argon -186' (r382 I)
    match = _picked([said[i] for i in range(len(left))], options, vocabulary)  # (r403 D, r429 E)
    picks = [p for p in match if p is not None]
    return picks if sorted(picks) == list(range(len(options))) else None


GRADES = ("1", "2", "3", "4")  # a self-graded card: again, hard, good, easy


def read_grade(text: str) -> int | None:
    """The learner's own grade of a flashcard, 1 (again) to 4 (easy); None if it is none."""
    t = text.strip()
    return int(t) if t in GRADES else None


def matched(answer_line: str) -> str:
    """The right-hand side of a matching key ("Almaty → Kazakhstan" -> "Kazakhstan")."""
    return answer_line.split(PAIR, 1)[-1]


def key_response(q: Question) -> str:
    """The right answer, written as a learner would give it (a flashcard: Good, 3)."""
    options = q.options or []
    shape = SPECS[q.kind].shape
    if shape == "choice":
        return choice(options.index(q.answer[0]))
    if shape in ("ticks", "order"):
        return sequence(options.index(a) for a in q.answer)
    if shape == "pairs":
        return sequence(options.index(matched(a)) for a in q.answer)
    if shape == "self":
        return "3"
    return q.answer[0]
