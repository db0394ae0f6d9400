"""Keys given away by a name (issue 10): 'Worry about rivalry with which country held back
Russia's interest in the SCO?' -> China, where the SCO is the *Shanghai* Cooperation
Organisation. An item whose stem names an entity whose name holds the key tests nothing.

An entity's name holds another when the deck declares it (`named_after`: the SCO after
Shanghai, in China, which no shared word tells) or when the other's name is spelt out, as
whole words, inside one of its shown names ('Ukraine' in "Russia's trade war against
Ukraine"). Shown names are the name and, for an acronym ('SCO'), the aliases that spell it out;
aliases a reader is not shown do not count. Shared word stems alone do not link ('Space' in
NASA and the Kennedy Space Center is no give-away).
"""

from __future__ import annotations

import re

from quizapp.facts.model import Entity
from quizapp.facts.normalise import normalise
from quizapp.generate.index import DeckIndex, words
from quizapp.generate.question import Question
from quizapp.generate.stem_gates import question_card

LONGEST = 6  # words in the longest name looked for inside another


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


def shown_names(entity: Entity) -> list[str]:
    """What a reader takes from the entity's shown name: the name, and for an acronym ('SCO')
    each alias that spells it out ('Shanghai Cooperation Organisation')."""
    name = entity.name
    if not (name.isupper() and 2 <= len(name) <= 6):
        return [name]
    return [name, *(a for a in entity.aliases if _initials(a) == name)]


def holds_name(ix: DeckIndex, shown: str, key: str) -> bool:
    """The shown entity's name holds the key entity: declared, or spelt out inside it."""
    held = ix.name_links.get(key, ())
    return any(words(n) in held for n in shown_names(ix.entities[shown]))


def holds(ix: DeckIndex) -> set[tuple[str, str]]:
    """Every (holder, held) pair of the deck: each shown name's runs of words looked up among
    the entities' shown names (linear in the names' words, not in pairs of entities)."""
    named: dict[str, set[str]] = {}
    for e in ix.deck.entities:
        for n in shown_names(e):
            if words(n).strip():
                named.setdefault(words(n).strip(), set()).add(e.id)
    out = {(e.id, held) for e in ix.deck.entities for held in e.named_after}
    for e in ix.deck.entities:
        for n in shown_names(e):
            said = words(n).split()
            runs = {
                " ".join(said[i:j])
                for i in range(len(said))
                for j in range(i + 1, min(len(said), i + LONGEST) + 1)
                if j - i < len(said)  # a part of the name, not the whole of it
            }
            out |= {(e.id, b) for r in runs for b in named.get(r, ()) if b != e.id}
    return out


def links(ix: DeckIndex) -> dict[str, tuple[str, ...]]:
    """Key entity id -> the shown names (as `words`) of the entities whose names hold it
    (worked out once per deck, as DeckIndex.name_links)."""
    out: dict[str, tuple[str, ...]] = {}
    for a, b in sorted(holds(ix)):
        out[b] = (*out.get(b, ()), *(words(n) for n in shown_names(ix.entities[a])))
    return out


def name_gives_key(q: Question, ix: DeckIndex) -> str | None:
    """An item whose stem names an entity whose name holds the entity it keys, in any form.
    A true statement is not its business: it keys True ('China was a member of the SCO' is a
    minor flaw, and that fact has no other item of its own: review 9301 #64)."""
    held = ix.name_links
    if not held:
        return None  # no name in the deck holds another's: none gives a key away
    if q.kind != "mcq" and question_card(q, ix):
        return None  # the author's own question ('capital of Guinea-Bissau?'): recall stays
    keyed = {ix.vocabulary.get(normalise(a)) for a in q.answer}
    held_keys = sorted(k for k in keyed if k is not None and k in held)
    stem = words(q.prompt) if held_keys else ""  # most keys hold no other name: no words
    for key in held_keys:
        said = [n for n in held[key] if n in stem]
        if said:
            return f"the names give the key away ({said[0].strip()} / {ix.entities[key].name})"
    return None
