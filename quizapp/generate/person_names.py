"""A person's name as formal sources print it: "Walter M. Schirra Jr.", "John L. Swigert,
Jr.", "Charles 'Pete' Conrad Jr.", "Richard F. Gordon Jr.", "Edwin E. Aldrin II".

A generational suffix (Jr., Sr., II-IV) names the same person, and so does a middle initial
between a first name and a surname; a nickname in quotes is the same person under another
first name. These readings are offered only where the key is a person (the deck's entity
kind says so), and whatever is left must still be an accepted name: "Wally Schirra Jr." is
Wally Schirra, "Walter M. Cernan Jr." stays wrong. A usual short form of the first name is the
same person too ("Jim McDivitt" for James McDivitt, "Ed Mitchell" for Edgar Mitchell), and
so are initials before the surname ("H. Cavendish", "M. Perey", "C. A. Winkler").
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise

# entity kinds of the decks that name people
PERSON_KINDS = frozenset(
    {"person", "astronaut", "cosmonaut", "discoverer", "scientist", "explorer", "leader"}
)
_SUFFIXES = frozenset({"jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv"})
# letters after a name: an honour, a fellowship, a degree ('Humphry Davy FRS', 'Sir Humphry
# Davy, Bt'; session 31's open list)
_POST_NOMINALS = frozenset(
    {"frs", "frse", "formemrs", "bt", "bart", "md", "phd", "dphil", "dsc", "kbe", "obe", "cbe"}
    | {"mbe", "om", "kcb", "frcs", "fras", "pc", "kc", "qc", "prs", "baronet"}
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# 'FW Haise': two initials run together
_INITIALS = re.compile(r"^[bcdfghjklmnpqrstvwxz]{2,3}$")
# a nickname in quotes between first name and surname (never brackets: "Putin (Mirziyoyev)")
_NICKNAME = re.compile(
    r" [\"\u201c\u201d'\u2018\u2019]([^\"\u201c\u201d\u2018\u2019]+)[\"\u201c\u201d'\u2018\u2019] "
)


def formal_name_readings(text: str) -> list[str]:
    """The plain forms of a formally written name: without its suffix, middle initials and
    quoted nickname, and with the nickname as the first name."""
    given = normalise(text)
    forms = [given]
    nickname = _NICKNAME.search(given)
    without = _NICKNAME.sub(" ", given).strip()
    words = without.split()
    if nickname and len(words) >= 2:  # "charles 'pete' conrad": charles conrad, or pete conrad
        forms += [without, " ".join([nickname[1].strip(), *words[1:]])]
    out = [_plain(form) for form in forms]
    return [r for r in dict.fromkeys(out) if r and r != given]


def _plain(name: str) -> str:
    words = [w.strip(".,") for w in name.replace(",", " ").split()]
    words = [w for w in words if w]
    while len(words) >= 2 and words[-1] in _SUFFIXES | _POST_NOMINALS:
        words = words[:-1]  # "schirra jr", "swigert, jr.", "davy frs"
        if len(words) >= 3 and _ORDINAL.match(words[-1]):
            words = words[:-1]  # "davy, 1st baronet" (review r329)
    if len(words) >= 2 and _INITIALS.match(words[0]):
        words = [*words[0], *words[1:]]  # "fw haise" -> "f w haise"
    if len(words) >= 3:  # "walter m schirra": a middle initial between first name and surname
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


# the usual short forms of English given names (a formal name, then its short forms): "Jim
# McDivitt" is James McDivitt, "Ed Mitchell" Edgar Mitchell (seed 709 review). A short form
# reads as each formal name it shortens and a formal name as each of its short forms, never
# one formal name as another (Edward Mitchell is not Edgar Mitchell); a reading must still be
# one of the key's accepted names, so "Jim Lovell" never passes for James Irwin
_SHORT_FORMS = (
    "james jim jimmy jamie",
    "edgar ed eddie",
    "edward ed eddie ted",
    "edwin ed eddie",
    "thomas tom tommy",
    "william bill billy will",
    "richard dick rick rich",
    "robert bob bobby rob robin",
    "michael mike mick",
    "charles charlie chuck",
    "walter wally walt",
    "eugene gene",
    "john jack johnny",
    "joseph joe",
    "david dave",
    "stuart stu",
    "ronald ron",
    "donald don",
    "kenneth ken",
    "alfred al alf",
    "alan al",
    "frederick fred freddie",
    "henry harry hank",
    "daniel dan danny",
    "samuel sam",
    "anthony tony",
    "benjamin ben",
    "benedict ben",  # 'Charles Benedict Ainslie' for Ben Ainslie (review r584 D)
    "nicholas nick",
    "peter pete",
    "timothy tim timmy",  # 'Timothy Berners-Lee' for Tim Berners-Lee (review r221)
    "matthew matt",
    "christopher chris",
    "stephen steve",
    "steven steve",
    "patrick pat",
    "philip phil",
    "andrew andy",
    "johannes johann",  # not a short form: the same name's German spelling ('Johann Gutenberg')
    "marguerite margaret",  # the English form of a French name ('Margaret Perey'; review r379 D)
    "henri henry",  # 'Henry Becquerel'
)
_SAME_GIVEN_NAME: dict[str, tuple[str, ...]] = {}
for _group in _SHORT_FORMS:
    _formal, *_short = _group.split()
    _SAME_GIVEN_NAME[_formal] = tuple(_short)
    for _name in _short:
        _SAME_GIVEN_NAME[_name] = (*_SAME_GIVEN_NAME.get(_name, ()), _formal)


def given_name_forms(name: str) -> tuple[str, ...]:
    """The usual other forms of a given name (lower case): 'robin' -> ('robert',)."""
    return _SAME_GIVEN_NAME.get(name, ())


def given_name_readings(text: str) -> list[str]:
    """The name with its first name in the other usual forms: 'jim mcdivitt' -> 'james
    mcdivitt'; 'james mcdivitt' -> 'jim mcdivitt', 'jimmy mcdivitt', 'jamie mcdivitt'."""
    words = normalise(text).split()
    if len(words) < 2:
        return []
    first = _SPELLINGS.get(words[0], words[0])  # 'Fredrick Haise' for Fred Haise (r396 F)
    others = (first, *_SAME_GIVEN_NAME.get(first, ())) if first != words[0] else ()
    others += _SAME_GIVEN_NAME.get(words[0], ())
    return [" ".join([other, *words[1:]]) for other in others]


# other spellings of a formal given name, read as it: each then has its short forms
_SPELLINGS = {"fredrick": "frederick", "frederic": "frederick", "fredric": "frederick"} | {
    "frederik": "frederick",
    "micheal": "michael",
}


def initial_readings(text: str, accepted: set[str]) -> list[str]:
    """The accepted names an answer of initials and a surname stands for: 'h. cavendish' ->
    'henry cavendish', 'c a winkler' -> 'clemens alexander winkler'. Each initial must begin
    a name of the accepted one in order (the first initial its first name), the surname must
    be its last word; a name of several people ('Marie and Pierre Curie') is read by none."""
    split = _initials_and_surname(text)
    if split is None:
        return []
    initials, surname = split
    found = []
    for name in sorted(accepted):
        parts = _plain(name).split()
        if len(parts) < 2 or "and" in parts or parts[-1] != surname:
            continue
        given = parts[:-1]
        if not given[0].startswith(initials[0]) or len(initials) > len(given):
            continue
        rest = iter(g[0] for g in given[1:])  # later initials: middle names, in order
        if all(any(i == g for g in rest) for i in initials[1:]):
            found.append(name)
    return found


def surname_after_initials(text: str, accepted: set[str]) -> list[str]:
    """The surname an answer of initials and a surname gives: where the surname alone is
    right, so is 'T.K. Mattingly', 'T. K. Mattingly' or 'TK Mattingly' (seed 19407 review).
    The deck rarely knows middle names, so only the first initial is checked, and only
    against the first names the accepted names give (and their usual forms: 'W.' for Bill):
    'M. Winkler' for Clemens Winkler names someone else. The surname is then graded as if
    typed alone, so a typo in it is a near miss, no more."""
    split = _initials_and_surname(text)
    if split is None or other_initial(text, accepted):
        return []
    return [split[1]]


def other_initial(text: str, accepted: set[str]) -> bool:
    """Whether an answer of initials and a surname puts before one of the accepted names'
    surnames a first initial that begins none of the first names the key goes by (nor their
    usual forms): 'M. Winkler' for Clemens Winkler, 'E. Rutherford' for Daniel."""
    split = _initials_and_surname(text)
    if split is None:
        return False
    initials, surname = split
    names = [n.split() for n in map(_plain, accepted)]
    firsts = {n[0] for n in names if len(n) > 1 and n[-1] == surname and "and" not in n}
    firsts |= {other for f in firsts for other in _SAME_GIVEN_NAME.get(f, ())}
    return bool(firsts) and not any(f.startswith(initials[0]) for f in firsts)


# a name's first sound shortened to two letters, as Russian-style and older sources print it
# (Sh. Mirziyoyev, Th. Young); never a title's short form ('Mr.', 'Dr.', 'St.')
_DIGRAPH = re.compile(r"(?:Sh|Ch|Zh|Kh|Th|Ts|Ph|Yu|Ya)\.")


def _initials_and_surname(text: str) -> tuple[list[str], str] | None:
    """'T.K. Mattingly' -> (['t', 'k'], 'mattingly'); initials are single letters, dotted or
    not, or two or three capitals run together ('TK'); None when the answer is not so made."""
    words = [w for w in normalise(text).replace(".", " ").split() if w]
    raw = [w for w in text.replace(".", ". ").split() if w.strip(".")]
    if len(words) < 2 or len(raw) != len(words):
        return None
    initials: list[str] = []
    for word, typed in zip(words[:-1], raw[:-1], strict=True):
        if len(word) == 1 and word.isalpha():
            initials.append(word)
        elif _DIGRAPH.fullmatch(typed):
            initials.append(word)  # 'Sh. Mirziyoyev': one initial of two letters, dotted
        elif len(bare := typed.rstrip(".")) <= 3 and bare.isalpha() and bare.isupper():
            initials += list(word)  # 'TK': capitals run together
        else:
            return None
    return initials, words[-1]


def names_for_initials(text: str, accepted: set[str]) -> list[str]:
    """The accepted names of initials and a surname that an answer spells out: 'Ieoh Ming Pei'
    -> 'i. m. pei' (review r464 B: the full name of a key written as initials was wrong).
    Every given name of the answer must begin with the initial in its place."""
    words = normalise(text).replace(".", " ").split()
    found = []
    for name in sorted(accepted):
        split = _initials_and_surname(name)
        if split is None or len(words) != len(split[0]) + 1 or words[-1] != split[1]:
            continue
        if all(w.startswith(i) and len(w) > 1 for w, i in zip(words, split[0], strict=False)):
            found.append(name)
    return found
