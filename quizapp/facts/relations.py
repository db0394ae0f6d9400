"""Relation types: what a fact's relation means, how it is worded, what it may point at
(see model.py, which re-exports them)."""

from __future__ import annotations

from pydantic import Field, model_validator

from quizapp.facts.model_base import (
    OBJECT_SLOTS,
    TEMPLATE_SLOTS,
    ObjectType,
    Slug,
    Strict,
    flag,
    ids,
    optional,
)
from quizapp.facts.templates import template_slots


class Templates(Strict):
    forward: str = Field(description="asks for the object: 'Which bloc did {subject} join {when}?'")
    inverse: str | None = optional("asks for the subject, given {object}")
    statement: str = Field(description="the fact as a sentence, with {subject} and {object}")
    plural_inverse: str | None = optional(
        "asks for every subject, for tick-all-that-apply questions"
    )
    open_forward: str | None = optional(
        "forward wording for open forms (typed, cloze, flashcard), when `forward` "
        "reads as a choice ('which of these')"
    )
    open_inverse: str | None = optional(
        "inverse wording for open forms, when `inverse` reads as a choice"
    )
    set_forward: str | None = optional(
        "asks for every object of a subject at once ('Name the {count} aims ...'), "
        "for relations with several objects per subject"
    )
    set_inverse: str | None = optional("asks for every subject of an object at once")
    order_by: str | None = optional(
        "what the figures measure, as a noun phrase for ordering stems: 'boiling point at "
        "normal atmospheric pressure' asks 'Order these by boiling point ..., highest first.'"
    )
    sets_complete: bool = flag(
        "the source's lists for this relation are closed, not examples ('such as'): "
        "set wordings may say 'the {count}'; otherwise they ask for {count} of them"
    )


class RelationType(Strict):
    id: Slug
    subject_kinds: list[Slug] = Field(min_length=1)
    object_type: ObjectType
    object_kinds: list[Slug] = ids("entity kinds allowed as object (object_type entity)")
    unit: str | None = optional("required unit for quantity objects")
    functional: bool = Field(description="at most one object per subject (and date)")
    closed_world: bool = flag("every true pair is listed, so absence means false")
    universe: list[Slug] | None = optional(
        "with closed_world: the subjects whose pairs are all listed"
    )
    complete_for: list[Slug] = ids(
        "objects whose subjects are all listed (for them, absence means false)"
    )
    only_for: list[Slug] = ids(
        "of complete_for, the objects whose list the source itself closes ('the only outside "
        "country, apart from India, with bases'): a set card says the source names no others, "
        "even where a member is contested in the world"
    )
    time_bound: bool = flag("facts carry as_of; templates say {when}")
    exclusive: bool = flag(
        "one object rules the others out ('the largest', a single event's date): "
        "only then may another object serve as a false variant or distractor for the subject"
    )
    inverse_functional: bool = flag("at most one subject per object in the world (a president)")
    source_scoped: bool = flag(
        "the deck lists everything the source says for each subject and object, and "
        "the open wordings say 'according to the source': within that scope one answer holds"
    )
    event: bool = flag("each fact is a dated event (ordering may use it)")
    case_sensitive: bool = flag(
        "a typed object must match its capitals ('Co' is cobalt, 'CO' carbon "
        "monoxide): another casing is wrong, and the learner is told why"
    )
    judgment: bool = flag(
        "the source's own assessment, not a settled fact ('Russia wants to keep "
        "China out'): every stem says 'according to' the source"
    )
    as_of_source: bool = flag(
        "an undated present-tense state that may have changed since the source "
        "(bases, troop numbers, estimates): stems say 'as of' the source's year"
    )
    subject_roles: list[Slug] = ids("entity roles that make plausible subjects")
    object_roles: list[Slug] = ids("entity roles that make plausible objects")
    bounds: list[float | None] | None = Field(
        default=None,
        min_length=2,
        max_length=2,
        description="[lowest, highest] any value of this relation can take in the world (an "
        "atomic number is 1 to 118); false values and wrong options stay inside; null: open",
    )
    subject_is_question: bool = flag(
        "the subject's name is itself the question (an imported card): asked as "
        "multiple choice, typed and flashcard only, never as a cloze of the question"
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
        if not set(self.only_for) <= set(self.complete_for):
            problems.append("only_for lists objects of complete_for (the deck lists them all)")
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
