"""Names of an organisation with its leader before it: "the Russia-led CSTO" for the CSTO.

Writers often name a bloc by who runs it, and a learner who types "the Russia-led CSTO" has
named the CSTO. But the leader is a claim: "the China-led CSTO" names no body the deck knows,
and must not pass as the CSTO with a stray word before it. So a led name counts only where the
deck itself says who leads the body: its gloss ("Russia-led military alliance") or a fact of a
relation `led-by` (body led by leader) or `leads` (leader leads body). Each such name goes into
the answer checker's vocabulary as a name of the body; every other "X-led" name stays unknown,
and so wrong.

The leader may be given by any of its names, metonyms or its adjective ("the Moscow-led CSTO",
"the Russian-led CSTO"), before the body with a hyphen ("Russia-led CSTO"), or after it ("the
CSTO led by Russia").
"""

from __future__ import annotations

import re

from quizapp.facts.model import Deck, Entity
from quizapp.facts.normalise import normalise
from quizapp.generate.person_names import PERSON_KINDS
from quizapp.generate.question import Question

LED_BY = frozenset({"led-by", "is-led-by"})  # body -> leader
LEADS = frozenset({"leads"})  # leader -> body
_GLOSS_LEADER = re.compile(r"^(?P<leader>.+?)-led\b")


def led_names(deck: Deck) -> dict[str, str]:
    """Every 'LEADER-led BODY' and 'BODY led by LEADER' name the deck vouches for, normalised,
    to the body as the checker's vocabulary names it ('kind:id')."""
    entities = {e.id: e for e in deck.entities}
    out: dict[str, str] = {}
    for body, leader in sorted(_leaders(deck, entities)):
        for leader_name in _names(entities[leader], metonyms=True):
            for body_name in _names(entities[body], metonyms=False):
                ref = f"{entities[body].kind}:{body}"
                out |= dict.fromkeys(_led_forms(leader_name, body_name), ref)
    return out


# how a writer says one body leads another: 'the Russia-led', '-backed', '-dominated' EEU
# (review r253 refused 'the Russia-backed EEU', the briefing's own framing)
LEADING = ("led", "backed", "dominated", "driven", "sponsored", "run", "controlled")


def _led_forms(leader: str, body: str) -> list[str]:
    """'Russia-led EEU', 'EEU led by Russia', 'EEU, backed by Russia', "Russia's EEU" and,
    for a leader's adjective, 'Russian EEU' (normalised)."""
    forms = [f"{leader}'s {body}"]  # "Russia's CSTO" (review r245 #60)
    for verb in LEADING:
        forms += [f"{leader}-{verb} {body}", f"{body} {verb} by {leader}"]
        forms.append(f"{body}, {verb} by {leader}")
    if leader.islower():  # an adjective ('russian'): 'the Russian EEU'
        forms.append(f"{leader} {body}")
    return [normalise(f) for f in forms]


def _leaders(deck: Deck, entities: dict[str, Entity]) -> set[tuple[str, str]]:
    """(body id, leader id) for every leadership the deck states."""
    by_name = {normalise(n): e.id for e in deck.entities for n in _names(e, metonyms=True)}
    pairs: set[tuple[str, str]] = set()
    for fact in deck.facts:
        other = fact.object_id
        if other is None or other not in entities:
            continue
        if fact.relation in LED_BY:
            pairs.add((fact.subject, other))
        elif fact.relation in LEADS:
            pairs.add((other, fact.subject))
    for entity in deck.entities:
        said = _GLOSS_LEADER.match(entity.gloss or "")
        leader = by_name.get(normalise(said["leader"])) if said else None
        if leader is not None and leader != entity.id:
            pairs.add((entity.id, leader))
    return pairs


def _names(entity: Entity, metonyms: bool) -> list[str]:
    names = [*entity.all_names(), *(entity.metonyms if metonyms else [])]
    return names + [a for n in names if (a := adjective_of(n)) is not None] if metonyms else names


# a leader's adjective, as 'the Russian-led CSTO' says it (review r241: refused while 'the
# Russia-led CSTO' was right); the usual endings, and the common exceptions
_ADJECTIVES = {
    "china": "chinese", "japan": "japanese", "france": "french", "turkey": "turkish",
    "germany": "german", "britain": "british", "united kingdom": "british", "spain": "spanish",
    "united states": "american", "us": "american", "usa": "american", "iran": "iranian",
    "kazakhstan": "kazakh", "uzbekistan": "uzbek", "tajikistan": "tajik",
    "kyrgyzstan": "kyrgyz", "turkmenistan": "turkmen", "pakistan": "pakistani",
    "afghanistan": "afghan", "israel": "israeli", "iraq": "iraqi", "saudi arabia": "saudi",
    "hungary": "hungarian", "italy": "italian", "iceland": "icelandic", "netherlands": "dutch",
    "sweden": "swedish", "norway": "norwegian", "denmark": "danish", "finland": "finnish",
    "poland": "polish", "greece": "greek", "ireland": "irish", "portugal": "portuguese",
    "switzerland": "swiss", "belgium": "belgian", "brazil": "brazilian", "canada": "canadian",
    "mexico": "mexican", "egypt": "egyptian", "ukraine": "ukrainian", "vietnam": "vietnamese",
    "england": "english", "scotland": "scottish", "wales": "welsh", "argentina": "argentine",
    "azerbaijan": "azerbaijani", "czechia": "czech", "peru": "peruvian", "chile": "chilean",
    "cuba": "cuban", "thailand": "thai",
}  # fmt: skip
NATIONALITY_WORDS = frozenset(_ADJECTIVES.values())  # 'kazakh', 'chinese': no names of kinds


def adjective_of(name: str) -> str | None:
    """'Russian' of Russia, 'Chinese' of China; None where no usual form is known."""
    key = normalise(name).removeprefix("the ")
    if key in _ADJECTIVES:
        return _ADJECTIVES[key]
    if " " not in key and key.endswith(("ia", "ica")):
        return f"{key}n"  # russia -> russian, india -> indian, america -> american
    return None


LED = re.compile(r"([^\W\d_][\w.]*)-(led|backed|dominated|run|controlled)\b", re.IGNORECASE)
_LED_BY = re.compile(r"\b(led|backed|dominated) by ([^\W\d_][\w.]*)", re.I)


def other_leader(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """'the CSTO (a China-led alliance)': a leader the deck does not give; 'the EEU (a
    Russia-led bloc)' is the deck's own (review r343)."""
    names = [normalise(a) for a in [*q.answer, *q.accepted]]
    part = _LED_BY.sub(r"\2-\1", part)  # 'led by China' is 'China-led'
    found = [m for m in LED.finditer(part) if m[1][:1].isupper()]  # not 'state-controlled'
    found = [m for m in found if _body(m[1], vocabulary)]  # not 'led by Xi Jinping' (r581 A)
    return any(
        not any(
            f"{normalise(m[1])}-{verb} {n.removeprefix('the ')}" in vocabulary
            for n in names
            for verb in {"led", normalise(m[2])}
        )
        for m in found
    )


def _body(name: str, vocabulary: dict[str, str]) -> bool:
    """Whether a leader named before '-led' is a country or a body, as the deck's leaders are,
    not a person ('led by Xi Jinping' says who heads it, as 'under Xi Jinping' does)."""
    from quizapp.generate.place_names import WHOLE_PLACE_NAMES
    from quizapp.generate.text_words import entity_kind

    key = normalise(name)
    entity = vocabulary.get(key)
    if entity is not None:
        return entity_kind(entity) not in PERSON_KINDS
    first = {entity_kind(e) for n, e in vocabulary.items() if n.split()[:1] == [key]}
    return key in WHOLE_PLACE_NAMES or bool(first - PERSON_KINDS)
