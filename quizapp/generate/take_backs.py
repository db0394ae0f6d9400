"""A remark beside a right answer that takes the answer back, by saying another is the real,
right or correct one, or that the answer is something else: 'B, although A is right', 'Gazprom,
although the answer is Rosneft', '68%, even though 74% is right', 'A C B, although the order is
C A B', 'D, though really it's A', 'A, E, well only E', 'True, but it's 30%', 'A, but both are
false' (reviews r671-r674: each credited with the note that the remark was not marked). Read
only of a remark that is not itself a right answer, and not where it tells what really was
beside False ('False, though really it was 12 April 1962'), describes ('Gazprom (actually a
Russian firm)', 'D (A landed elsewhere actually)') or restates ('B D (both are correct)')."""

from __future__ import annotations

import re

NOTE = "That takes the answer back: give the one answer you mean."

_CONTRAST = r"(?:though|although|even\s+though|even\s+if|but|yet|well|whereas)"
_IT_WAS = r"it(?:'s|\s+is|\s+was)"
# the real figure, year, date or name: beside False a correction (truth_corrections.py checks
# it: 'False, the real figure is 28%', review r681 B), beside any other answer a take-back
_REAL_VALUE = re.compile(
    r"\bthe\s+(?:real|right|correct|actual|true)\s+(?:year|date|figure|number|name|symbol)\b", re.I
)
_TAKEN = re.compile(
    r"\b(?:really|actually|in\s+fact)\s*,?\s*(?:no\b|(?-i:[A-H])\b|the\s+answer\b)"  # 'actually no'
    r"|\bthe\s+(?:real|right|correct|actual|true)\s+(?:answer|one|option|choice|order|reason"
    r"|evidence|pick)\b"  # 'but the real answer is Frank Borman'
    r"|\bthe\s+(?:answer|order)\s+(?:is|was|should\s+be)\b"  # 'although the order is C A B'
    r"|\bboth\s+(?:are\s+|were\s+)?(?:false|wrong)\b"  # 'A, but both are false'
    r"|\b(?:well|actually|really)\s*,?\s+(?:only|just)\b",  # 'A, E, well only E'
    re.IGNORECASE,
)
# what really was, said against the answer: 'though really it's B', 'it's Pl really'
_REALLY_WAS = re.compile(
    rf"\b{_CONTRAST}\s*,?\s+(?:really\s+{_IT_WAS}|{_IT_WAS}\s+really)\b|\b{_IT_WAS}\b[^,;()]*"
    r"\breally[\s.!)]*$|^\s*(?:really|actually|in\s+fact)\s*,?\s+(?:it\s+was\s+)?(?-i:[A-Z0-9])"
    r"|\bwell\s*,?\s+(?:actually|really)\b"  # 'D, well actually Buzz Aldrin'
    r"|^\s*well\s*,?\s+(?-i:[A-Z0-9$€£])",  # '3, well Miami', '2, well $15 million' (r734)
    re.IGNORECASE,
)
# beside True, a contrast that says otherwise: 'True, but the call sign was really America',
# 'True, actually a liquid', 'True, but the statement is wrong'; beside False, one that says
# the statement holds
_TRUE_BACK = re.compile(
    rf"^\s*(?:{_CONTRAST}\b[^,;()]*\b)?(?:really|actually|in\s+fact)\b|\breally[\s.!)]*$|\b(?:the\s+statement|it|that)\s+(?:is|was)"
    r"\s+(?:wrong|false|incorrect|untrue|not\s+true)\b",
    re.IGNORECASE,
)
_FALSE_BACK = re.compile(
    r"\b(?:actually|really)\b[^,;()]*\b(?:right|true|correct|holds)\b|\bstatement\s+holds\b",
    re.IGNORECASE,
)
_BUT_IT_IS = re.compile(
    rf"^\s*(?:but|though|although|yet)\s+{_IT_WAS}\b(?!\s+(?:true|so|right|correct)\b)", re.I
)
# another said to be right: 'although A is right', '74% is right' (not 'both are correct',
# 'the 2015 figure is right', which say the answer given is)
_IS_RIGHT = re.compile(
    r"(?P<who>[\w%$.,]+)\s+(?:is|are|was|were)\s+(?:the\s+)?(?:right|correct)(?:\s+(?:answer|one"
    r"|option|choice))?(?:\s+(?:too|also|as\s+well|instead))?[\s.!)]*$",
    re.IGNORECASE,
)
_SAID_WRONG = re.compile(
    r"\b((?-i:[A-H]))\s+(?:is|was)\s+(?:wrong|incorrect|false|not\s+right)\b", re.I
)
_SELF_WORDS = "both they that this it all these those figure one answer date year mine which so"
_SELF = frozenset(_SELF_WORDS.split())
_TRUE, _FALSE = frozenset({"true", "t", "yes"}), frozenset({"false", "f", "no"})

# a contrast that says what really is ('gold, though really tin melts higher', 'D, but mercury
# actually melts highest'), not one denied ('though no landings were really cancelled')
_CONTRAST_REALLY = re.compile(
    rf"\b{_CONTRAST}\b(?:(?!\b(?:no|not|never)\b)[^;()])*?\b(?:really|actually|in\s+fact)\b", re.I
)
# a sentence of what actually happened: 'C. Actually the tank did explode on the pad'
_ACTUALLY_DID = re.compile(
    r"^\s*(?:actually|really|in\s+fact)\b[^,;()]*\b(?:did|does|was|were|had)\b", re.IGNORECASE
)


def takes_back(remark: str, core: str = "") -> bool:
    """Whether the remark beside `core` says another answer is the real one, or the answer is
    not so ('True, but it's 30%')."""
    picked = set(re.findall(r"\b[A-H]\b", core))  # 'B, C, E, although B is wrong' (r671 C)
    if picked & {m[1] for m in _SAID_WRONG.finditer(remark)}:
        return True
    right = _IS_RIGHT.search(remark)
    if _TAKEN.search(remark) or (right is not None and right["who"].lower() not in _SELF):
        return True
    said = core.strip(" .").lower()
    if said in _FALSE:  # 'False, though really it was 12 April 1962': what was; a figure
        return _FALSE_BACK.search(remark) is not None  # there truth_corrections.py checks
    if _REAL_VALUE.search(remark):
        return True  # 'Fe, though the real symbol is I' (review r683 B)
    if said in _TRUE and (_BUT_IT_IS.match(remark) or _TRUE_BACK.search(remark)):
        return True
    restated = bool(said) and f" {said} " in f" {remark.lower()} "  # 'Davy, though in fact Davy'
    contrast = _CONTRAST_REALLY.search(remark) is not None and not restated
    return (
        contrast
        or _ACTUALLY_DID.match(remark) is not None
        or _REALLY_WAS.search(remark) is not None
    )


# a bare denial of the answer just given: 'B, no', 'True, it is not', 'Armstrong, it isn't
# Armstrong', 'C, no it isn't' (review r722: each credited with the note); beside False, one
# that says the statement holds ('False, it is so', 'False, yes it is')
_DENIAL = re.compile(
    r"^(?:(?:no|nope)\b\s*,?\s*)?(?:(?:it|that)\s*(?:is\s+not|isn't|was\s+not|wasn't|'s\s+not)"
    r"(?:\s+(?:true|right|correct|so))?(?:\s+(?P<named>[^,;()]+?))?)?[\s.!)]*$"
    r"|^(?:not\s+really|scratch\s+that|wrong)[\s.!)]*$",
    re.IGNORECASE,
)
# the answer itself set aside for another: '3.8 (not 3.8 but 2.5)' (review r724)
_NOT_IT_BUT = re.compile(r"^not\s+(?P<named>[^,;()]+?)\s*(?:,|,?\s+but\b)\s*\S", re.IGNORECASE)
_SAID_BACK = frozenset({"that", "it", "this", "him", "her", "them", "so"})
_HOLDS = re.compile(
    r"^(?:yes\s*,?\s*)?(?:it|that)\s*(?:is|was|'s)(?:\s+(?:so|true|right|correct))?[\s.!)]*$", re.I
)


def denied_outright(remark: str, core: str, keys: list[str]) -> bool:
    """Whether the remark beside `core` denies it and says nothing else: a take-back."""
    rest, said = remark.strip(), core.strip(" .").lower()
    if said in _FALSE:
        return _HOLDS.match(rest) is not None
    found = _DENIAL.match(rest) or _NOT_IT_BUT.match(rest) if rest.strip(" .!)") else None
    if found is None:
        return False
    named = " ".join((found["named"] or "").lower().split())
    own = {" ".join(k.lower().split()) for k in [core, *keys]}  # '3.8' of '3.8 cm' too
    return not named or named in own | _SAID_BACK or any(s.startswith(f"{named} ") for s in own)
