"""A bound before a figure: 'more than 75%', 'under 5', 'nearly five'.

Hedges ('about', 'roughly') are dropped before a figure is judged (number_words.py): the
question's tolerance decides how close is close enough. A bound is not a hedge: 'more than
75%' says the figure is not 75%. So:
- a bound untrue of the stored value is wrong, however close its figure: a strict bound at or
  past it ('more than 75%' where the source gives 75%, 'under 5' for the Saturn V's five
  engines, 'over 30%' for 28%), a soft one past it ('nearly 330' for 333); for an exact count
  'nearly five' and 'almost 5' are strict too (a count has no 'nearly' about it); a small
  margin ('just over 78%' for 78.08%, stored as 78%) makes a bound soft, as 'nearly' is;
- where the source puts an approximate figure on one side of its round number ('fell by
  nearly half': the key's `side` is under), a bound on the other side is wrong ('more than
  half'), and a bare figure beyond it ('55%') is only a near miss;
- a bound that takes the key in ('at least 5', 'up to 75%', '96 or more', '96+') is judged
  by its figure, unless the key's side rules it out ('at least 96 kg' for 95.8 kg, stored
  96 with side under: review r326); '>96' and '<96' are 'over' and 'under'; a hedge, or a
  bound on another figure ('more than 60%') is judged by its figure as before.
An approximate key with no side refuses only a strict bound beyond its figure ('over 30%' for
about 28%): 'about 50%' says nothing of which side of 50 it lies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.quantity_reader import Reading, read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import judge

__all__ = [
    "Bound",
    "bound_holds",
    "bound_problem",
    "bounded_rivals",
    "past_side",
    "read_bound",
    "tight_bound",
    "time_bound",
]

# a small margin ('just over 78%' for 78.08%: true, and how people say it) makes a bound soft,
# as 'nearly' is; a wide one ('well over') stays strict (review r316 #75 #76)
_MARGIN = r"(?:(?P<small>just|a little|a bit|slightly)|well|far|much)\s+"
_OVER = re.compile(
    rf"^\s*(?:by\s+)?(?:{_MARGIN})?(?P<word>over|more than|above|greater than|upwards of|"
    r"in excess of|exceeding)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_UNDER = re.compile(
    rf"^\s*(?:by\s+)?(?:{_MARGIN})?(?P<word>under|less than|fewer than|below|nearly|almost|"
    r"not quite|short of)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(
    r"^\s*(?:at\s+least|no\s+less\s+than|not\s+less\s+than|(?:a\s+)?minimum(?:\s+of)?|min\.?(?![a-z])|"
    r"\u2265|>=)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_AT_MOST = re.compile(
    r"^\s*(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|(?:a\s+)?maximum(?:\s+of)?|"
    r"max\.?(?![a-z])|\u2264|<=)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_OR_MORE = re.compile(r"^\s*(?P<rest>.*\d.*?)\s*(?:\+|or\s+more|or\s+over|or\s+above)\s*$", re.I)
_OR_LESS = re.compile(r"^\s*(?P<rest>.*\d.*?)\s*(?:or\s+less|or\s+fewer|or\s+under)\s*$", re.I)
_PLUS_UNIT = re.compile(r"(?<=\d)\+\s*([^\d\s+].*)$")
_SIGNS = re.compile(r"^\s*([<>])\s*(?=\S)")
_SIGN_WORDS = {">": "over ", "<": "under "}
_WIDE = re.compile(r"^\s*(?:by\s+)?(?:well|far|much)\s", re.IGNORECASE)
_NEARLY = frozenset({"nearly", "almost", "not quite", "short of"})  # strict only for a count


@dataclass(frozen=True)
class Bound:
    """A bound read off an answer: its side, whether it is soft ('nearly', 'just over'), what
    the learner said, and the figure it bounds (the nearest reading to the key)."""

    over: bool
    soft: bool
    said: str
    reading: Reading
    inclusive: bool = False  # 'at least 96', '96 or more', '96+': takes the figure in
    wide: bool = False  # 'well over 78%': far from the figure


def read_bound(key: NumericKey, text: str) -> Bound | None:
    """The bound that opens the answer, or None: no bound word, or no figure after it."""
    taken = _inclusive(key, text)
    if taken is not None:
        return taken
    text = _SIGNS.sub(lambda m: _SIGN_WORDS[m[1]], text)  # '>96 kg' is 'over 96 kg'
    for pattern, over in ((_OVER, True), (_UNDER, False)):
        m = pattern.match(text)
        if m is None:
            continue
        readings = read_quantity(m["rest"], key)
        if not isinstance(readings, list) or not readings:
            return None
        word = " ".join(m["word"].lower().split())
        soft = m["small"] is not None or word in _NEARLY
        said = " ".join(text[m.start("small") if m["small"] else m.start("word") :].split())
        wide = _WIDE.match(text) is not None
        # 'nearly -39 °C' for -38.83 °C: near it in size, so above it (review r345 #28)
        toward_zero = word in _NEARLY and readings[0].value < 0
        return Bound(over or toward_zero, soft, said, readings[0], wide=wide)
    return None


def _inclusive(key: NumericKey, text: str) -> Bound | None:
    """'at least 96 kg', 'no less than 96', '96 kg or more', '96+', '≥ 96' (over), and 'at most',
    'up to', 'or less' (under): a bound that takes its figure in (review r326)."""
    said = " ".join(text.split())
    text = _PLUS_UNIT.sub(r" \1 or more", text)  # '96+ kg' is '96 kg or more'
    for before, after, over in ((_AT_LEAST, _OR_MORE, True), (_AT_MOST, _OR_LESS, False)):
        m = before.match(text) or after.match(text)
        if m is None:
            continue
        readings = read_quantity(m["rest"], key)
        if not isinstance(readings, list) or not readings:
            return None
        return Bound(over, True, said, readings[0], inclusive=True)
    return None


def bound_problem(key: NumericKey, bound: Bound | None, expected: str) -> str | None:
    """Why a bounded figure is wrong, or None (see the module's rules)."""
    if bound is None:
        return None
    if bound.inclusive:  # untrue only where the source puts the value on the other side
        wrong = key.side is not None and _wrong_side(key, bound.reading.value, bound.over, True)
        return (
            f"'{bound.said}' puts it on the wrong side: the answer is {expected}."
            if wrong
            else None
        )
    figure, over = bound.reading.value, bound.over
    if bound.soft and not bound.wide and (key.precise or _on_shown(key, figure, bound.said)):
        return None  # asked to the hour, 'nearly 71 hours' is 71 (review r369 D); 'nearly 78%'
        # for nitrogen's 78.08%, shown 78% (review r397 B): the shown figure, judged so
    if bound.wide and judge(key, figure, bound.reading.step, 0) != "wrong":
        # 'well under 50%' for nearly half: far from a figure that is itself right (r331 #33)
        return f"'{bound.said}' puts it far from the figure: the answer is {expected}."
    if (key.approx or key.side is not None) and _wrong_side(key, figure, over, bound.soft):
        return f"'{bound.said}' puts it on the wrong side: the answer is {expected}."
    own_side = key.side == ("over" if over else "under") and not bound.wide
    if key.approx or (figure == key.value and own_side):
        return None  # 'under 21%' for 20.95%, shown 21% with side under (review r329)
    strict = key.exact or not bound.soft
    # untrue of the stored value: a strict bound at or past it, a soft one past it
    # ('nearly 330' for 333, 'over 30%' for 28%; review r314)
    past = figure > key.value if over else figure < key.value
    if not (past or (strict and figure == key.value)):
        return None
    exactly = "exactly " if key.exact else ""
    if figure == key.value or judge(key, figure, bound.reading.step, 0) == "correct":
        return f"'{bound.said}' leaves the figure itself out: the answer is {exactly}{expected}."
    return f"'{bound.said}' puts it on the wrong side: the answer is {exactly}{expected}."


def _on_shown(key: NumericKey, figure: float, said: str) -> bool:
    """'nearly' or 'almost' the key as shown, where a measured value is shown rounded (a side
    set, not an 'about' figure): the learner rounds to the figure taught; 'just under 78%'
    for 78.08% still claims a side, and a false one."""
    rounding = said.lower().startswith(("nearly", "almost"))
    return rounding and key.side is not None and not key.approx and figure == key.value


def _wrong_side(key: NumericKey, figure: float, over: bool, soft: bool) -> bool:
    """Whether a bound on an approximate key says the other side of it: against the source's
    side, a bound on the key's figure or beyond ('more than half' for nearly half); and a
    strict bound beyond the figure ('over 30%' for about 28%; 'over 28%' may be so; 'under
    40%' for nearly half: review r327 #29, a near miss before)."""
    if key.side is not None:
        against = key.side == ("under" if over else "over")
        if against and (figure >= key.value if over else figure <= key.value):
            return True
    return not soft and (figure > key.value if over else figure < key.value)


def tight_bound(key: NumericKey, bound: Bound | None) -> bool:
    """A soft bound, true of the key, one displayed step from it: 'nearly 75%' for 74%, as
    'just over 12%' is for 12.3% (review r327 #74: a near miss); or on a rounder figure within
    5% of the key ('just under 1 g/cm³' for 0.968, the deck's own words: review r332 #2).
    Either way within 5% of the bound's figure: a step is a sixth of a key of 6, and 'nearly
    7%' for 6% says 7 (review r356 E). Never for an exact count."""
    if bound is None or not bound.soft or bound.inclusive or key.exact:
        return False
    if key.side == ("over" if bound.over else "under"):
        return False  # 'nearly 33 hours' for 31 h 31 min, shown 32 (side under): review r330
    figure = bound.reading.value
    gap = key.value - figure if bound.over else figure - key.value
    if gap <= 0:
        return False
    rounder = _digits(figure) < _digits(key.value)
    near = gap <= ROUND_BOUND * abs(figure)  # 'nearly 7%' is no 6% (review r356 E)
    return near and (gap <= key.step * 1.0001 or rounder)


ROUND_BOUND = 0.05  # how far under or over a rounder figure 'just under' and 'nearly' reach
CLOSE_BOUND = 0.02  # a tight bound this close to the key (and a step or less) gives the figure


def close_bound(key: NumericKey, bound: Bound | None) -> bool:
    """A tight bound that says the figure itself: one displayed step or less and within 2% of
    it ('nearly 75%' for 74%: review r327 #74). A rounder or farther one ('nearly 900' for
    883 °C, 'nearly 2.8' for 2.7, 'nearly 80%' for 78%) says no more than 'about 900' does:
    a near miss at best (review r364 A)."""
    if bound is None or not tight_bound(key, bound) or key.precise:
        return False  # to a stated precision a soft bound gives its figure, judged as one
    gap = abs(key.value - bound.reading.value)
    return gap <= key.step * 1.0001 and gap <= CLOSE_BOUND * abs(key.value)


def _digits(x: float) -> int:
    """Significant digits as written: 0.968 -> 3, 1 -> 1, 7000 -> 1."""
    return len(f"{abs(x):.10g}".replace(".", "").strip("0")) or 1


def bounded_rivals(key: NumericKey, bound: Bound | None) -> NumericKey:
    """The key with only the other facts' figures the bound can say ('nearly 80%' is no
    81%, 'just over 70%' no 68%: review r327 #74 named them); 'nearly 8' may be 8."""
    if bound is None:
        return key
    figure = bound.reading.value
    kept = [
        (r, note)
        for r, note in zip(key.rivals, key.rival_notes, strict=False)
        if (r >= figure if bound.over else r <= figure)
    ]
    return key.model_copy(
        update={"rivals": tuple(r for r, _ in kept), "rival_notes": tuple(n for _, n in kept)}
    )


def past_side(key: NumericKey, value: float) -> bool:
    """Whether a bare figure lies beyond the key on the side the source rules out ('55%' where
    it fell by nearly half): close, but a near miss, not right. A figure rounded to its last
    digit takes any answer within that digit ('2.8 days' for 66 h 55 min, shown 67 hours)."""
    if not key.approx:
        return False
    if key.side == "under":
        return value > key.value
    return key.side == "over" and value < key.value


def bound_holds(key: NumericKey, bound: Bound | None) -> bool:
    """Whether the answer is a strict bound that is true of the key but gives no figure of it
    ('over 75%' for 78%): wrong, yet no other fact's figure, whatever its number is near. A
    soft one ('nearly 8' for 6) says the figure is close to its own: no truth to grant it, and
    the note may name whose figure that is (review r322)."""
    if bound is None or bound.soft:
        return False
    figure = bound.reading.value
    return figure < key.value if bound.over else figure > key.value


def far_bound(key: NumericKey, bound: Bound | None) -> bool:
    """A strict bound true of an exact key on a figure more than a step off it: the figure is
    not given, so no near miss ('over 1500' for iron's 1,538 °C; review r361 C), though 1500
    alone is one. On a key itself about a figure ('over a quarter' for about 28%) it stays
    one."""
    if key.approx or bound is None or not bound_holds(key, bound):
        return False
    return abs(bound.reading.value - key.value) > max(key.step, key.tolerance) * 1.0001


_BEFORE_AFTER = re.compile(
    r"^\s*(?:(?:just|shortly|soon|well|long)\s+)?(?P<word>before|after|prior to|earlier than|"
    r"later than|by|no later than|not later than|nearly|almost)\s+\S",  # never 'since' or
    # 'until': a stem asks 'since when' (corpus); 'by January 2015' says only that it was not
    # later (r365 C); 'nearly 2014' names no year (r368 F)
    re.IGNORECASE,
)


def time_bound(text: str, expected: str) -> str | None:
    """Why a year or date given as a bound ('before 2016', 'after 1969') is wrong: the question
    asks when, and a bound says only when not (review r314); None for any other answer."""
    m = _BEFORE_AFTER.match(text)
    if m is None:
        return None
    word = m["word"].lower()
    if word in ("nearly", "almost"):  # 'nearly 2014' (review r368 F)
        return f"'{word} ...' gives no date: the answer is {expected}."
    return f"'{word} ...' says only when it was not: the answer is {expected}."
