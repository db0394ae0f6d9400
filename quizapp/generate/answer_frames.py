"""An answer said in a sentence: 'It is Bern', 'I think Dodoma', 'The capital is Berne.',
'the city of Bern', 'It was 1969' (review r325: each was graded wrong).

`unframed` gives the answer inside the frame, or None when there is no frame. The checker
grades the answer as typed first and the unframed answer only when that fails, so a key that
itself opens with such words ('City of London') keeps its own reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise

# a learner's hedge before the answer: no claim of its own
# (one list for the hedge before, after and in brackets: check_brackets, bracket_names)
# and of confidence or memory: 'I'm pretty sure', 'I reckon', 'if I remember rightly' (r357 A)
_SURE = r"(?:(?:i'm|i’m|i am)\s+)?(?:(?:pretty|fairly|quite|very|almost|reasonably)\s+)?sure"
# words that offer another answer beside the first: 'Shepard (though it might be Mitchell)',
# 'Shepard, unless it was Mitchell' (review r438 A: each passed as a remark)
OFFERED = r"unless|(?:might|could|may) (?:have )?be(?:en)?|or else|if not|alternatively|or possibly"
HEDGE_WORDS = (
    r"i think|i believe|i guess|i suppose|i'd say|i'm not sure|not sure|unsure|probably"
    r"|possibly|maybe|perhaps|i reckon|i'd guess|my guess is|definitely|surely|for sure"
    r"|certainly|of course|no doubt"
    r"|if i (?:remember|recall)(?: (?:rightly|correctly))?|if i'm not mistaken|i'm certain"
    rf"|{_SURE}"
)
_HEDGE = rf"(?:(?:{HEDGE_WORDS})\b[\s,:]*)*"
# the sentence's subject and verb: a pronoun, or 'the answer' / 'the capital' (a word of the
# stem, checked below)
_SUBJECT = (
    r"(?:(?:it|that|this|he|she|they)(?:'s|’s|\s+(?:is|was|are|were|would be))"
    r"|(?:the\s+|my\s+)?answer(?:\s+is|:)|(?P<noun>the\s+[a-z]+(?:\s+[a-z]+){0,5}?)\s+(?:is|was|are|were))"
)
_FRAME = re.compile(rf"^\s*{_HEDGE}(?:{_SUBJECT}\s*)?", re.IGNORECASE)
# 'the city of Bern': the kind of place before the name (never 'republic of': the Republic
# of China is Taiwan)
_PLACE = re.compile(r"^(?:the\s+)?(?:city|town|village|port)\s+of\s+", re.IGNORECASE)
_END = re.compile(r"[\s.!]+$")
# the hedge said after the answer: 'Ottawa, I think', 'Ottawa probably' (review r333)
_HEDGE_AFTER = re.compile(rf"(?:\s*[,;:-]\s*|\s+)(?:{HEDGE_WORDS})[\s.!?]*$", re.IGNORECASE)
_ASKS_OWNER = re.compile(r"\b(?:which|whose|what)\s+\w+['’]s\s", re.IGNORECASE)
_OWNER = re.compile(r"['’]s$")
# 'Rabat is the capital of Morocco': the stem's words said after the answer (review r328)
# or where it is: 'San José is in Costa Rica' (review r333)
_SAID_AFTER = re.compile(
    r"^(?P<rest>.+?)\s+(?:is|was|are|were)\s+(?P<tail>(?:the|in)\s+.+)$", re.IGNORECASE
)


def unframed(text: str, prompt: str) -> str | None:
    """The answer inside a sentence frame, or None when `text` has none (or nothing is left)."""
    m = _FRAME.match(text)
    rest = text[m.end() :] if m else text
    noun = m["noun"] if m else None
    if noun is not None and not _in_stem(noun, prompt):
        rest = text  # 'the Volga is': a name, not a frame
    rest = _PLACE.sub("", _END.sub("", _HEDGE_AFTER.sub("", AFFIRMED.sub("", rest))), count=1)
    if _ASKS_OWNER.search(prompt):
        rest = _OWNER.sub("", rest)  # "Uzbekistan's" for "Which country's president" (r356 B)
    after = _SAID_AFTER.match(rest)
    if after is not None and _in_stem(after["tail"], prompt, every=True):
        rest = after["rest"]
    if not rest.strip() or normalise(rest) == normalise(text):
        return None
    return rest.strip()


def _in_stem(noun: str, prompt: str, every: bool = False) -> bool:
    """Whether 'the capital' or 'the Swiss capital' names what the stem asks for ('What is
    the capital of ...'): a word of it is the stem's, and what follows 'of' is the stem's
    words throughout ('the capital of Morocco'), as is all of one said `every` after the
    answer."""
    head, _, owner = noun.lower().partition(" of ")
    words = [w for w in re.findall(r"[a-z]+", head) if w not in _SMALL]
    owners = [w for w in re.findall(r"[a-z]+", owner) if w not in _SMALL]
    asked = set(re.findall(r"[a-z]+", normalise(prompt)))
    if not all(w in asked for w in owners):
        return False  # 'the capital of Spain' asked of Morocco
    if every:
        return bool(words) and all(w in asked for w in words)
    return any(w in asked for w in words)


_SMALL = frozenset({"the", "of", "a", "an", "in"})  # 'in Costa Rica': every other word asked


# a label before the answer, set off by a comma or colon: 'the commander, Neil Armstrong',
# 'launch day, 18 May 1969' (review r387 A)
_LABEL_FIRST = re.compile(
    r"^(?P<label>[^,;:()\d]{2,48}?)\s*(?P<mark>[,:]|\s[-\u2013\u2014])\s+(?P<answer>[^,;()]+?)[\s.!]*$"
)


def label_first(text: str) -> str | None:
    """The answer with a label before it, the label put in brackets after it ('the commander,
    Neil Armstrong' -> 'Neil Armstrong (the commander)'), so that the bracket's readers judge
    the label as they judge any gloss; None when there is no such label."""
    found = _LABEL_FIRST.match(text.strip())
    if found is None or len(found["label"].split()) > 6:
        return None
    label = found["label"].strip()
    words = [w for w in label.split() if w.lower() not in ("the", "a", "an")]
    # 'Alliance: CSTO', 'Bloc - EEU': one capital word before a colon or dash is a label
    # (review r395 C); before a comma, capitals make a name ('Neil Armstrong, Buzz Aldrin')
    marked = found["mark"] != "," and len(words) == 1 and not words[0].isupper()
    if not words or (all(w[:1].isupper() for w in words) and not marked):
        return None  # 'the EEU, in 2014': a name, no label
    if found["mark"] == "," and len(label.split()) == 1:
        return None  # 'kip, Baht': a second answer, no label ('the commander, ...': review r488 A)
    return f"{found['answer']} ({label.lower() if marked else label})"  # sentence case off


# service initials after a name: 'David R. Scott, USAF', 'John Young USN' (review r396 D)
_ROMAN = re.compile(r"[IVXLC]+")
_JOINED_END = re.compile(r"(?:\band|\bor|\bplus|&)\s*$", re.IGNORECASE)
_INITIALS_AFTER = re.compile(r"^(?P<head>.*?[^\s,])\s*,?\s+(?P<tail>(?-i:[A-Z]{2,5}))[\s.]*$")


def initials_after(
    text: str, vocabulary: dict[str, str], right: Callable[[str], bool], person: bool = True
) -> str | None:
    """Capital initials the deck does not know after a right answer, put in brackets ('David
    Scott (USAF)'), where the bracket readers judge them as any gloss; None when there are
    none ('Endeavour LM' names a craft the deck knows; 'the Chinese EEU' ends with the key),
    or when they follow 'and' or, for a key that is no person, a comma: a second body ('EEU
    and WTO', 'EEU, WTO'; review r401 A), not a gloss."""
    found = _INITIALS_AFTER.match(text.strip())
    if found is None or normalise(found["tail"]) in vocabulary or _ROMAN.fullmatch(found["tail"]):
        return None  # 'Mayflower II' is another ship, 'Louis XVI' another king (review r428 C)
    joined = _JOINED_END.search(found["head"]) or (not person and "," in found[0])
    if joined or not right(found["head"]):  # 'EEU and WTO', 'EEU, WTO': a second body (r401 A)
        return None
    return f"{found['head']} ({found['tail']})"


def offers_another(text: str) -> bool:
    """An answer that offers a second one after its first part: 'Shepard (though it might be
    Mitchell)', 'Shepard, unless it is Mitchell', '1958, though maybe 1957' (review r438 A)."""
    return _OFFERING.search(text) is not None


_OFFERING = re.compile(
    rf"(?:[,;(\u2013\u2014]|\s-\s).*?\b(?:{OFFERED}|(?:though|although|but)\s+(?:maybe|perhaps"
    r"|possibly))\b",
    re.IGNORECASE,
)


# an option said in a sentence: 'It was Kazakhstan', "that's false", 'I think B'
FRAME = re.compile(
    r"^(?:(?:definitely|certainly|surely|for sure|of course|no doubt)\b[\s,:]*)?"
    r"(?:(?:it'?s|it is|it was|that'?s|that is|that was|i think"
    r"|the answer is|the answer was|my answer is|my answer:|the statement is|the claim is"
    r"|this is)\s+(?=\w))?"
)  # 'Definitely C', 'My answer is B', 'The statement is false' (review r501 F)
# a frame after the option: 'Kazakhstan did', 'Turkmenistan is the odd one out' (r445 D)
_FRAME_AFTER = re.compile(
    r"\s+(?:did|does|was|is|is the (?:odd one out|one|answer)|was the one)\s*[.!]?$"
)
# the answer affirmed after it: 'China is the answer', 'C is correct', 'B, D are correct',
# 'China is my answer' (review r501 B, C: graded wrong or asked again)
AFFIRMED = re.compile(
    r"\s*,?\s+(?:is|are|was|were)\s+(?:the\s+(?:right\s+|correct\s+)?answers?|my\s+answer"
    r"|(?:both\s+|all\s+)?(?:correct|right))\s*[.!]*\s*$|\s*!+\s*$",
    re.IGNORECASE,
)


def option_said(text: str, options: list[str]) -> str:
    """The answer (lower case, its opening frame gone) normalised, without a frame after it
    where that leaves one of the options' normalised texts."""
    said = normalise(text)
    if said in options:
        return said
    bare = normalise(_FRAME_AFTER.sub("", text))
    return bare if bare in options else said


# two figures offered ('1960 or 1961', '78% or 21%'): no format to mend (review r444)
TWO_FIGURES = re.compile(r"\d.*\b(?:or|either)\b.*\d", re.IGNORECASE)
TWO_FIGURES_NOTE = "Give one answer: that offers two."
