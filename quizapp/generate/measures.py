"""Which measure a numeric question asks for, and how a figure is shown next to its stem.

The source often gives one event two figures: an amount and a share ("US$865 million, 95% of
the debt"). A stem such as "How much of its debt was written off?" or a blank "wrote off _____
of the debt" then admits both, and only one is keyed. So a stem over a figure that has such a
sibling must name its own measure (a share, an amount in US$, a count of troops); where the
relation's wording does not, a short cue is added. A cloze shows the unit around the blank
("US$_____ million", "_____%", "_____ troops"), so only a number fits and the key shows only
the number, never the words that follow the blank again.
"""

from __future__ import annotations

import re

from quizapp.facts.grammar import unit_for_count
from quizapp.facts.model import Fact
from quizapp.facts.normalise import normalise
from quizapp.facts.values import CURRENCY_SYMBOLS, Money, NumericValue, Percentage, Quantity
from quizapp.facts.values import format_number as _number
from quizapp.generate.index import DeckIndex

MEASURED = (Quantity, Percentage, Money)
_SHARE = re.compile(r"\b(share|per ?cent|percentage|proportion|fraction)\b|%")
# a stem that says its answer is a percentage: 'share' alone may be answered 0.95 or 'most'
_PERCENT = re.compile(r"\b(per ?cent|percentage)\b|%")
_MONEY = re.compile(
    r"\b(worth|amount|sum|dollars?|euros?|pounds?|roubles?|rubles?|yuan)\b|us\$|\$|€|£"
)


def measured(ix: DeckIndex, fact: Fact) -> Quantity | Percentage | Money | None:
    value = ix.numeric_value(fact)
    return value if isinstance(value, MEASURED) else None


def sibling_measures(ix: DeckIndex, fact: Fact) -> set[str]:
    """Families of the other figures the source gives for the same subject in the same
    paragraph, other than this figure's own (the 95% beside the US$865 million)."""
    value = measured(ix, fact)
    if value is None:
        return set()
    p = fact.provenance
    out: set[str] = set()
    for other in ix.facts_by_place.get((fact.subject, p.source, p.section, p.paragraph), []):
        v = measured(ix, other)
        if other.id != fact.id and v is not None and v.family != value.family:
            out.add(v.family)
    return out


def names_measure(prompt: str, value: NumericValue) -> bool:
    """The stem says which measure it wants: a share, a sum of money, a count of the unit."""
    text = normalise(prompt)
    if isinstance(value, Percentage):
        return bool(_SHARE.search(text))
    if isinstance(value, Money):
        return bool(_MONEY.search(text))
    if isinstance(value, Quantity):  # a physical measure is named by its stem ('how far')
        return value.measure or says_unit(value.unit, text)
    return True


# a one-letter unit's names in words ('At how many kelvins ...' says K); 'kilograms' is left
# to say itself beside a key shown as '42 kg', as before
_UNIT_WORDS = {
    "m": ("metre", "meter"),
    "k": ("kelvin",),
    "g": ("gram",),
    "t": ("tonne", "ton"),
    "s": ("second",),
    "h": ("hour",),
    "l": ("litre", "liter"),
}


def says_unit(unit: str, text: str) -> bool:
    """The normalised `text` names the unit: a short one (up to two letters) as a word or by
    its name, singular or plural, so 'm' is not said by 'Mount' (review r221: heights shown
    as a bare '8,849' after 'How high is Mount Everest?'); a longer one anywhere."""
    u = normalise(unit)
    if len(u) > 2:
        return u in text
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?:s|es)?(?!\w)", text)
        for name in (u, *_UNIT_WORDS.get(u, ()))
    )


def says_percent(prompt: str) -> bool:
    """The stem asks for a percentage in so many words: "by how much did it rise" over a key of
    12.3% reads a bare 12.3 as a count, and "what share" admits 0.95 or "nearly all"."""
    return bool(_PERCENT.search(normalise(prompt)))


def cue(value: NumericValue) -> str:
    """A short phrase naming the measure, for a stem that does not."""
    if isinstance(value, Percentage):
        return "(Give a percentage.)"
    if isinstance(value, Money):
        symbol = CURRENCY_SYMBOLS.get(value.currency, value.currency).strip()
        return f"(Give an amount in {symbol}.)"
    if isinstance(value, Quantity):
        return f"(Give a number of {value.unit}.)"
    return ""


def with_measure(ix: DeckIndex, fact: Fact, prompt: str) -> str:
    """The stem, with a cue to the measure where another measure of the same point would fit,
    and for every percentage a stem does not call one (any deck's wording: "What share ...")."""
    value = measured(ix, fact)
    if isinstance(value, Percentage) and not says_percent(prompt):
        return f"{prompt} {cue(value)}"
    if value is None or not sibling_measures(ix, fact) or names_measure(prompt, value):
        return prompt
    return f"{prompt} {cue(value)}"


def blank_frame(value: NumericValue, blank: str) -> tuple[str, str]:
    """The blank with the figure's unit around it, and the key as the number alone:
    ('US$_____ million', '865'), ('_____%', '95'), ('about _____ troops', '7,000')."""
    about = approx_word(value)
    if isinstance(value, Quantity) and counts_one(value):
        return f"{about}{blank}", value.display()
    if isinstance(value, Quantity):
        return f"{about}{blank} {value.unit}", _number(value.value)
    if isinstance(value, Percentage):
        return f"{about}{blank}%", _number(value.value)
    if isinstance(value, Money):
        symbol = CURRENCY_SYMBOLS.get(value.currency, f"{value.currency} ")
        scale = "" if value.scale == "unit" else f" {value.scale}"
        return f"{about}{symbol}{blank}{scale}", _number(value.amount)
    return blank, value.display()


def approx_word(value: NumericValue) -> str:
    """The word before an approximate figure: 'nearly ' for one a source puts under its round
    number, 'just over ' for one over it, else 'about ' (facts/value_base.Sided)."""
    if isinstance(value, Quantity | Percentage):
        return value.approx_word
    return "about " if getattr(value, "approx", False) else ""


def counts_one(value: Quantity) -> bool:
    """A count of one whose unit reads otherwise in the singular ('1 proton', not '1
    protons'): a blank before the plural unit would read wrong once filled, and before the
    singular would give the answer away, so the blank takes the unit too."""
    one = unit_for_count(value.unit, 1, value.unit_singular)
    return abs(value.value) == 1 and one != value.unit


def shown_answer(value: NumericValue, prompt: str) -> str:
    """The key as shown after an open stem: a count whose unit the stem already says is given
    as the number alone ('about 1.5 million', not 'about 1.5 million heroin users')."""
    if isinstance(value, Quantity) and says_unit(value.unit, normalise(prompt)):
        about = value.approx_word
        return f"{about}{_number(value.value)}"
    return value.display()
