"""A generated question: what the learner sees, what counts as right, and where it comes from."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from quizapp.generate.kind_spec import KINDS as KINDS  # re-exported: callers import from here
from quizapp.generate.kind_spec import LEVELS as LEVELS
from quizapp.generate.kind_spec import SPECS, kinds_where
from quizapp.generate.kind_spec import Kind as Kind
from quizapp.generate.kind_spec import Level as Level

# The kinds, their Bloom's levels and everything else known per kind: generate/kind_spec.py.
KIND_LEVEL: dict[str, Level] = {k: s.level for k, s in SPECS.items() if s.level != "remember"}
# Kinds answered by choosing one option, like mcq (the checker, the TUI and plain mode agree).
ONE_OF_OPTIONS: tuple[Kind, ...] = kinds_where(stage="understanding")
# The kinds that ask about the argument (claims and links) rather than one fact.
CLAIM_KINDS = ("why", "assertion_reason", "claim_evidence")


class NumericKey(BaseModel):
    """A number answer: its value in base units, how far off still counts, how to show it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    value: float
    tolerance: float
    scale: float = 1.0  # the display scale: 1e6 for "US$333 million"
    family: str  # "percentage", "money:USD", "quantity:troops", "year"
    step: float = 0.0  # the last displayed digit (or declared precision), in base units
    approx: bool = False  # asked as "about": see generate/tolerance.py
    # an approximate key's side ('under': "nearly half"); an answer on the other side is wrong
    # (bound_words.py). Left out of a dump when unset, so keys without it dump as before
    side: Literal["under", "over"] | None = Field(default=None, exclude_if=lambda v: v is None)
    exact: bool = False  # an exact count: no near misses
    precise: bool = False  # the stem asks for a precision: no shorter rounding (tolerance.py)
    # an imported card's own figure, as the learner wrote it to learn: rounded only in its
    # decimals, never one out in its last digit ('210' for 212 °F, '-273.16' for -273.15: r694)
    card: bool = Field(default=False, exclude_if=lambda v: not v)
    unit: str | None = None  # a physical unit answers may convert from ("km", "°C")
    date: str | None = None  # a date key at its precision: "1846-09-23", "2015-06", "2016"
    # the stem prints the scale after the blank ("US$_____ billion"): a bare number is read at
    # that scale only, so 1, 2 and 3 are all billions, never 2 million
    scale_given: bool = False
    # the same relation's figures for the deck's other subjects (Apollo 16's 71 h beside
    # Apollo 15's 67 h) and the subject's own figures for other properties in the same measure
    # (neon's 27.1 K boiling point beside its 24.6 K melting point): an answer nearer one of
    # them than the key is wrong, never a near miss
    rivals: tuple[float, ...] = ()
    # what each rival is, in the same order ("the figure for Apollo 16"): named to a learner
    # who typed it (generate/rival_figures.py); empty in a key made before rivals were named
    rival_notes: tuple[str, ...] = ()
    # the other years a disputed year is given as (helium: 1895 beside 1868, the fact's
    # `also`): right answers too, wherever the year is typed (check_numbers.py)
    readings: tuple[float, ...] = ()
    # a year's declared uncertainty (the table's prehistoric guesses: 'about 3750 BC', circa
    # 500): an estimate within it is right (estimates.estimate_band; review 27631 #61)
    circa: float = 0.0


class Question(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: Kind
    template: str = Field(description="which template or variant made it")
    prompt: str
    options: list[str] | None = None
    left: list[str] | None = Field(default=None, description="matching: the items to pair")
    answer: list[str] = Field(description="the correct answers as displayed")
    accepted: list[str] = Field(default_factory=list, description="typed answers that count")
    numeric: NumericKey | None = None
    case_sensitive: bool = Field(
        default=False, description="the typed answer must match its capitals ('Co', not 'CO')"
    )
    back: str | None = Field(default=None, description="flashcard: the back of the card")
    fact_ids: list[str]
    topic: str
    explanation: str
    citation: str
    difficulty: float = Field(ge=0, le=1)
    level: Level = Field(default="remember", description="Bloom's level the item tests")
    claim_ids: list[str] = Field(default_factory=list, description="the claims it asks about")
    generated_from: list[str] = Field(
        default_factory=list,
        description="the facts the generator started from, where the item tests others (a "
        "false statement with a swapped-in object is about that object's facts); empty: fact_ids",
    )

    @property
    def seed_fact(self) -> str:
        """The fact the generator made the item from (which items of one fact compete)."""
        return (self.generated_from or self.fact_ids)[0]

    def public(self) -> dict[str, object]:
        """The stable JSON shape of `quizapp questions --format json`."""
        return self.model_dump(mode="json")


def item_id(kind: str, fact_ids: list[str], template: str) -> str:
    digest = hashlib.sha256("|".join([kind, template, *fact_ids]).encode()).hexdigest()
    return f"{kind}-{digest[:12]}"
