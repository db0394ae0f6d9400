"""A read-only index over a deck: what is true, what is provably false, and how to say it.

Generators ask it questions instead of scanning the deck; it is built once per deck. The
lookup tables live in deck_tables.py and the wording in deck_wording.py; `DeckIndex` adds
the judgments on top: provably false, unique in the world, plausible as a distractor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property, lru_cache

from quizapp.facts.model import Fact
from quizapp.facts.normalise import normalise
from quizapp.generate.deck_wording import DeckWording

_NON_WORD = re.compile(r"[^\w%$]+")
Slot = tuple[str, str, str]  # ("object", subject, relation) or ("subject", relation, object)

NEGATION = re.compile(
    r"\b(no|not|never|none|nobody|without|lacks?|yet to|refuses?|refused)\b|n't\b", re.I
)
# A stance short of an act ('is hesitant about joining the EEU'): like a negation, it can only
# be held by someone who has not done the act yet.
SHORT_OF = re.compile(r"\b(hesitant|undecided|reluctant|wary of|weighing)\b", re.I)


@lru_cache(maxsize=4096)
def _states_absence(statement: str) -> bool:
    return NEGATION.search(statement) is not None


@lru_cache(maxsize=4096)
def _short_of_act(statement: str) -> bool:  # 'no interest in', 'hesitant about': per template
    return NEGATION.search(statement) is not None or SHORT_OF.search(statement) is not None


@lru_cache(maxsize=65536)
def words(text: str) -> str:
    """' kyrgyz republic ': normalised words between single spaces, for whole-word search
    (kept per text: every item's gates ask it of the stem and of every name they look for)."""
    return f" {_NON_WORD.sub(' ', normalise(text)).strip()} "


class DeckIndex(DeckWording):
    """The deck's tables and wording, and what is true, provably false, unique or plausible."""

    def is_true(self, subject: str, relation: str, obj: str) -> bool:
        return (subject, relation, obj) in self.true_pairs

    def provably_false(self, subject: str, relation: str, obj: str) -> bool:
        """False by the deck's own declarations, not merely unlisted.

        `functional` alone proves nothing about other objects (one value is stored; "several
        facilities" does not rule out "an airbase"): it takes `exclusive` as well.
        """
        if (subject, relation, obj) in self.held_or_near:
            return False  # held, or near a value held (a closest ally is a military ally too)
        slots = self._false_slots
        slot = (subject, relation)
        whole = slots[slot] if slot in slots else slots.setdefault(slot, self._false_slot(*slot))
        if whole is not None:
            return whole
        rel = self.relations[relation]
        return obj in rel.complete_for and not self.contested_pair(relation, obj)

    def _false_slot(self, subject: str, relation: str) -> bool | None:
        """What `provably_false` says of every object the subject does not hold, when the
        object does not matter (worked out once per subject and relation); None when it does
        (the relation's `complete_for` objects)."""
        rel = self.relations[relation]
        held = self.facts_by_subject.get((subject, relation), [])
        if (subject, relation) in self._contested_holds:
            return False  # a contested placement (hydrogen in group 1; some tables also put
            # it above fluorine) rules nothing out: it is the source's, not the world's
        if rel.functional and rel.exclusive and held:
            return True
        if rel.closed_world and (rel.universe is None or subject in rel.universe):
            return True
        return None

    @cached_property
    def _false_slots(self) -> dict[tuple[str, str], bool | None]:
        return {}

    def contested_pair(self, relation: str, obj: str) -> bool:
        """Some holder of (relation, object) is contested in the world ('India keeps bases in
        Central Asia'): then the list being complete is the source's claim too, and an
        unlisted holder (China) may be true in the world; it proves nobody false."""
        return (relation, obj) in self._contested_pairs

    @cached_property
    def _contested_holds(self) -> frozenset[tuple[str, str]]:
        """(subject, relation) with a contested fact: looked up once per deck, not scanned on
        every distractor tried (a million scans at 2,000 facts)."""
        return frozenset(
            k for k, fs in self.facts_by_subject.items() if any(f.contested for f in fs)
        )

    @cached_property
    def _contested_pairs(self) -> frozenset[tuple[str, str]]:
        """(relation, object) with a contested holder, likewise."""
        return frozenset(k for k, fs in self.facts_by_pair.items() if any(f.contested for f in fs))

    def object_unique(self, fact: Fact, scoped: bool = True) -> bool:
        """The forward question has one answer in the world, by declaration, and it is this one.

        With `scoped`, a source-scoped relation's own open wording ('According to the briefing,
        ...') counts as the declaration: the deck lists all the source says.
        """
        rel = self.relations[fact.relation]
        if self.negative(rel.id):
            return False  # 'what has X shown no interest in?': the world has endless answers
        same = self.facts_by_subject_date.get((fact.subject, rel.id, fact.qualifiers.as_of), [])
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

    def negative(self, relation: str) -> bool:
        """The relation states an absence ('has shown no interest in', 'has yet to', 'lacks'):
        its closed world and source scope cannot make an open answer unique."""
        return _states_absence(self.relations[relation].templates.statement)

    def already_done(self, relation: str, subject: str, obj: str) -> bool:
        """A stem of absence or hesitation about an act on a body ('has shown no interest in
        joining the EEU') cannot be about a subject that already belongs to the body: Kazakhstan,
        an EEU member, is no plausible answer or wrong option there (seed 9301 #23); its
        falsity is given by the stem's own logic, not known. The body is an entity the object's
        name names; belonging is any fact tying the subject to it that is not itself an absence."""
        if not _short_of_act(self.relations[relation].templates.statement):
            return False
        bodies = self._named_bodies(obj)
        return any(
            f.object_id in bodies and not self.negative(f.relation)
            for f in self.facts_of_subject.get(subject, [])
        )

    def _named_bodies(self, obj: str) -> frozenset[str]:
        """Entities whose name (or alias) the object's name contains as whole words: the EEU
        in 'joining the EEU'. Worked out once per object."""
        if obj not in self._bodies:
            said = " ".join(words(n) for n in self.entities[obj].all_names())
            self._bodies[obj] = frozenset(
                e.id
                for e in self.deck.entities
                if e.id != obj and any(words(n).strip() and words(n) in said for n in e.all_names())
            )
        return self._bodies[obj]

    @cached_property
    def _bodies(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def name_links(self) -> dict[str, tuple[str, ...]]:
        """Entity id -> shown names of the entities whose names hold it (name_cues)."""
        from quizapp.generate.name_cues import links

        return links(self)

    def plausible_object(self, relation: str, candidate: str, subject: str | None = None) -> bool:
        """The candidate fills the object slot of this relation for some subject, or has a role
        the relation declares for its objects: never an absurd filler. Given the subject, it
        must also be of the class its true objects share (see `plausible_subject`)."""
        rel = self.relations[relation]
        if subject is not None and not self._in_class(candidate, ("object", subject, relation)):
            return False
        if subject is not None and self.already_done(relation, subject, candidate):
            return False
        if (relation, candidate) in self.facts_by_pair:
            return True
        return bool(set(rel.object_roles) & set(self.entities[candidate].roles))

    def plausible_subject(self, relation: str, candidate: str, obj: str | None = None) -> bool:
        """As `plausible_object`, for the subject slot. Given the object, the candidate must
        carry every role that all of that object's true subjects share: the members of a
        post-Soviet bloc are all post-Soviet states, so China, though a subject of `member-of`
        (of the SCO), is absurd as an EEU option. A relation that declares its universe (the
        five Central Asian states) asks about those subjects: an outsider that `complete_for`
        proves false (Armenia, not in the SCO) is a wrong option anyone can place by geography,
        so it is no wrong option there."""
        rel = self.relations[relation]
        if obj is not None and not self._in_class(candidate, ("subject", relation, obj)):
            return False
        if obj is not None and self.already_done(relation, candidate, obj):
            return False
        if rel.universe is not None and candidate not in rel.universe:
            return False
        if self.facts_by_subject.get((candidate, relation)):
            return True
        return bool(set(rel.subject_roles) & set(self.entities[candidate].roles))

    def _in_class(self, candidate: str, slot: Slot) -> bool:
        """The candidate has every role the slot's true fillers all share."""
        shared = self._slot_class(slot)
        return shared is None or shared <= self.role_sets[candidate]

    def _slot_class(self, slot: Slot) -> frozenset[str] | None:
        """The roles a slot's true fillers all share, worked out once per slot (every
        candidate of every item on the slot asks it); None, no constraint, with fewer than two
        fillers to tell a class by. `slot` is ("object", subject, relation) or ("subject",
        relation, object)."""
        if slot in self._classes:
            return self._classes[slot]
        side, a, b = slot
        holders = (self.objects_of if side == "object" else self.subjects_of).get((a, b), set())
        shared = None
        if len(holders) >= 2:
            shared = frozenset.intersection(*(self.role_sets[h] for h in holders))
        self._classes[slot] = shared
        return shared

    def insiders(self, subject: str, kind: str) -> frozenset[str]:
        """Entities of this kind that a many-to-many relation ties to the subject (the EEU's
        members); one-valued ties ('Kazakhstan's arms come mainly from Russia') make no body.
        Worked out once per (subject, kind): every option of every item asks it."""
        key = (subject, kind)
        if key not in self._insiders:
            tied = self.facts_by_object.get(subject, [])
            members = {f.subject for f in tied if not self.relations[f.relation].functional}
            self._insiders[key] = frozenset(members) & self.ids_of_kind.get(kind, frozenset())
        return self._insiders[key]

    @cached_property
    def _insiders(self) -> dict[tuple[str, str], frozenset[str]]:
        return {}

    @cached_property
    def _classes(self) -> dict[Slot, frozenset[str] | None]:
        return {}

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
        cards = all(r.subject_is_question for r in self.deck.relations)  # an imported deck:
        if top is not None and counts[top] > 1 and not cards:  # an answer two cards share is
            out.add(top)  # no protagonist (review r452 H: both Amundsen cards went unasked)
        return out
