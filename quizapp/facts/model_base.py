"""The ground every deck model stands on: strict frozen models, slugs, the object types, the
template slots and a fact's or claim's provenance (see model.py; claims.py builds on this
module, not on model.py, so that either can be imported first)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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


# The three kinds of optional field a deck's models declare again and again, each by what it
# is; the description is the field's line in the deck schema (facts/schema.py).
def flag(description: str) -> Any:
    """A switch, off unless the deck turns it on."""
    return Field(default=False, description=description)


def ids(description: str) -> Any:
    """A list (of ids, mostly), empty unless the deck gives some."""
    return Field(default_factory=list, description=description)


def optional(description: str) -> Any:
    """A value the deck may leave out (None)."""
    return Field(default=None, description=description)


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
