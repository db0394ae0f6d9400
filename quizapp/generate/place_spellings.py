"""A place in another of its usual spellings or its name in its own language: 'Berne' for
Bern (review r574 F: a near miss, 'mind the spelling', rated Hard, though English long wrote
it so), 'Lyons', 'Munich' for München, 'Kiev' for Kyiv. Each line one place's names, lower
case, accents dropped; a renamed city's older name is not listed (Bombay is the city's name
in its own time, and a card may mean the time). Right, with the card's spelling shown."""

from __future__ import annotations

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_NAMES = """
bern|berne
lyon|lyons
marseille|marseilles
kyiv|kiev
munich|munchen|muenchen
cologne|koln|koeln
vienna|wien
prague|praha
warsaw|warszawa
florence|firenze
venice|venezia
naples|napoli
turin|torino
milan|milano
rome|roma
lisbon|lisboa
copenhagen|kobenhavn
brussels|bruxelles|brussel
antwerp|antwerpen
geneva|geneve|genf
zurich|zuerich
basel|basle|bale
nuremberg|nurnberg|nuernberg
hanover|hannover
seville|sevilla
saragossa|zaragoza
majorca|mallorca
gothenburg|goteborg
tbilisi|tiflis
ashgabat|ashkhabad
tashkent|toshkent
bishkek|pishpek
hague|den haag
leghorn|livorno
"""
_OF = {name: n for n, line in enumerate(_NAMES.strip().split("\n")) for name in line.split("|")}


def place_spelling(q: Question, text: str) -> Verdict | None:
    """Right for another listed name of the key's place; else None."""
    said = _OF.get(normalise(text))
    if said is None:
        return None
    for key in [*q.answer, *q.accepted]:
        if _OF.get(normalise(key)) == said and normalise(key) != normalise(text):
            note = f"Right - the card spells it {q.answer[0]}."
            return Verdict("correct", "; ".join(q.answer), note, normalise(text))
    return None
