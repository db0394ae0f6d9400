"""Each deck's standing for a learner: counts, what a review would ask now, topics to practise.

Today's queue of a deck comes from one `DueIndex` per (learner, deck), built the first time
home's numbers or `s` ask whether anything is due, and kept while the store has seen no
commit since. A scheduled session of the whole deck then takes that very index (`take_index`)
instead of indexing every card a second time, and keeps it up to date answer by answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizapp.facts.normalise import normalise
from quizapp.gc_pause import gc_paused
from quizapp.review.day import StudyDay
from quizapp.review.due_index import DueIndex
from quizapp.review.marks import Counts
from quizapp.review.plan import Plan, done_today, plan, plan_text
from quizapp.service.catalog import DeckCatalog
from quizapp.store.fast_load import settle
from quizapp.store.records import CardState
from quizapp.store.repository import TinyProgressStore


@dataclass(frozen=True)
class DeckStatus:
    deck_id: str
    title: str
    counts: Counts
    plan: Plan | None = None  # what a review session would ask now, or when next
    timezone: str = "UTC"  # the learner's, for showing the plan's times


class DeckProgress:
    def __init__(self, store: TinyProgressStore, catalog: DeckCatalog) -> None:
        self.store, self.catalog = store, catalog
        # (learner, deck id) -> (the store's commit count, the cards, their due index)
        self._indexes: dict[tuple[str, str], tuple[int, dict[str, CardState], DueIndex]] = {}

    def _cards_and_index(
        self, learner: str, deck_id: str, facts: list[str]
    ) -> tuple[dict[str, CardState], DueIndex]:
        """The deck's cards and their due index, built once until the next commit."""
        commits = self.store.engine.commits  # read first: a commit meanwhile makes it stale
        kept = self._indexes.get((learner, deck_id))
        if kept is not None and kept[0] == commits:
            return kept[1], kept[2]
        with gc_paused():  # an entry per card: no collection passes over them meanwhile
            cards = self.store.cards(learner, deck_id)
            index = DueIndex(facts, cards)
            settle()  # kept until the next commit: no collection need walk them meanwhile
        self._indexes[(learner, deck_id)] = (commits, cards, index)
        return cards, index

    def take_index(
        self, learner: str, deck_id: str, facts: list[str]
    ) -> tuple[dict[str, CardState], DueIndex]:
        """The whole deck's cards and due index for a session, which will change both: they
        are handed over, no longer kept here (built now if none is up to date)."""
        cards, index = self._cards_and_index(learner, deck_id, facts)
        del self._indexes[(learner, deck_id)]
        return cards, index

    def status(self, learner: str, deck_refs: list[str], at: datetime) -> list[DeckStatus]:
        s = self.store.settings(learner)
        ends, start = StudyDay.of(s).ends(at), StudyDay.of(s).start(at)
        today = list(self.store.reviews(learner, since=start))
        out = []
        for ref in deck_refs:
            deck = self.catalog.outline(ref)
            facts = [f.id for f in deck.facts]
            cards, index = self._cards_and_index(learner, deck.id, facts)
            ahead = plan(facts, cards, at, s, done_today(cards, today, deck.id, start), index)
            out.append(DeckStatus(deck.id, deck.title, index.counts(at, ends), ahead, s.timezone))
        return out

    def plan_text(self, learner: str, deck_ref: str, at: datetime) -> tuple[bool, str]:
        """Whether a review session of the deck has anything to ask (now or within the
        learn-ahead window), and the line that says what is due or what comes next."""
        s = self.store.settings(learner)
        start = StudyDay.of(s).start(at)
        deck = self.catalog.outline(deck_ref)
        facts = [f.id for f in deck.facts]
        cards, index = self._cards_and_index(learner, deck.id, facts)
        today = self.store.reviews(learner, since=start)
        ahead = plan(facts, cards, at, s, done_today(cards, today, deck.id, start), index)
        return ahead.ready, plan_text(ahead, s.timezone)

    def topic_id(self, deck_ref: str, name: str) -> str | None:
        """The topic a learner names, by id or by title (any case), or None if none matches."""
        wanted = normalise(name)
        for t in self.catalog.deck(deck_ref).topics:
            if wanted in (normalise(t.id), normalise(t.title)):
                return t.id
        return None

    def practice_facts(self, learner: str, deck_ref: str, topic: str | None) -> int:
        """How many facts a practice session of the deck (or one topic) could ask."""
        deck = self.catalog.deck(deck_ref)
        cards = self.store.cards(learner, deck.id)
        return sum(
            1
            for f in deck.facts
            if (topic is None or topic in f.topics)
            and not ((c := cards.get(f.id)) is not None and c.suspended)
        )
