"""The facts model: entities, typed values, relation types and facts, gathered in a deck.

Every model is strict, frozen and forbids unknown fields, so a misspelt key in a deck file is
an error, not a silently ignored line. Cross-references (a fact naming an entity, a relation
used with the wrong kinds) are checked in :mod:`quizapp.facts.checks`, which sees the whole deck.
The shared ground is in model_base.py and relation types in relations.py (both re-exported).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag, model_validator

from quizapp.facts.eras import MAX_YEAR, MIN_YEAR, check_day, check_year, show_year
from quizapp.facts.model_base import OBJECT_SLOTS as OBJECT_SLOTS
from quizapp.facts.model_base import TEMPLATE_SLOTS as TEMPLATE_SLOTS
from quizapp.facts.model_base import ObjectType as ObjectType
from quizapp.facts.model_base import Provenance as Provenance
from quizapp.facts.model_base import Slug as Slug
from quizapp.facts.model_base import Strict as Strict
from quizapp.facts.relations import RelationType as RelationType
from quizapp.facts.relations import Templates as Templates
from quizapp.facts.values import MONTHS, Value


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
    symbol: str | None = Field(
        default=None,
        pattern=r"^[A-Z][a-z]{0,2}$",
        description="its symbol as written, case and all (Zn), where no fact of the deck gives "
        "it: on a choice item the symbol picks it out",
    )
    source_phrase: str | None = Field(
        default=None, description="the source's own short wording, when the name restates it"
    )
    roles: list[Slug] = Field(
        default_factory=list,
        description="sub-kinds for plausible distractors: bloc, institution, outside-power, ...",
    )
    named_after: list[Slug] = Field(
        default_factory=list,
        description="entities its name is taken from, where no shared word says so (the SCO, "
        "after Shanghai, in China): items linking the two test nothing",
    )
    near: list[Slug] = Field(
        default_factory=list,
        description="values of the same scale close enough that a holder of one may fairly be "
        "said to hold this too (one of the closest allies / a military ally): no item keys "
        "either false of the other's holders",
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


BACKGROUND_LABEL = "Background, not in {called}:"


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
    background: bool = Field(
        default=False,
        description="the source gives no date: this one is background knowledge, marked as "
        "such where an item quotes the fact as the source's point",
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


def _object_tag(v: Any) -> str:
    return "entity" if isinstance(v, str) else "value"


FactObject = Annotated[
    Annotated[Slug, Tag("entity")] | Annotated[Value, Tag("value")],
    Discriminator(_object_tag),
]


class Confusion(Strict):
    value: float = Field(description="the figure, written as the fact's own value is")
    what: str = Field(
        min_length=3, description="what that figure is, as a learner who gives it is told"
    )


class Fact(Strict):
    id: Slug
    subject: Slug
    relation: Slug
    object: FactObject = Field(description="an entity id, or a typed value with a kind")
    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    explanation: str = Field(min_length=10, description="why it is so, in the deck's own words")
    background_note: str | None = Field(
        default=None,
        min_length=10,
        description="what the explanation adds from outside the source (true, but not the "
        "source's): items show it after the explanation as 'Background, not in <source>: ...'",
    )
    topics: list[Slug] = Field(min_length=1)
    provenance: Provenance
    contested: bool = Field(
        default=False,
        description="the source's claim, disputed or not settled in the world (Kazakhstan "
        "'criticised' the annexation of Crimea): every item on it says 'according to' the source",
    )
    bounds: list[float | None] | None = Field(
        default=None,
        min_length=2,
        max_length=2,
        description="[lowest, highest] a false value or wrong option may take, where the deck's "
        "other facts about the subject pin it (caesium is solid at 25 °C, so no wrong melting "
        "point below 25); null: open",
    )
    confused_with: list[Confusion] = Field(
        default_factory=list,
        description="real figures a learner mistakes this one for that no fact of the deck holds "
        "(oxygen's 23% of air by mass for its 21% by volume): a typed answer nearer one of them "
        "than the fact's figure is wrong, and the learner is told what that figure is",
    )

    @property
    def object_id(self) -> str | None:
        return self.object if isinstance(self.object, str) else None

    def told(self, called: str) -> str:
        """The explanation as items show it: the background note after it, said to be
        background, so no outside fact reads as the source's (session-20 review #9, #21, #63)."""
        if self.background_note is None:
            return self.explanation
        return f"{self.explanation} {BACKGROUND_LABEL.format(called=called)} {self.background_note}"


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


# the deck holds its claims, links and comparisons (claims.py builds on model_base only, so
# either module may be imported first)
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
