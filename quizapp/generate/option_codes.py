"""A choice answer's codes read as the options they name: 'Cu' as the option 'copper', 'I, F'
as iodine and fluorine, a matching's 'Hg 357' as mercury's row (reviews r382 B, r483 C); an
option's own label stays a label, a label before the answer ('Answer: B') comes off, and a
true/false word in other words ('not true') is read as the word."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import FRAME
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question
from quizapp.generate.value_names import codes as deck_codes

_ANSWER_LABEL = re.compile(
    r"^\s*(?:my |the )?(?:answer|choice)(?: is)?\s*[:=\-\u2013]?\s+(?=\S)", re.IGNORECASE
)
_TRUTH_REMARK = re.compile(
    r"^\s*(true|false)\s*(?:[-,:;(\u2013\u2014]|\s(?:because|as|since)\s)", re.I
)
_BOTH = re.compile(r"\s*(?:or\s+|maybe\s+|perhaps\s+)?(?:true|false|t|f)\s*[?.!)]*\s*", re.I)
# a verdict on a statement in other words (review r400 A): 'correct', 'not true', 'untrue'
_TRUTH_WORDS: dict[str, tuple[str, ...]] = {"true": ("correct", "right", "yes", "accurate")}
_TRUTH_WORDS["false"] = ("untrue", "incorrect", "wrong", "no", "inaccurate")
_TRUTH_WORDS["false"] += tuple(f"not {w}" for w in ("true", "correct", "right", "accurate"))
_TRUTH_SAID = {w: truth for truth, words in _TRUTH_WORDS.items() for w in words}
_TRUTH_SAYING = re.compile(
    r"^\s*(?:(?:it'?s|it is|that'?s|that is|this is|the statement is)\s+)?("
    + "|".join(sorted(_TRUTH_SAID, key=len, reverse=True))
    + r")(?:\s*(?:[-,:;(.!\u2013\u2014]|\s(?:because|as|since)\s).*)?\s*[.!]?\s*$",
    re.I | re.S,
)


def _truth_in_words(text: str) -> str:
    """'correct' as 'true', 'not true' or 'incorrect, it was 1970' as 'false'; else the text."""
    said = _TRUTH_SAYING.match(text)
    return _TRUTH_SAID[said[1].lower()] if said else text


def coded_as_options(q: Question, text: str, vocabulary: dict[str, str] | None) -> str:
    """A choice answer with each code the deck gives a thing ('Cu', 'I, F') put as the option
    naming that thing (review r382 B); an option's own label ('C' of four) stays a label; a
    label before it ('Answer: B') comes off, and a true/false word keeps no remark after it."""
    if SPECS[q.kind].shape in ("text", "self"):
        return text
    text = _ANSWER_LABEL.sub("", text)  # 'Answer: B' (review r396 H)
    truth = _TRUTH_REMARK.match(text) if q.kind == "true_false" else None
    both = truth and _BOTH.fullmatch(text[truth.end() :])  # 'False, True' names two (r502 A)
    text = truth[1] if truth and not both else text  # 'False - it was September 1970'
    text = _truth_in_words(text) if q.kind == "true_false" else text
    codes = deck_codes(vocabulary)
    options = q.options or []
    labels = {chr(ord("a") + i) for i in range(len(options))}
    labels |= {"t", "f"} if q.kind == "true_false" else set()
    if q.kind == "matching" and q.left:  # 'Hg 357, Ar -186', 'Shepard 5th' (r483 C, r482 C)
        text = _numbered_rows(text, q.left, len(options))  # '11 Aldrin, 12 Bean' (r502 C)
        own = {o for o in options if _CODES.fullmatch(o)}  # 'gold → Au' where Au is an option
        text = _coded_rows(
            text, q.left, {c: t for c, t in codes.items() if c not in own}, labels, vocabulary or {}
        )
    if not codes:
        return text

    def option(code: str) -> int | None:
        return option_naming(codes.get(code), options, vocabulary or {})

    # among codes of two letters, 'C' is carbon, no label: 'Ag, Fe, C, H' (review r427 C)
    coding = any(len(c) > 1 and option(c) is not None for c in _CODES.findall(text))
    words = [w for w in re.split(r"[\s,;>]+", text) if w]  # 'silver, iron, C, hydrogen'
    coding |= SPECS[q.kind].shape == "order" and any(len(w) > 2 and w.isalpha() for w in words)
    coding |= SPECS[q.kind].shape == "order" and all(
        option(w) is not None for w in words
    )  # 'U O C H'
    if SPECS[q.kind].shape == "order" and _every_label(words, len(options)):
        coding = False  # 'C B D A (Pu is 94)': the labels, a remark after (review r623 A)

    def named(code: re.Match[str]) -> str:
        found = option(code[0]) if coding or code[0].lower() not in labels else None
        return options[found] if found is not None else code[0]

    return _CODES.sub(named, text)


def _every_label(words: list[str], count: int) -> bool:
    """The answer opens with each option's letter once: an order given by labels."""
    lead = [w.lower().strip("().") for w in words[:count]]
    return count >= 2 and sorted(lead) == [chr(ord("a") + i) for i in range(count)]


def _numbered_rows(text: str, rows: list[str], count: int) -> str:
    """Each row typed by its own number alone, past the options' numbers, before a name: '11
    Aldrin, 12 Bean' where the rows are Apollo 11 and Apollo 12."""
    numbered: dict[str, list[str]] = {}
    for row in rows:
        if len(figures := re.findall(r"\b\d+\b", row)) == 1:
            numbered.setdefault(figures[0], []).append(row)

    def put(found: re.Match[str]) -> str:
        named = numbered.get(found[2], [])
        return f"{found[1]}{named[0]} " if len(named) == 1 and int(found[2]) > count else found[0]

    return _ROW_NUMBER.sub(put, text)


_ROW_NUMBER = re.compile(r"(^|[,;]\s*)(\d+)\s*[:=-]?\s*(?=[A-Za-z])")


def _coded_rows(
    text: str, rows: list[str], codes: dict[str, str], labels: set[str], vocabulary: dict[str, str]
) -> str:
    """Each code the deck gives a matching's row put as that row; a one-letter code that is
    also a row's label ('C') only where a code of two letters names a row too."""
    found = {c: option_naming(codes.get(c), rows, vocabulary) for c in _CODES.findall(text)}
    coding = any(len(c) > 1 and i is not None for c, i in found.items())

    def row(code: re.Match[str]) -> str:
        i = found.get(code[0])
        return rows[i] if i is not None and (coding or code[0].lower() not in labels) else code[0]

    return _other_names(_CODES.sub(row, text), rows, vocabulary)


def _other_names(text: str, rows: list[str], vocabulary: dict[str, str]) -> str:
    """Each other name the deck gives a row's thing put as the row, in one pass, longest
    first: 'sulphur 16' where the row is sulfur, 'Shepard 5th' where it is Alan Shepard
    (reviews r483 C, r482 C); the row's own name stays as typed."""
    things = {thing: row for row in rows if (thing := named_thing(row, vocabulary))}
    names = {n: things[t] for n, t in vocabulary.items() if t in things and len(n) > 3}
    names |= {normalise(row): row for row in rows}
    if not names:
        return text
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.sub(
        rf"(?<![\w-])(?:{pattern})(?![\w-])",
        lambda m: names.get(normalise(m[0]), m[0]),
        text,
        flags=re.IGNORECASE,
    )


_CODES = re.compile(r"(?<![\w-])(?:[A-Z][a-z]{1,2}|[A-Z](?! (?!and\b|or\b)[a-z]))(?![\w-])")


def option_naming(thing: str | None, options: list[str], vocabulary: dict[str, str]) -> int | None:
    """The one option the deck knows as `thing` ('element:copper'), or None."""
    found = [i for i, o in enumerate(options) if thing and named_thing(o, vocabulary) == thing]
    return found[0] if len(found) == 1 else None


def named_thing(text: str, vocabulary: dict[str, str]) -> str | None:
    n = normalise(FRAME.sub("", text.strip().lower()))
    return vocabulary.get(n) or vocabulary.get(n.removeprefix("the "))
