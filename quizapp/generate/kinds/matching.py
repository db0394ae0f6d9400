"""Matching: pair 3-5 subjects of one functional relation with their (distinct) objects.

Labels that are entities or text need the relation to be `exclusive` as well: a subject's one
stored value must rule out the others, or a label could fit two rows in the world.

One round per relation, date and kind of object (one unit), anchored on its first fact.
"""

from __future__ import annotations

import itertools
import random
import re

from quizapp.facts.eras import MAX_YEAR
from quizapp.facts.model import Fact
from quizapp.facts.templates import render
from quizapp.generate.deck_tables import object_family
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import Dropped, Outcome, build, each
from quizapp.generate.kinds.ordering import NUMBERED, numbered_in_order
from quizapp.generate.margins import apart

MIN_PAIRS, MAX_PAIRS = 3, 5
OVERLAP = "labels may fit more than one row in the world (relation not exclusive)"


ARROW = " → "


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    rel = ix.relations[fact.relation]
    if not rel.functional:
        return []
    family = object_family(fact)  # one unit per round: days beside years give pairs away
    group = ix.facts_by_relation_date_family[(rel.id, fact.qualifiers.as_of, family)]
    if group[0].id != fact.id:
        return []
    if family in ("entity", "text") and not rel.exclusive:
        # 'several military facilities' fits Kyrgyzstan too: one value stored per subject is
        # not one value in the world, and a label that fits two rows is solved by elimination
        return [Dropped("matching", OVERLAP)]
    distinct = _distinct(ix, group)
    if len(distinct) < MIN_PAIRS:
        return [Dropped("matching", "fewer than three distinct pairs")]
    chosen = rng.sample(distinct, min(MAX_PAIRS, len(distinct)))
    if not _all_apart(ix, chosen):  # rare: redraw greedily, keeping only rows far apart
        chosen = _apart_rows(ix, rng.sample(distinct, len(distinct)))
        if len(chosen) < MIN_PAIRS:
            return [Dropped("matching", "figures too close to tell apart")]
    chosen = _in_order(ix, chosen)
    left = [ix.entities[f.subject].name for f in chosen]
    numbers = [v.magnitude for f in chosen if (v := ix.numeric_value(f)) is not None]
    if len(numbers) == len(chosen) and numbered_in_order(left, numbers):
        return [Dropped("matching", NUMBERED)]  # Apollo 7, 10, 11 match their dates in order
    options = _options([ix.object_text(f) for f in chosen], numbers, rng)
    chosen = _off_diagonal(ix, chosen, options, rng)
    left = [ix.entities[f.subject].name for f in chosen]
    right = [ix.object_text(f) for f in chosen]
    slots = ix.slots(fact, subject=each(ix, [f.subject for f in chosen]))
    prompt = render(rel.templates.forward, slots)  # 'each country' asks for the pairing itself
    answer = [f"{a}{ARROW}{b}" for a, b in zip(left, right, strict=True)]
    explanation = " ".join(ix.say(rel.templates.statement, f) for f in chosen)
    return [
        build(
            ix,
            "matching",
            "forward",
            chosen,
            prompt,
            answer,
            options=options,
            left=left,
            explanation=explanation,
        )
    ]


def _distinct(ix: DeckIndex, group: list[Fact]) -> list[Fact]:
    """Distinct objects, one row per subject ('dry air' thrice is unmatchable)."""
    by_object: dict[str, Fact] = {}
    by_subject: dict[str, Fact] = {}
    for f in group:
        text = ix.object_text(f).casefold()
        if text not in by_object and f.subject not in by_subject:
            by_object[text] = by_subject[f.subject] = f
    return list(by_subject.values())


def _options(right: list[str], numbers: list[float], rng: random.Random) -> list[str]:
    """The labels to match: figures and dates in their order, as a table lists them; labels
    with a number in its order ('period 3' is option 3, not option 5: review r431 C, where
    the option's number and the period's were both typed); any other in a random order."""
    if len(numbers) == len(right):
        return [r for _, r in sorted(zip(numbers, right, strict=True))]
    ranks = [_rank(label) for label in right]  # 'second most abundant': option 2 (r487 D)
    if None not in ranks and len(set(ranks)) == len(ranks):
        return [r for _, r in sorted(zip(ranks, right, strict=True))]
    if all(re.search(r"\d", label) for label in right):
        return sorted(right, key=_natural)
    return rng.sample(right, len(right))


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
_ORDINAL = {w: i for i, w in enumerate(_ORDINALS.split(), 1)}


def _rank(label: str) -> int | None:
    """The place a label names: 'third most abundant' 3, '5th' 5, 'most abundant' 1; None."""
    said = re.search(rf"\b(?:({'|'.join(_ORDINAL)})|(\d+)(?:st|nd|rd|th))\b", label.lower())
    if said is not None:
        return _ORDINAL[said[1]] if said[1] else int(said[2])
    return 1 if re.search(r"\b(?:most|highest|largest|biggest)\b", label.lower()) else None


def _off_diagonal(
    ix: DeckIndex, rows: list[Fact], options: list[str], rng: random.Random
) -> list[Fact]:
    """Rows that do not match the options one for one in place ('1 2 3 4': four of twelve
    element tables were keyed so, their names and figures both in order: review r467 F),
    shuffled until they do not."""
    out = list(rows)
    for _ in range(DIAGONAL_TRIES):
        if [options.index(ix.object_text(f)) for f in out] != list(range(len(out))):
            return out
        rng.shuffle(out)
    return out


DIAGONAL_TRIES = 8


def _in_order(ix: DeckIndex, rows: list[Fact]) -> list[Fact]:
    if any(ix.numeric_value(f) is not None for f in rows):
        return sorted(rows, key=lambda f: f.id)
    return sorted(rows, key=lambda f: _natural(ix.entities[f.subject].name))


def _natural(name: str) -> tuple[str | int, ...]:
    """Rows of names read in their own order: Apollo 7 before Apollo 14 (review r214: sorted
    as text by id, Apollo 7 came after Apollo 14). Figures keep the id order: in number order
    their dates would run in order too, and give the pairs away."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", name))


def _all_apart(ix: DeckIndex, rows: list[Fact]) -> bool:
    """Every two figures of the round further apart than their tolerances and uncertainties
    (carbon 'about 3750 BC' beside tin 'about 3500 BC' is matched by memorising a table)."""
    values = [ix.numeric_value(f) for f in rows]
    if any(v is None for v in values):
        return True  # names and texts: distinct labels are enough
    now = max((ix.latest_year(f) or MAX_YEAR) for f in rows)
    return all(apart(a, b, now) for a, b in itertools.combinations(values, 2) if a and b)


def _apart_rows(ix: DeckIndex, rows: list[Fact]) -> list[Fact]:
    """Up to MAX_PAIRS of the rows, in their order, each far apart from those kept before."""
    kept: list[Fact] = []
    for f in rows:
        if len(kept) < MAX_PAIRS and _all_apart(ix, [*kept, f]):
            kept.append(f)
    return kept
