"""A right figure put to a country or a good the question does not ask about, where the deck
does not know that name: '75% via Turkey' or '75% of Kazakh uranium' for the share of
Kazakhstan's oil reaching the EU through Russia (review r392 A: each was right, Good).

bracket_kinds.other_subject refuses a figure put to another thing the deck knows ('74% in
Tajikistan'); a name the deck does not know was passed over as a remark. Two kinds of name are
claims wherever they stand, known to the deck or not:
- a country or continent of the world (or the Caspian) after a word that puts the figure
  somewhere ('via', 'through', 'in', 'to', 'of' ...), where the question names a country the
  deck knows and neither it nor the item's explanation names this one: the route or the place
  is another one;
- a traded good ('gas', 'uranium') where the question names another ('oil') and not this one.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.place_names import COUNTRIES
from quizapp.generate.question import Question
from quizapp.generate.remark_words import in_clause

_SEAS = frozenset({"caspian", "black sea", "caspian sea", "baltic", "mediterranean"})
_CONTINENTS = frozenset({"europe", "asia", "africa", "north america", "south america"})
_PLACES = COUNTRIES | _SEAS | _CONTINENTS | {"latin america", "middle east"}
# a place a question names by another name: Europe where it asks of the EU
_SAME_PLACE = {"europe": ("eu", "european union")}
_PUT = re.compile(
    r"\b(?:in|of|for|from|at|via|through|to|into|across|within|inside|by way of)\s+(?:the\s+)?"
    r"([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})"
)
_ROUTE = re.compile(r"\b(?:via|through|by way of)\s")
GOODS = frozenset(
    {"oil", "gas", "uranium", "coal", "cotton", "wheat", "grain", "electricity", "gold"}
    | {"petroleum", "crude", "lng", "hydropower", "metals", "weapons", "arms"}
)
_SAME_GOODS = ({"oil", "petroleum", "crude"},)
_WORD: re.Pattern[str] = re.compile(r"[a-z]+")


def unasked_place(text: str, prompt: str, countries_asked: bool, whole: str = "") -> str | None:
    """The country or good in `text` the question does not ask about (the module's rules), or
    None; never one inside a remark with words of its own in the `whole` answer ('7,000 (and
    an airbase in Kyrgyzstan)': review r501 A)."""
    place = _unasked(text, prompt, countries_asked)
    where = whole.lower().rfind(f" {place.lower()}") if place and whole else -1
    return None if where > 0 and in_clause(whole, where) else place


def _unasked(text: str, prompt: str, countries_asked: bool) -> str | None:
    said = re.sub(r"['\u2019]s\b", "", f" {normalise(prompt)} ")  # "Uzbekistan's debt"
    given = normalise(text)
    if countries_asked:
        for found in _PUT.finditer(given):
            if _ROUTE.match(found[0]) and not _ROUTE.search(said):
                continue  # 'via Tajikistan' beside a figure whose question names no route (r410)
            words = found[1].split()
            for size in range(len(words), 0, -1):
                name = re.sub(r"['\u2019]s$", "", " ".join(words[:size]))  # "of Iran's debt"
                if name in _PLACES and not _said(name, said):
                    return ("the " if name in _SEAS | {"middle east"} else "") + name.title()
    asked = {w for w in _WORD.findall(said) if w in GOODS}
    if not asked:
        return None
    for word in _WORD.findall(given):
        if word in GOODS and word not in asked and not _same_good(word, asked):
            return str(word)
    return None


def _same_good(word: str, asked: set[str]) -> bool:
    return any(word in group and asked & group for group in _SAME_GOODS)


def _said(name: str, said: str) -> bool:
    return any(f" {n} " in said for n in (name, *_SAME_PLACE.get(name, ())))


def place_not_asked(
    q: Question, words: str, text: str, asked: set[str], dated: bool, vocabulary: dict[str, str]
) -> str | None:
    """A place in the answer that neither the question nor its explanation names: not the
    country the question names by its adjective ("of Russia's troops" of Russian ones, review
    r581 C), nor a country beside a year (where its event took place, review r491 B)."""
    countries = any(a.startswith("country:") for a in asked)
    place = unasked_place(words, f"{q.prompt} {q.explanation}", countries, text)
    where = vocabulary.get(normalise(place or "")) or ""
    own = where.startswith("country:") and where in asked
    return None if own or (dated and normalise(place or "") in COUNTRIES) else place
