"""The last reading of an answer that holds a right answer and a remark beside it, once every
other rule has refused it: the remark is let stand when it tells something else (a clause:
'Fred Haise (Lovell and Swigert were the others)', 'EEU, signed in Astana in May 2014') or
names only things of other kinds that the deck ties to the question's ('47 (period 5)', 'Au
(group 11)'), and nothing the deck holds refutes it (tie_claims.py). Reviews r413-r415: true
remarks were refused as second answers. A hedge ('or', 'maybe'), a bare figure ('12 (14)') or
a name of the key's or the question's own kind ('Armstrong (Aldrin)', '74% (Tajikistan)')
stays a second answer, and wrong."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_forms import imported_key, is_person_key
from quizapp.generate.answer_frames import HEDGE_WORDS, OFFERED
from quizapp.generate.bracket_kinds import BESIDE, false_aside
from quizapp.generate.bracket_partners import partners_told
from quizapp.generate.contrast_clauses import figure_of_another, own_clause
from quizapp.generate.craft_roles import other_craft
from quizapp.generate.everyday_forms import everyday_form
from quizapp.generate.fact_links import adjectives_of, kind_group, paired, tied
from quizapp.generate.figure_claims import SMALL_NUMBERS
from quizapp.generate.form_blends import form_blend
from quizapp.generate.imported_extras import imported_extra
from quizapp.generate.key_glosses import restates_key
from quizapp.generate.number_asides import FIGURE_ONLY, second_figure
from quizapp.generate.numbered_kinds import numbered_kind
from quizapp.generate.place_names import INSTITUTION_WORDS, WHOLE_PLACE_NAMES
from quizapp.generate.place_spellings import place_spelling
from quizapp.generate.question import Question
from quizapp.generate.remark_words import CLAIMED, wordy
from quizapp.generate.symbol_answers import symbol_gloss
from quizapp.generate.tie_claims import named_things, tie_told
from quizapp.generate.verdict import Verdict
from quizapp.generate.year_asides import EVENT_YEAR


def let_stand(
    q: Question,
    text: str,
    vocabulary: dict[str, str],
    grade: Callable[[str], Verdict],
    best: Verdict,
) -> Verdict:
    """A right answer with a remark beside it that may stand, or an imported card's answer
    with framing or a word after it ('warp yarns', 'at Lumbini': r514 B); else `best`."""
    best = remark_let_stand(q, text, vocabulary, grade) or best
    best = place_spelling(q, text) or best  # 'Berne' for Bern (place_spellings.py, r574 F)
    if best.verdict == "wrong" and not best.note:
        best = imported_extra(q, text, vocabulary) or best
    if best.verdict == "wrong":  # 'type V' for Form V, 'cocoa liquor' (review r574 B)
        imported = imported_key(q, vocabulary)
        blend = form_blend(q, text, imported, is_person_key(q, vocabulary))
        best = numbered_kind(q, text, best.expected) or blend or best
    if best.verdict == "wrong":  # 'Mainsheet', '1 knot', 'a gybe' (everyday_forms.py, r584 A)
        best = everyday_form(q, text, grade, imported_key(q, vocabulary)) or best
    return best


def remark_let_stand(
    q: Question, text: str, vocabulary: dict[str, str], grade: Callable[[str], Verdict]
) -> Verdict | None:
    """The core's verdict when `text` is a right core and a remark that may stand; else None."""
    split = _split(text.strip(), listed=bool(q.answer) and _LIST.search(q.answer[0]) is not None)
    if split is None:
        return None
    core, remark = split
    clause = wordy(remark, vocabulary, q.prompt)
    key_tied = _key_tied(q, remark, vocabulary)  # 'Davy (also sodium)' (review r427 A)
    glossed = symbol_gloss(remark, vocabulary)  # 'K, and Na for sodium' (symbol_answers.py)
    glossed = glossed or _LIKENED.match(remark) is not None  # 'Ag, like Cu' (review r487 A)
    glossed = glossed or _kind_labelled(q, remark, vocabulary)  # 'Schweickart (LM Spider)'
    glossed = glossed or restates_key([*q.answer, *q.accepted], remark)  # 'Greek Diskobolos'
    bracketed = _BRACKET.match(text.strip()) is not None  # 'Borman (Lovell and Anders)' (r486 A)
    glossed = glossed or (
        bracketed and partners_told(q, core, remark, vocabulary, text) is not None
    )
    hedged = _HEDGED.search(remark) or (_ADDED.search(remark) and not (clause or key_tied))
    hedged = hedged and not glossed  # '1868, 1869': a second figure (review r493 E)
    hedged = hedged or (q.numeric is not None and not bracketed and FIGURE_ONLY.fullmatch(remark))
    hedged = hedged or (q.numeric is not None and second_figure(remark))  # 'also 71 hours'
    if hedged or CLAIMED.search(remark) or not core.strip():
        return None  # 'or 14', 'also 12', 'led by China', 'owned by China', '-led'; but 'Lovell
        # and Swigert also flew' is a clause (review r417 A)
    if contrast_rival(q, remark, vocabulary):  # 'Anders, though Borman took it'
        return None
    if other_craft(q.prompt, remark) or (
        not (clause or glossed) and false_aside(q, remark, vocabulary)
    ):
        return None  # 'Yankee Clipper (LM)', 'Mirziyoyev (Kazakhstan)': refused by their rules
    told = tie_told(q, remark, vocabulary, text)
    if told is not None and not told[0]:
        return None  # refuted: the rule that refutes it has said so already
    placed = _placed(q, remark, vocabulary)  # 'Perey (Paris)': where a person worked (r418 B)
    formula = q.numeric is None and _formula(remark.strip())  # 'C9H8O4' (review r484 E)
    stands = told or clause or placed or key_tied or glossed or formula
    stands = stands or _other_kinds(q, remark, vocabulary)
    if not (stands or _harmless(q, remark, vocabulary)):
        return None
    verdict = grade(core)
    return verdict if verdict.verdict == "correct" else None


_LIKENED = re.compile(
    r"\s*(?:like|unlike|next to|beside|near|below|above|similar to|as with|just as)\s", re.I
)
_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d*)+")


def _formula(remark: str) -> bool:
    """A chemical formula ('C9H8O4', 'CO2'): beside a compound's name, another way of writing
    it, no second answer."""
    capitals = sum(ch.isupper() for ch in remark)
    return bool(_FORMULA.fullmatch(remark)) and capitals >= 2 and any(map(str.isdigit, remark))


def _placed(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """A well-known place or an institution alone beside a person ('Henry Cavendish
    (London)', 'Perey (Curie Institute)', 'Davy (Royal Institution)'; reviews r418 B, r421 A)."""
    keys = _keys(q, vocabulary)
    person = any(kind_group(k) in ("person", "who") for k in keys)  # 'who': a card (r432 A)
    place = _YEAR.sub(" ", normalise(remark)).strip(" ,")  # 'London, 1807' (review r421)
    place = place.removeprefix("in ").removeprefix("at ")
    institute = _INSTITUTE.search(remark) is not None
    if institute and not any(_INSTITUTE.search(a) for a in q.answer):
        return True  # 'Cape Town (Groote Schuur Hospital)': where in it (review r484 H)
    return person and place in WHOLE_PLACE_NAMES


def _split(text: str, listed: bool = False) -> tuple[str, str] | None:
    """'X (Y)' or 'X, Y' (not the comma of '7,000') as (X, Y); None for any other answer. A
    list's remark after its last comma ('foil, épée and sabre, all scored electrically')."""
    last = _LAST_COMMA.match(text) if listed else None
    last = last if last and len(last["remark"].split()) > 1 else None  # not a fourth item
    found = _BRACKET.match(text) or last or _COMMA.match(text)
    return (found["core"], found["remark"]) if found else None


def contrast_rival(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """A remark set against the answer ('though', 'but') that names another thing of the
    key's kind, or a figure beside a figure: 'Anders, though Borman took it', '111, though
    some say 120' offer the other answer (review r438 B)."""
    if not _CONTRAST.match(remark) or _RULED_OUT.match(remark):
        return False  # 'but not the SCO' rules the other out (review r465 B)
    if q.numeric is not None:  # 'C, but 883 °C is sodium's' gives another its figure (r653)
        return re.search(r"\d", remark) is not None and not figure_of_another(q, remark, vocabulary)
    if own_clause(q, remark, vocabulary):
        return False  # 'D, but Davy found sodium' (review r653)
    # a clause of its own about the rival is a remark: 'China, though Russia is still a big
    # energy player' (review r445 A); a short one or one pointing back claims the answer
    claims = len(remark.split()) <= CLAIM_WORDS or _POINTS_BACK.search(remark) is not None
    return claims and _rival(_keys(q, vocabulary), named_things(remark, vocabulary))


_RULED_OUT = re.compile(r"^\s*(?:though|although|but|yet)\s+not\b", re.I)
CLAIM_WORDS = 4  # words of a contrast that can only put the rival in the answer's place
# 'it' points back as the answer only as what it was ('though it was Stafford'): 'though it
# stayed in the SCO' is a clause of its own (review r465 B)
_POINTS_BACK = re.compile(
    r"\bit(?:'s|\s+(?:is|was|were))\b|\b(?:did|does|one|instead|rather)\b", re.I
)


def _kind_labelled(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """A name after a word for a thing of another kind than the key's: 'LM Spider', 'CM
    Gumdrop' beside a person, as 'LM: Spider' is (review r486 B: graded wrong)."""
    found = re.fullmatch(
        r"\s*(?P<label>[\w-]+)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", remark
    )
    label = vocabulary.get(normalise(found["label"])) if found else None
    kinds = {kind_group(k) for k in _keys(q, vocabulary)}
    return label is not None and bool(kinds) and kind_group(label) not in kinds


def _keys(q: Question, vocabulary: dict[str, str]) -> set[str]:
    """The things the key names, as the vocabulary knows them."""
    return named_things(" ; ".join(q.answer), vocabulary)


def _rival(keys: set[str], said: set[str]) -> bool:
    """Whether `said` holds another thing of a key's kind: a second answer."""
    kinds = {kind_group(k) for k in keys}
    return any(kind_group(t) in kinds and t not in keys for t in said)


def _harmless(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """A remark that can name no second answer: no thing of the key's kind but the key, no
    figure where a figure is asked (but one compared: 'below body temperature (37 °C)'), and
    no bare name the deck does not know (asked about first: bracket_names.unknown_aside).
    What it says is not checked, as a tag is not ('Alan Shepard (Freedom 7, 1961)', 'Perey
    (Curie Institute, Paris, 1939)': reviews r434 A, r435 A; true remarks were refused)."""
    said = named_things(remark, vocabulary)
    if q.numeric is not None:  # a figure: nothing that puts it to another thing or counts
        if said or (re.search(r"\d", remark) and not BESIDE.search(remark)):
            return False  # '357 (sodium)', '1.5 million (in Central Asia)', '12 (14)'
        words = set(re.findall(r"[a-z]+", remark.lower()))
        return not words & (_COUNTING | set(adjectives_of(vocabulary)))  # 'half', 'Kazakh'
    if _rival(_keys(q, vocabulary), said) or _JOINED.match(remark):
        return False  # 'Apollo 8 (Apollo 9)', 'Kyiv (and Ukraine)'
    if _YEARS.search(q.prompt) and _YEARS.search(remark) and not EVENT_YEAR.search(remark):
        return False  # a year beside a question that dates: year_asides.py judges it
    numbered = _NUMBERED.fullmatch(remark.strip()) and _NUMBERED.fullmatch(q.answer[0])
    return not numbered and not _PROPER_ONLY.fullmatch(remark.strip())


def _key_tied(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """The remark names only things of other kinds than the key's that the deck ties to the
    key ('Davy (also sodium)': he isolated it too); never a second answer."""
    things = named_things(remark, vocabulary)
    keys = _keys(q, vocabulary)
    ties, kinds = tied(vocabulary), {kind_group(k) for k in keys}
    return bool(things) and all(
        kind_group(t) not in kinds and any(k in ties.get(t, ()) for k in keys) for t in things
    )


def _other_kinds(q: Question, remark: str, vocabulary: dict[str, str]) -> bool:
    """The remark names only things of kinds neither the key nor the question is of ('period
    5' beside silver's 47, 'group 11' beside Au), none the deck pairs one to one with another
    thing of the question's kinds ('Apollo 12 (Columbia)': Apollo 11's command module)."""
    things = named_things(remark, vocabulary)
    keys = _keys(q, vocabulary)
    asked = keys | named_things(q.prompt, vocabulary)
    kinds = {kind_group(t) for t in asked}
    ties = tied(vocabulary)
    beside = q.numeric is None and BESIDE.search(remark) is not None  # 'Cu, with silver'

    def stands(thing: str) -> bool:
        if thing.startswith("answer-"):  # an imported card's answer: any card's may be asked
            return False  # 'Arabica (Robusta)', 'Vietnam (Brazil)' (review r436 F)
        if beside and kind_group(thing) not in {kind_group(k) for k in keys}:
            return True  # another element beside a symbol: no second symbol (review r427 A)
        if kind_group(thing) in kinds or (q.numeric is not None and kind_group(thing) in _PLACES):
            return False  # '1.5 million (in Central Asia)': the figure put somewhere else
        if any(a in ties.get(thing, ()) for a in asked):
            return True
        if kind_group(thing) in _PLACES:
            return False  # a place not tied to the question's things
        others = paired(vocabulary).get(thing, frozenset()) - asked
        return not any(kind_group(p) in kinds for p in others)

    return bool(things) and all(stands(t) for t in things)


_LIST = re.compile(r",|\sand\s")  # a key that lists: 'Foil, épée and sabre'
_LAST_COMMA = re.compile(
    r"^(?P<core>.+,.+?)(?<!\d),(?!\d)\s*(?!(?:and|or|plus|also|not)\b)(?P<remark>[^,()]+?)[\s.!]*$",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"^(?P<core>[^()]+?)\s*\((?P<remark>[^()]+)\)[\s.!]*$")
_COMMA = re.compile(
    r"^(?P<core>(?:[^,;()\u2013\u2014]|(?<=\d),(?=\d))+?)\s*(?:(?<!\d),|,(?!\d)|;|\s[-\u2013\u2014]+\s)"
    r"\s*(?P<remark>[^()]+?)[\s.!]*$"
)
_HEDGED = re.compile(rf"\b(?:or|either|{HEDGE_WORDS}|{OFFERED})\b|\?", re.IGNORECASE)
_INSTITUTE = re.compile(
    r"^(?:(?:in|at)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}"
    rf"(?:{INSTITUTION_WORDS})(?:\s+of(?:\s+[A-Z][\w'’.-]*)+)?$"
)
_YEAR = re.compile(r"(?:^|,)\s*(?:in\s+)?1[0-9]{3}\s*(?:,|$)")  # a year beside the place
_CONTRAST = re.compile(r"\s*(?:though|although|but|yet|whereas|however)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:and|plus|&)\b", re.IGNORECASE)  # a second answer joined on
_YEARS = re.compile(r"\b1\d{3}\b|\b20\d\d\b")
_NUMBERED = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)? \d{1,3}[A-Z]?")  # 'Gemini 7', 'Apollo 8'
# words that give a figure: '21% (a quarter)', '(half)', '(two)'
_COUNTING = frozenset(
    {"half", "quarter", "third", "fifth", "tenth", "dozen"} | SMALL_NUMBERS.keys()
)
_PROPER_ONLY = re.compile(r"(?:[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*\s*)+")  # 'Quebec City'
_ADDED = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)  # a second answer added
_PLACES = frozenset({"country", "region", "organisation", "site", "city", "place", "sea"})
