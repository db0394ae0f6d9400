"""A bracket that hedges or names a second answer, on any deck (review r342: 'Fe (Ir)',
'Ag (maybe Au)', 'Cavendish (Priestley)', 'Davy (Michael Faraday)', 'Mendeleev (Winkler)'
were each graded right, the bracket read as a gloss since the deck does not know the name).

A bracket beside a right answer is a second answer when it
- hedges: opens with 'maybe', 'perhaps', 'possibly', 'probably', 'either', 'could be'...;
- is shaped like a symbol (one or two letters) that is not the answer's;
- is a proper name as typed (every word capitalised) that the question does not say, that is
  no part of an accepted name ('Cavendish (Henry)', 'Davy (Sir Humphry)'), no nationality or
  language ('Rutherford (Scottish)', 'Fe (Latin)'), no country ('Gazprom (Russia)': that
  places it), and not the word a short key abbreviates ('W (Wolfram)', 'Fe (Ferrum)').
An unknown one-word name is a second answer beside a thing too: 'Snoopy (Spider)' and 'Casper
(Orion)' name call signs the deck does not list (review r360 A), so 'Odyssey (Homer)' is
refused as well.
A description in lower-case words ('Cavendish (English chemist)', 'Winkler (predicted by
Mendeleev)'), a year, or 'not X' stays a gloss; so does a numbered name beside the answer to
'who' ('David Scott (Gemini 8)': what he flew, never a second person).
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import HEDGE_WORDS
from quizapp.generate.check_qualified import REGIONS, STATES
from quizapp.generate.country_names import country_forms
from quizapp.generate.dates import MONTHS
from quizapp.generate.given_names import asks_who
from quizapp.generate.key_glosses import restates_key
from quizapp.generate.place_names import ASKS_PLACE, COUNTRIES, INSTITUTION_WORDS, WHOLE_PLACE_NAMES
from quizapp.generate.question import Question

_HEDGE = re.compile(rf"^\s*(?:{HEDGE_WORDS}|either|or|could be|might be)\b", re.IGNORECASE)
_SYMBOL = re.compile(r"^[A-Za-z]{1,2}$")
_TITLES = frozenset(
    {"sir", "dame", "lord", "lady", "dr", "doctor", "professor", "prof", "saint", "st", "mr"}
    | {"mrs", "ms", "captain", "commander", "colonel", "general", "king", "queen", "president"}
    | {"senator"}
)
# nationalities and languages: 'English', 'Scottish', 'Russian', 'Swedish', 'Latin', 'Greek'
_NATION = re.compile(
    r"^(?:[a-z]+(?:ish|ian|ese|ean|ican)|german|roman|norman|latin|greek|dutch|french|swiss"
    r"|thai|welsh|czech|slovak|arabic|icelandic|nordic|slavic|israeli|pakistani|iraqi|saudi"
    r"|soviet|american)$"
)
# small words inside a name: 'Sea of Crises', 'Ocean of Storms' (review r360 C)
_LINKS = frozenset({"of", "the", "de", "del", "da", "van", "von", "du", "la", "le"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def second_name(q: Question, part: str) -> bool:
    """Whether `part`, in brackets beside a right answer, hedges or names another answer."""
    if _HEDGE.match(part):
        return True
    said = set(normalise(q.prompt).split())
    accepted = {normalise(a) for a in [*q.answer, *q.accepted]}
    given = normalise(part)
    if not given or given in accepted or given in said:
        return False
    if _SYMBOL.fullmatch(part.strip()):
        return True  # 'Fe (Ir)': another symbol
    if q.case_sensitive:
        return False  # 'Pu (Seaborg)': no symbol, so no second one (review r420)
    if _WHEN.fullmatch(given):
        return False  # 'Orion (April 1972)': when, never a second name (review r363 A)
    if given in _PLACES and not ASKS_PLACE.search(q.prompt):
        return False  # 'Gibson (Nashville)' asked which company: where it is (review r460 C)
    if asks_who(q.prompt) and _NUMBERED.fullmatch(part.strip()):
        return False  # 'David Scott (Gemini 8)': no person, what he flew (review r360 F)
    return _proper_name(part, given, said, accepted)


_WHEN = re.compile(
    rf"(?:(?:early|mid|late|in)\s+)?(?:{'|'.join(MONTHS)})\.?(?:\s+(?:1[0-9]|20)\d\d)?",
    re.IGNORECASE,
)  # a month, or a month and year: 'July 1969', 'in March', 'late Dec 1972'
_NUMBERED = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)? \d{1,3}")  # 'Gemini 8', 'Apollo 9'


def _proper_name(part: str, given: str, said: set[str], accepted: set[str]) -> bool:
    # 'Sea of Crises' beside 'Sea of Tranquility': a name of the key's shape (review r360 C)
    linked = any(w in _LINKS for a in accepted for w in a.split())
    words = [w for w in _WORD.findall(part) if not (linked and w.lower() in _LINKS)]
    if not words or any(not w[:1].isupper() for w in words) or not part.strip()[:1].isupper():
        return False  # a description in lower-case words, or a year
    if any(re.search(r"-[a-z]", w) for w in words):
        return False  # 'Moscow-based', 'Kremlin-controlled': a description (review r433 B)
    folded = [normalise(w).rstrip(".") for w in words]
    if given in COUNTRIES or country_forms([given]):
        return False  # 'Gazprom (Russia)': it places the answer
    key_words = {w for a in accepted for w in a.split()}
    short = [a for a in accepted if len(a) <= 3]
    for w in folded:
        if w in said or w in key_words or w in _TITLES or _NATION.match(w.split("-")[0]):
            continue  # 'Russian-owned' as 'Russian' (review r371 A)
        if len(w) > 3 and any(w.startswith(a[0]) for a in short):
            continue  # 'W (Wolfram)': the word the symbol stands for
        return True
    return False


def unknown_aside(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """Why an answer with a bare name in brackets that the deck does not know is asked again:
    'Bell (Edinburgh)', 'Winkler (Freiberg)' or 'Hangul (King Sejong)' may say where or whose,
    'Cavendish (Priestley)' names a second answer, and nothing tells which (reviews r431 B,
    r432 A: right answers with a true place were graded wrong). Asked whatever the answer
    before it is, so the question tells nothing; None for any other answer."""
    found = _ASIDE.match(text.strip())
    if found is None or q.numeric is not None:
        return None
    from quizapp.generate.bracket_kinds import names_in  # bracket_kinds reads this module
    from quizapp.generate.bracket_partners import partner_asked
    from quizapp.generate.imported_places import placed_by_comma
    from quizapp.generate.value_names import is_value_name

    if found["tail"] and not placed_by_comma(q, found["tail"], vocabulary):
        return None  # after a comma, only an imported place's district ('Henry Cavendish,
        # Priestley' is a second person: review r370 A)

    inner = (found["inner"] or found["tail"]).strip()
    said = normalise(inner)
    known = names_in(inner, vocabulary) or is_value_name(said, vocabulary)
    told = re.search(rf"\b{re.escape(said)}\b", normalise(q.explanation)) or _INSTITUTION.search(
        inner
    )
    placed = said in _PLACES  # 'Eli Whitney (Massachusetts)'
    if partner := partner_asked(q, text, vocabulary):
        return partner  # 'Borman (Lovell)': a crewmate or a second answer? (review r486 A)
    if restates_key([*q.answer, *q.accepted], inner):
        return None  # 'Croesus (Kroisos)': the key in its Greek spelling (review r488 C)
    if known or told or placed or _SYMBOL.fullmatch(inner):
        return None  # the deck's or the explanation's names, symbols, 'Curie Institute'
    if not _BARE_NAME.fullmatch(inner):
        return None  # codes ('CSM-107'), initials ('USAF'), 'Russia-led'
    if _HEDGE.match(inner) or not second_name(q, inner) or _says_key(q, inner, vocabulary):
        return None
    return (
        f"Is {inner} a second answer? Type your answer alone, or say in words what {inner} "
        f"is to it (e.g. 'in {inner}', 'with {inner}')."
    )


def _says_key(q: Question, inner: str, vocabulary: dict[str, str]) -> bool:
    """The bracket graded right on its own: the key in another spelling the checks know
    ('Tajikistan (Tadzhikistan)', review r571 C: asked whether it was a second answer)."""
    from quizapp.generate.check_text import check_text  # check_text reads this module

    return check_text(q, inner, q.answer[0], vocabulary).verdict == "correct"


_ASIDE = re.compile(  # 'Bell (Edinburgh)', or after a comma: 'Flushing Meadows, Queens' (r456 A)
    r"^(?P<core>[^()]+?)\s*\((?P<inner>[^()]+)\)[\s.!]*$|^(?P<head>[^(),]+?),\s*(?P<tail>[^(),]+?)[\s.!]*$"
)
_INSTITUTION = re.compile(rf"\b(?:{INSTITUTION_WORDS})\b")
_PLACES = WHOLE_PLACE_NAMES | STATES | REGIONS
# one to three words of letters, each capitalised, not all in capitals: 'Freiberg', 'King Sejong'
# (any alphabet's letters: 'Laugardalshöll', review r444 A)
_LOWER = r"(?:[a-z'’.]|[^\W\d_A-Z\u00c0-\u00de])"
_BARE_NAME = re.compile(
    rf"(?!(?:[A-Z]+\b\s*)+$)[A-Z\u00c0-\u00de]{_LOWER}+"
    rf"(?:[ -](?:[A-Z\u00c0-\u00de]{_LOWER}+|of|de|van|von)){{0,2}}"
)
