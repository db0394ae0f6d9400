"""A choice item's option named as a learner types it, beyond its number, letter and exact text
(answers.option_index; reviews r365 D, r368 H, r369 F, r373 B): a label alone ('C)', 'option
C'); a label and the text ('D) Tajikistan', 'C Apollo 17', 'Tajikistan (D)'), which must agree;
the text with an aside that names no other option ('Caesium (Cs)'); a slip ('Tajikstan'); the
words of one option only ('Mattingly'); a figure or date said another way ('$865m', 'Sept 1970',
'7 000', '2,7') or in another unit ('232 C' for '232 °C'); a numbered option by its number or
ordinal ('14' for group 14 with no option 14, 'fourth'). Else, or one two options share: again."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from quizapp.generate.assertion_words import assertion_choice
from quizapp.generate.figure_forms import SIDE, figure_form
from quizapp.generate.numbered_names import NUMBERED_NAME, other_stem, roman_value
from quizapp.generate.option_asides import ADDED, ASIDE, JOINED, TAIL, TOO, said_of_another
from quizapp.generate.option_slips import slips_only

if TYPE_CHECKING:
    from quizapp.generate.numbers import ParsedNumber

Index = Callable[[str, list[str]], "int | None"]


def loose_index(
    t: str, n: str, options: list[str], unhedged: list[str], index: Index
) -> int | None:
    """The one option `t` (lower-cased; `n` normalised) names loosely, else None."""
    if (bare := _LABEL_ONLY.fullmatch(t)) is not None and bare[1] != t:
        return index(bare[1], options)  # 'C)', '(C)', 'C.', 'option C' (review r368 H)
    if _DECIMAL_COMMA.match(t) and any(re.search(r"\d\.\d", o) for o in options):
        return index(_DECIMAL_COMMA.sub(r"\1.\2", t), options)  # '2,7' for 2.7 (r455 E)
    marked = _LETTERED.match(t) is not None  # 'A) US$333 million' for C: a label first (r631 D)
    marked = marked and not re.match(r"a\s*:.*\br\s*:", t)  # 'A: false, R: true' (r702)
    if not marked and (said := assertion_choice(t, options)) is not None:
        return said  # 'both true, reason explains' (assertion_words.py; review r404 D)
    spaced = _SPACED_LETTER.match(t)  # 'C Apollo 17' (r522 B): letter and text, one option
    if spaced and index(spaced[2], options) == (said := index(spaced[1], options)) is not None:
        return said
    if _labels(t, options):  # '1 billion' is a figure where no option is 'billion'
        by_label = labelled(t, options, index)
        return by_label if by_label is not None or marked else _same_amount(n, unhedged)
    if (tail := TAIL.match(t)) and (head := index(tail[1], options)) is not None:
        return _beside(head, tail[2], options, index)  # 'b, gold (19.3 g/cm³)' (r463 D)
    aside = ASIDE.match(t)
    if aside is not None:  # 'Caesium (Cs)', 'Hennig Brand (1669)' (review r373 B)
        return _beside(index(aside["head"], options), aside["a"] or aside["b"], options, index)
    roman = _ROMAN.sub(lambda m: str(roman_value(m[1])), n)  # 'Apollo XVII' (review r372 E)
    if roman != n and (found := [i for i, o in enumerate(unhedged) if o == roman]):
        return found[0] if len(found) == 1 else None
    numbered = _numbered(n, unhedged)
    return numbered if numbered is not None else loose_option(n, unhedged)


_DECIMAL_COMMA = re.compile(r"^(\d+),(\d{1,2})(?!\d)")  # a decimal comma, no digit group
_LABEL_ONLY = re.compile(r"(?:option\s+|answer\s+|#)?\(?([a-z]|\d{1,2})[).]?")
_LABELLED = re.compile(
    r"^\(?(?P<label>[a-z]|\d{1,2})(?:\)\s*|[.:]\s+|\s+[-\u2013\u2014]+\s*|(?<=\d)\s+)"
    r"(?P<text>\S.*)$"
)  # 'D) Tajikistan', 'B - least keen', '4 Kyrgyzstan' (review r371 E); 'C)', '3.' alone above
_MARKED = re.compile(r"\d{1,2}\s*(?:\(|[-\u2013\u2014:]\s)")  # '4 (no permit)', '3 - via Russia'
_LETTERED = re.compile(r"\(?[a-h](?:\)|[.:]\s|\s+[-\u2013\u2014]+\s)")
_SPACED_LETTER = re.compile(r"^(?P<label>[a-z])\s+(?P<text>\S.*)$")
_LABEL_AFTER = re.compile(r"^(?P<text>.*?\S)\s*\((?P<label>[a-z]|\d{1,2})\)$")


def _beside(head: int | None, said: str, options: list[str], index: Index) -> int | None:
    """The option `head`, with `said` beside it as a remark; None where `said` offers another
    option ('B, also D', 'C too': r372 A) or a second answer in any way but 'and', 'also' or
    'plus' before a remark naming no option ('C (and prices actually fell)': r470 A)."""
    other = index(TOO.sub("", ADDED.sub("", said)).strip(), options)
    if head is None or (ADDED.match(said) and (other is not None or not JOINED.match(said))):
        return None
    return head if other in (None, head) or said_of_another(said, options[other]) else None


def _labels(t: str, options: list[str]) -> bool:
    """Whether `t` opens or ends with an option's label: a number past the options' places
    followed by a space is a figure ('95 percent', '7 000 troops'), no label."""
    found = _LABELLED.match(t)
    if found is not None and t[len(found["label"]) : len(found["label"]) + 1].isspace():
        spaced = found["label"].isdigit() and t[len(found["label"]) :].lstrip()[:1] not in "-–—"
        return not spaced or 1 <= int(found["label"]) <= len(options)
    return found is not None or _LABEL_AFTER.match(t) is not None


def labelled(t: str, options: list[str], index: Index) -> int | None:
    """The option a label and its text name ('D) Tajikistan'), or a label beside words naming
    no option ('D - Conrad landed there', r470 A; '4 (no permit)', r621 B); else None (r365 D)."""
    if (found := _LABELLED.match(t) or _LABEL_AFTER.match(t)) is None:
        return None
    by_label, by_text = index(found["label"], options), index(found["text"], options)
    own = re.compile(rf"(?<![\d.,]){found['label']}(?![\d.,]*\d)")  # '2 projects' is a figure
    worded = _MARKED.match(t) is not None and not any(own.search(o) for o in options)
    loose = by_text is None and (found["label"].isalpha() or worded)
    return by_label if by_text == by_label or loose else None


def loose_option(n: str, unhedged: list[str]) -> int | None:
    """The one option a typed text names with a slip ('Tajikstan'), or by its figure another
    way ('7000 troops' for '7,000 troops'); None (ask again) for none or several (r365 D)."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.fuzz import ratio

    from quizapp.generate.number_words import words_to_digits

    same = [i for i, o in enumerate(unhedged) if figure_form(o) == figure_form(n)]
    if len(same) == 1:  # '$865 million', '81 percent', 'in 2014' (review r368 H)
        return same[0]
    amount = _same_amount(n, unhedged)
    if amount is not None:  # '7 000', 'one billion', '232 C', '2.7 g/mL' (r374 E, r376 D)
        return amount
    said = _SAID_FIGURE.fullmatch(words_to_digits(n)[0].replace(",", ""))
    if said is not None:
        figure, words = float(said["figure"]), set(said["words"].split())
        found = [
            i
            for i, o in enumerate(unhedged)
            if (lead := _SAID_FIGURE.fullmatch(o.replace(",", ""))) is not None
            and float(lead["figure"]) == figure
            and words <= set(lead["words"].split())
        ]
        return found[0] if len(found) == 1 else None
    scores = sorted(
        ((ratio(n, o), i) for i, o in enumerate(unhedged) if not any(c.isdigit() for c in o)),
        reverse=True,
    )
    if scores and scores[0][0] >= _SLIP and (len(scores) == 1 or scores[1][0] < _SLIP):
        return scores[0][1] if slips_only(n, unhedged[scores[0][1]]) else None
    figures = re.findall(r"\d+", n)  # 'Apollo 7' is no slip of 'Apollo 17' (review r372 B)
    near = [
        i
        for i, o in enumerate(unhedged)
        if len(o) >= 4
        and re.findall(r"\d+", o) == figures
        and OSA.distance(n, o) <= 1
        and not (figures and _tail_unit(n) != _tail_unit(o))  # '232 °F' is no slip of '232 °C'
    ]
    near = near or [i for i, o in enumerate(unhedged) if len(n) >= 4 and f" {n} " in f" {o} "]
    near = near or _named_within(n, unhedged)
    sentence = len(n.split()) > 3 and not (near and slips_only(n, unhedged[near[0]]))  # (r641 B)
    return near[0] if len(near) == 1 and not sentence else None  # 'Ture'; 'Stafford'


def _named_within(n: str, unhedged: list[str]) -> list[int]:
    """The options holding every name word of `n`, any order ('Travers and Ramsay', 'Marie
    Curie' for a pair: review r400 D); figures and short words alone name nothing."""
    from rapidfuzz.distance import OSA

    words = set(re.findall(r"[^\W\d_]+", n)) - {"and", "the"} - _TITLES
    if not any(len(w) >= 4 for w in words) or any(c.isdigit() for c in n):
        return []

    def named(word: str, said: set[str]) -> bool:  # 'Ramsey' for Ramsay (review r406 D)
        return word in said or (len(word) >= 5 and any(OSA.distance(word, w) <= 1 for w in said))

    found = [set(re.findall(r"[^\W\d_]+", o)) for o in unhedged]
    return [i for i, said in enumerate(found) if all(named(w, said) for w in words)]


_TITLES = frozenset({"sir", "dr", "doctor", "professor", "prof", "mr", "mrs", "madame", "mme"})


def _same_amount(n: str, unhedged: list[str]) -> int | None:
    """The one option whose figure `n` gives in another form ('7 000', '7k', 'about 7,000
    soldiers', 'one billion' for 'US$1 billion', '232 C' for '232 °C', '2.7 g/mL' for
    '2.7 g/cm³'), a unit converted to the option's; None when none or several."""
    from quizapp.generate.dates import spoken_year
    from quizapp.generate.numbers import number_and_words
    from quizapp.generate.quantity_reader import prepared

    year = spoken_year(n)  # 'nineteen sixty-two' (review r378 E)
    t = str(year) if year is not None else prepared(n)[0]
    read = None if SIDE.search(n) else number_and_words(t)  # 'nearly 7,000' is no 7,000
    if read is None:
        return None
    (said, tail), shown = read, [_shown(o) for o in unhedged]
    unit, letter = _unit_in(tail), _LETTER_SCALE.search(t)
    amounts = {(said.value * said.scale, unit)}  # '232 K': 232 kelvins, not 232 thousand
    amounts |= {(said.value, unit or _letter_unit(letter[1]))} if letter else set()
    found = [i for i, o in enumerate(shown) if o and any(_amount_is(o, *a) for a in amounts)]
    found = [i for i in found if not other_stem(n, unhedged[i])]  # 'gemini 7' (Apollo 7)
    if not found and not said.scaled and not tail:  # '22' for 'US$22 million' (review r380 C)
        found = [
            i for i, o in enumerate(shown) if o and o.number.scaled and o.number.value == said.value
        ]
    return found[0] if len(found) == 1 else None


class _Shown(NamedTuple):
    """An option's figure as read once: the number, its text folded, its unit if any."""

    number: ParsedNumber
    text: str
    unit: str | None


def _shown(option: str) -> _Shown | None:
    from quizapp.generate.numbers import number_and_words
    from quizapp.generate.quantity_reader import prepared

    text = prepared(option)[0]
    read = number_and_words(text)
    return _Shown(read[0], text, _unit_in(read[1])) if read else None


def _amounts(option: _Shown) -> set[float]:
    """The amounts a figure may mean: '7 m' is 7 million or 7 metres, '7k' 7 thousand or 7 K."""
    value, scale = option.number.value, option.number.scale
    return {value * scale, value} if _LETTER_SCALE.search(option.text) else {value * scale}


_LETTER_SCALE = re.compile(r"\d\s*([mkb])\b")


def _amount_is(option: _Shown, amount: float, unit: str | None) -> bool:
    """Whether `option` shows `amount` (in `unit`, when the answer names one), to its digits."""
    from quizapp.generate.units import convert

    shown, own = option.number, option.unit
    value, scale = shown.value * shown.scale, shown.scale
    letter = _LETTER_SCALE.search(option.text)
    if own is None and letter is not None and unit is not None:  # '111 m' beside '111 feet'
        own, value, scale = _letter_unit(letter[1]), shown.value, 1.0
    digits = len(found[1]) if (found := re.search(r"\.(\d+)", option.text)) else 0
    near: float = 0.5 * 10**-digits * scale  # to the option's last digit
    if unit == own and scale == 1.0 and own is not None:  # '14 kelvin' for '14 K'
        return abs(amount - value) <= near
    if unit is None or own is None or unit == own:  # '78.08%' for '78%' (r382 E); 1969 is no
        step = {v: near if v != shown.value else near / scale for v in _amounts(option)}
        return any(abs(amount - v) <= s for v, s in step.items())  # '111 m' (review r482 B)
    converted = convert(amount, unit, own)  # '232 C' as °C; '505 K' is 505 thousand, no unit
    return converted is not None and abs(converted - value) <= near


def _letter_unit(letter: str) -> str | None:
    """The unit a letter after a figure may be: 'K' kelvins, 'm' metres."""
    return "kelvin" if letter == "k" else _unit_in(letter)


def _tail_unit(text: str) -> str | None:
    """The unit named after a text's figure ('°f' of '232 °f'), or None."""
    return _unit_in(re.sub(r"^[-\d.,\s]+", "", text))


def _unit_in(words: str) -> str | None:
    """The unit the words after a figure name ('g/ml', 'degrees c', 'grams per cubic
    centimetre'), or None ('troops', 'degrees', '')."""
    from quizapp.generate.quantity_reader import prepared
    from quizapp.generate.units import degree_scale, dimension

    parts = prepared(words)[0].split()  # 'kg/m3' folded from 'kg/m³' as 'kg/m³' again
    if (scale := degree_scale(parts)) is not None:
        return scale
    for name in dict.fromkeys([" ".join(parts), *parts[:1]]):
        if name and dimension(name) not in (None, "dimensionless"):
            return name
    return None


# a figure and words; each word whole (\b), or a long answer backtracked for minutes (r521 A)
_SAID_FIGURE = re.compile(r"(?P<figure>-?\d+(?:\.\d+)?)\s*(?P<words>(?:[a-z]+\b\s*)*)")
_SLIP = 85  # rapidfuzz ratio of a misspelt option name: 'Tajikstan' for 'Tajikistan' is 95


_ROMAN = re.compile(r"(?<=[a-z] )([ivxl]{2,}|[ivx])$")  # 'group i' (review r382 F)
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
_ORDINAL = {w: i for i, w in enumerate(_ORDINALS.split(), 1)}
_TEN = "one two three four five six seven eight nine ten"
_NUMBER_WORDS = {w: i for i, w in enumerate(_TEN.split(), 1)}


def _numbered(n: str, unhedged: list[str]) -> int | None:
    """The one numbered option ('period 4', 'group 14') whose number the text gives alone or
    by ordinal: '14' where there is no option 14, '4th', 'fourth', 'the fourth period', 'row
    4', 'one'. A bare number that is an option's place never gets here (option_index)."""
    from quizapp.generate.number_words import words_to_digits

    words = n.replace("-", " ").split()
    if not _ORDINAL.keys() & set(words):  # 'fourth' is no quarter here
        words = words_to_digits(" ".join(words))[0].split()  # 'fourteen' as '14'
    said = [
        int(w[:-2])
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", w)
        else _ORDINAL.get(w) or _NUMBER_WORDS.get(w) or (int(w) if w.isdecimal() else None)
        for w in words
    ]
    figures = [x for x in said if x is not None]
    # each numbered option's stem and number, read once; a year ('September 1970') is none
    numbered = [
        (i, m) for i, o in enumerate(unhedged) if (m := NUMBERED_NAME.match(o)) and len(m["n"]) <= 3
    ]
    stems = {m["stem"].strip() for _, m in numbered}
    rest = {w for w, x in zip(words, said, strict=True) if x is None} - {"the", "row", "number"}
    if len(figures) != 1 or not stems or not rest <= {w for s in stems for w in s.split()}:
        return None
    found = [i for i, m in numbered if int(m["n"]) == figures[0]]
    return found[0] if len(found) == 1 else None
