"""An answer the learner corrects as they type it: 'CSTO, I mean SCO', '865, or rather 333',
'China (but really Russia)' answer with what comes after the correction; '2014 (i.e. 2013)'
says the same thing twice, so both parts must be right (review r416 A: each was graded as its
first part, and a wrong final answer passed)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answers import option_index
from quizapp.generate.check_measure import measure_problem
from quizapp.generate.number_words import words_to_digits
from quizapp.generate.question import Question
from quizapp.generate.shown_working import is_working

# where the first part ends: a comma, semicolon, colon, bracket or dash ('2016 - no, 2015',
# 'True: no, False'; review r425 A)
_BREAK = r"\s*(?:[,;:(]|\s[-\u2013\u2014]+|\sand(?=\s)|(?<=\w)\.(?=\s))\s*"  # '1860 and really
# 1861' (r467 A), '1669. It was 1680 really.' (r471 A)
# the learner takes back what they typed first
_CORRECTED = re.compile(
    rf"^(?P<first>.+?)(?:{_BREAK})?\b(?:i mean|i meant|or rather|(?:no,?\s+)?wait|make that"
    r"|correction|but really|hang on|scratch that)\b[\s,:]*(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)
# taken back with a word that may also start a remark: only an answer after it corrects
_I_THINK = r"(?:i\s+(?:think|believe|guess|reckon|mean)\s+)?"  # '- actually I think Y' (r491 D)
# '- actually it was Y' (r524 H): only a name of the deck or an option, not 'it is Russia-led'
_IT_WAS = re.compile(
    rf"^(?P<first>.+?){_BREAK}(?:actually|really|in fact),?\s+it\s+(?:was|is)\s+"
    r"(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)
# 'D, well A', 'False, er, true' (review r661 A: marked on the first), 'A. Actually no, Oslo'
# (r674 A): only an answer after it
_TAKEN_BACK = re.compile(
    rf"^(?P<first>.+?){_BREAK}(?P<back>(?:(?:actually|really|oh|hmm|um|well)[\s,]+)?no|sorry"
    rf"|(?:well,?\s+)?actually|really|well|er|erm|um|umm|uh|hmm)\b[\s,:]*{_I_THINK}"
    r"(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)
# taken back with the word after the answer: 'B (A actually)', '68 (74 actually)' (r457 A)
_BACK_AFTER = re.compile(
    rf"^(?P<first>.+?){_BREAK}(?P<final>[^()]+?)\s+(?P<back>actually|really|in fact|rather)"
    r"\)?[\s.!]*$",
    re.IGNORECASE,
)
# taken back with no mark before the word: 'Davy in fact Faraday', '1669 in fact 1680' (review
# r463 A; an answer must follow: 'Davy in fact in 1807' is a remark)
_SPACED_BACK = re.compile(
    r"^(?P<first>[^,;:()]+?)\s+(?P<back>in fact|actually|or rather|instead)\s+"
    r"(?P<final>[^,;:()]+?)[\s.!]*$",
    re.IGNORECASE,
)
# taken back by a sentence that gives another answer: 'C. Davy really found it', 'A. Sodium is
# the one they found' (review r523 A)
_CLAIMED_BACK = re.compile(
    r"^(?P<first>.+?)\s*(?:[;:(]|(?<!\d),(?!\d)|\s[-\u2013\u2014]+)\s*(?:it\s+was\s+)?(?P<final>[^()]+?)"
    r"\s+(?:(?:really|actually|in fact)\s+[a-z]+|(?:is|was)\s+(?:really\s+)?the\s+"
    r"(?:one|right one|correct one))\b.*$",
    re.IGNORECASE,
)
_BOTH_TRUE = re.compile(r"\s*both\s+(?:are\s+)?(?:true|right|correct)[\s.!]*", re.IGNORECASE)
# the answer set against another it is not: 'not Kyrgyzstan but Tajikistan' (review r457 D)
_NOT_BUT = re.compile(
    r"^\s*not\s+(?P<first>[^,;()]+?)\s*,?\s+but\s+(?P<final>[^()]+?)[\s.!]*$", re.IGNORECASE
)
_OR_MEASURE = re.compile(
    r"^(?P<first>[^,(]+?)\s*[,(]\s*or\s+(?P<final>[^()]*\d[^()]*?)\)?[\s.!]*$", re.I
)
# the learner says it again in other words, or more exactly: 'Islam, or more precisely Sunni
# Islam', '2014 (or, exactly, 29 August 2014)' (review r465 A: read as a hedge)
_RESTATED = re.compile(
    rf"^(?P<first>.+?){_BREAK}(?:i\.\s?e\.?|ie|that is|namely|(?:or,?\s+)?(?:more\s+)?"
    r"(?:precisely|exactly|specifically|in full|to be (?:precise|exact)),?)[\s,:]+"
    r"(?P<final>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)
# the same said after it: '2014, or 29 August 2014 to be exact'
_RESTATED_AFTER = re.compile(
    rf"^(?P<first>.+?){_BREAK}(?:or\s+)?(?P<final>[^()]+?),?\s+(?:to be (?:precise|exact)|"
    r"precisely|exactly)\)?[\s.!]*$",
    re.IGNORECASE,
)


def corrected(q: Question, text: str, vocabulary: dict[str, str]) -> tuple[str, str, bool] | None:
    """(first, final, restated) for an answer corrected or restated as it was typed; None for
    any other. With `restated`, both parts are answers; else only the final one is. After
    'no', 'sorry', 'actually' or 'really', and for a restatement, the final part must read as
    an answer (an option, a figure for a figure, a name the deck knows or any name in capitals:
    'Gazprom, actually Rosneft', review r422 A): 'Islam (actually mostly Sunni)' and '95%, i.e.
    nearly all' are remarks."""
    patterns = (
        (_CORRECTED, False),
        (_TAKEN_BACK, False),
        (_BACK_AFTER, False),
        (_SPACED_BACK, False),
        (_CLAIMED_BACK, False),
        (_IT_WAS, False),
        (_NOT_BUT, False),
        (_RESTATED, True),
        (_RESTATED_AFTER, True),
    )
    for pattern, restated in patterns:
        found = pattern.match(text.strip())
        if found is None or not found["final"].strip():
            continue
        if pattern is _IT_WAS and not _named(q, found["final"], vocabulary):
            continue
        if pattern is _NOT_BUT and _whole_option(q, text):  # 'not long aloof but warming
            continue  # ...': an option that holds a 'but', denied whole (review r631 A)
        said_no = pattern is _TAKEN_BACK and _NO.match(text[found.start("back") :])
        bare_no = pattern is _TAKEN_BACK and found["back"].lower() == "no" and not said_no
        if bare_no and q.numeric is not None and not re.match(r"\s*[-\u2212]?\d", found["final"]):
            continue  # '12.3% (no permit needed since 2015)': a remark, not 'no, 2015' (r561 A)
        if pattern is _CORRECTED or said_no or _answer_like(q, found, vocabulary):
            return found["first"].strip(), found["final"].strip(), restated
    measured = _OR_MEASURE.match(text.strip())  # '95%, or US$865 million' (review r465 A)
    if measured and q.numeric is not None and measure_problem(q.numeric, measured["final"]):
        return measured["first"].strip(), measured["first"].strip(), False  # said in another
    return None  # measure: a restatement, never a second answer


def _answer_like(q: Question, found: re.Match[str], vocabulary: dict[str, str]) -> bool:
    """Whether the final part could be an answer in its own right: an option, a figure where
    a figure is asked, a name the deck knows."""
    part = found["final"]
    if q.numeric is not None and is_working(part):
        return False  # '5040, i.e. 7×6×5×4×3×2×1': working shown, no second figure (r704 #17)
    said = normalise(part)
    if q.options and _LABELS.fullmatch(part) and q.kind != "mcq":  # ticks, an order, pairs:
        return True  # '2 3 1, well actually 1 2 3' (review r501 D)
    if q.kind == "assertion_reason" and _BOTH_TRUE.fullmatch(part):
        return True  # 'D. Actually both true': another verdict (review r702 #47)
    if q.options:
        return option_index(part, q.options) is not None
    if q.numeric is not None:  # of the key's measure: '95%, i.e. $865 million' is a remark
        figure = words_to_digits(part)[0]  # 'two, well three' (review r721)
        return bool(re.search(r"\d", figure)) and measure_problem(q.numeric, figure) is None
    keys = {normalise(a) for a in [*q.answer, *q.accepted]}
    known = said in vocabulary or said in keys
    # a common noun is asked ('vitamin D'), or typed so ('skin' for an imported 'Skin')
    common = q.answer[0][:1].islower() or found["first"].strip()[:1].islower()
    proper = _PROPER.fullmatch(part.strip()) is not None  # 'Gazprom, actually Rosneft'
    return known or proper or (common and _noun_like(said, keys))


def _named(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether a part is a name of the deck, an option, or a living thing's binomial."""
    if q.options:
        return option_index(part, q.options) is not None
    return normalise(part) in vocabulary or _BINOMIAL.fullmatch(part.strip()) is not None


def _noun_like(said: str, keys: set[str]) -> bool:
    """A common noun of the key's length where the key is one ('gallbladder, actually the
    liver': review r428 A); not 'mostly Sunni' or 'the largest one'."""
    words = said.removeprefix("the ").split()  # 'a Russian firm' describes
    longest = max((len(k.split()) for k in keys), default=0)
    plain = all(
        w.isalpha() and w not in _QUALIFIERS and not w.endswith(("est", "ly")) for w in words
    )
    return bool(words) and plain and len(words) <= longest


_LABELS = re.compile(r"\s*(?:(?:[1-9]|[a-hA-H])(?:\s*(?:[,;>-]|and)?\s*)){2,}")
_BINOMIAL = re.compile(r"[A-Z][a-z]{2,}\s+[a-z]{3,}")  # a living thing's ('Apis cerana': r524 H)
_PROPER = re.compile(rf"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}|{_BINOMIAL.pattern}")

_NO = re.compile(r"no\s*[,:;!-]", re.IGNORECASE)  # 'no, the liver': a correction, whatever follows
_QUALIFIERS = frozenset({"mostly", "mainly", "largely", "only", "also", "too", "both", "all"})


def _whole_option(q: Question, text: str) -> bool:
    """The text after its 'not' is one of the options whole."""
    said = normalise(re.sub(r"^\W*(?:it['’]?s\s+|it is\s+)?not\b[\s:]*", "", text, flags=re.I))
    return said.rstrip(".") in {normalise(o).rstrip(".") for o in q.options or []}
