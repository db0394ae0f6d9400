"""What may follow an option typed as a choice (typed_options.loose_index): an aside in
brackets or after a comma, dash or linking word, a second option added, or a bracket after the
option's label and text."""

from __future__ import annotations

import re

# the text and an aside that is no label: 'caesium (cs)', 'brand, a hamburg alchemist'
ASIDE = re.compile(
    r"^(?P<head>[^(),;]*?\S)\s*(?:\((?P<a>[^()]{2,})\)|(?:;|,(?!\d{3}\b)|\s[-\u2013\u2014]+\s"
    r"|\s(?:because|as|since|and)\s)\s*(?P<b>[^()]+))$"
)  # not '7,000'; 'C - it landed', 'C because ...', 'C and ...' (review r470 A)

TAIL = re.compile(r"^([^()]*[^\s(])\s*\(([^()]+)\)[\s.!]*$")  # a bracket after the choice
ADDED = re.compile(r"^\s*(?:also|and|or|plus|maybe|perhaps|possibly|probably|either)\b")
JOINED = re.compile(r"^\s*(?:and|also|plus)\b", re.IGNORECASE)  # no hedge: a remark may follow
TOO = re.compile(r"\s*\b(?:too|as well)\s*$")


def said_of_another(said: str, option: str) -> bool:
    """Whether an aside that names another option says it of something with words of its own
    ('lead melts at 327 °C' beside tin's 232 °C, 'gold is 79', 'Bunsen and Kirchhoff found
    caesium': review r493 D, asked again), never a second option added ('or 327 °C', 'C too')."""
    if len(option.split()) >= _SENTENCE and len(said.split()) <= 3 and not _LABEL.fullmatch(said):
        return not ADDED.match(said.lower())  # '(in 1969)' names no option of a sentence (r492 B)
    own = set(re.findall(r"[a-z]+", option.lower()))
    words = [w for w in re.findall(r"[a-z]{2,}", said.lower()) if w not in own | _PLAIN]
    return bool(words) and not ADDED.match(said.lower()) and not TOO.search(said.lower())


_SENTENCE = 6  # words of an option that is a statement, never named by a year or two words
_LABEL = re.compile(r"\s*\(?[A-Ha-h1-8]\)?[.)]?\s*")
_PLAIN = frozenset(
    {"is", "was", "the", "an", "at", "of", "it", "its", "or", "and", "about", "not", "nor"}
)
