"""Multiple choice, forward (which object?) and inverse (which subject?): one key, 3 distractors.

A distractor is an entity of the key's kind that the deck proves false for that slot and that
is plausible there: it fills the same slot of the same relation for another fact, or has a role
the relation declares (an outside power, a bloc). If fewer than three pass, the item is dropped
rather than filled with absurd options. A key that is the deck's protagonist (Russia in a deck
about Russia) is guessed, not known: no item. Distractors that share facts with the key come first.
A key the deck's own explanation corrects against the world ("strictly, Turkmenistan has been
only an associate member of the CIS since 2005") is no single right choice: no item (seed 9103).
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from quizapp.facts.model import Entity, Fact
from quizapp.generate.card_topics import subject_pool
from quizapp.generate.dates import MONTHS
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import (
    Dropped,
    Outcome,
    bounded,
    build,
    place_key,
)
from quizapp.generate.option_countries import gives_country_away
from quizapp.generate.option_eras import era_of
from quizapp.generate.option_forms import plausible
from quizapp.generate.slot_tests import false_object, false_subject, kind_ids, naming
from quizapp.generate.text_cues import world_caveat

MIN_DISTRACTORS, MAX_DISTRACTORS = 3, 3
TOO_FEW = "too few plausible, provably false distractors"
GUESSABLE = "answer is the deck's protagonist (guessable)"
CORRECTED = "the key holds only in the source's account (its explanation corrects it)"


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    if fact.object_id is None:
        return []  # numbers go to numeric_mcq
    if world_caveat(ix.explained(fact)):
        return [Dropped("mcq", CORRECTED)]
    rel = ix.relations[fact.relation]
    out: list[Outcome] = [_forward(ix, fact, rng)]
    if rel.templates.inverse:
        out.append(_inverse(ix, fact, rng, rel.templates.inverse))
    return out


def _forward(ix: DeckIndex, fact: Fact, rng: random.Random) -> Outcome:
    rel = ix.relations[fact.relation]
    key = ix.entities[fact.object_id or ""]
    if key.id in ix.protagonists:
        return Dropped("mcq", GUESSABLE)
    said = ix.say(rel.templates.forward, fact)
    fair = false_object(ix, fact.subject, rel.id)  # the slot's tests, kept per deck
    pool = bounded(kind_ids(ix, key.kind), rng)
    candidates = _fair(ix, key, pool, (key.id, fact.subject), fair, said)
    return _offer(ix, "forward", fact, said, key, candidates, rng)


def _inverse(ix: DeckIndex, fact: Fact, rng: random.Random, template: str) -> Outcome:
    key = ix.entities[fact.subject]
    obj = fact.object_id or ""
    if key.id in ix.protagonists:
        return Dropped("mcq", GUESSABLE)
    said = ix.say(template, fact)
    fair = false_subject(ix, fact.relation, obj)  # the slot's tests, kept per deck
    pool = bounded(kind_ids(ix, key.kind), rng)
    candidates = _fair(ix, key, pool, (key.id, obj), fair, said)
    return _offer(ix, "inverse", fact, said, key, candidates, rng)


def _fair(
    ix: DeckIndex,
    key: Entity,
    pool: list[str],
    own: tuple[str, str],
    fair: Mapping[str, bool],
    said: str,
) -> list[str]:
    """The pool's candidates that are neither the item's own entities, nor unfair in the slot,
    nor named in the stem (absurd as an option), nor named after a country the stem does not
    ask about (option_countries.py), nor a year of another era than the key's.
    The key's era is read once: a key that is no year lets every candidate's era stand."""
    named = naming(ix, said)
    era = era_of(key.name)
    names = ix.entities
    away = gives_country_away(said, key.name)  # 'Mexico City' for Belize (review r333)
    pool = [c for c in pool if not away(names[c].name)]
    if era is None:
        return [c for c in pool if c not in own and fair[c] and not named(c)]
    return [
        c
        for c in pool
        if c not in own and fair[c] and not named(c) and era_of(names[c].name) in (None, era)
    ]


def _offer(
    ix: DeckIndex,
    direction: str,
    fact: Fact,
    said: str,
    key: Entity,
    candidates: list[str],
    rng: random.Random,
) -> Outcome:
    """The item asking for `key` with the most plausible of `candidates` beside it, or no item
    when too few are left; both directions end here."""
    candidates = subject_pool(ix, key.id, candidates)  # an imported card's subject (r444 D)
    month = _is_month(key.name)  # a month among places gives itself away (review r594 A)
    candidates = [c for c in candidates if _is_month(ix.entities[c].name) == month]
    chosen = plausible(ix, key.id, candidates, rng, MAX_DISTRACTORS, MIN_DISTRACTORS)
    if not chosen:
        return Dropped("mcq", TOO_FEW)
    options = place_key(key.name, [ix.entities[c].name for c in chosen], rng)
    return build(ix, "mcq", direction, [fact], said, [key.name], options=options)


def _is_month(name: str) -> bool:
    return len(name.strip()) > 3 and name.strip().lower() in MONTHS
