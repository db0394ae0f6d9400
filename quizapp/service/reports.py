"""Report figures and the review log, in words the learner knows (fact statements, titles)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.facts.compiled import cache_dir
from quizapp.facts.outline import DeckOutline
from quizapp.gc_pause import gc_paused
from quizapp.service.catalog import DeckCatalog
from quizapp.store.records import CardState, Review
from quizapp.store.repository import TinyProgressStore

if TYPE_CHECKING:  # the report code loads when a report is asked for
    from quizapp.report.figures import Figures


class Reports:
    def __init__(self, store: TinyProgressStore, catalog: DeckCatalog) -> None:
        self.store, self.catalog = store, catalog

    def figures(
        self, learner: str, deck_ref: str | None, since: date | None, at: datetime
    ) -> Figures:
        """Every report figure for a learner (one deck, or all), from the log and the cards.
        The decks are read as outlines (ids, topics, titles: facts/outline.py); a deck itself
        is built only to word the weakest facts, when the report names some of its facts."""
        from quizapp.service.kept_tally import report_figures

        refs = [deck_ref] if deck_ref else [d for d, _ in self.catalog.ids()]
        outlines = [self.catalog.outline(r) for r in refs]
        topics = {f.id: f.topics[0] for d in outlines for f in d.facts}
        cards: list[CardState] = []
        for d in outlines:
            stored = self.store.cards(learner, d.id)
            cards += stored.values()
            cards += [
                CardState(learner=learner, deck_id=d.id, fact_id=f.id, fsrs={})  # never studied
                for f in d.facts
                if f.id not in stored
            ]
        # reviews from before `since` still matter: they say how long a fact had rested;
        # the log is read a month at a time (only one month's reviews are in memory at once)
        # (and from the tally the last report kept of the months that have not changed since)
        deck_id = outlines[0].id if deck_ref else None
        cache = self._columns_cache()
        with gc_paused():  # tens of thousands of short-lived values: nothing for it to find
            figures = report_figures(self.store, learner, cache, cards, topics, at, deck_id, since)
        named = {fact_id for fact_id, _, _ in figures.weakest_facts}
        figures.fact_names = self._fact_names(refs, outlines, named)
        figures.topic_names = {t.id: t.title for d in outlines for t in d.topics}
        return figures

    def _columns_cache(self) -> Path | None:
        """Where month files leave their columns between reports (store.month_cache), beside
        the compiled decks; none for a database in memory."""
        return None if self.store.root is None else cache_dir() / "review-columns"

    def _fact_names(
        self, refs: list[str], outlines: list[DeckOutline], named: set[str]
    ) -> dict[str, str]:
        """The statements of the facts a report names (its weakest), so reports speak in
        words, not ids. Only those facts (wording all 10k facts of a big deck was a sixth of
        the report's time), and only the decks that hold one are built."""
        facts: dict[str, str] = {}
        for ref, outline in zip(refs, outlines, strict=True):
            if not any(f.id in named for f in outline.facts):
                continue
            deck = self.catalog.deck(ref)
            wanted = [fact for fact in deck.facts if fact.id in named]
            ix = self.catalog.index(ref)
            say, relations = ix.say, ix.relations
            facts |= {f.id: say(relations[f.relation].templates.statement, f) for f in wanted}
        return facts

    def review_log(self, learner: str, deck_ref: str | None = None) -> list[Review]:
        deck_id = self.catalog.deck(deck_ref).id if deck_ref else None
        return [r for r in self.store.reviews(learner) if deck_id is None or r.deck_id == deck_id]
