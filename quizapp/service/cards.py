"""A learner's cards of one deck: browsing them, suspending, resetting and undoing a reset."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizapp.facts.normalise import normalise
from quizapp.review.day import zone
from quizapp.review.scheduler import due_at, new_card, phase
from quizapp.service.catalog import DeckCatalog
from quizapp.store.records import CardState
from quizapp.store.repository import ProgressStore


@dataclass(frozen=True)
class FactRow:
    fact_id: str
    statement: str
    topic: str
    phase: str
    due: datetime | None
    lapses: int
    suspended: bool
    leech: bool
    citation: str
    explanation: str


class Cards:
    def __init__(self, store: ProgressStore, catalog: DeckCatalog) -> None:
        self.store, self.catalog = store, catalog

    def browse(self, learner: str, deck_ref: str, query: str = "") -> list[FactRow]:
        deck = self.catalog.deck(deck_ref)
        cards = self.store.cards(learner, deck.id)
        ix = self.catalog.index(deck_ref)
        local = zone(self.store.settings(learner).timezone)  # times in the learner's zone
        titles = {t.id: t.title for t in deck.topics}
        needle = normalise(query)
        rows = []
        for fact in deck.facts:
            statement = ix.say(ix.relations[fact.relation].templates.statement, fact)
            words = " ".join(
                [statement, fact.id, *fact.topics, *(titles.get(t, t) for t in fact.topics)]
            )
            if needle and needle not in normalise(words):
                continue
            card = cards.get(fact.id)
            rows.append(
                FactRow(
                    fact.id,
                    statement,
                    titles.get(fact.topics[0], fact.topics[0]),
                    phase(card),
                    due_at(card).astimezone(local) if card and card.seen else None,
                    card.lapses if card else 0,
                    bool(card and card.suspended),
                    bool(card and card.leech),
                    ix.citation(fact),
                    ix.explained(fact),
                )
            )
        return rows

    def set_suspended(
        self, learner: str, deck_ref: str, fact_id: str, suspended: bool, now: datetime
    ) -> None:
        deck_id = self.catalog.deck(deck_ref).id
        card = self.store.cards(learner, deck_id).get(fact_id) or CardState(
            learner=learner, deck_id=deck_id, fact_id=fact_id, fsrs=new_card(fact_id, now)
        )
        self.store.put_card(
            card.model_copy(update={"suspended": suspended, "leech": card.leech and suspended})
        )

    def reset(self, learner: str, deck_ref: str, fact_id: str, now: datetime) -> CardState | None:
        """Forget the card's schedule: it becomes new again (its review history stays).
        Returns the card as it was, for `restore` (undo)."""
        deck_id = self.catalog.deck(deck_ref).id
        before = self.store.cards(learner, deck_id).get(fact_id)
        self.store.put_card(
            CardState(
                learner=learner, deck_id=deck_id, fact_id=fact_id, fsrs=new_card(fact_id, now)
            )
        )
        return before

    def restore(
        self, learner: str, deck_ref: str, fact_id: str, card: CardState | None, now: datetime
    ) -> None:
        """Undo a reset: put the card back as `reset` returned it (None: it was never studied)."""
        if card is None:
            self.reset(learner, deck_ref, fact_id, now)
        else:
            self.store.put_card(card)
