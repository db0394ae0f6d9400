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
