"""The verdict on an answer to a choice, a tick-all, an ordering or a matching: the options it
names, read by answers.py, against the key. A remark typed beside a chosen option is judged as
one beside a typed answer is (tie_claims.py): 'False, it was 1875' of germanium (found 1886)
is wrong though False is right (review r412 F)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import OFFERED
from quizapp.generate.answers import (
    PAIR,
    chosen_option,
    option_index,
    read_sequence,
    read_ticks,
    tick_tokens,
)
from quizapp.generate.assertion_words import assertion_choice
from quizapp.generate.check_forms import against_stem
from quizapp.generate.options_named import RULED_OUT
from quizapp.generate.question import Question
from quizapp.generate.remark_fallback import contrast_rival
from quizapp.generate.tie_claims import untied_claim
from quizapp.generate.verdict import Verdict

Vocabulary = dict[str, str] | None


def choice_verdict(
    q: Question, text: str, expected: str, vocabulary: Vocabulary, said: str = ""
) -> Verdict:
    """The chosen option against the key; then a remark `said` beside it, if any."""
    options = q.options or []
    picked = chosen_option(text, options, vocabulary)
    if picked is None:
        return Verdict("wrong", expected, "Answer with an option number or its text.")
    if options[picked] not in q.answer:
        return Verdict("wrong", expected)
    if q.kind == "numeric_mcq" and (against := against_stem(q, said or text)):  # 'rose 28%'
        return Verdict("wrong", expected, against)  # where it fell (review r631 E)
    remark = _remark(said or text, options[picked])
    # a contrast naming another option, or short enough to claim the answer ('though Stafford
    # commanded'), not 'though India also has a base' (review r453 F)
    rival = remark and contrast_rival(q, remark, vocabulary or {})
    rival = rival and (_names_option(remark, options, picked) or len(remark.split()) <= 4)
    ruled = remark and RULED_OUT.sub(" ", remark)  # 'D (not A or B)' offers none (r473 A)
    hedged = bool(ruled and _OFFERS.search(ruled))  # a bare 'or' offers a second option
    hedged = hedged and bool(_OFFERED.search(remark) or _names_option(remark, options, picked))
    offered = remark and (hedged or rival or _also_chosen(remark, options, picked))
    # 'A (a fifth or so)' offers none (review r459 A)
    if offered:  # 'A, though it might be B', 'McDivitt, though Stafford commanded' (r438 A, B)
        return Verdict("wrong", expected, "Choose one option.")
    # another option's words take the choice back where options are verdicts on one claim, or
    # with a word that does ('really', 'actually'); beside a fact they add one (review r493 A)
    back = q.kind == "assertion_reason" or bool(remark and _ALSO.search(remark))
    if remark and back and _LED.match(text) and _other_options_words(remark, options, picked):
        if q.kind == "assertion_reason" and assertion_choice(remark, options) == picked:
            return Verdict("correct", expected)  # the chosen verdict restated (review r691 A)
        return Verdict("wrong", expected, "That says what another option says.")
    truth = _TRUTH_SAID.search(remark) if remark and q.kind == "true_false" else None
    if truth is not None and normalise(truth[1]) != normalise(options[picked]):
        return Verdict("wrong", expected, "That takes the chosen option back.")  # 'B. But that
    # is true.' after False (review r475 A)
    if remark and _denied(remark, options[picked], picked):
        return Verdict("wrong", expected, "That takes the chosen option back.")
    untrue = untied_claim(q, remark, vocabulary or {}) if remark else None
    return Verdict("correct", expected) if untrue is None else Verdict("wrong", expected, untrue)


def _names_option(remark: str, options: list[str], picked: int) -> bool:
    """Whether the remark names another option by its text or its letter."""
    said = f" {normalise(remark)} "
    named = any(f" {normalise(o)} " in said for i, o in enumerate(options) if i != picked)
    letters = "".join("ABCDEFGH"[i] for i in range(len(options)) if i != picked)
    return named or re.search(rf"\b[{letters}]\b", remark) is not None  # 'B', never 'a base'


def _also_chosen(remark: str, options: list[str], picked: int) -> bool:
    """A remark that is only another option, added to the chosen one or put in its place: 'D
    (A as well)', 'D, though A is also true', 'B, though A is the real answer' (a second
    answer, graded right with the not-marked note before: reviews r457, r461 E)."""
    if not _ALSO.search(remark):
        return False
    rest = " ".join(_FILLER.sub(" ", remark).split())
    others = [o for i, o in enumerate(options) if i != picked]
    letters = ["ABCDEFGH"[i] for i in range(len(options)) if i != picked]
    return rest in letters or normalise(rest) in {normalise(o) for o in others}


def _denied(remark: str, option: str, picked: int) -> bool:
    """A remark that says the chosen option is not the answer: 'C, not William Van Alen' where
    C is Van Alen, 'D, not 1997' (graded right with no note: review r464 A)."""
    found = _DENIAL.match(remark)
    if found is None:
        return False
    said = found["what"].strip()
    if re.fullmatch(r"[A-H]", said):  # an option's letter: 'D (not A)' rules out another
        return said == "ABCDEFGH"[picked]
    what, own = _grouped(said).split(), _grouped(option).split()
    return bool(what) and len(own) <= _NAME_WORDS and set(what) <= set(own)  # no statement


def _grouped(text: str) -> str:
    """`text` normalised with its figures' digit groups run together: '299 792 458' and
    '299,792,458' are one figure (review r664 C)."""
    return re.sub(r"(?<=\d)[,\s](?=\d{3}\b)", "", normalise(text))


_LAST_BRACKET = re.compile(r"\((?P<remark>[^()]+)\)[\s.!]*$")
_TRUTH_SAID = re.compile(
    r"\b(?:that|it|this|the statement)(?:'s|\s+is|\s+was)\s+(true|false)\b", re.I
)
# a choice given by its label or its whole text, then a remark: another option's words in it
# take the choice back; a paraphrase of the option ('The assertion is false, and the reason is
# true.') is no such remark (review r473 B)
_LED = re.compile(r"^\s*\(?[A-Ha-h1-8]\)?[.):,]?\s|^.{40,}?\.\s+\S")
_NAME_WORDS = 6  # an option of more words is a statement: 'not the reason' is option B
# 'D, not 299,792,458 m/s' (a figure's digit groups: review r664 C)
_DENIAL = re.compile(
    r"^\s*(?:but\s+|and\s+|though\s+)?(?:not|is not|isn't|was not|wasn't)\s+"
    r"(?P<what>(?:[^,;]|(?<=\d),(?=\d{3}))+?)"
    r"[\s.!]*$",
    re.IGNORECASE,
)


def _remark(text: str, option: str) -> str:
    """What follows the chosen option after a comma, a bracket or 'because' ('False, it was
    1875' -> 'it was 1875'); '' when nothing does, or the rest is the option's own text."""
    said, own = normalise(text), normalise(option)
    if len(own.split()) > _NAME_WORDS and said.startswith(own) and said != own:
        return said[len(own) :].strip(" .,;:()")  # after a long option's own text (r471 C)
    found = _REMARK.match(text) or _LAST_BRACKET.search(text)  # 'A, 1669 (but C is right)'
    if found is None or normalise(found["remark"]) in own:
        return ""
    return found["remark"]


def _other_options_words(remark: str, options: list[str], picked: int) -> bool:
    """A remark that says three words running of another long option and not of the chosen
    one: '... explains the assertion. Actually the reason is false.' (review r471 C)."""
    said, own = normalise(remark).split(), normalise(options[picked])
    runs = {" ".join(said[i : i + 3]) for i in range(len(said) - 2)}
    others = [normalise(o) for i, o in enumerate(options) if i != picked]
    return any(r not in own and any(r in o for o in others) for r in runs)


# another option added to the chosen one, or put in its place: 'D (A as well)', 'D, though
# A is the real answer' (review r461 E)
_ALSO = re.compile(
    r"\b(?:also|too|as well|both|real|really|actual|actually|instead|rather|mean|meant|right"
    r"|correct|say|think|guess|believe|reckon|better|best)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(?:i'd|i'm|though|but|and|also|too|as well|both|is|was|are|were|true|right|correct|it|one"
    r"|the|real|really|actual|actually|answer|instead|rather|i|mean|meant|or|maybe|say"
    r"|think|guess|believe|reckon|would|is it|evidence|reason|explanation|cause|option|choice"
    r"|better|best|statement)\b|[,.!']",
    re.IGNORECASE,
)
_OFFERED = re.compile(rf"\b(?:{OFFERED})\b", re.IGNORECASE)
_OFFERS = re.compile(rf"\b(?:{OFFERED}|or|either|maybe|perhaps|possibly)\b", re.IGNORECASE)
_GROUPED = r"(?<=\d),(?=\d{3}(?!\d))"  # a digit group's comma: '7,000 troops in 2016' (r481 C)
_REMARK = re.compile(
    rf"^(?:[^,;:(\u2013\u2014]|{_GROUPED})+?\s*(?:(?!{_GROUPED})[,;:(\u2013\u2014]|\s-\s"
    r"|\s(?:because|as|since)\s|\.\s)\s*(?P<remark>[^()]+?)\)?[\s.!]*$",
    re.IGNORECASE,
)


def ticks_verdict(q: Question, text: str, expected: str) -> Verdict:
    options = q.options or []
    for tok in tick_tokens(text, options):
        if option_index(tok, options) is None:
            return Verdict("wrong", expected, f"{tok!r} is not one of the options.")
    picked = {options[i] for i in read_ticks(text, options) or []}
    return Verdict("correct" if picked == set(q.answer) else "wrong", expected)


def sequence_verdict(q: Question, text: str, expected: str, vocabulary: Vocabulary) -> Verdict:
    """Ordering: option numbers in order ("2 1 3"). Matching: for each left item, an option."""
    options = q.options or []
    idx = read_sequence(text, options, q.left, vocabulary)
    if idx is None:
        return Verdict("wrong", expected, f"Give all {len(options)} option numbers in order.")
    chosen = [options[i] for i in idx]
    if q.kind == "ordering":
        return Verdict("correct" if chosen == q.answer else "wrong", expected)
    pairs = [f"{a}{PAIR}{b}" for a, b in zip(q.left or [], chosen, strict=False)]
    return Verdict("correct" if pairs == q.answer else "wrong", expected)
