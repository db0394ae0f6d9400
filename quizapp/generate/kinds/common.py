"""Helpers every generator uses: building questions, choosing and placing options."""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from typing import TypeVar

from quizapp.facts.model import Entity, Fact, RelationType
from quizapp.facts.normalise import normalise
from quizapp.generate.difficulty import estimate
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import KIND_LEVEL, Kind, NumericKey, Question, item_id
from quizapp.generate.text_cues import ATTRIBUTED as ATTRIBUTED  # re-exported, as the next
from quizapp.generate.text_cues import WORLD_CAVEAT as WORLD_CAVEAT
from quizapp.generate.text_cues import attributed_text, cue, world_caveat
from quizapp.generate.tolerance import at_source_step

T = TypeVar("T")


@dataclass(frozen=True)
class Dropped:
    """A question a generator could not make well, and why (counted in the stats)."""

    kind: Kind
    reason: str


Outcome = Question | Dropped


CASE_FORMS = (("typed", "forward"), ("cloze", "object"))  # a case-sensitive typed object


def _case_sensitive(ix: DeckIndex, first: Fact, kind: Kind, template: str) -> bool:
    return ix.relations[first.relation].case_sensitive and (kind, template) in CASE_FORMS


def build(
    ix: DeckIndex,
    kind: Kind,
    template: str,
    facts: list[Fact],
    prompt: str,
    answer: list[str],
    *,
    options: list[str] | None = None,
    left: list[str] | None = None,
    accepted: list[str] | None = None,
    numeric: NumericKey | None = None,
    back: str | None = None,
    explanation: str | None = None,
    cite_also: list[Fact] | None = None,
    claim_ids: list[str] | None = None,
    citation: str | None = None,
    cite: list[Fact] | None = None,
    scoped: bool = False,
) -> Question:
    """`scoped`: the generator has attributed and dated the statements inside the stem itself
    (an assertion and a reason each carry their own 'According to ...' and '(as of ...)'), so
    the question line is left as it is."""
    first = facts[0]
    fact_ids = [f.id for f in facts]
    if not scoped:
        prompt = dated(ix, facts, judged(ix, facts, prompt))
    if numeric is not None and attributed_text(prompt):  # the source's figure, as printed
        numeric = at_source_step(numeric, ix.numeric_value(first))
    return Question(
        id=item_id(kind, [*fact_ids, *(claim_ids or [])], template),  # claims tell items apart
        kind=kind,
        template=template,
        prompt=prompt,
        options=options,
        left=left,
        answer=answer,
        accepted=accepted or [],
        numeric=numeric,
        case_sensitive=_case_sensitive(ix, first, kind, template),
        back=back,
        fact_ids=fact_ids,
        topic=first.topics[0],
        explanation=explanation or shared_explanation(ix, facts),
        citation=citation or _cited(ix, cite or [*facts, *(cite_also or [])]),
        difficulty=estimate(kind, options, answer),
        level=KIND_LEVEL.get(kind, "remember"),
        claim_ids=claim_ids or [],
    )


# 'still' before a past tense is 'nevertheless' in a story ('Apollo 12 still went on to land'),
# not a present state that may have changed since the source
PAST = r"\w+ed|went|came|made|got|won|took|had|did|held|began|ran|flew|left|kept|found|brought"
STALE = re.compile(
    rf"\b(so far|still(?!\s+(?:{PAST})\b)|now|currently|yet|new president|to date)\b", re.I
)
# words one of which each match of STALE, or of SPANNED, has (`tense` looks for them first)
STALE_WORDS = ("so far", "still", "now", "currently", "yet", "new president", "to date")
# only a year dates a claim: 'according to the briefing' says whose claim it is, not when, and
# 'Russia has its largest presence abroad in Tajikistan' stated today is false
SCOPED = re.compile(r"\bas of \d{4}\b", re.I)
# a sentence that names its own span of time ('a quarter of a century after the Soviet Union
# broke up', 'the legacy of more than a hundred years of Russian rule') or reports a single
# past poll ('in one survey, most ... backed') is dated by it already
SPANNED = re.compile(
    r"\bcentur(y|ies)\b|\bhundred years\b|\b\d+ years (after|on|later)\b|\bin one survey\b",
    re.I,
)
SPANNED_WORDS = ("centur", "hundred years", "years ", "in one survey")


def attributed_only(ix: DeckIndex, fact: Fact) -> bool:
    """The fact holds only as the source's claim: its relation is the source's judgment, the
    deck marks the fact itself contested in the world, or its own explanation says the world
    differs (a stem premise the explanation contradicts is unfair)."""
    return (
        fact.contested
        or ix.relations[fact.relation].judgment
        or _world_caveat(fact.told(""))  # a caveat in the background note counts too
    )


@functools.lru_cache(maxsize=4096)
def _world_caveat(explanation: str) -> bool:
    """Kept per explanation: every gate and kind asks it of the item's facts."""
    return world_caveat(explanation)


def judged(ix: DeckIndex, facts: list[Fact], prompt: str) -> str:
    """A fact the deck marks as the source's judgment, or as contested in the world, is never
    stated as a fact about the world, whatever the kind: 'According to the briefing, Russia
    wants to keep China out ...'."""
    judgments = [f for f in facts if attributed_only(ix, f)]
    if not judgments or attributed_text(prompt):
        return prompt
    called = ix.source_names.get(judgments[0].provenance.source, "the source")
    body = prompt if opens_with_name(ix, prompt) else prompt[:1].lower() + prompt[1:]
    return f"According to {called}, {body}"


def opens_with_name(ix: DeckIndex, text: str) -> bool:
    """The sentence starts with a name ('Russia', 'EEU', "Tajikistan's"), not a common word
    ('Trade'): after 'According to the briefing,' it keeps its capital."""
    first = re.sub(r"['’]s$", "", text.split(" ", 1)[0].strip(",.?"))
    return first in ix.name_openers or first[1:2].isupper()


def dated(ix: DeckIndex, facts: list[Fact], prompt: str) -> str:
    """A present-tense claim ('so far', 'still', 'now', 'new president') goes stale once the
    source ages: anchor it to the source's year ('... (as of 2016).'), unless the stem already
    scopes it to the source."""
    current = any(ix.relations[f.relation].as_of_source and not f.qualifiers.as_of for f in facts)
    stale, scoped = tense(prompt)
    if not (stale or current) or scoped:
        return prompt
    years = [y for f in facts if (y := ix.latest_year(f)) is not None]
    if not years or re.search(rf"\b{max(years)}\b", prompt):
        return prompt  # 'so far in 2016' is dated already
    body = prompt.rstrip()
    if body.endswith('"') and (opening := body.rfind('"', 0, -1)) > 0:
        # a quoted claim is the source's own sentence: the date goes on the question that
        # quotes it ('Which reason does the briefing give for this (as of 2016)? "..."'),
        # never inside the quotation marks
        return f"{_dated_line(body[:opening], max(years))}{body[opening:]}"
    return _dated_line(body, max(years))


@functools.lru_cache(maxsize=65536)
def tense(prompt: str) -> tuple[bool, bool]:
    """Whether a stem says 'so far', 'still', 'now' ..., and whether it gives a date or scope
    for them: kept per stem (`dated` asks it as an item is built, the gate again after)."""
    if prompt.isascii():  # each pattern needs one of its words: most stems have none
        said = prompt.lower()
        stale = any(w in said for w in STALE_WORDS) and STALE.search(prompt) is not None
        scoped = ("as of " in said and SCOPED.search(prompt) is not None) or (
            any(w in said for w in SPANNED_WORDS) and SPANNED.search(prompt) is not None
        )
        return stale, scoped
    scoped = SCOPED.search(prompt) is not None or SPANNED.search(prompt) is not None
    return STALE.search(prompt) is not None, scoped


def _dated_line(line: str, year: int) -> str:
    """'... (as of 2016).': the date before the line's closing mark, if it has one."""
    body = line.rstrip()
    gap = line[len(body) :]
    end = body[-1] if body and body[-1] in "?.:!" else ""
    return f"{body[: len(body) - len(end)]} (as of {year}){end}{gap}"


def _cited(ix: DeckIndex, facts: list[Fact]) -> str:
    """The facts' citations, each once (one fact's own, without joining: most items')."""
    if len(facts) == 1:
        return ix.citation(facts[0])
    return "; ".join(dict.fromkeys(ix.citation(f) for f in facts))


def shared_explanation(ix: DeckIndex, facts: list[Fact]) -> str:
    """One fact's explanation, or for several the one they share; else each fact's own
    statement, so an item on four facts never explains itself with the first one's words."""
    if len(facts) == 1:
        return ix.explained(facts[0])
    texts = list(dict.fromkeys(ix.explained(f) for f in facts))
    if len(texts) == 1:
        return texts[0]
    return " ".join(ix.say(ix.relations[f.relation].templates.statement, f) for f in facts)


def place_key(key: str, distractors: list[str], rng: random.Random) -> list[str]:
    """The key at a uniformly random position among the options."""
    options = list(distractors)
    options.insert(rng.randrange(len(options) + 1), key)
    return options


POOL = 48  # past this many candidates, rank a random sample: keeps big decks linear


def bounded(items: list[T], rng: random.Random) -> list[T]:
    """All items for a small deck; a random sample of POOL of them for a large one."""
    return items if len(items) <= POOL else rng.sample(items, POOL)


def from_within(ix: DeckIndex, subject: str, candidate: str) -> bool:
    """A wrong value for a body with members is one of its members: 'the EEU is led by
    Kazakhstan' is a fair falsehood, 'the EEU is led by the United States' tests nothing.
    A subject with fewer than two such insiders sets no constraint."""
    inside = ix.insiders(subject, ix.entities[candidate].kind)
    return len(inside) < 2 or candidate in inside


CHOICE_WORDS = re.compile(r"\b(these|the following)\b", re.I)
_choice_words = cue(CHOICE_WORDS, "these", "the following")


def open_wording(rel: RelationType, inverse: bool = False) -> str | None:
    """The wording for open forms (typed, cloze, flashcard): never 'which of these'."""
    t = rel.templates
    explicit, general = (t.open_inverse, t.inverse) if inverse else (t.open_forward, t.forward)
    if explicit:
        return explicit
    if general and not _choice_words(general):
        return general
    return None


def each(ix: DeckIndex, subjects: list[str]) -> str:
    """The subject slot of a stem asked of several subjects at once: 'each country', never a
    gap ('in … backed', "…'s stance")."""
    kinds = {ix.entities[s].kind for s in subjects}
    return f"each {kinds.pop()}" if len(kinds) == 1 else "each of them"


def named_in(entity: Entity, text: str) -> bool:
    """The stem names this entity ('... than Russia'): as an option it would be absurd."""
    said = normalise(text)
    for name in entity.all_names():
        plain = normalise(name)  # cached; a name not in the text as a substring cannot match
        if plain and plain in said and (p := name_pattern(name)) and p.search(said):
            return True
    return False


@functools.cache
def name_pattern(name: str) -> re.Pattern[str] | None:
    """A whole-word pattern for a name, normalised ('China,' names China); None for a name
    that normalises to nothing. Kept here: a big deck has more names than the re module's own
    cache holds, and recompiling them was most of its generation time."""
    said = normalise(name)
    return re.compile(rf"(?<!\w){re.escape(said)}(?!\w)") if said else None


def join_and(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def numeric_key(ix: DeckIndex, fact: Fact) -> NumericKey | None:
    """The grading key, with the figures an answer may mistake it for (rival_figures.py)."""
    from quizapp.generate.rival_figures import numeric_key as key_with_rivals

    return key_with_rivals(ix, fact.id)


def as_said(ix: DeckIndex, entity_id: str | None, name: str) -> str:
    """A typed or blanked key as the sentence says it: 'the Ocean of Storms' where the entity
    takes an article, as the flashcard shows it (review 20203 #28: 'The landing site of Apollo
    12 was Ocean of Storms'). The checker takes it with the article or without."""
    entity = ix.entities.get(entity_id) if entity_id else None
    return entity.phrase() if entity is not None and name == entity.name else name
