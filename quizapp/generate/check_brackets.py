"""An answer with a part in brackets: a gloss beside the answer, or a second answer.
'Eurasian Economic Union (EEU)' names the key twice; 'W (wolfram)' glosses it with a word
the deck does not use otherwise: both right. 'Tajikistan (and Kyrgyzstan)' joins a second
answer, right only if both are; 'Casablanca (Rabat)' names another place: wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import HEDGE_WORDS
from quizapp.generate.bracket_described import described
from quizapp.generate.bracket_kinds import CODE, false_aside, other_kind
from quizapp.generate.bracket_names import second_name
from quizapp.generate.check_qualified import joined_parts, second_answer
from quizapp.generate.dates import MONTHS
from quizapp.generate.fact_links import told_of
from quizapp.generate.imported_places import other_card_type, other_place
from quizapp.generate.key_glosses import restates_key
from quizapp.generate.led_names import LED, other_leader
from quizapp.generate.likened_names import likened
from quizapp.generate.place_countries import city_in
from quizapp.generate.place_names import ASKS_PLACE, INSTITUTION_WORDS, WHOLE_PLACE_NAMES
from quizapp.generate.question import Question
from quizapp.generate.remark_fallback import contrast_rival
from quizapp.generate.remark_words import outside_asked_name
from quizapp.generate.tie_claims import tie_told
from quizapp.generate.value_names import is_value_name
from quizapp.generate.verdict import Verdict

__all__ = [
    *["bracketed", "comma_gloss", "or_listed", "other_year", "paired", "phrase_gloss"],
    "remark_after",
]

CheckOne = Callable[[Question, str, str, dict[str, str]], Verdict]
_PAIRED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
# 'Gazprom, a Russian gas company', 'the EEU - Russia's trade bloc', 'Fe, from the Latin
# ferrum', 'Daniel Rutherford, not Ernest', 'K, for kalium', 'W; short for wolfram': a gloss
# after a comma, semicolon or spaced dash (reviews r340, r342, r345)
_WHEN_WORDS = "later|earlier|afterwards|subsequently|then|now"  # not 'formerly': a name
_GLOSS_WORDS = (
    r"(?:a|an|the|from|not|known as|also|aka|for|short for|stands for|standing for|i\.?e\.?"
    r"|meaning|as in|in latin|latin|named|named after|after|called|symbol for|with|who|which"
    r"|whose|where|when|in|near|on|during|by|of|at|along with|together with|alongside"
    r"|(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)"
    r"|(?:crew|team|ship|flight|class)?mates?|(?-i:[a-z]{3,})\s+(?:of|on|for|from)"
    r"|[a-z]{3,}ing\s+(?:with|alongside|beside|under)"
    r"|" + _WHEN_WORDS + r")\s"
)  # 'the EEU, seven months after its launch' (review r359 B); 'Shepard, later an admiral';
# 'crewmate of Lovell and Swigert', 'neighbour of A and B', 'flying with A and B' (r491 A, r492 A)
# a time word before the gloss says when, not what: 'later Edgar Mitchell' names a second
# person, so the gloss is read without it (review r366 B)
_WHEN_WORD = re.compile(rf"^\s*(?:{_WHEN_WORDS})\s+", re.IGNORECASE)
# 'Apollo 15, launched in 1971', 'Kennedy Space Center, run by NASA', 'Edgar Mitchell, born
# 1930': a participle opens a gloss too (review r354 A)
_PARTICIPLE = (
    r"(?:[a-z]{3,}ed|flown|born|run|taken|built|chosen|known|made|sent|led|found|seen|given"
    r"|written|held|won|shot|sworn|set|begun|brought|kept|put)\s"  # 'set up by Russia' (r359 B)
)
_GLOSS_OPEN = re.compile(rf"^\s*(?:{_GLOSS_WORDS}|{_PARTICIPLE})", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z]\.?){2,5}")  # letters the deck does not know: a gloss
_MONTH_NAMES = "(?:" + "|".join(MONTHS) + ")"  # 'Apollo 7, October 1968' (review r363 A)
_COMMA_GLOSS = re.compile(
    rf"^(?P<head>[^,;()]+?)\s*(?:[,;]|\s[-–—]+)\s*(?P<tail>(?:{_GLOSS_WORDS}|{_PARTICIPLE}"
    r"|(?:[A-Z][\w-]*\s)?[A-Z][\w-]*['’]s\s|\d|" + _MONTH_NAMES + r"\.?\s)[^()]+)$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"^(?P<head>[^,;()]+?)\s*(?:[,;]|\s[-–—]+)\s*(?P<tail>[^\W\d_]{4,})$")
_HEDGE_ONLY = re.compile(rf"\s*(?:{HEDGE_WORDS}|\?)[\s?.!]*", re.IGNORECASE)


def comma_gloss(text: str, answers: list[str]) -> str | None:
    """'X, a Y' or 'X - the Y' written as 'X (a Y)', or None for any other answer. After a
    short key (a symbol), one word that opens with its letter is the name it stands for ('K -
    kalium', 'Pu, Pluto')."""
    found = _COMMA_GLOSS.match(text.strip())
    short = _TAIL.match(text.strip()) or _SYMBOL_REMARK.match(text.strip())
    if not found and short and _stands_for(short["head"], short["tail"], answers):
        found = short
    return f"{found['head']} ({found['tail'].rstrip(' .')})" if found else None


# 'Davy in 1807', 'Humphry Davy of the Royal Institution': a phrase after the name, no comma
_PHRASE = re.compile(r"\s(?=(?:in|at|of|by|from|during|on|not|with|alongside)\s)", re.I)  # r387 B
_WITH = re.compile(r"^(?:with|alongside)\s+", re.IGNORECASE)
_ORIGIN = re.compile(
    r"\s(?=(?:for|after|(?:which\s+|that\s+)?(?:stands|is\s+short)\s+for|short\s+for)\s)", re.I
)


def phrase_gloss(text: str, right: Callable[[str], bool]) -> str | None:
    """'X in Y' written as 'X (in Y)' where X alone is `right`, or None (review r355 A)."""
    if "(" in text or "," in text:
        return None
    for found in [*_PHRASE.finditer(text.strip()), *_ORIGIN.finditer(text.strip())]:
        head, tail = text.strip()[: found.start()], text.strip()[found.end() :]
        if found.re is _ORIGIN and not _origin(head, tail):
            continue  # only a symbol's origin: 'W stands for wolfram' (review r358 C)
        if right(head):  # 'with Conrad' bracketed bare: a name of the key's kind is a second one
            return f"{head} ({_WITH.sub('', tail.rstrip(' .'))})"
    return None


_ANY_TAIL = re.compile(r"^(?P<head>[^,;:()]+?)\s*(?:[,;:]|\s[-–—]+)\s*(?P<tail>[^()]+?)[\s.]*$")


def remark_after(text: str, right: Callable[[str], bool]) -> str | None:
    """'X, Y' written as 'X (Y)' where X alone is `right`, whatever Y opens with ('Henry
    Cavendish, English scientist', 'Brand, alchemist', 'Humphry Davy - chemist'; review
    r370 A): the bracket's reading then decides whether Y is a gloss or a second answer."""
    found = _ANY_TAIL.match(text.strip())
    if found is None or not right(found["head"]):
        return None
    return f"{found['head']} ({found['tail']})"


def _origin(head: str, tail: str) -> bool:
    """A symbol and the word it stands for: 'W for wolfram', 'Na for the Latin natrium'; never
    another element ('Na for potassium')."""
    words = [w for w in re.findall(r"[a-z]+", tail.lower()) if w not in _ORIGIN_FILLER]
    symbol = head.strip()
    return len(symbol) <= 3 and bool(words) and words[-1][:1] == symbol[:1].lower()


_ORIGIN_FILLER = frozenset({"for", "after", "which", "that", "stands", "is", "short", "the"})
_ORIGIN_FILLER |= {"latin", "greek", "german", "word", "name", "from", "its", "a"}


def _stands_for(head: str, word: str, answers: list[str]) -> bool:
    """A short key (a symbol) and one word opening with its letter ('K - kalium'), or any
    remark in lower-case words ('Hg, quicksilver', 'Au, like the Latin';
    review r367 B)."""
    key = head.strip()
    short = any(key == a and len(a) <= 3 for a in answers)
    said = word[:1].lower() == key[:1].lower() or word[:1].islower()  # a hedge: bracket_names
    return short and said


# a symbol and a remark in words after it, lower-case first: 'Hg, quicksilver'
_SYMBOL_REMARK = re.compile(r"^(?P<head>[A-Z][a-z]?)\s*[,;]\s*(?P<tail>[a-z][^()]*)$")


def paired(text: str) -> bool:
    """Whether the answer has the shape 'X (Y)'."""
    return _PAIRED.match(text.strip()) is not None


def bracketed(
    q: Question, text: str, expected: str, vocabulary: dict[str, str], check_one: CheckOne
) -> Verdict | None:
    """The verdict on an answer of the shape 'X (Y)', or None for any other answer."""
    paired = _PAIRED.match(text.strip())
    if not paired:
        return None
    outer, inner = paired["outer"], paired["inner"]
    if _HEDGE_ONLY.fullmatch(inner):  # 'Islam (I think)': a hedge on the one answer
        return check_one(q, outer, expected, vocabulary)
    if (told := tie_told(q, inner, vocabulary, text)) is not None:  # '(LM Eagle)', 'with Young'
        kept = check_one(q, outer, expected, vocabulary)  # (tie_claims.py, review r408 A, B)
        return kept if told[0] else Verdict("wrong", expected, told[1], text.strip())
    offered = _OFFERED_TOO.match(inner)  # 'China (or the EU)', whatever its kind (review r501 E)
    if offered and _answer_like(offered[1]):
        return _every(q, [outer, offered[1]], expected, vocabulary, check_one)
    also = _ALSO.match(inner)
    added = (also["a"] or also["b"]) if also else ""
    if added and _answer_like(added) and not outside_asked_name(q.prompt, _accepted(q), added):
        return _every(q, [outer, added], expected, vocabulary, check_one)  # 'Eagle (Columbia too)'
    # an 'and' inside a gloss joins its own words: 'Apollo 17 (with Cernan and Schmitt)' (r354 B)
    if (
        not _GLOSS_OPEN.match(inner)
        and not _gloss_only(q, inner, vocabulary)  # 'Apollo 17 (Cernan and Schmitt)' (r366 D)
        and not described(q, inner, vocabulary)  # 'Tajikistan (and the 201st base)' (r491 A)
        and second_answer(q.prompt, _accepted(q), outer, inner)
        and not all(outside_asked_name(q.prompt, _accepted(q), p) for p in joined_parts(inner))
    ):
        parts = [outer, *joined_parts(inner)]  # 'Tajikistan (and Kyrgyzstan)'
        return _every(q, parts, expected, vocabulary, check_one)
    inner = _WHEN_WORD.sub("", inner)  # 'Alan Shepard (later an admiral)'
    return _check_paired(q, outer, inner, expected, vocabulary, check_one)


_SERVICE = re.compile(rf"\b(?:{INSTITUTION_WORDS})\b")  # '(US Navy)', '(RAND Corporation)'
# a second answer offered: 'China (or the EU)', not '(or so)', '(or rather the PRC)'
_OFFERED_TOO = re.compile(
    r"^\s*(?:or|either|or maybe|or perhaps|or possibly)\s+(?!so\b|rather\b)(.+?)\s*$", re.I
)
# a second answer added: 'also James Irwin', 'Columbia too', 'and also 12' (review r372 A);
# never 'also known as', 'also called'
_ALSO = re.compile(
    r"^\s*(?:and\s+)?(?:also|plus|as well as)\s+(?!known|called|named|spelt|spelled|written)"
    r"(?P<a>.+?)\s*$|^(?P<b>.+?)\s+(?:too|as well|also)[\s.!?]*$",
    re.IGNORECASE,
)


def _gloss_only(q: Question, inner: str, vocabulary: dict[str, str]) -> bool:
    """A bracket that can only be a gloss: a name of another kind than the key's ('Apollo 17
    (Cernan and Schmitt)', r366 D), a designation code beside a key that is none ('Columbia
    (CSM-107)', r378 A), or initials the deck does not know ('Ken Mattingly (TK)', r381 B)."""
    part, accepted = inner.strip(), _accepted(q)
    if re.fullmatch(CODE, part) and not any(re.fullmatch(CODE, a, re.I) for a in accepted):
        return True
    initials = _INITIALS.fullmatch(part) is not None  # '(TK)', '(USAF)' (r381 B)
    acronym = any(_INITIALS.fullmatch(a.removeprefix("the ")) for a in q.answer)  # not 'PRC'
    # beside a place, a well-known place's initials are a second answer: 'China (UK)'
    placed = normalise(part) in WHOLE_PLACE_NAMES and bool(accepted & WHOLE_PLACE_NAMES)
    if initials and not acronym and not placed and normalise(part) not in {*vocabulary, *accepted}:
        return True  # but 'EEU (WTO)': a second body beside a key that is initials (r401 A)
    if city_in(part, q.answer) or (_SERVICE.search(part) and not _SERVICE.search(q.answer[0])):
        return True  # 'Uruguay (Montevideo)' (r504 D), 'Jim Lovell (US Navy)' (r512 A)
    other = other_kind(q, inner, vocabulary) or other_card_type(q, part, vocabulary)  # (r624 A)
    return other or restates_key([*q.answer, *q.accepted], part)


def _accepted(q: Question) -> set[str]:
    return {normalise(a) for a in [*q.answer, *q.accepted]} - {""}


def _answer_like(part: str) -> bool:
    """A name or a figure, not a remark in words: 'Columbia', 'James Irwin', '5 October';
    'he flew Apollo 10' is a remark, whatever it ends with."""
    words = [w for w in part.split() if w.lower() not in {"of", "the", "de", "von", "van"}]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _every(
    q: Question, parts: list[str], expected: str, vocabulary: dict[str, str], check_one: CheckOne
) -> Verdict:
    """Answers joined by 'and' or 'or': each is an answer, so right only if all are ('Kyiv (or
    Kiev)'), a near miss if none is wrong, else wrong (a second answer is no qualifier)."""
    verdicts = [check_one(q, part, expected, vocabulary) for part in parts]
    near = next((v for v in verdicts if v.verdict == "near_miss"), None)
    if len(verdicts) < 2 or any(v.verdict == "wrong" for v in verdicts):
        return Verdict("wrong", expected, understood=normalise(" / ".join(parts)))
    return near or Verdict("correct", expected, understood=normalise(" / ".join(parts)))


_OR = re.compile(r"^(?P<a>[^()/,;]+?)\s+(?:or|/)\s+(?P<b>[^()/,;]+)$", re.IGNORECASE)


def or_listed(
    q: Question, text: str, expected: str, vocabulary: dict[str, str], check_one: CheckOne
) -> Verdict | None:
    """'X or Y' graded as 'X (or Y)': right only when each part is ('Kyiv or Kiev',
    'Endeavour or Endeavor'), else wrong; None for any other answer."""
    found = _OR.match(text.strip())
    if found is None:
        return None
    return _every(q, [found["a"], found["b"]], expected, vocabulary, check_one)


def _check_paired(
    q: Question,
    outer: str,
    inner: str,
    expected: str,
    vocabulary: dict[str, str],
    check_one: CheckOne,
) -> Verdict:
    """Both parts name the key, or one does and the other names nothing else in the deck but
    what the question names ('W (wolfram)' for the symbol of tungsten: a gloss)."""
    parts = (outer, inner)
    verdicts = [check_one(q, part, expected, vocabulary) for part in parts]
    right = [v for v in verdicts if v.verdict == "correct"]
    other = [
        v
        for part, v in zip(parts, verdicts, strict=True)
        if v.verdict == "wrong"
        and not (part == inner and _gloss_only(q, part, vocabulary))  # '(Eagle)', '(LM-5)'
        and (
            _names_other(q, v, vocabulary)
            or other_place(q, part, vocabulary)
            or second_name(q, LED.sub("", part))  # 'Fe (Ir)', 'Ag (maybe Au)' (r342)
            or false_aside(q, part, vocabulary)  # 'Mirziyoyev (of Kazakhstan)' (r365 A)
            or likened(q, part, vocabulary)  # 'the EEU (like the CSTO)'
            or other_leader(q, part, vocabulary)
            or contrast_rival(q, part, vocabulary)
        )
    ]
    if right and not other:
        return Verdict("correct", expected, understood=normalise(f"{outer} ({inner})"))
    if not other and any(v.verdict == "near_miss" for v in verdicts):
        return next(v for v in verdicts if v.verdict == "near_miss")
    return Verdict("wrong", expected, understood=normalise(f"{outer} ({inner})"))


def _names_other(q: Question, v: Verdict, vocabulary: dict[str, str]) -> bool:
    """The part names another thing of the deck, or a well-known place the question does not
    name ('Casablanca (Rabat)' for the capital of Morocco: review r328)."""
    name = normalise(v.understood or "")
    if is_value_name(name, vocabulary):  # 'Odyssey (Aquarius)' (review r357 C)
        return name not in {normalise(a) for a in [*q.answer, *q.accepted]}
    if name in vocabulary:  # asked of, or the deck's own tie: 'Tambora (Sumbawa)' (r448 E)
        return not told_of(q.prompt, q.answer, vocabulary[name], vocabulary)
    place = name in WHOLE_PLACE_NAMES and not q.case_sensitive  # 'Cu (Cyprus)': no symbol;
    place = place and ASKS_PLACE.search(q.prompt) is not None  # 'Gibson (Nashville)' (r460 C)
    return place and f" {name} " not in f" {normalise(q.prompt)} "
