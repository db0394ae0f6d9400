"""Reading numbers the way people type them: "7,000", "7 000", "7k", "1.5bn", "12.3 %",
"US$333 million", "333m dollars". Exactly one number or nothing: "7 or 8" is not an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.facts.normalise import normalise
from quizapp.generate.quantity_reader import SCALE_WORDS

# the scale words a displayed figure uses: one table with the answer reader's
_SCALE_WORDS = {
    w: SCALE_WORDS[w]
    for w in (
        "k",
        "thousand",
        "m",
        "mn",
        "mln",
        "million",
        "millions",
        "b",
        "bn",
        "bln",
        "billion",
        "billions",
    )
}
_NUMBER = re.compile(
    r"(?<![\w.])([-+]?(?:\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)"
    r"\s*(k|thousand|mn|mln|million|millions|m|bn|bln|billion|billions|b)?(?![a-z])"
)
_CURRENCY = re.compile(
    r"(us\$|\$|usd|us dollars?|dollars?|€|eur|euros?|£|gbp|rub|roubles?|rubles?)"
)
MAX_ANSWER = 200


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    scale: float  # 1 when no scale word was given
    scaled: bool  # whether the learner wrote a scale word


def parse_number(text: str) -> ParsedNumber | None:
    found = number_and_words(text)
    return found[0] if found else None


def number_and_words(text: str) -> tuple[ParsedNumber, str] | None:
    """The one number in `text` and what follows it, folded and without currency: (2.7,
    'g/ml') of '2.7 g/mL', (7000, 'troops') of '7,000 troops', (1 billion, '') of 'US$1
    billion'; None unless there is exactly one number."""
    if len(text) > MAX_ANSWER:
        return None
    t = normalise(text)
    t = _CURRENCY.sub(" ", t)
    t = re.sub(r"(\d)\s*%", r"\1 %", t).replace("per cent", "%").replace("percent", "%")
    matches = list(_NUMBER.finditer(t))
    if len(matches) != 1:
        return None
    m = matches[0]
    digits = re.sub(r"[ ,\u00a0\u202f]", "", m.group(1))
    try:
        value = float(digits)
    except ValueError:
        return None
    word = m.group(2)
    scale = _SCALE_WORDS[word] if word else 1.0
    return ParsedNumber(value=value, scale=scale, scaled=word is not None), t[m.end() :].strip()
