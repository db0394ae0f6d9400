"""An answer with the question's own context beside it: '12.3% in 2015', '81% (one survey)',
'about 1.5 million, by one estimate', 'nearly 50% between 2013 and 2015', 'the EEU in
August 2015'; and a cloze filled in: 'Kyrgyzstan joined the EEU in August 2015' for
'Kyrgyzstan joined _____ in August 2015.' (review r343: each was graded wrong, most with
'Type one number').

A tail that opens with a comma, a bracket, a dash or a preposition, and whose words are all
the question's own (its years and figures too), adds nothing: the answer before it is graded.
A tail with a word the question does not say ('the EEU in 2014' asked about 2015) is a claim
of its own and stays. A cloze's words before and after its blank, said around the answer,
come off the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.facts.physical import unit_of
from quizapp.generate.dates import MONTHS

# a word, a figure, or a code of a figure and a letter ('39A': review r426 C)
_TOKEN = re.compile(r"\d[\d,.]*\d[^\W\d_]?\b|\d[^\W\d_]?\b|\d|[^\W\d_][\w'’-]*|%|_{3,}")
_SMALL = frozenset({"a", "an", "the", "and", "of", "to", "as", "at", "on", "s"})
_PREPOSITIONS = r"in|on|at|aboard|by|between|from|during|since|for|according to|as of|as at|per"
_TAIL = re.compile(
    rf"^(?P<head>.*?\S)\s*(?:[;(]|,(?!\d{{3}}(?!\d))|\s[-–—]+|\s(?=(?:{_PREPOSITIONS})\s))\s*"
    rf"(?P<tail>[^,;()]+?)\)?[\s.!?]*$",
    re.IGNORECASE,
)


def without_context(text: str, prompt: str) -> str | None:
    """The answer without a tail of the question's own words, or None when it has none."""
    found = _TAIL.match(text.strip())
    if found is None:
        return None
    said = _plain_words(prompt)
    words = [w for w in _tokens(found["tail"]) if w not in _SMALL]
    words = [w for w in words if not re.fullmatch(_PREPOSITIONS, w)]
    if not words or any(w not in said for w in words):
        return None
    return found["head"].strip()


# what a learner says of joining or leaving, before the body: 'a return to the CSTO',
# 'rejoining the CSTO' where the stem asks what was ruled out rejoining (review r395 C)
_REJOINING = frozenset(
    {"return", "returning", "rejoin", "rejoining", "re-joining", "re-join", "joining", "going"}
    | {"back", "membership"}
)
_DENIED = frozenset({"not", "no", "never", "nor", "neither", "non"})  # 'not Uzbekistan' stays


def without_lead(text: str, prompt: str) -> str | None:
    """The answer without a head of the question's own lower-case words or of words of
    (re)joining ('rejoining the CSTO', 'a return to the CSTO'), or None when it has none."""
    raw = _TOKEN.findall(text.strip())
    said = _plain_words(prompt)
    cut = 0
    for n, word in enumerate(raw[:-1]):
        folded = normalise(word).strip(".,")
        if folded in _DENIED:
            return None
        if not folded[:1].isalpha():
            break  # a figure is the answer's own ('13 April 1970' asked of Apollo 13)
        if folded in _SMALL or folded in said or folded in _REJOINING:
            cut = n + 1 if folded not in _SMALL else cut
            continue
        break
    if cut == 0:
        return None
    rest = raw[cut:]
    if normalise(rest[0]) in ("to", "of", "in"):
        rest = rest[1:]
    return " ".join(rest) or None


def _plain_words(prompt: str) -> set[str]:
    """The prompt's figures, months and lower-case words: no name of it, which beside the
    answer may be a second answer ('Tajikistan (Kyrgyzstan)' asked which of the two)."""
    words = {w.strip(".,") for w in _TOKEN.findall(prompt)}
    plain = {w for w in words if w[:1].isdigit() or w.islower() or w.lower() in MONTHS}
    return {normalise(w) for w in plain}


def cloze_filled(text: str, prompt: str) -> str | None:
    """For a cloze, the part of `text` in the blank when the words around it are the
    prompt's own, next to the blank ('Kyrgyzstan joined the EEU'); else None."""
    if "_____" not in prompt:
        return None
    before, _, after = re.sub(r"_{3,}", "_____", prompt).partition("_____")
    pre, post = _tokens(before), _tokens(after)
    raw = _TOKEN.findall(text)
    words = [normalise(w) for w in raw]
    start = next((n for n in range(len(pre), 0, -1) if words[:n] == pre[-n:]), 0)
    rest = words[start:]
    end = next((n for n in range(len(post), 0, -1) if n < len(rest) and rest[-n:] == post[:n]), 0)
    if start == end == 0 or len(rest) == end:
        return None
    tail = " ".join(raw[len(raw) - end :])  # 'g/cm3', '°C' typed as 'C' (review r693 A)
    said_unit = re.search(r"[/³²°]|[a-z][23]\b", tail) or (end == 1 and unit_of(tail) is not None)
    if start == 0 and said_unit and re.match(r"[\d.,\s]+$", " ".join(raw[: len(raw) - end])):
        return None  # '968 g/cm³': the stem's unit said with the figure is its unit (r653 B)
    return " ".join(raw[start : len(raw) - end])


def _tokens(text: str) -> list[str]:
    return [normalise(w).strip(".,") for w in _TOKEN.findall(text)]


# a time phrase after a name, with no bracket or with a comma: 'Gazprom since 2014', 'Tajikistan,
# since 2004', 'Gazprom now' (review r398 D: refused, where 'Gazprom (since 2014)' was read)
_TIMED = re.compile(
    r"^(?P<head>[^()\d]*[^\W\d_])\s*,?\s+(?P<when>(?:(?:since|from|in|as of|until|till|by|"
    r"after|before)\s+(?:about\s+|around\s+)?(?:the\s+)?(?:early\s+|mid\s+|late\s+)?\d{4}s?"
    r"|now|today|currently|at present|nowadays)\s*[.!]?)$",
    re.IGNORECASE,
)


def time_bracketed(text: str) -> str | None:
    """'Gazprom since 2014' as 'Gazprom (since 2014)', which the bracket rules read; else None.
    Only a name's answer: a figure's year beside it is read by the figure's own rules."""
    found = _TIMED.match(text.strip())
    return f"{found['head'].strip()} ({found['when'].strip().rstrip('.!')})" if found else None


# a remark after a name with no comma, opened by a linking word: 'Uzbekistan after Karimov's
# death', 'Gazprom because it bought Kyrgyzgaz' (review r453 C: graded wrong, where the same
# with a comma was read)
_LINKED = re.compile(
    r"^(?P<head>[^,;()]*?[^\W\d_])\s+(?P<rest>(?:after|because|as|for|under|along with|when"
    r"|while|following|before|until|thanks to|due to|using|via|through|meaning)\s+\S.*)$",
    re.IGNORECASE,
)


def comma_linked(text: str, right: Callable[[str], bool]) -> str:
    """'Uzbekistan after Karimov's death' as 'Uzbekistan, after Karimov's death', which the
    remark rules read, where the part before the linking word is `right`; else `text`."""
    found = _LINKED.match(text.strip())
    return f"{found['head']}, {found['rest']}" if found and right(found["head"]) else text
