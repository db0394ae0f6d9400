"""The ground every deck model stands on: strict frozen models, slugs, the object types and
the template slots (see model.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

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
