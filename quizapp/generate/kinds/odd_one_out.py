"""Odd one out: three options share a property (relation and object), the fourth provably lacks it.

The odd one must be a plausible subject of the relation (it holds the relation with something
else, or has a declared role): an absurd outsider would be spotted without any knowledge.

The stem states the shared property in full, with its condition, from the relation's plural
question ('Three of these elements are each a solid at 25 °C ...'; else it names the property's
object as a hint), and the item is dropped if any other property
in the deck singles out a different option (so exactly one answer holds up).
"""

from __future__ import annotations

import random
from itertools import combinations

from quizapp.facts.model import Fact, RelationType
from quizapp.facts.templates import capitalise_first
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, place_key
from quizapp.generate.slot_tests import false_subject

ATTEMPTS = 12


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    obj = fact.object_id
    if obj is None:
        return []
    siblings = ix.facts_by_pair[(rel.id, obj)]
    if siblings[0].id != fact.id:
        return []  # one per (relation, object)
    kind = ix.entities[fact.subject].kind
    true = sorted({f.subject for f in siblings})
    fair = false_subject(ix, rel.id, obj)  # the slot's tests, kept per deck
    false = [e.id for e in ix.entities_of_kind(kind) if e.id != obj and fair[e.id]]
    if len(true) < 3 or not false:
        return [
            Dropped(
                "odd_one_out", "needs three that share the property and one that provably lacks it"
            )
        ]
    for _ in range(ATTEMPTS):  # a few draws: one clean set of four is enough
        trio = rng.sample(true, 3)
        odd = rng.choice(_likest(ix, trio, false))
        if not _ambiguous(ix, [*trio, odd], odd) and not role_cue(ix, trio, odd):
            break
    else:
        return [Dropped("odd_one_out", "another property singles out a different option")]
    options = place_key(ix.entities[odd].name, [ix.entities[t].name for t in trio], rng)
    when = fact.qualifiers.as_of
    during = f" {when.render()}" if when else ""
    prompt = _stem(ix, fact) or f"Which is the odd one out, thinking of {ix.phrase(obj)}{during}?"
    facts = [f for f in siblings if f.subject in trio]
    explanation = _explanation(ix, rel, odd, facts)
    return [
        build(
            ix,
            "odd_one_out",
            f"property:{rel.id}",
            facts,
            prompt,
            [ix.entities[odd].name],
            options=options,
            explanation=explanation,
        )
    ]


def _likest(ix: DeckIndex, trio: list[str], false: list[str]) -> list[str]:
    """The outsiders sharing the most declared roles with the trio: Turkmenistan, a Central
    Asian state, rather than Armenia for 'not in the SCO' (seed-857 review #49: the outsider
    from another region is picked without knowing the source's point)."""

    roles = ix.role_sets
    theirs = [roles[t] for t in trio]
    by_roles: dict[frozenset[str], int] = {}  # outsiders mostly share a few sets of roles
    for e in false:
        own = roles[e]
        if own not in by_roles:
            by_roles[own] = sum(len(own & t) for t in theirs)
    best = max(by_roles.values())
    return [e for e in false if by_roles[roles[e]] == best]


ASKING = "Which of these "


def _stem(ix: DeckIndex, fact: Fact) -> str | None:
    """The property in full, with its condition ('at 25 °C', 'in 2016'), from the relation's
    plural question: 'Which of these elements are each a solid at 25 °C...?' -> 'Three of
    these elements are each a solid at 25 °C... Which is the odd one out?'."""
    template = ix.relations[fact.relation].templates.plural_inverse
    said = ix.say(template, fact) if template else ""
    if not said.startswith(ASKING) or not said.endswith("?"):
        return None
    return f"Three of these {said[len(ASKING) : -1].strip()}. Which is the odd one out?"


def _ambiguous(ix: DeckIndex, four: list[str], odd: str) -> bool:
    """True if some (relation, object) holds for exactly three of the four, leaving out another."""
    props: dict[tuple[str, str], set[str]] = {}
    for s in four:
        for pair in ix.pairs_of_subject[s]:
            props.setdefault(pair, set()).add(s)
    for members in props.values():
        if len(members) == 3:
            (left_out,) = set(four) - members
            if left_out != odd:
                return True
    return any(ix.entities[a].name == ix.entities[b].name for a, b in combinations(four, 2))


def role_cue(ix: DeckIndex, trio: list[str], odd: str) -> bool:
    """The odd one alone has, or alone lacks, a declared role: Uzbekistan beside Russia,
    Belarus and Armenia (the EEU, seed 6161) is the only Central Asian state, picked by
    geography without knowing who is in the bloc."""
    own = ix.role_sets[odd]
    return any(
        all((role in own) != (role in ix.role_sets[t]) for t in trio)
        for role in own.union(*(ix.role_sets[t] for t in trio))
    )


def _explanation(ix: DeckIndex, rel: RelationType, odd: str, facts: list[Fact]) -> str:
    """'Bromine is the odd one out. Bromine is a liquid at room temperature. ...': what the odd
    one is instead, where the deck says so, only for a relation with one value per subject
    (Turkmenistan's CIS membership says nothing of its absence from the SCO, seed-829 review),
    then what the other three share."""
    shared = " ".join(ix.say(rel.templates.statement, f) for f in facts)
    own = [f for f in ix.facts_of_subject.get(odd, []) if f.relation == rel.id and rel.functional]
    instead = "".join(f" {ix.say(rel.templates.statement, f)}" for f in own[:1])
    return capitalise_first(f"{ix.entities[odd].name} is the odd one out.{instead} {shared}")
