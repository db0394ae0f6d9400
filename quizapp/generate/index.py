"""A read-only index over a deck: what is true, what is provably false, and how to say it.

Generators ask it questions instead of scanning the deck; it is built once per deck.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from quizapp.facts.model import Deck, Entity, Fact, RelationType
from quizapp.facts.normalise import normalise
from quizapp.facts.templates import plural_predicate, render
from quizapp.facts.values import NumericValue, Ordinal, is_numeric

Pair = tuple[str, str, str]  # subject, relation, object entity id
PROSE_ORDINALS = 10  # ranks up to this are spelled out in statements
_NON_WORD = re.compile(r"[^\w%$]+")


NEGATION = re.compile(
    r"\b(no|not|never|none|nobody|without|lacks?|yet to|refuses?|refused)\b|n't\b", re.I
)


def words(text: str) -> str:
    """' kyrgyz republic ': normalised words between single spaces, for whole-word search."""
    return f" {_NON_WORD.sub(' ', normalise(text)).strip()} "


@dataclass
class DeckIndex:
    deck: Deck
    entities: dict[str, Entity] = field(init=False)
    facts: dict[str, Fact] = field(init=False)
    relations: dict[str, RelationType] = field(init=False)
    true_pairs: set[Pair] = field(init=False)
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

    def fact(self, fact_id: str) -> Fact:
        return self.facts[fact_id]

    # -- truth -------------------------------------------------------------------------------
    def is_true(self, subject: str, relation: str, obj: str) -> bool:
        return (subject, relation, obj) in self.true_pairs

    def provably_false(self, subject: str, relation: str, obj: str) -> bool:
        """False by the deck's own declarations, not merely unlisted.

        `functional` alone proves nothing about other objects (one value is stored; "several
        facilities" does not rule out "an airbase"): it takes `exclusive` as well.
        """
        if self.is_true(subject, relation, obj):
            return False
        rel = self.relations[relation]
        if rel.functional and rel.exclusive and self.objects_of.get((subject, relation)):
            return True
        if obj in rel.complete_for and not self.contested_pair(relation, obj):
            return True
        return rel.closed_world and (rel.universe is None or subject in rel.universe)

    def contested_pair(self, relation: str, obj: str) -> bool:
        """Some holder of (relation, object) is contested in the world ('India keeps bases in
        Central Asia'): then the list being complete is the source's claim too, and an
        unlisted holder (China) may be true in the world; it proves nobody false."""
        return any(f.contested for f in self.facts_by_pair.get((relation, obj), []))

    def object_unique(self, fact: Fact, scoped: bool = True) -> bool:
        """The forward question has one answer in the world, by declaration, and it is this one.

        With `scoped`, a source-scoped relation's own open wording ('According to the briefing,
        ...') counts as the declaration: the deck lists all the source says.
        """
        rel = self.relations[fact.relation]
        if self.negative(rel.id):
            return False  # 'what has X shown no interest in?': the world has endless answers
        same = [
            f
            for f in self.facts_by_subject[(fact.subject, rel.id)]
            if f.qualifiers.as_of == fact.qualifiers.as_of
        ]
        if len(same) != 1:
            return False
        # A closed world lists every pair among the deck's own objects; the world has others
        # (Turkmenistan belongs to the UN too), so only these two declarations make it unique.
        by_source = scoped and rel.source_scoped and rel.templates.open_forward is not None
        return rel.functional or (by_source and not self._kin_objects(fact))

    def subject_unique(self, fact: Fact, scoped: bool = True) -> bool:
        """The inverse question has one answer in the world, by declaration (see object_unique)."""
        rel = self.relations[fact.relation]
        obj = fact.object_id
        if obj is None or len(self.subjects_of[(rel.id, obj)]) != 1:
            return False
        if self.negative(rel.id):
            # 'who has shown no interest in X?': the source names one, the world has more
            return obj in rel.complete_for
        by_source = scoped and rel.source_scoped and rel.templates.open_inverse is not None
        return (
            rel.inverse_functional
            or obj in rel.complete_for
            or (rel.closed_world and rel.universe is None)
            or (by_source and not self._kin_subjects(fact))
        )

    def _kin_objects(self, fact: Fact) -> bool:
        """Another relation gives the subject an object of the same kind ('China leads on
        energy investment' beside 'China has more trade and investment than Russia'): the
        source's list for one relation is then not all it says, and 'in which field does China
        lead?' has a second answer a learner could defend."""
        kind = self.entities[fact.object_id].kind if fact.object_id else None
        return kind is not None and any(
            self._kin(fact.relation, f.relation)
            and f.object_id
            and self.entities[f.object_id].kind == kind
            for f in self.facts_of_subject.get(fact.subject, [])
        )

    def _kin_subjects(self, fact: Fact) -> bool:
        """As `_kin_objects`, for the subject slot of the inverse question."""
        kind = self.entities[fact.subject].kind
        return any(
            self._kin(fact.relation, f.relation) and self.entities[f.subject].kind == kind
            for f in self.facts_by_object.get(fact.object_id or "", [])
        )

    def _kin(self, a: str, b: str) -> bool:
        """Two relations ask the same sort of question: they declare a common subject role and
        a common object kind ('leads on' and 'is ahead of Russia on', both of outside powers
        and fields). 'Criticised' and 'stayed out of' share only the kind event: not kin."""
        if a == b:
            return False
        ra, rb = self.relations[a], self.relations[b]
        return bool(set(ra.subject_roles) & set(rb.subject_roles)) and bool(
            set(ra.object_kinds) & set(rb.object_kinds)
        )

    @cached_property
    def facts_of_subject(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            out[f.subject].append(f)
        return out

    @cached_property
    def facts_by_object(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            if f.object_id:
                out[f.object_id].append(f)
        return out

    def negative(self, relation: str) -> bool:
        """The relation states an absence ('has shown no interest in', 'has yet to', 'lacks'):
        its closed world and source scope cannot make an open answer unique."""
        return bool(NEGATION.search(self.relations[relation].templates.statement))

    def plausible_object(self, relation: str, candidate: str, subject: str | None = None) -> bool:
        """The candidate fills the object slot of this relation for some subject, or has a role
        the relation declares for its objects: never an absurd filler. Given the subject, it
        must also be of the class its true objects share (see `plausible_subject`)."""
        rel = self.relations[relation]
        if subject is not None and not self._in_class(
            candidate, self.objects_of.get((subject, relation), set())
        ):
            return False
        if (relation, candidate) in self.facts_by_pair:
            return True
        return bool(set(rel.object_roles) & set(self.entities[candidate].roles))

    def plausible_subject(self, relation: str, candidate: str, obj: str | None = None) -> bool:
        """As `plausible_object`, for the subject slot. Given the object, the candidate must
        carry every role that all of that object's true subjects share: the members of a
        post-Soviet bloc are all post-Soviet states, so China, though a subject of `member-of`
        (of the SCO), is absurd as an EEU option."""
        rel = self.relations[relation]
        if obj is not None and not self._in_class(
            candidate, self.subjects_of.get((relation, obj), set())
        ):
            return False
        if self.facts_by_subject.get((candidate, relation)):
            return True
        return bool(set(rel.subject_roles) & set(self.entities[candidate].roles))

    def _in_class(self, candidate: str, holders: set[str]) -> bool:
        """The candidate has every role the holders (the slot's true fillers) all share; no
        shared role (or fewer than two holders to tell a class by) means no constraint."""
        if len(holders) < 2:
            return True
        shared = set.intersection(*(set(self.entities[h].roles) for h in holders))
        return shared <= set(self.entities[candidate].roles)

    @cached_property
    def protagonists(self) -> set[str]:
        """Entities named in the deck's title and the most frequent entity: blanks on them
        are guessed, not recalled."""
        title = words(self.deck.title)
        out = {e.id for e in self.deck.entities if any(words(n) in title for n in e.all_names())}
        counts: dict[str, int] = defaultdict(int)
        for f in self.deck.facts:
            counts[f.subject] += 1
            if f.object_id:
                counts[f.object_id] += 1
        top = max(sorted(counts), key=lambda e: counts[e]) if counts else None
        if top is not None and counts[top] > 1:  # a deck of one-off cards has no protagonist
            out.add(top)
        return out

    @cached_property
    def source_years(self) -> dict[str, int]:
        """Per source id: its year, if known: nothing it reports can be later."""
        return {s.id: int(s.date[:4]) for s in self.deck.sources if s.date}

    @cached_property
    def name_openers(self) -> frozenset[str]:
        """The first word of every entity name: a sentence opening with one keeps its capital."""
        return frozenset(
            n.split()[0] for e in self.deck.entities for n in e.all_names() if n.split()
        ) - {"The", "A", "An"}

    @cached_property
    def source_names(self) -> dict[str, str]:
        """Per source id: how stems name it ('the briefing')."""
        return {s.id: s.called for s in self.deck.sources}

    def latest_year(self, fact: Fact) -> int | None:
        return self.source_years.get(fact.provenance.source)

    def entities_of_kind(self, kind: str) -> list[Entity]:
        return self.by_kind.get(kind, [])

    @cached_property
    def by_kind(self) -> dict[str, list[Entity]]:
        out: dict[str, list[Entity]] = defaultdict(list)
        for e in self.deck.entities:
            out[e.kind].append(e)
        return out

    @cached_property
    def facts_by_pair(self) -> dict[tuple[str, str], list[Fact]]:
        """(relation, object id) -> facts, in deck order."""
        out: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            if isinstance(f.object, str):
                out[(f.relation, f.object)].append(f)
        return out

    @cached_property
    def facts_by_subject(self) -> dict[tuple[str, str], list[Fact]]:
        """(subject, relation) -> facts, in deck order."""
        out: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            out[(f.subject, f.relation)].append(f)
        return out

    @cached_property
    def facts_by_place(self) -> dict[tuple[str, str, int | None, int | None], list[Fact]]:
        """(subject, source, section, paragraph) -> facts: the figures one passage gives."""
        out: dict[tuple[str, str, int | None, int | None], list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            p = f.provenance
            out[(f.subject, p.source, p.section, p.paragraph)].append(f)
        return out

    @cached_property
    def facts_by_relation(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            out[f.relation].append(f)
        return out

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
    def numeric_by_family(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            v = self.numeric_value(f)
            if v is not None:
                out[v.family].append(f)
        return out

    @cached_property
    def facts_by_relation_date(self) -> dict[tuple[str, object], list[Fact]]:
        """(relation, as_of) -> facts, in deck order: the groups matching and ordering draw on."""
        out: dict[tuple[str, object], list[Fact]] = defaultdict(list)
        for f in self.deck.facts:
            out[(f.relation, f.qualifiers.as_of)].append(f)
        return out

    @cached_property
    def dated_facts(self) -> list[Fact]:
        """Facts with a plain date (no phrase such as 'between 2013 and 2015')."""
        return [
            f for f in self.deck.facts if f.qualifiers.as_of and f.qualifiers.as_of.phrase is None
        ]

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
        """For the answer checker: every normalised name, alias or metonym -> 'kind:id'."""
        entities = self.deck.entities
        names = {normalise(n): f"{e.kind}:{e.id}" for e in entities for n in e.metonyms}
        return names | {normalise(n): f"{e.kind}:{e.id}" for e in entities for n in e.all_names()}

    # -- saying things -----------------------------------------------------------------------
    def phrase(self, entity_id: str) -> str:
        return self.entities[entity_id].phrase()

    def object_text(self, fact: Fact) -> str:
        if isinstance(fact.object, str):
            return self.phrase(fact.object)
        return fact.object.display()

    def object_names(self, fact: Fact) -> list[str]:
        """The object's displayed form and every alias that counts as a typed answer."""
        obj = fact.object
        if isinstance(obj, str):
            return self.entities[obj].all_names()
        if obj.kind == "text":
            return [obj.value, *obj.aliases, *([obj.source_phrase] if obj.source_phrase else [])]
        if obj.kind in ("range", "fraction", "ordinal"):
            return obj.names()
        return [obj.display()]

    def slots(
        self, fact: Fact, subject: str | None = None, obj: str | None = None
    ) -> dict[str, str]:
        q = fact.qualifiers
        said = obj if obj is not None else self.object_text(fact)
        predicate = self.predicate(said)
        return {
            "subject": subject if subject is not None else self.phrase(fact.subject),
            "object": said,
            "is_object": predicate,
            "are_object": plural_predicate(predicate),
            "when": q.as_of.render() if q.as_of else "",
            "scope": q.scope or "",
            "count": "",
        }

    def predicate(self, said: str) -> str:
        """The object as a predicate: the entity's own predicative form where the deck gives
        one ('has long been aloof but is warming'), else 'is' + what is said."""
        eid = self.vocabulary.get(normalise(said))
        own = self.entities[eid].predicate if eid is not None else None
        return own or f"is {said}"

    def say(
        self,
        template: str,
        fact: Fact,
        subject: str | None = None,
        obj: str | None = None,
        count: str = "",
    ) -> str:
        if obj is None and isinstance(fact.object, Ordinal) and fact.object.value <= PROSE_ORDINALS:
            obj = fact.object.prose()  # prose spells small ranks: 'the first person', not 1st
        slots = self.slots(fact, subject=subject, obj=obj)
        slots["count"] = count
        return render(template, slots)

    def numeric_value(self, fact: Fact) -> NumericValue | None:
        return fact.object if is_numeric(fact.object) else None  # type: ignore[return-value]

    def citation(self, fact: Fact) -> str:
        return self.citations[fact.id]

    @cached_property
    def citations(self) -> dict[str, str]:
        titles = {src.id: src.title for src in self.deck.sources}
        headings = {
            (src.id, sec.number): sec.heading for src in self.deck.sources for sec in src.sections
        }
        return {
            f.id: f.provenance.cite(
                titles[f.provenance.source],
                headings.get((f.provenance.source, f.provenance.section or 0)),
            )
            for f in self.deck.facts
        }
