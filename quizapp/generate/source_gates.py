"""Gates that hold an item to its source: cited facts, dates, attribution, declared answers.

Each gate returns a reason string when the item fails it (see `gates.GATES`).
"""

from __future__ import annotations

import functools
import re

from quizapp.facts.model import When
from quizapp.facts.values import Percentage
from quizapp.generate.argument_gates import SENTENCE_KINDS
from quizapp.generate.gate_scope import judges
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.common import attributed_only, tense
from quizapp.generate.question import Question
from quizapp.generate.stem_gates import OPEN_KINDS
from quizapp.generate.text_cues import attributed_text


def cites_and_dates(q: Question, ix: DeckIndex) -> str | None:
    facts = [ix.facts[i] for i in q.fact_ids if i in ix.facts]
    if not facts or len(facts) != len(q.fact_ids):
        return "cites no fact or an unknown fact"
    if q.template == "by-date" or q.kind in SENTENCE_KINDS:
        return None  # the order of the dates is the question; statements carry their own dates
    for f in facts:
        when = f.qualifiers.as_of
        # a background date is left out of stems on purpose (deck_wording.stated_when)
        dated = ix.relations[f.relation].time_bound and when is not None and not when.background
        if dated and not _says_when(q.prompt, when) and "_____" not in q.prompt:
            return "time-bound stem does not say when"
    return None


def _says_when(prompt: str, when: When | None) -> bool:
    """The stem gives the year, or the fact's own time phrase ('as of the mid-2010s')."""
    if when is None:
        return False
    phrase = when.phrase.casefold() if when.phrase else None
    return str(when.year) in prompt or (phrase is not None and phrase in prompt.casefold())


_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")


def not_after_source(q: Question, ix: DeckIndex) -> str | None:
    """No year later than the sources the item cites: a 2016 text reports nothing from 2017."""
    years = [ix.latest_year(ix.facts[f]) for f in q.fact_ids if f in ix.facts]
    known = [y for y in years if y is not None]
    if not known:
        return None
    latest = max(known)
    for text in [q.prompt, *(q.options or []), *q.answer, q.back or ""]:
        for year in _years_in(text):
            if year > latest:
                return f"year {year} is later than the source ({latest})"
    return None


@functools.lru_cache(maxsize=65536)
def _years_in(text: str) -> tuple[int, ...]:
    """The modern years a text names, in order (kept per text: options recur across items)."""
    return tuple(int(m.group(1)) for m in _YEAR.finditer(text))


TYPED_KINDS = ("typed", "cloze")


@judges(*TYPED_KINDS)
def typed_key_is_a_name(q: Question, ix: DeckIndex) -> str | None:
    """A typed or cloze key (an entity or a text value) must be a proper name: descriptive keys
    ('authoritarian rule', 'fossil fuels') have synonyms and source phrasings no alias list
    foresees, so a right answer would be refused."""
    if q.kind not in TYPED_KINDS or q.numeric is not None or not q.answer:
        return None
    from quizapp.generate.kinds.typable import card_list, is_name

    if is_name(q.answer[0]) or q.template == "year":
        return None
    if card_list(ix, ix.fact(q.fact_ids[0]), q.answer[0]):
        return None  # an imported list or century, graded part by part or as a period
    return f"descriptive key {q.answer[0]!r} asked as a typed answer"


@judges(*OPEN_KINDS)
def open_blank_is_declared(q: Question, ix: DeckIndex) -> str | None:
    """An open form of a negative relation ('has shown no interest in', 'has yet to') has
    one answer only where the deck declares the subject list complete: the source rarely
    names everyone who lacks something."""
    if q.kind not in OPEN_KINDS or q.numeric is not None:
        return None
    fact = ix.fact(q.fact_ids[0])
    rel = ix.relations[fact.relation]
    if not ix.negative(rel.id):
        return None
    inverse = q.template in ("inverse", "subject")
    if inverse and fact.object_id is not None and fact.object_id in rel.complete_for:
        return None
    return "open form of a negative relation without a complete list"


@judges("ordering")
def events_only(q: Question, ix: DeckIndex) -> str | None:
    """Orderings by date use single-date events only: a membership (treaty and start date)
    or a state can be ordered either way against another event."""
    if q.kind != "ordering" or q.template != "by-date":
        return None
    for f in q.fact_ids:
        if not ix.relations[ix.fact(f).relation].event:
            return f"{f!r} is not a single-date event"
    return None


def not_stale(q: Question, ix: DeckIndex) -> str | None:
    """'so far', 'still', 'now' in a stem need the source's date or scope: the world moves."""
    facts = [ix.fact(f) for f in q.fact_ids]
    years = [y for f in facts if (y := ix.latest_year(f))]
    if not years:
        return None
    current = any(ix.relations[f.relation].as_of_source and not f.qualifiers.as_of for f in facts)
    named_year = any(f" {y}" in q.prompt for y in years)
    stale, scoped = tense(q.prompt)
    if (stale or current) and not (scoped or named_year):
        return "undated present-tense claim (say 'as of' the source's year)"
    return None


def attributed(q: Question, ix: DeckIndex) -> str | None:
    """The source's judgment, or a claim the deck marks contested, is asked as the source's,
    never as a fact about the world: in every kind, true/false and tick-all included."""
    judgment = any(attributed_only(ix, ix.fact(f)) for f in q.fact_ids)
    if judgment and not attributed_text(q.prompt):
        return "the source's claim stated as a fact (say 'according to' the source)"
    return None


@judges(*OPEN_KINDS)
def one_measure(q: Question, ix: DeckIndex) -> str | None:
    """An open stem over a figure whose passage gives another measure of the same point (an
    amount and a share) names the measure it wants, so only one figure fits; a percentage is
    always called one ("by what percentage", "what percentage"), never only "by how much"."""
    if q.kind not in OPEN_KINDS or len(q.fact_ids) != 1:
        return None
    from quizapp.generate.measures import measured, names_measure, says_percent, sibling_measures

    fact = ix.fact(q.fact_ids[0])
    value = measured(ix, fact)
    if isinstance(value, Percentage) and not says_percent(q.prompt):
        return "a percentage asked without saying so (say 'what percentage')"
    if value is None or not sibling_measures(ix, fact) or names_measure(q.prompt, value):
        return None
    return "the stem admits another measure of the same point (say which measure)"
