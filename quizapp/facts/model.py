"""The facts model: entities, typed values, relation types and facts, gathered in a deck.

Every model is strict, frozen and forbids unknown fields, so a misspelt key in a deck file is
an error, not a silently ignored line. Cross-references (a fact naming an entity, a relation
used with the wrong kinds) are checked in :mod:`quizapp.facts.checks`, which sees the whole deck.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from quizapp.facts.eras import MAX_YEAR, MIN_YEAR, check_day, check_year, show_year
from quizapp.facts.templates import template_slots
from quizapp.facts.values import MONTHS, Value

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
ObjectType = Literal[
    "entity",
    "quantity",
    "percentage",
    "money",
    "year",
    "date",
    "text",
    "range",
    "fraction",
    "ordinal",
]
TEMPLATE_SLOTS = frozenset(
    {"subject", "object", "is_object", "are_object", "when", "scope", "count"}
)
# the object as a predicate after a singular or plural subject ('is one of Russia's allies',
# 'has long been aloof but is warming'; 'are among Russia's allies')
OBJECT_SLOTS = frozenset({"object", "is_object", "are_object"})


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Entity(Strict):
    id: Slug
    kind: Slug = Field(description="country, organisation, person, place, event, ...")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list, description="other names that count")
    article: Literal["", "the"] = Field(default="", description="'the' for 'the EEU'")
    plural: bool = False
    gloss: str | None = Field(default=None, description="a few words saying what it is")
    metonyms: list[str] = Field(
        default_factory=list, description="names that stand for it in the source (Moscow)"
    )
    source_phrase: str | None = Field(
        default=None, description="the source's own short wording, when the name restates it"
    )
    roles: list[Slug] = Field(
        default_factory=list,
        description="sub-kinds for plausible distractors: bloc, institution, outside-power, ...",
    )
    predicate: str | None = Field(
        default=None,
        description="how a descriptive value reads after a singular subject, for {is_object}: "
        "'has long been aloof but is warming' (default: 'is' + the name)",
    )

    def phrase(self) -> str:
        """The name as it reads inside a sentence: 'the EEU', 'Kazakhstan'."""
        return f"{self.article} {self.name}" if self.article else self.name

    def all_names(self) -> list[str]:
        """Every name a typed answer may give (metonyms are matched by the checker instead)."""
        phrase = [self.source_phrase] if self.source_phrase else []
        return [self.name, *self.aliases, *phrase]


class Templates(Strict):
    forward: str = Field(description="asks for the object: 'Which bloc did {subject} join {when}?'")
    inverse: str | None = Field(default=None, description="asks for the subject, given {object}")
    statement: str = Field(description="the fact as a sentence, with {subject} and {object}")
    plural_inverse: str | None = Field(
        default=None, description="asks for every subject, for tick-all-that-apply questions"
    )
    open_forward: str | None = Field(
        default=None,
        description="forward wording for open forms (typed, cloze, flashcard), when `forward` "
        "reads as a choice ('which of these')",
    )
    open_inverse: str | None = Field(
        default=None, description="inverse wording for open forms, when `inverse` reads as a choice"
    )
    set_forward: str | None = Field(
        default=None,
        description="asks for every object of a subject at once ('Name the {count} aims ...'), "
        "for relations with several objects per subject",
    )
    set_inverse: str | None = Field(
        default=None, description="asks for every subject of an object at once"
    )
    sets_complete: bool = Field(
        default=False,
        description="the source's lists for this relation are closed, not examples ('such as'): "
        "set wordings may say 'the {count}'; otherwise they ask for {count} of them",
    )


class RelationType(Strict):
    id: Slug
    subject_kinds: list[Slug] = Field(min_length=1)
    object_type: ObjectType
    object_kinds: list[Slug] = Field(
        default_factory=list, description="entity kinds allowed as object (object_type entity)"
    )
    unit: str | None = Field(default=None, description="required unit for quantity objects")
    functional: bool = Field(description="at most one object per subject (and date)")
    closed_world: bool = Field(
        default=False, description="every true pair is listed, so absence means false"
    )
    universe: list[Slug] | None = Field(
        default=None, description="with closed_world: the subjects whose pairs are all listed"
    )
    complete_for: list[Slug] = Field(
        default_factory=list,
        description="objects whose subjects are all listed (for them, absence means false)",
    )
    time_bound: bool = Field(default=False, description="facts carry as_of; templates say {when}")
    exclusive: bool = Field(
        default=False,
        description="one object rules the others out ('the largest', a single event's date): "
        "only then may another object serve as a false variant or distractor for the subject",
    )
    inverse_functional: bool = Field(
        default=False, description="at most one subject per object in the world (a president)"
    )
    source_scoped: bool = Field(
        default=False,
        description="the deck lists everything the source says for each subject and object, and "
        "the open wordings say 'according to the source': within that scope one answer holds",
    )
    event: bool = Field(
        default=False, description="each fact is a dated event (ordering may use it)"
    )
    judgment: bool = Field(
        default=False,
        description="the source's own assessment, not a settled fact ('Russia wants to keep "
        "China out'): every stem says 'according to' the source",
    )
    as_of_source: bool = Field(
        default=False,
        description="an undated present-tense state that may have changed since the source "
        "(bases, troop numbers, estimates): stems say 'as of' the source's year",
    )
    subject_roles: list[Slug] = Field(
        default_factory=list, description="entity roles that make plausible subjects"
    )
    object_roles: list[Slug] = Field(
        default_factory=list, description="entity roles that make plausible objects"
    )
    subject_is_question: bool = Field(
        default=False,
        description="the subject's name is itself the question (an imported card): asked as "
        "multiple choice, typed and flashcard only, never as a cloze of the question",
    )
    templates: Templates

    @model_validator(mode="after")
    def _check_shape(self) -> RelationType:
        problems: list[str] = []
        if self.object_type == "entity" and not self.object_kinds:
            problems.append("object_kinds is required when object_type is entity")
        if self.object_type != "entity" and self.object_kinds:
            problems.append("object_kinds only applies when object_type is entity")
        if self.universe is not None and not self.closed_world:
            problems.append("universe only applies to a closed_world relation")
        if self.complete_for and self.object_type != "entity":
            problems.append("complete_for only applies when object_type is entity")
        t = self.templates
        if self.source_scoped:
            for name in ("open_forward", "open_inverse"):
                text = getattr(t, name)
                if text is not None and "according to" not in text.casefold():
                    problems.append(f"templates.{name} must say 'according to' (source_scoped)")
        required = {
            "forward": ({"subject"}, {"object"}),
            "inverse": ({"object"}, {"subject"}),
            "plural_inverse": ({"object"}, {"subject"}),
            "open_forward": ({"subject"}, {"object"}),
            "open_inverse": ({"object"}, {"subject"}),
            "set_forward": ({"subject"}, {"object"}),
            "set_inverse": ({"object"}, {"subject"}),
            "statement": ({"subject", "object"}, set()),
        }
        for name, (must, must_not) in required.items():
            text = getattr(t, name)
            if text is None:
                continue
            slots = template_slots(text)
            if slots & OBJECT_SLOTS:
                slots |= {"object"}  # {is_object} says the object too
            for slot in sorted(slots - TEMPLATE_SLOTS):
                problems.append(f"templates.{name}: slot {{{slot}}} does not exist")
            for slot in sorted(must - slots):
                problems.append(f"templates.{name} must contain {{{slot}}}")
            for slot in sorted(must_not & slots):
                problems.append(f"templates.{name} must not contain {{{slot}}} (it gives it away)")
            if self.time_bound and "when" not in slots:
                problems.append(f"templates.{name} must say when: add {{when}}")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class When(Strict):
    """When a fact holds: a year (negative for BC), optionally a month and a day, and
    optionally a phrase for the stem ('as of the mid-2010s'); the date stays the machine's
    (ordering, the source's latest year), the phrase is what learners read."""

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR, description="negative for BC")
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    phrase: str | None = Field(
        default=None, description="how stems say it, e.g. 'in the first half of 2016'"
    )

    @model_validator(mode="after")
    def _real_date(self) -> When:
        problem = check_year(self.year, None) or check_day(self.year, self.month, self.day)
        if problem:
            raise ValueError(problem)
        return self

    def render(self) -> str:
        if self.phrase:
            return self.phrase
        year = show_year(self.year)
        if self.month and self.day:
            return f"on {self.day} {MONTHS[self.month - 1]} {year}"
        if self.month:
            return f"in {MONTHS[self.month - 1]} {year}"
        return f"in {year}"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


class Qualifiers(Strict):
    as_of: When | None = None
    scope: str | None = Field(default=None, description="a restriction, read in by {scope}")


class Provenance(Strict):
    source: Slug
    section: int | None = Field(default=None, ge=1)
    paragraph: int | None = Field(default=None, ge=1)
    background: bool = Field(
        default=False, description="common knowledge the source relies on but does not state"
    )

    @model_validator(mode="after")
    def _located(self) -> Provenance:
        if not self.background and (self.section is None or self.paragraph is None):
            raise ValueError("give section and paragraph, or mark the fact background: true")
        return self

    def cite(self, source_title: str, heading: str | None = None) -> str:
        """Where a reader finds it: the source's own heading and the paragraph under it."""
        if self.background:
            return "Background knowledge (not in the source)"
        if heading and heading.startswith("("):  # a place, not a heading: "(opening paragraph)"
            return f"{source_title}, {heading.strip('()')}"
        if heading:
            return f'{source_title}, under "{heading}", paragraph {self.paragraph}'
        return f"{source_title}, section {self.section}, paragraph {self.paragraph}"


def _object_tag(v: Any) -> str:
    return "entity" if isinstance(v, str) else "value"


FactObject = Annotated[
    Annotated[Slug, Tag("entity")] | Annotated[Value, Tag("value")],
    Discriminator(_object_tag),
]


class Fact(Strict):
    id: Slug
    subject: Slug
    relation: Slug
    object: FactObject = Field(description="an entity id, or a typed value with a kind")
    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    explanation: str = Field(min_length=10, description="why it is so, in the deck's own words")
    topics: list[Slug] = Field(min_length=1)
    provenance: Provenance
    contested: bool = Field(
        default=False,
        description="the source's claim, disputed or not settled in the world (Kazakhstan "
        "'criticised' the annexation of Crimea): every item on it says 'according to' the source",
    )

    @property
    def object_id(self) -> str | None:
        return self.object if isinstance(self.object, str) else None


class SourceSection(Strict):
    number: int = Field(ge=1)
    label: str = Field(description="our own short label for the section")
    heading: str | None = Field(
        default=None, description="the source's own heading (shortened), as citations name it"
    )
    paragraphs: int = Field(ge=1)
    words: list[int] | None = Field(
        default=None,
        description="each paragraph's length in words, for the coverage report's check that "
        "no paragraph is asked far more densely than the others",
    )


class Source(Strict):
    id: Slug
    title: str
    publisher: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    url: str | None = None
    note: str | None = None
    called: str = Field(
        default="the source", description="how stems name it: 'According to the briefing, ...'"
    )
    sections: list[SourceSection] = Field(default_factory=list)


class Topic(Strict):
    id: Slug
    title: str


# claims.py builds on the models above; the deck holds its claims, links and comparisons
from quizapp.facts.claims import Claim, Comparison, Link  # noqa: E402


class Deck(Strict):
    id: Slug
    title: str = Field(min_length=1)
    description: str = ""
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
    sources: list[Source] = Field(min_length=1)
    topics: list[Topic] = Field(min_length=1)
    entities: list[Entity]
    relations: list[RelationType]
    facts: list[Fact]
    claims: list[Claim] = Field(default_factory=list, description="the source's key claims")
    links: list[Link] = Field(default_factory=list, description="how claims and facts connect")
    comparisons: list[Comparison] = Field(
        default_factory=list, description="numeric relations that may be compared across subjects"
    )
