"""A choice answered in a form no option prints, read as the option it names: ticks in the
deck's words ('Kyrgyz Republic and Kazakhstan', 'only Russia and Belarus': tick_names.py); a
figure with the conditions it holds at ('0.968 g/cm³ at 20 °C'); the key's figure as '1 January
2015' for the option 'January 2015', '12,3%' for 12.3%, "'14" for 2014, '33 hours 31 minutes'
for 34 hours to the nearest hour (reviews r404 E, r405 F); a name as 'T. K. Mattingly' for Ken
Mattingly. Each was asked again, though the item's typed sibling takes it. Figures and names
are graded as the typed item would grade them: a figure that is right names the key's option;
a name names the one option it would be right for. Anything else is left as typed (asked
again, at no cost)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate import answers, option_codes
from quizapp.generate.figure_forms import SIDE
from quizapp.generate.number_asides import figure_before_aside
from quizapp.generate.option_asides import ADDED, TOO
from quizapp.generate.question import Question
from quizapp.generate.remark_notes import BRACKETS
from quizapp.generate.tick_names import ticked_names


def coded_as_options(q: Question, text: str, vocabulary: dict[str, str] | None) -> str:
    """option_codes.coded_as_options, then a right answer in another form as its option."""
    text = option_codes.coded_as_options(q, text, vocabulary)
    options = q.options or []
    if q.kind in ("multi_select", "ordering"):  # '3 4 - Russia leads it' (review r621 B)
        text = _DASH_REMARK.sub(r" (\1)", text)
    if q.kind in ("multi_select", "ordering", "matching"):  # '3 1 2 (81, 74, 68)' (r469 B)
        text = _unremarked(comma_remark(text, q, vocabulary), q)
    if q.kind == "multi_select":  # 'Kyrgyz Republic and Kazakhstan', 'only Russia and Belarus'
        return ticked_names(text, options, vocabulary)
    if q.kind == "numeric_mcq" and q.numeric is not None:  # '0.968 g/cm³ at 20 °C' (r403 B)
        lead = figure_before_aside(text, q.numeric)
        text = lead if lead and answers.option_index(lead, options) is not None else text
    if q.kind not in ("mcq", "numeric_mcq") or not text.strip() or _labelled(text, options):
        return text  # 'A) Tajikistan': a label and a text, which may disagree (r365 D)
    if answers.chosen_option(text, options, vocabulary) is not None:
        return text
    if q.kind == "mcq":
        return _named_option(q, text, vocabulary)
    return _figured_option(q, text, vocabulary)


def _named_option(q: Question, text: str, vocabulary: dict[str, str] | None) -> str:
    """The one option the text would be a right typed answer for ('T. K. Mattingly')."""
    from quizapp.generate.checker import check_unguarded

    if any(c.isdigit() for c in text) or len(text) > 80:
        return text
    right = [
        o
        for o in q.options or []
        if check_unguarded(_typed(q, [o], _names(o, vocabulary)), text, vocabulary).verdict
        == "correct"
    ]
    return right[0] if len(right) == 1 else text


def _names(option: str, vocabulary: dict[str, str] | None) -> list[str]:
    """The deck's other names for the thing an option names ('thomas kenneth mattingly')."""
    table = vocabulary or {}
    thing = table.get(normalise(option))
    return [n for n, t in table.items() if thing and t == thing and n != normalise(option)]


def _figured_option(q: Question, text: str, vocabulary: dict[str, str] | None) -> str:
    from quizapp.generate.checker import check_unguarded

    key = q.numeric
    sided = SIDE.search(text.lower()) and not SIDE.search(q.answer[0].lower())
    if key is None or sided:  # 'nearly 53%': a side no option says (session 40); but 'nearly
        return text  # half' for the option 'nearly 50%' (review r410 C)
    said = check_unguarded(_typed(q, q.answer), text, vocabulary)
    if said.verdict != "correct":
        return text
    value = _value(said.understood)
    step = key.step or 1.0
    rounds = value is not None and abs(round(value / step) * step - key.value) <= 1e-9 * max(
        1.0, abs(key.value)
    )
    unique = value is not None and _rounds_to_key_only(q, value, said.understood)
    return q.answer[0] if key.date is not None or rounds or unique else text  # '7.9' (r412 D)


def _rounds_to_key_only(q: Question, value: float, understood: str) -> bool:
    """Whether the figure as typed ('7.9', '13.6') is the key, or a reading the deck also
    gives, rounded to the places typed, and no other option is (7.87 beside 8.96 and 7.13)."""
    assert q.numeric is not None
    places = len(understood.replace(",", "").split(".")[1].split()[0]) if "." in understood else 0
    readings = [q.numeric.value, *q.numeric.readings]
    if not any(round(x, places) == value for x in readings):
        return False
    others = [o for o in q.options or [] if o not in q.answer]
    return not any(
        (f := answers.figure_of(o)) is not None and round(f, places) == value for o in others
    )


def _labelled(text: str, options: list[str]) -> bool:
    """Whether the text opens or ends with one of the options' letters or numbers as a label
    ('A) Tajikistan', '(b) Kazakhstan', 'Russia (C)'); 'T. K. Mattingly' has initials."""
    marks = {chr(ord("a") + i) for i in range(len(options))} | {str(i + 1) for i in range(9)}
    found = _LABEL.search(text.strip().lower())
    return found is not None and (found[1] or found[2] or found[3]) in marks


_LABEL = re.compile(  # 'B - 32 hours', 'option B, 32 hours' (review r662 B: read by the figure)
    r"^(?:option\s+)?\(?([a-z\d])(?:\)|:|\.(?!\s*[a-z]\.)|\s+[-\u2013\u2014]+)\s"
    r"|^(?:option\s+)?\(?([a-h])\)?,\s|\(([a-z\d])\)$"
)


def _typed(q: Question, answer: list[str], accepted: list[str] | None = None) -> Question:
    """The item as its typed sibling, keyed on `answer`, taking `accepted` too."""
    kind = "numeric" if q.numeric is not None else "typed"
    accepted = accepted if accepted is not None else []
    return q.model_copy(
        update={"kind": kind, "options": None, "answer": answer, "accepted": accepted}
    )


def _value(understood: str) -> float | None:
    """The figure a verdict read, as a number ('12.3' of '12.3 %'), or None."""
    found = re.match(r"\s*(-?\d+(?:\.\d+)?)", understood.replace(",", ""))
    return float(found[1]) if found else None


def by_label(text: str) -> bool:
    """A choice made by its number or letter, with or without a remark after it ('3', 'A (US$333
    million)'): no figure to read in a measure (the remark's figure was read as the answer and
    asked again for its scale: review r461 B)."""
    return text.isdecimal() or any(p.match(text) for p in (_LABEL_LEAD, _LABEL_ALONE))


_DASH_REMARK = re.compile(r"(?<=\S)\s+[-\u2013\u2014]+\s+([^()]+)$")
_LABEL_LEAD = re.compile(r"^\s*\(?(?:[A-H]|\d{1,2})\)?\s*(?:[,;:(\u2013\u2014]|\s-\s)")
# 'option 1', '(1)', '1)', '1.', '#1': a number marked as the option's (review r621 C)
_LABEL_ALONE = re.compile(r"^\s*(?:(?:option|answer)\s+|#)?\(?\d{1,2}[).]?\s*$", re.IGNORECASE)


def _unremarked(text: str, q: Question) -> str:
    """A ticks, order or pairs answer without its remarks in brackets ('3 1 2 (81, 74, 68)',
    'Kyrgyzstan (68%), Kazakhstan (74%)'), unless a bracket adds an option ('B E (C too)', 'B
    E (and A)') or is a tick list of its own: the rest is read as the answer, and the note
    says the remarks were not marked (remark_notes.py)."""
    brackets = BRACKETS.findall(text)
    if not brackets:
        return text
    if any(_HEDGING.search(b) for b in brackets):
        return text  # 'B D (or maybe E)', 'A D (B?)': a second answer offered (review r553 A)
    if any((ADDED.match(b) or TOO.search(b)) and _names_option(b, q) for b in brackets):
        return text  # 'B E (and A)'; not 'B D (and Roger Chaffee)', no option (review r482 B)
    if q.kind == "multi_select" and any(answers.read_ticks(b, q.options or []) for b in brackets):
        return text
    if q.kind == "matching" and answers.read_sequence(text, q.options or [], q.left) is not None:
        return text  # 'Kazakhstan (74%), Kyrgyzstan (81%)': each row's match (review r531 E)
    return " ".join(BRACKETS.sub(" ", text).split())


_HEDGING = re.compile(
    r"^\s*(?:or|either|maybe|perhaps|possibly|probably|unless|might|could)\b|\?\s*$", re.I
)
_LAST_AND = re.compile(r"^(?P<head>.+)\s+and\s+(?P<tail>[^,;:()]+?)[\s.!]*$", re.IGNORECASE)
_LAST_CLAUSE = re.compile(
    r"^(?P<head>.+?)\s*(?:[,;:]|\s[-\u2013\u2014]+)\s*(?P<tail>[^,;:()]+?)[\s.!]*$"
)


def comma_remark(text: str, q: Question, vocabulary: dict[str, str] | None) -> str:
    """'3 1 2, neon highest' as '3 1 2 (neon highest)': a clause after the last comma of a
    ticks, order or pairs answer that is whole without it, and that names no option of its
    own (review r483 B: asked again, where the same remark in brackets was read)."""
    splits = [_LAST_CLAUSE.match(text.strip())]
    if q.kind == "multi_select":  # 'Grissom, White and Chaffee': no option's (review r532 A)
        splits.insert(0, _LAST_AND.match(text.strip()))
    for found in filter(None, splits):
        if _HEDGING.search(found["tail"]):
            continue  # '3 1 2, or maybe 1 3 2' offers a second answer (review r553 A)
        if re.search(r"[^\W\d_]{3}", found["tail"]) and _whole(q, text, found, vocabulary):
            return f"{found['head']} ({found['tail'].strip()})"
    return text


def _whole(q: Question, text: str, found: re.Match[str], vocabulary: dict[str, str] | None) -> bool:
    """Whether the answer reads whole without the clause after its last join, and not with it."""
    head, tail, options = found["head"], found["tail"].strip(), q.options or []
    if q.kind == "multi_select":
        whole = answers.read_ticks(head, options) is not None
        whole = whole and answers.read_ticks(text, options) is None
        whole = whole and answers.read_ticks(tail, options) is None
        whole = whole and answers.chosen_option(tail, options, vocabulary) is None  # 'Kirgizstan'
        return whole and not any(normalise(o) in normalise(tail) for o in options)  # (r611 B)
    whole = answers.read_sequence(head, options, q.left, vocabulary) is not None
    return whole and answers.read_sequence(text, options, q.left, vocabulary) is None


def _names_option(bracket: str, q: Question) -> bool:
    """Whether a bracket names an option by its label, number or text."""
    options = q.options or []
    bare = TOO.sub(" ", ADDED.sub(" ", bracket)).strip()
    named = any(normalise(o) in f" {normalise(bracket)} " for o in options)
    return named or answers.read_ticks(bare, options) is not None
