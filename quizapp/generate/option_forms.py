"""Options of one form: a pair of names among single names gives the key away.

"Robert Bunsen and Gustav Kirchhoff" among "Henry Cavendish", "Marguerite Perey" and "Humphry
Davy" is picked for its shape, not known. An option's form is how many names it joins: an
entity declared `plural` or a name joining parts with "and" or "&" is a list, anything else
one name: a comma alone joins nothing ("Washington, D.C.", "liquid air, then spectroscopy").
Wrong options are drawn from the key's form first, and a key never stands alone in its form
(the `one form` gate re-checks every item).
"""

from __future__ import annotations

import functools
import random
import re

from quizapp.facts.model import Entity
from quizapp.facts.normalise import normalise
from quizapp.generate.card_topics import subject_order
from quizapp.generate.index import DeckIndex
from quizapp.generate.numbered_names import NUMBERED_NAME

_JOINS = re.compile(r"\s+(?:and|&)\s+")


def form_of_text(text: str) -> str:
    """'list' when the text joins several names, else 'one'."""
    return "list" if len(_JOINS.split(text.strip())) > 1 else "one"


def form_of(entity: Entity) -> str:
    return _form(entity.name, entity.plural)


@functools.lru_cache(maxsize=65536)
def _form(name: str, plural: bool) -> str:
    """Worked out once per name: every candidate of every choice item asks it."""
    return "list" if plural or form_of_text(name) == "list" else "one"


def plausible(
    ix: DeckIndex, key_id: str, candidates: list[str], rng: random.Random, n: int, least: int = 0
) -> list[str]:
    """Up to n candidates (at least `least`, else none): those of the key's form first, then
    those that share most facts with the key, ties broken at random. None when no candidate
    shares the key's form and the key's form is a list (the key would stand alone by shape)."""
    n = min(n, len(candidates))
    if n < max(1, least):
        return []
    forms = _forms(ix)
    key_form = forms[key_id]
    same = [c for c in candidates if forms[c] == key_form]
    if key_form == "list" and not same:
        return []
    ranked = _ranked(ix, key_id, candidates, set(same), rng)
    # one ranked slice: too few of the key's form -> all of them, the rest drawn from the best
    # of the others; enough -> drawn among the best of the key's form only
    few = len(same) < n
    sure = ranked[: len(same)] if few else []
    end = len(ranked) if few else len(same)
    need = n - len(sure)
    return sure + rng.sample(ranked[len(sure) : min(end, len(sure) + need + 2)], need)


def _ranked(
    ix: DeckIndex, key_id: str, candidates: list[str], alike: set[str], rng: random.Random
) -> list[str]:
    """The candidates by (not of the key's form, fewest facts shared with the key, a draw),
    one draw each in the candidates' order. Sorted twice, by the draw and then (stably) by
    the rest as one whole number: the same order as sorting by the tuple, where comparing
    ~45 tuples was a third of a choice item's ranking."""
    profile, draw = profile_bits(ix), rng.random
    own = profile[key_id]
    unlike = own.bit_count() + 1  # more than any count of shared facts: the form comes first
    draws = [draw() for _ in candidates]
    ranks = [(c not in alike) * unlike - (own & profile[c]).bit_count() for c in candidates]
    order = sorted(range(len(candidates)), key=draws.__getitem__)
    topics = subject_order(ix, key_id, candidates)  # an imported card's subject (card_topics)
    if topics is not None:
        order.sort(key=topics.__getitem__)
    order.sort(key=ranks.__getitem__)
    gaps = _number_gaps(ix, key_id, candidates)
    if gaps is not None:  # 'period 6': periods 5, 7 and 4 before period 1 (review r367 F)
        order.sort(key=lambda i: ((candidates[i] not in alike), gaps[i]))
    return [candidates[i] for i in order]


def _number_gaps(ix: DeckIndex, key_id: str, candidates: list[str]) -> list[int] | None:
    """How far each candidate's number is from the key's, where the key is a numbered name
    ('period 6', 'group 14', 'Apollo 12') and candidates share its stem; None otherwise. A
    far number is absurd beside a near one ('period 1', which holds only hydrogen and helium,
    for platinum), so the nearest come first."""
    key = NUMBERED_NAME.match(ix.entities[key_id].name)
    if key is None:
        return None
    far = 10_000
    gaps = []
    for c in candidates:
        found = NUMBERED_NAME.match(ix.entities[c].name)
        same = found is not None and found["stem"] == key["stem"]
        gaps.append(abs(int(found["n"]) - int(key["n"])) if found and same else far)
    return gaps


def profile_bits(ix: DeckIndex) -> dict[str, int]:
    """Every entity's profile (`DeckTables.profile`) as an int with a bit per relation or
    (relation, object) pair, worked out once per deck: the facts two entities share are the
    bits set in both, counted in one step, where intersecting two sets of strings per
    candidate was a twentieth of a big deck's generation."""
    found: dict[str, int] | None = ix.__dict__.get("_profile_bits")
    if found is None:
        bit: dict[str, int] = {}
        found = {e.id: 0 for e in ix.deck.entities}
        for entity, marks in ix.profile.items():
            found[entity] = sum(1 << bit.setdefault(m, len(bit)) for m in marks)
        ix.__dict__["_profile_bits"] = found
    return found


def _forms(ix: DeckIndex) -> dict[str, str]:
    """Every entity's form, worked out once per deck (a choice item asks it of ~45 candidates)."""
    forms: dict[str, str] | None = ix.__dict__.get("_entity_forms")
    if forms is None:
        forms = ix.__dict__["_entity_forms"] = {e.id: form_of(e) for e in ix.deck.entities}
    return forms


def alone_in_form(q_kind: str, options: list[str], answer: list[str], ix: DeckIndex) -> bool:
    """A single key whose form no other option shares (the one pair among single names)."""
    if q_kind not in ("mcq", "odd_one_out") or len(answer) != 1 or not options:
        return False

    def form(option: str) -> str:
        eid = ix.vocabulary.get(normalise(option))
        return form_of(ix.entities[eid]) if eid in ix.entities else form_of_text(option)

    key_form = form(answer[0])
    return all(form(o) != key_form for o in options if o != answer[0])
