"""Reading the grading corpus (tests/data/grading_corpus.tsv) into questions to grade.

A case names either a generated item by id, or a slot of a fact as `fact:FACT_ID/SLOT`
(SLOT: object, subject, cloze-object, cloze-subject or year). The second form keeps a case
meaningful when the
generator stops asking that fact in an open form (issue 10 made open forms rarer): the
question is built the way the typed and cloze generators build theirs, so the checker sees
the same key, aliases, numeric key and prompt words a session would.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

import yaml

from quizapp.facts.importer import read_table
from quizapp.facts.templates import render
from quizapp.facts.values import Quantity, Year
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import build, numeric_key, open_wording
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.registry import generate_deck
from quizapp.service import LoadedDeck, StudyService

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "grading_corpus.tsv"
Case = tuple[str, str, str, str, str]


def read_cases() -> list[Case]:
    out: list[Case] = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            deck, item, response, expected, why = line.split("\t")
            out.append((deck, item, response, expected, why))
    return out


def deck_ref(deck: str) -> str:
    """A bundled deck's id, a deck file's path, or for a CSV of cards the deck `quizapp
    import` makes of it (written once to a scratch file)."""
    if deck.endswith(".csv"):
        return _imported(ROOT / deck)
    return str(ROOT / deck) if "/" in deck else deck


@cache
def _imported(csv: Path) -> str:
    result = read_table(csv)
    assert result.deck is not None, result.problems
    scratch = tempfile.mkdtemp(prefix="corpus-import-")
    atexit.register(shutil.rmtree, scratch, True)  # a scratch file per run, not left behind
    target = Path(scratch) / f"{result.deck['id']}.yaml"
    target.write_text(yaml.safe_dump(result.deck, allow_unicode=True), encoding="utf-8")
    return str(target)


class CorpusDecks:
    """Loads each deck once and resolves a case's item reference to a question."""

    def __init__(self, service: StudyService) -> None:
        self.service = service
        self._loaded: dict[str, tuple[LoadedDeck, dict[str, Question], DeckIndex]] = {}

    def _deck(self, deck: str) -> tuple[LoadedDeck, dict[str, Question], DeckIndex]:
        if deck not in self._loaded:
            loaded = self.service.load_deck(deck_ref(deck))
            # every form of every fact: a session's seed asks one open form of a number, and
            # another seed another (the same item id), so the corpus grades them all
            every = generate_deck(loaded.deck, seed=self.service.seed or 0, spread=False)
            items = {q.id: q for q in every.questions}
            items |= {q.id: q for qs in loaded.items.values() for q in qs}
            self._loaded[deck] = (loaded, items, DeckIndex(loaded.deck))
        return self._loaded[deck]

    def question(self, deck: str, item: str) -> tuple[Question, dict[str, str]]:
        loaded, items, ix = self._deck(deck)
        if not item.startswith("fact:"):
            return items[item], loaded.vocabulary
        fact_id, slot = item.removeprefix("fact:").split("/")
        return _slot_question(ix, fact_id, slot), loaded.vocabulary


def _slot_question(ix: DeckIndex, fact_id: str, slot: str) -> Question:
    fact = ix.facts[fact_id]
    rel = ix.relations[fact.relation]
    if slot == "object":
        names = ix.object_names(fact)
        prompt = ix.say(open_wording(rel) or rel.templates.statement, fact, obj="_____")
        key = numeric_key(ix, fact)
        return build(
            ix, "typed", "corpus-object", [fact], prompt, [names[0]], accepted=names, numeric=key
        )
    if slot == "subject":
        names = ix.entities[fact.subject].all_names()
        prompt = ix.say(
            open_wording(rel, inverse=True) or rel.templates.statement, fact, subject="_____"
        )
        return build(ix, "typed", "corpus-subject", [fact], prompt, [names[0]], accepted=names)
    if slot in ("cloze-object", "cloze-subject"):
        # as the cloze generator words it: the statement with the part blanked
        part = slot.removeprefix("cloze-")
        if part == "object":
            names = ix.object_names(fact)
            value = fact.object
            blank = f"_____ {value.unit}" if isinstance(value, Quantity) else "_____"
            prompt = ix.say(rel.templates.statement, fact, obj=blank)
            key = numeric_key(ix, fact)
        else:
            names = ix.entities[fact.subject].all_names()
            prompt = ix.say(rel.templates.statement, fact, subject="_____")
            key = None
        return build(
            ix, "cloze", f"corpus-{part}", [fact], prompt, [names[0]], accepted=names, numeric=key
        )
    if slot == "year":
        assert fact.qualifiers.as_of is not None, f"{fact_id} has no date"
        year = fact.qualifiers.as_of.year
        key = NumericKey(value=float(year), tolerance=0.0, family="year")
        slots = ix.slots(fact)
        slots["when"] = "in _____"
        prompt = render(rel.templates.statement, slots)
        value = Year(kind="year", value=year).display()
        return build(ix, "cloze", "corpus-year", [fact], prompt, [value], numeric=key)
    raise ValueError(f"unknown slot {slot!r} in corpus reference fact:{fact_id}/{slot}")


def card_verdict(decks: CorpusDecks, csv: str, slug: str, answer: str) -> str:
    """The verdict on `answer` to an imported card's object slot (its fact id is `q-` + the
    question's slug), as a study session grades it."""
    from quizapp.generate.checker import check

    question, vocabulary = decks.question(csv, f"fact:q-{slug}/object")
    return check(question, answer, vocabulary).verdict
