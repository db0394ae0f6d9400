"""The deck's facts and entities grouped every way the generators look them up, each table
worked out once per deck, on first use: a generator asks for the facts of a (relation, object)
pair instead of scanning the deck, which keeps a big deck's generation linear."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from quizapp.facts.model import Deck, Entity, Fact, RelationType
from quizapp.facts.normalise import normalise
from quizapp.facts.values import NumericValue, is_numeric
from quizapp.generate.fact_links import named_things  # call signs, led names, what facts tie
from quizapp.generate.full_lists import full_lists  # things whose partners of a kind are all known

# a capitalised word after a lower-case word or a comma: a name, not a sentence opening
_INNER_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b")

Pair = tuple[str, str, str]  # subject, relation, object entity id
K = TypeVar("K")
V = TypeVar("V")


def group(items: Iterable[V], key: Callable[[V], K | None]) -> dict[K, list[V]]:
    """The items under each key, in their own order; an item whose key is None is left out.
    A missing key reads as an empty list, as generators look up pairs the deck lacks."""
    out: dict[K, list[V]] = defaultdict(list)
    for item in items:
        if (k := key(item)) is not None:
            out[k].append(item)
    return out


def object_family(fact: Fact) -> str:
    """What the object is: an entity, text, or a value of one kind and unit."""
    return "entity" if isinstance(fact.object, str) else fact.object.family


@dataclass
class DeckTables:
    deck: Deck
    entities: dict[str, Entity] = field(init=False)
    facts: dict[str, Fact] = field(init=False)
    relations: dict[str, RelationType] = field(init=False)
    true_pairs: set[Pair] = field(init=False)
    held_or_near: set[Pair] = field(init=False)  # true pairs, and values declared `near` them
    near_of: dict[str, set[str]] = field(init=False)  # `near`, both ways
    objects_of: dict[tuple[str, str], set[str]] = field(init=False)
    subjects_of: dict[tuple[str, str], set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.entities = {e.id: e for e in self.deck.entities}
        self.facts = {f.id: f for f in self.deck.facts}
        self.relations = {r.id: r for r in self.deck.relations}
        self.true_pairs = set()
        self.objects_of = defaultdict(set)
        self.subjects_of = defaultdict(set)
        for fact in self.deck.facts:
            if isinstance(fact.object, str):
                self.true_pairs.add((fact.subject, fact.relation, fact.object))
                self.objects_of[(fact.subject, fact.relation)].add(fact.object)
                self.subjects_of[(fact.relation, fact.object)].add(fact.subject)
        self.near_of = near = defaultdict[str, set[str]](set)
        for e in self.deck.entities:
            for other in e.near:
                near[e.id].add(other)
                near[other].add(e.id)
        self.held_or_near = self.true_pairs | {
            (s, r, n) for s, r, o in self.true_pairs for n in near.get(o, ())
        }

    def fact(self, fact_id: str) -> Fact:
        return self.facts[fact_id]

    @cached_property
    def facts_of_subject(self) -> dict[str, list[Fact]]:
        return group(self.deck.facts, lambda f: f.subject)

    @cached_property
    def facts_by_object(self) -> dict[str, list[Fact]]:
        return group(self.deck.facts, lambda f: f.object_id or None)

    @cached_property
    def source_years(self) -> dict[str, int]:
        """Per source id: its year, if known: nothing it reports can be later."""
        return {s.id: int(s.date[:4]) for s in self.deck.sources if s.date}

    @cached_property
    def name_openers(self) -> frozenset[str]:
        """The first and last word of every entity name ('Dmitri Mendeleev': a surname opens
        'Mendeleev predicted ...'): a sentence opening with one keeps its capital."""
        words = (n.split() for e in self.deck.entities for n in e.all_names())
        names = {w for ws in words if ws for w in (ws[0], ws[-1])}
        # a capitalised word inside the deck's own sentences is a name too ('did Mendeleev
        # predict ...'; seed-827 review #60: 'According to ..., mendeleev predicted')
        texts = [str(v) for r in self.deck.relations for v in r.templates.model_dump().values()]
        texts += [c.text for c in self.deck.claims]
        names.update(m for t in texts for m in _INNER_NAME.findall(t))
        return frozenset(names) - {"The", "A", "An"}

    @cached_property
    def source_names(self) -> dict[str, str]:
        """Per source id: how stems name it ('the briefing')."""
        return {s.id: s.called for s in self.deck.sources}

    def latest_year(self, fact: Fact) -> int | None:
        return self.source_years.get(fact.provenance.source)

    def entities_of_kind(self, kind: str) -> list[Entity]:
        return self.by_kind.get(kind, [])

    @cached_property
    def role_sets(self) -> dict[str, frozenset[str]]:
        """Per entity id: its roles as a set, made once (class checks compare them per option)."""
        return {e.id: frozenset(e.roles) for e in self.deck.entities}

    @cached_property
    def ids_of_kind(self) -> dict[str, frozenset[str]]:
        return {kind: frozenset(e.id for e in ents) for kind, ents in self.by_kind.items()}

    @cached_property
    def by_kind(self) -> dict[str, list[Entity]]:
        return group(self.deck.entities, lambda e: e.kind)

    @cached_property
    def facts_by_pair(self) -> dict[tuple[str, str], list[Fact]]:
        """(relation, object id) -> facts, in deck order."""
        return group(
            self.deck.facts, lambda f: (f.relation, f.object) if isinstance(f.object, str) else None
        )

    @cached_property
    def facts_by_pair_date(self) -> dict[tuple[str, str, object], list[Fact]]:
        """(relation, object id, as_of) -> facts, in deck order: who else holds the pair then."""
        return group(
            self.deck.facts,
            lambda f: (
                (f.relation, f.object, f.qualifiers.as_of) if isinstance(f.object, str) else None
            ),
        )

    @cached_property
    def facts_by_subject(self) -> dict[tuple[str, str], list[Fact]]:
        """(subject, relation) -> facts, in deck order."""
        return group(self.deck.facts, lambda f: (f.subject, f.relation))

    @cached_property
    def facts_by_subject_date(self) -> dict[tuple[str, str, object], list[Fact]]:
        """(subject, relation, as_of) -> facts, in deck order: the subject's values then (a
        lookup, not a comparison of dates with every fact of the subject's)."""
        return group(self.deck.facts, lambda f: (f.subject, f.relation, f.qualifiers.as_of))

    @cached_property
    def facts_by_place(self) -> dict[tuple[str, str, int | None, int | None], list[Fact]]:
        """(subject, source, section, paragraph) -> facts: the figures one passage gives."""
        return group(
            self.deck.facts,
            lambda f: (
                f.subject,
                f.provenance.source,
                f.provenance.section,
                f.provenance.paragraph,
            ),
        )

    @cached_property
    def facts_by_paragraph(self) -> dict[tuple[str, int | None, int | None], list[Fact]]:
        """(source, section, paragraph) -> facts, in deck order: a claim's own paragraph."""
        return group(
            self.deck.facts,
            lambda f: (f.provenance.source, f.provenance.section, f.provenance.paragraph),
        )

    @cached_property
    def facts_by_relation(self) -> dict[str, list[Fact]]:
        return group(self.deck.facts, lambda f: f.relation)

    @cached_property
    def numeric_by_relation(self) -> dict[str, list[tuple[Fact, NumericValue, str, str]]]:
        """Per relation, its facts' numeric values in deck order with their display and
        shape, worked out once: a numeric question compares its key with every sibling, and
        redoing these per question made a big deck's generation quadratic in cost."""
        from quizapp.generate.ladder import shape

        out: dict[str, list[tuple[Fact, NumericValue, str, str]]] = defaultdict(list)
        for f in self.deck.facts:
            v = self.numeric_value(f)
            if v is not None:
                shown = v.display()
                out[f.relation].append((f, v, shown, shape(shown)))
        return out

    @cached_property
    def numeric_by_subject(self) -> dict[str, list[tuple[Fact, NumericValue]]]:
        """Per subject, its facts' numeric values in deck order (its figures for every
        property: an answer giving another of them is that fact's, see rival_figures.py)."""
        out: dict[str, list[tuple[Fact, NumericValue]]] = defaultdict(list)
        for facts in self.numeric_by_relation.values():
            for f, v, _, _ in facts:
                out[f.subject].append((f, v))
        return out

    @cached_property
    def numeric_by_measure(
        self,
    ) -> dict[tuple[str, str, str | None], tuple[list[float], list[tuple[Fact, NumericValue]]]]:
        """Per (relation, family, unit): its figures ascending (ties in deck order) with their
        facts, so a key's rivals near it are found by bisection, not by scanning the relation
        for every item (rival_figures.py)."""
        Key = tuple[str, str, str | None]
        groups: dict[Key, list[tuple[Fact, NumericValue]]] = defaultdict(list)
        for relation, values in self.numeric_by_relation.items():
            for f, v, _, _ in values:
                groups[(relation, v.family, getattr(v, "unit", None))].append((f, v))
        out = {}
        for key, pairs in groups.items():
            pairs.sort(key=lambda p: p[1].magnitude)  # stable: deck order among equal figures
            out[key] = ([v.magnitude for _, v in pairs], pairs)
        return out

    @cached_property
    def numeric_by_family(self) -> dict[str, list[Fact]]:
        return group(self.deck.facts, lambda f: getattr(self.numeric_value(f), "family", None))

    @cached_property
    def facts_by_relation_date(self) -> dict[tuple[str, object], list[Fact]]:
        """(relation, as_of) -> facts, in deck order: the groups matching and ordering draw on."""
        return group(self.deck.facts, lambda f: (f.relation, f.qualifiers.as_of))

    @cached_property
    def dated_facts(self) -> list[Fact]:
        """Facts with a plain date (no phrase such as 'between 2013 and 2015') that the source
        gives (a background date is never a date to order or recall)."""
        return [
            f
            for f in self.deck.facts
            if (w := f.qualifiers.as_of) and w.phrase is None and not w.background
        ]

    @cached_property
    def dated_events(self) -> list[Fact]:
        """The dated facts of event relations, in deck order: what date orderings draw on."""
        return [f for f in self.dated_facts if self.relations[f.relation].event]

    @cached_property
    def facts_by_relation_date_family(self) -> dict[tuple[str, object, str], list[Fact]]:
        """(relation, as_of, object family) -> facts, in deck order: values of one kind and
        unit (or entities, or text) at one date, the rows one matching round may take."""
        return group(self.deck.facts, lambda f: (f.relation, f.qualifiers.as_of, object_family(f)))

    @cached_property
    def pairs_of_subject(self) -> dict[str, set[tuple[str, str]]]:
        out: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for s, r, o in self.true_pairs:
            out[s].add((r, o))
        return out

    def shared_facts(self, a: str, b: str) -> int:
        """How much two entities have in common in the deck: plausible distractors share more."""
        sa, sb = self.profile[a], self.profile[b]
        return len(sa & sb)

    @cached_property
    def profile(self) -> dict[str, set[str]]:
        """Per entity: the relations it takes part in and the (relation, object) pairs it has."""
        out: dict[str, set[str]] = defaultdict(set)
        for fact in self.deck.facts:
            out[fact.subject] |= {fact.relation, f"{fact.relation}={fact.object_id}"}
            if fact.object_id:
                out[fact.object_id].add("~" + fact.relation)
        return out

    @cached_property
    def predicative_entities(self) -> list[Entity]:
        """Entities with a predicative form: their bare name never follows 'is' in a stem."""
        return [e for e in self.deck.entities if e.predicate]

    @cached_property
    def plural_entities(self) -> list[Entity]:
        return [e for e in self.deck.entities if e.plural]

    @cached_property
    def vocabulary(self) -> dict[str, str]:
        """Every normalised entity name or alias -> entity id."""
        return {normalise(n): e.id for e in self.deck.entities for n in e.all_names()}

    @cached_property
    def grading_vocabulary(self) -> dict[str, str]:
        """For the answer checker: every normalised name, alias, metonym, led name -> 'kind:id'."""
        entities, led = self.deck.entities, named_things(self.deck) | full_lists(self.deck)
        names = led | {normalise(n): f"{e.kind}:{e.id}" for e in entities for n in e.metonyms}
        return names | {normalise(n): f"{e.kind}:{e.id}" for e in entities for n in e.all_names()}

    def numeric_value(self, fact: Fact) -> NumericValue | None:
        return fact.object if is_numeric(fact.object) else None  # type: ignore[return-value]
