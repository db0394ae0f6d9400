"""Background passed off as the source's: what a deck check can prove from the deck alone.

An explanation says why a fact holds, in the source's terms; anything it adds from outside the
source (Turkmenistan's associate CIS status, a foreign ministry's guarded line) goes in the
fact's `background_note`, which items show labelled 'Background, not in <source>: ...'
(session-20 review #9, #21, #63). The deck does not hold the source's text, so the check
cannot read a paragraph; it proves what the deck itself can:

- an inline '(background)' tag in an explanation: the author knew it was background and said
  so in a way no item labels; it belongs in the note;
- a year the explanation names that no fact the deck cites from a source gives (as its date,
  its value or a reading of it), nor a source's own date: the deck has no record of any source
  saying it, so the year is the author's, and its sentence background. (Per source it would
  flag years that a source-cited fact of another source gives, and the deck cannot tell
  whether an article mentions a year it cites no fact for: 'the two crews of 1969'.)

Names are not checked: a deck's protagonist (Russia, NASA) is named in explanations of facts
about others, so a name outside its paragraph's facts proves nothing.

A fact whose provenance is background is cited as background already and is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.facts.errors import Loc
from quizapp.facts.model import Deck, Fact
from quizapp.facts.values import Date, Year

Finding = tuple[Loc, str]

_TAG = re.compile(r"\bbackground\b", re.I)
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def check_background(deck: Deck) -> Iterator[Finding]:
    known = _sourced_years(deck) | {int(s.date[:4]) for s in deck.sources if s.date}
    for i, fact in enumerate(deck.facts):
        prov = fact.provenance
        if prov.background:
            continue
        at: Loc = ("facts", i, "explanation")
        text = fact.explanation
        if _TAG.search(text):
            yield at, "warning: explanation tags background inline: move it to background_note"
        for year in sorted({int(m) for m in _YEAR.findall(text)} - known):
            yield (
                at,
                (
                    f"warning: explanation names {year}, a year no source-cited fact gives: "
                    "move that sentence to background_note"
                ),
            )


def _sourced_years(deck: Deck) -> set[int]:
    """The years the deck's source-cited facts give."""
    return {y for f in deck.facts if not f.provenance.background for y in _years(f)}


def _years(fact: Fact) -> set[int]:
    """The years a fact gives as the source's: its date (not a background one) and its value."""
    out: set[int] = set()
    when = fact.qualifiers.as_of
    if when is not None and not when.background:
        out.add(when.year)
    obj = fact.object
    if isinstance(obj, Date):
        out.add(obj.signed)
    if isinstance(obj, Year):
        out |= {obj.signed, *obj.readings}
    return out
