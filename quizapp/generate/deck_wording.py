"""How a deck says things: entity phrases, a fact's slots filled into a template, citations.

`DeckIndex` (index.py) inherits this; generators call `ix.say(...)` and `ix.citation(...)`.
"""

from __future__ import annotations

from functools import cached_property

from quizapp.facts.model import Fact, When
from quizapp.facts.normalise import normalise
from quizapp.facts.templates import plural_predicate, render
from quizapp.facts.values import Ordinal
from quizapp.generate.deck_tables import DeckTables

# ranks up to this are spelled out, in statements and shown answers alike, so that no item
# mixes '11th' with 'third' (a flashcard's front and back included)
PROSE_ORDINALS = 99


def stated_when(when: When | None) -> str:
    """The {when} a stem or statement says: none for a date the source does not give (a
    background date is the deck's, not the source's, and a recall stem must not pass it off
    as the source's: session-20 review #61, 'the write-off agreed in 2014')."""
    return when.render() if when is not None and not when.background else ""


class DeckWording(DeckTables):
    def phrase(self, entity_id: str) -> str:
        return self.entities[entity_id].phrase()

    def object_text(self, fact: Fact) -> str:
        if isinstance(fact.object, str):
            return self.phrase(fact.object)
        if isinstance(fact.object, Ordinal) and fact.object.value <= PROSE_ORDINALS:
            return fact.object.prose()  # as statements say it: 'third', never '3rd' beside it
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
            "when": stated_when(q.as_of),
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
        # the deck's own facts are said again and again (the same stem by several kinds and
        # gates): each saying is rendered once; a fact made on the fly is said afresh
        memo = (template, fact.id, subject, obj, count)
        own = self.facts.get(fact.id) is fact
        if own and (found := self._sayings.get(memo)) is not None:
            return found
        if obj is None and isinstance(fact.object, Ordinal) and fact.object.value <= PROSE_ORDINALS:
            obj = fact.object.prose()  # prose spells small ranks: 'the first person', not 1st
        slots = self.slots(fact, subject=subject, obj=obj)
        slots["count"] = count
        said = render(template, slots)
        if own:
            self._sayings[memo] = said
        return said

    @cached_property
    def _sayings(self) -> dict[tuple[str, str, str | None, str | None, str], str]:
        return {}

    def explained(self, fact: Fact) -> str:
        """The fact's explanation with its background note, labelled as not the source's."""
        return fact.told(self.source_names.get(fact.provenance.source, "the source"))

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
