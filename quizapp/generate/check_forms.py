"""Answer forms the stem decides: a signed change where the stem names the direction, a
proportion where the key is a percentage, a title or role before a person's name, a
'<adjective> faith' for a religion.

Each gives other readings of the learner's text; the checker grades them only when the
plain reading is not already right, and never lets a reading name another entity.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.basis_remarks import basis_against_stem
from quizapp.generate.own_clauses import own_part
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.stance_words import figure_against_stem, stance_against_stem
from quizapp.generate.weekdays import weekday_against

_FALL = re.compile(
    r"\b(fall|fell|fallen|drop|dropped|decline|declined|decrease|decreased|shrink|shrank|"
    r"shrunk|cut|lose|lost|reduce|reduced|go down|went down)\b",
    re.I,
)
_RISE = re.compile(
    r"\b(rise|rose|risen|grow|grew|grown|increase|increased|climb|climbed|go up|went up)\b",
    re.I,
)


def asked_change(prompt: str) -> str | None:
    """'rise' or 'fall' where the question asks how much something rose or fell, else None."""
    rise, fall = _RISE.search(prompt) is not None, _FALL.search(prompt) is not None
    return "rise" if rise and not fall else "fall" if fall and not rise else None


_SIGNED = re.compile(r"^\s*(?P<sign>[-\u2212\u2013]|minus\s+|\+|plus\s+)(?P<rest>\S.*)$", re.I)


def _signed_against(q: Question, text: str) -> tuple[bool, bool, str] | None:
    """(the answer's sign says down, the stem says fell, the figure after the sign) for a signed
    answer to a stem that names one direction; None when there is no sign, no direction, or
    the key is no positive change (dates and years carry their own signs)."""
    key = q.numeric
    if key is None or key.value <= 0 or key.family.startswith(("date", "year")):
        return None
    m = _SIGNED.match(text)
    if m is None:
        return None
    fall, rise = bool(_FALL.search(q.prompt)), bool(_RISE.search(q.prompt))
    if fall == rise:  # neither or both: the sign cannot be read against the stem
        return None
    return m["sign"].strip().lower() in ("-", "\u2212", "\u2013", "minus"), fall, m["rest"]


def unsigned_change(q: Question, text: str) -> str | None:
    """'-19%' or 'minus 19%' where the stem asks by how much something fell (and '+6%' where
    it asks by how much it rose): the sign says the direction the stem already names, so the
    figure is its magnitude. None when the sign contradicts the stem or there is none."""
    read = _signed_against(q, text)
    return read[2] if read is not None and read[0] == read[1] else None


def sign_against_stem(q: Question, text: str) -> str | None:
    """Why a signed answer contradicts the direction its stem names ('+19%' where the stem
    asks by how much something fell), or None. The figure may be right, but the answer says
    the opposite of the fact: it is wrong, and the note says why."""
    read = _signed_against(q, text)
    if read is None or read[0] == read[1]:
        return None
    said, asked = ("a fall", "rose") if read[0] else ("a rise", "fell")
    return f"That sign makes it {said}; it {asked}: {'; '.join(q.answer)}."


# an answer's word of direction: 'it fell by 6%', 'down 6%', 'a 6% drop' (review r356 E)
_SAID_FALL = re.compile(rf"{_FALL.pattern}|\b(?:down|falls|drops|declines|decreases|lower)\b", re.I)
_SAID_RISE = re.compile(
    rf"{_RISE.pattern}|\b(?:up(?!\s+to\b)|rises|grows|increases|climbs|higher)\b", re.I
)


def direction_against_stem(q: Question, text: str) -> str | None:
    """Why an answer's words of direction contradict the direction its stem names ('it fell
    by 6%' where the stem says it rose), or None: the answer says the opposite of the fact."""
    key = q.numeric
    if key is None or key.family.startswith(("date", "year")):
        return None
    fall, rise = bool(_FALL.search(q.prompt)), bool(_RISE.search(q.prompt))
    text = own_part(text)  # not 'rose by 6' of '16, while Kyrgyz migration rose by 6' (r410 A)
    said_fall, said_rise = bool(_SAID_FALL.search(text)), bool(_SAID_RISE.search(text))
    if fall == rise or said_fall in (said_rise, fall):
        return None
    said, asked = ("a fall", "rose") if said_fall else ("a rise", "fell")
    return f"That says it was {said}; it {asked}: {'; '.join(q.answer)}."


def against_stem(q: Question, text: str) -> str | None:
    """Why a figure's sign or words say the opposite direction to the stem's, or name another
    basis than its ('by mass' for 'by volume'), or None."""
    return (
        sign_against_stem(q, text)
        or direction_against_stem(q, text)
        or basis_against_stem(q, text)
        or stance_against_stem(q, text)
        or figure_against_stem(q, text)
        or weekday_against(text)  # 'Sunday 11 April 1970', a Saturday (weekdays.py, r572 C)
    )


_PER_MILLION = re.compile(r"^\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:ppmv?|parts? per million)\s*$", re.I)
_PROPORTION = re.compile(r"^\s*0?[.,]\d{1,4}\s*$")


def per_million_as_percentage(key: NumericKey, text: str) -> str | None:
    """'9300 ppm' where the key is a share in per cent: the same share in other units
    (9,300 parts per million = 0.93%), read as '0.93%', never as 9,300% with the unit
    dropped (seed-9305 review defect 5)."""
    m = _PER_MILLION.match(text)
    if key.family != "percentage" or m is None:
        return None
    return f"{float(m['n'].replace(',', '')) / 10_000:g}%"


def as_percentage(key: NumericKey, text: str) -> str | None:
    """'0.74' where the key is a share in per cent (74%): a proportion, read as '74%'. Only a
    bare decimal below 1 with no unit or % sign, and only for a key above 1%, so '0.5' for a
    key of 0.5% is left alone."""
    if key.family != "percentage" or key.value <= 1 or "%" in text:
        return None
    m = _PROPORTION.match(text)
    if m is None:
        return None
    value = float(text.strip().replace(",", ".") or 0) * 100
    return f"{value:g}%"


_TITLES = frozenset(
    [
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prime",
        "minister",
        "premier",
        "chancellor",
        "general",
        "leader",
        "chairman",
        "king",
        "queen",
        "prince",
        "sheikh",
        "emir",
        "sultan",
        "the",
        # ranks and styles before a commander's or a noble's name (review r226: 'Admiral Nelson')
        "admiral",
        "vice-admiral",
        "rear-admiral",
        "vice",
        "rear",
        "field",
        "marshal",
        "captain",
        "commander",
        "commodore",
        "colonel",
        "lord",
        "sir",
        "viscount",
        "duke",
        "earl",
        "count",
        "emperor",
        "tsar",
        # military ranks and academic titles, full and short ('Major William Anders', 'Lt. Col.
        # David Scott', 'Dr. Edgar Mitchell', 'Prof. Winkler'); a title's full stop is dropped
        "major",
        "maj",
        "lieutenant",
        "lt",
        "col",
        "gen",
        "capt",
        "cdr",
        "cmdr",
        "doctor",
        "professor",
        "prof",
        "pres",  # 'Pres. Mirziyoyev', 'Acting President', 'President-elect' (review r320)
        "acting",
        "president-elect",
        "pm",
        "miss",  # 'Mlle Perey' (review r319 #70)
        "mlle",
        "mme",
        "mademoiselle",
        "madame",
        "dame",
        "brigadier",  # 'Brig. Gen. Charles Duke', his last rank (review r318 #48)
        "brig",
        "bg",
        "adm",  # 'Rear Adm. Alan Shepard', 'RADM' (review r315 #39)
        "radm",
        "senator",  # 'Senator Harrison Schmitt', his later office (review r405 E)
        "sen",
        "hon",  # 'The Hon. Henry Cavendish', his style (review r313 #64)
        "h.e",  # 'H.E. Shavkat Mirziyoyev': His Excellency (review r314)
        "honourable",
        "honorable",
    ]
)
# the words of ranks of air forces: 'Air Commodore Sir Frank Whittle', 'Wing Commander' (r432 D)
_TITLES |= frozenset(["air", "wing", "group", "squadron", "flight", "chief", "sergeant"])
_ROLE_ADJECTIVES = frozenset(["new", "current", "incumbent", "sitting", "then", "present"])
# a peer's style before a surname alone names the holder of that peerage: 'Lord Rutherford' is
# Ernest, not Daniel Rutherford (review r289); a deck lists 'Lord Nelson' where it is right.
# Only titles dropped at all (_TITLES) need it: 'Baron X' is never read as X anyway.
_PEERAGE = frozenset(["lord"])


def person_readings(text: str, accepted: set[str]) -> list[str]:
    """'President Mirziyoyev', 'Uzbek president Mirziyoyev', 'Uzbekistan's new president':
    a title or an accepted role phrase before the name is dropped, and 'new'/'current' inside
    a role phrase is dropped, giving the forms to grade. Whatever is left must still be an
    accepted name or role on its own (a wrong surname stays wrong)."""
    given = normalise(text)
    words = given.split()
    out: list[str] = []
    if any(w in _ROLE_ADJECTIVES for w in words) and any(w.rstrip(".") in _TITLES for w in words):
        out.append(" ".join(w for w in words if w not in _ROLE_ADJECTIVES))
    for form in [given, *out]:
        ws = [w.rstrip(".") if w.rstrip(".") in _TITLES else w for w in _spaced(form)]
        # a run of title words, or an accepted role phrase, then the rest as the name
        for cut in range(1, len(ws)):
            head, rest = ws[:cut], " ".join(ws[cut:])
            role = " ".join(head) in accepted and any(w in _TITLES for w in head)
            if head[-1] in _PEERAGE and len(ws) - cut == 1:
                continue  # 'lord rutherford': a peerage, not a title dropped
            if role or all(w in _TITLES for w in head):
                out.append(rest)
    return [r for r in dict.fromkeys(out) if r and r != given]


def _spaced(form: str) -> list[str]:
    """The words, a run of dotted titles split apart ('lt.col.' -> 'lt.', 'col.')."""
    out: list[str] = []
    for word in form.split():
        parts = [p for p in word.split(".") if p]
        titled = len(parts) > 1 and all(p in _TITLES for p in parts)
        out += [f"{p}." for p in parts] if titled else [word]
    return out


_FAITH = re.compile(r"^(?:the\s+)?(?P<word>[\w-]+)\s+(?:faith|religion)$")
# adjective endings only: "Islamist" and "Islamism" name a political movement, not the faith
_ADJECTIVE_ENDINGS = ("ic", "ian", "ish")


def faith_readings(text: str, accepted: set[str]) -> list[str]:
    """'the Muslim faith', 'the Islamic faith', 'the Christian religion': the word before
    'faith' or 'religion' when it is an accepted name, or that name plus an adjective ending
    ('Islam' + 'ic')."""
    given = normalise(text)
    hedged = _MOSTLY.sub("", given)  # 'predominantly Muslim', 'mainly Islam' (review r254)
    m = _FAITH.match(hedged)
    if m is None:
        return faith_adjective(hedged, accepted) if hedged != given else []
    return faith_adjective(m["word"], accepted)


_MOSTLY = re.compile(
    r"^(?:predominantly|mostly|mainly|largely|overwhelmingly|chiefly|primarily|principally)\s+"
)


def faith_adjective(word: str, accepted: set[str]) -> list[str]:
    """'Islamic' for Islam: a faith's name with an adjective ending names the same faith, as
    'the Islamic faith' does (the checker offers it only where the key is a religion)."""
    word = normalise(word)
    if word in accepted:
        return [word]
    for name in accepted:
        stem = " " not in name and len(name) >= 4 and word.startswith(name)
        if stem and word[len(name) :] in _ADJECTIVE_ENDINGS:
            return [name]
    return []
