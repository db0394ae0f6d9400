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
        "billion",
        "billions",
    )
}
_NUMBER = re.compile(
    r"(?<![\w.])([-+]?(?:\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)"
    r"\s*(k|thousand|mn|mln|million|millions|m|bn|billion|billions|b)?(?![a-z])"
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
    found = _only_number(text)
    if found is None:
        return None
    m = found[0]
    digits = re.sub(r"[ ,\u00a0\u202f]", "", m.group(1))
    try:
        value = float(digits)
    except ValueError:
        return None
    word = m.group(2)
    scale = _SCALE_WORDS[word] if word else 1.0
    return ParsedNumber(value=value, scale=scale, scaled=word is not None)


def words_after_number(text: str) -> str:
    """What follows the one number in `text`, folded and without currency: 'g/ml' of '2.7
    g/mL', 'troops' of '7,000 troops', '' of 'US$1 billion'."""
    found = _only_number(text)
    return found[1][found[0].end() :].strip() if found else ""


def _only_number(text: str) -> tuple[re.Match[str], str] | None:
    if len(text) > MAX_ANSWER:
        return None
    t = normalise(text)
    t = _CURRENCY.sub(" ", t)
    t = re.sub(r"(\d)\s*%", r"\1 %", t).replace("per cent", "%").replace("percent", "%")
    matches = list(_NUMBER.finditer(t))
    return (matches[0], t) if len(matches) == 1 else None
