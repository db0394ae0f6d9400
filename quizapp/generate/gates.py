"""Quality gates: every generated item passes all of them or is dropped and counted.

The gates re-check items against the deck rather than trusting the generator that made them.
Each gate returns a reason string when the item fails it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.model import When
from quizapp.facts.normalise import normalise
from quizapp.facts.templates import fix_articles
from quizapp.facts.values import MONTHS
from quizapp.generate.argument_gates import (
    ARGUMENT_KINDS,
    SENTENCE_KINDS,
    argument_key,
    key_echoes_stem,
    key_restates_claim,
    sentence_options,
    values_apart,
)
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question

OPTION_COUNTS: dict[str, tuple[int, int]] = {
    k: s.options for k, s in SPECS.items() if s.options is not None
}

NEGATIVE = re.compile(r"\b(not|never|except)\b|n't\b|none of the above|all of the above", re.I)
LENGTH_CUE = 1.6
MONTH_NAMES = "|".join(MONTHS)


def _entity_of(ix: DeckIndex, option: str) -> str | None:
    return ix.vocabulary.get(normalise(option))


def _settled(q: Question, ix: DeckIndex, truth: Callable[[str, bool], bool]) -> str | None:
    """Each option names a deck entity and `truth(entity, is_key)` holds for it."""
    for opt in q.options or []:
        eid = _entity_of(ix, opt)
        if eid is None:
            return "an option is not an entity of the deck"
        if not truth(eid, opt in q.answer):
            return "an option's truth is not settled by the deck"
    return None


def one_key(q: Question, ix: DeckIndex) -> str | None:
    if not q.answer:
        return "no answer"
    if q.kind in ARGUMENT_KINDS:
        return argument_key(q, ix)
    fact = ix.fact(q.fact_ids[0])
    s, r, o = fact.subject, fact.relation, fact.object_id or ""
    if q.kind == "mcq" and q.template == "forward":
        return _settled(q, ix, lambda e, key: key or ix.provably_false(s, r, e))
    if q.kind == "mcq":
        return _settled(q, ix, lambda e, key: key or ix.provably_false(e, r, o))
    if q.kind == "multi_select":
        return _settled(
            q, ix, lambda e, key: ix.is_true(e, r, o) if key else ix.provably_false(e, r, o)
        )
    if q.kind == "odd_one_out":
        return _settled(
            q, ix, lambda e, key: ix.provably_false(e, r, o) if key else ix.is_true(e, r, o)
        )
    if q.kind == "numeric_mcq" and sum(opt == q.answer[0] for opt in q.options or []) != 1:
        return "the key is not exactly one option"
    return None


def distinct(q: Question, ix: DeckIndex) -> str | None:
    if not q.options:
        return None
    folded = [ix.vocabulary.get(normalise(o), normalise(o)) for o in q.options]
    return "options repeat after normalisation" if len(set(folded)) != len(folded) else None


def homogeneous(q: Question, ix: DeckIndex) -> str | None:
    if not q.options or q.kind in ("true_false", "ordering", "matching", *SENTENCE_KINDS):
        return None  # sentence options: `sentence options` checks them
    if q.kind == "numeric_mcq":
        shapes = {re.sub(MONTH_NAMES, "M", re.sub(r"[\d.,]+", "#", o)) for o in q.options}
        return "options differ in format, unit or scale" if len(shapes) != 1 else None
    kinds = {ix.entities[e].kind if (e := _entity_of(ix, o)) else None for o in q.options}
    return "options are of different kinds" if len(kinds) != 1 or None in kinds else None


STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "which",
        "what",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "how",
        "than",
        "as",
        "into",
        "over",
        "about",
        "since",
        "so",
        "far",
        "not",
        "no",
        "own",
        "more",
        "most",
        "less",
        "least",
        "main",
        "new",
        "still",
    ]
)


def no_leak(q: Question, ix: DeckIndex) -> str | None:
    """Neither the key (or an alias) nor a content word of the displayed key is in the stem."""
    if q.kind in ("true_false", "matching", "ordering", "odd_one_out", *SENTENCE_KINDS):
        return None  # sentence keys: `key echoes stem` checks them
    stem = _words(q.prompt)
    for name in [*q.answer, *q.accepted]:
        n = _words(name)
        if n.strip() and n in stem:
            return "the answer appears in the stem"
    if q.numeric is None and len(q.answer) == 1:
        for answer in [a for a in q.answer if not re.search(r"\d", a)]:
            for word in _words(answer).split():
                if len(word) > 3 and word not in STOPWORDS and f" {word} " in stem:
                    return f"a word of the answer ({word!r}) appears in the stem"
    return None


_NON_WORD = re.compile(r"[^\w%$]+")


def _words(text: str) -> str:
    """' kyrgyz republic ': normalised words between single spaces, for whole-word search."""
    return f" {_NON_WORD.sub(' ', normalise(text)).strip()} "


def grammar(q: Question, ix: DeckIndex) -> str | None:
    p = q.prompt
    if fix_articles(p) != p:
        return "article does not agree (a/an)"
    if "  " in p or re.search(r"\s[?.,]", p) or re.search(r"\b(the|a|an) (the|a|an)\b", p, re.I):
        return "spacing or doubled article"
    if not (p[:1].isupper() or p[:1].isdigit() or p.startswith("_")):
        return "stem does not start with a capital"
    for text in [p, *(q.options or [])]:
        for entity in ix.plural_entities:
            if _singular_verb_after(entity.phrase(), text):
                return f"'{entity.name}' is plural: the verb must agree"
    return None


# after a plural name these read as its verb only when it is the subject: "the lowest point
# of the Philippines is" agrees with "point"; "the Philippines lies" does not agree
_AFTER_PREPOSITION = re.compile(
    r"\b(of|in|into|to|from|with|by|for|on|at|about|between|than|across|over|under|near)\s+$",
    re.I,
)
_NOT_VERBS = frozenset(
    {"this", "its", "plus", "thus", "less", "unless", "across", "always", "perhaps", "whereas"}
    | {"besides", "sometimes", "news"}
)


def _singular_verb_after(phrase: str, text: str) -> bool:
    for m in re.finditer(rf"\b{re.escape(phrase)} (\w+)\b", text, re.I):
        if _AFTER_PREPOSITION.search(text[: m.start()]):
            continue
        word = m.group(1).casefold()
        if word in ("is", "was", "has", "does"):
            return True
        ends = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        if word not in _NOT_VERBS and len(word) > 3 and ends:
            return True
    return False


def no_length_cue(q: Question, ix: DeckIndex) -> str | None:
    if q.kind not in ("mcq", "odd_one_out", "why", "claim_evidence") or not q.options:
        return None
    if len(q.answer) != 1:
        return None
    others = sorted((len(o) for o in q.options if o != q.answer[0]), reverse=True)
    if others and len(q.answer[0]) > LENGTH_CUE * others[0]:
        return "the key is conspicuously the longest option"
    return None


def no_negative(q: Question, ix: DeckIndex) -> str | None:
    # the standard assertion-reason choices ("... does not explain ...") are fixed wording,
    # checked word for word by the argument gate
    fixed = q.kind == "assertion_reason"
    texts = [q.prompt, *([] if fixed else q.options or [])]
    return (
        "negative stem or all/none of the above" if any(NEGATIVE.search(t) for t in texts) else None
    )


def option_count(q: Question, ix: DeckIndex) -> str | None:
    bounds = OPTION_COUNTS.get(q.kind)
    if bounds is None:
        return None
    n = len(q.options or [])
    if not bounds[0] <= n <= bounds[1]:
        return f"{n} options (want {bounds[0]}-{bounds[1]})"
    if q.kind == "numeric_mcq" and q.numeric:
        return None if _ascending(q) else "numbers not in ascending order"
    return None


def _ascending(q: Question) -> bool:
    from quizapp.generate.numbers import parse_number

    nums = [parse_number(o) for o in q.options or []]
    values = [n.value * n.scale for n in nums if n is not None]
    return len(values) == len(nums) and values == sorted(values)


def cites_and_dates(q: Question, ix: DeckIndex) -> str | None:
    facts = [ix.facts[i] for i in q.fact_ids if i in ix.facts]
    if not facts or len(facts) != len(q.fact_ids):
        return "cites no fact or an unknown fact"
    if q.template == "by-date" or q.kind in SENTENCE_KINDS:
        return None  # the order of the dates is the question; statements carry their own dates
    for f in facts:
        when = f.qualifiers.as_of
        dated = ix.relations[f.relation].time_bound and when is not None
        if dated and not _says_when(q.prompt, when) and "_____" not in q.prompt:
            return "time-bound stem does not say when"
    return None


def _says_when(prompt: str, when: When | None) -> bool:
    """The stem gives the year, or the fact's own time phrase ('as of the mid-2010s')."""
    if when is None:
        return False
    phrase = when.phrase.casefold() if when.phrase else None
    return str(when.year) in prompt or (phrase is not None and phrase in prompt.casefold())


OPEN_KINDS = ("typed", "cloze", "flashcard", "numeric")
CHOICE_WORDS = re.compile(r"\b(these|the following)\b", re.I)


def open_wording(q: Question, ix: DeckIndex) -> str | None:
    """'Which of these ...' needs options to point at."""
    if not q.options and CHOICE_WORDS.search(q.prompt):
        return "'these' or 'the following' without options"
    return None


_ONE_PLURAL = re.compile(r"(?<![\d.,$])\b1 (?!thousand|million|billion)(?:[a-z-]+ )?[a-z-]{3,}s\b")


def numbers_agree(q: Question, ix: DeckIndex) -> str | None:
    """Numeric options share the key's shape (precision, scale, 'about'); '1 project', not
    '1 projects'."""
    from quizapp.generate.ladder import shape

    if q.kind == "numeric_mcq" and q.options and len({shape(o) for o in q.options}) != 1:
        return "options differ in precision, scale or format"
    for text in [q.prompt, *(q.options or []), *q.answer, q.back or ""]:
        if _ONE_PLURAL.search(text):
            return "a count of 1 with a plural noun"
    return None


_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")


def not_after_source(q: Question, ix: DeckIndex) -> str | None:
    """No year later than the sources the item cites: a 2016 text reports nothing from 2017."""
    years = [ix.latest_year(ix.facts[f]) for f in q.fact_ids if f in ix.facts]
    known = [y for y in years if y is not None]
    if not known:
        return None
    latest = max(known)
    for text in [q.prompt, *(q.options or []), *q.answer, q.back or ""]:
        for m in _YEAR.finditer(text):
            if int(m.group(1)) > latest:
                return f"year {m.group(1)} is later than the source ({latest})"
    return None


def plausible_options(q: Question, ix: DeckIndex) -> str | None:
    """Every wrong option fills the slot for some other fact, or has the slot's declared role."""
    if q.kind not in ("mcq", "multi_select", "odd_one_out") or not q.options:
        return None
    fact = ix.fact(q.fact_ids[0])
    inverse = q.kind != "mcq" or q.template == "inverse"
    for opt in q.options:
        if opt in q.answer and q.kind != "odd_one_out":
            continue
        if q.kind == "odd_one_out" and opt not in q.answer:
            continue
        eid = _entity_of(ix, opt)
        if eid is None:
            continue  # `one key` reports it
        ok = (
            ix.plausible_subject(fact.relation, eid, fact.object_id)
            if inverse
            else ix.plausible_object(fact.relation, eid, fact.subject)
        )
        if not ok:
            return f"implausible option {opt!r} (not a {'subject' if inverse else 'object'} of "
            "the relation, no declared role, or not of the class the true ones share)"
    return None


def set_shape(q: Question, ix: DeckIndex) -> str | None:
    """Tick-all needs at least two keys and two wrong options; else it is a disguised MCQ."""
    if q.kind != "multi_select":
        return None
    n_wrong = len(q.options or []) - len(q.answer)
    if len(q.answer) < 2 or n_wrong < 2:
        return f"{len(q.answer)} keys and {n_wrong} wrong options (want 2 and 2 at least)"
    return None


TYPED_KINDS = ("typed", "cloze")


def typed_key_is_a_name(q: Question, ix: DeckIndex) -> str | None:
    """A typed or cloze key (an entity or a text value) must be a proper name: descriptive keys
    ('authoritarian rule', 'fossil fuels') have synonyms and source phrasings no alias list
    foresees, so a right answer would be refused."""
    from quizapp.generate.kinds.common import is_name

    if q.kind not in TYPED_KINDS or q.numeric is not None or not q.answer:
        return None
    if is_name(q.answer[0]) or q.template == "year":
        return None
    return f"descriptive key {q.answer[0]!r} asked as a typed answer"


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


def no_gap(q: Question, ix: DeckIndex) -> str | None:
    """A template's slot left as a gap ('in … backed', "…'s stance") is not a question."""
    return "a template gap left in the stem" if "…" in q.prompt or "..." in q.prompt else None


def events_only(q: Question, ix: DeckIndex) -> str | None:
    """Orderings by date use single-date events only: a membership (treaty and start date)
    or a state can be ordered either way against another event."""
    if q.kind != "ordering" or q.template != "by-date":
        return None
    for f in q.fact_ids:
        if not ix.relations[ix.fact(f).relation].event:
            return f"{f!r} is not a single-date event"
    return None


def option_not_in_stem(q: Question, ix: DeckIndex) -> str | None:
    """A wrong option the stem itself names ('more trade than Russia?' offering Russia)."""
    from quizapp.generate.kinds.common import named_in

    if q.kind not in ("mcq", "multi_select") or not q.options:
        return None
    for opt in q.options:
        eid = _entity_of(ix, opt)
        if opt not in q.answer and eid is not None and named_in(ix.entities[eid], q.prompt):
            return f"option {opt!r} is named in the stem"
    return None


def not_guessable(q: Question, ix: DeckIndex) -> str | None:
    """A single-answer choice whose key is the deck's protagonist (Russia in a deck about
    Russia) is answered by guessing the protagonist."""
    if q.kind != "mcq" or not q.answer:
        return None
    if _entity_of(ix, q.answer[0]) in ix.protagonists:
        return f"key {q.answer[0]!r} is the deck's protagonist (guessable)"
    return None


def not_stale(q: Question, ix: DeckIndex) -> str | None:
    """'so far', 'still', 'now' in a stem need the source's date or scope: the world moves."""
    from quizapp.generate.kinds.common import SCOPED, SPANNED, STALE

    if not any(ix.latest_year(ix.fact(f)) for f in q.fact_ids):
        return None
    facts = [ix.fact(f) for f in q.fact_ids]
    current = any(ix.relations[f.relation].as_of_source and not f.qualifiers.as_of for f in facts)
    named_year = any(f" {y}" in q.prompt for f in facts if (y := ix.latest_year(f)))
    dated = SCOPED.search(q.prompt) or SPANNED.search(q.prompt) or named_year
    if (STALE.search(q.prompt) or current) and not dated:
        return "undated present-tense claim (say 'as of' the source's year)"
    return None


def attributed(q: Question, ix: DeckIndex) -> str | None:
    """The source's judgment, or a claim the deck marks contested, is asked as the source's,
    never as a fact about the world: in every kind, true/false and tick-all included."""
    from quizapp.generate.kinds.common import ATTRIBUTED, attributed_only

    judgment = any(attributed_only(ix, ix.fact(f)) for f in q.fact_ids)
    if judgment and not ATTRIBUTED.search(q.prompt):
        return "the source's claim stated as a fact (say 'according to' the source)"
    return None


def one_measure(q: Question, ix: DeckIndex) -> str | None:
    """An open stem over a figure whose passage gives another measure of the same point (an
    amount and a share) names the measure it wants, so only one figure fits."""
    from quizapp.generate.measures import measured, names_measure, sibling_measures

    if q.kind not in OPEN_KINDS or len(q.fact_ids) != 1:
        return None
    fact = ix.fact(q.fact_ids[0])
    value = measured(ix, fact)
    if value is None or not sibling_measures(ix, fact) or names_measure(q.prompt, value):
        return None
    return "the stem admits another measure of the same point (say which measure)"


_PLURAL_ONE_OF = re.compile(r"\b(?:are|were|have)\b[^.?:;]*?\bone of\b", re.I)


def predicative(q: Question, ix: DeckIndex) -> str | None:
    """A descriptive value is said as a predicate, not pasted after 'is' or 'call' ('is long
    aloof but warming'); a plural subject never takes a singular 'one of'."""
    text = _words(q.prompt)
    for e in ix.predicative_entities:
        name = " ".join(_words(e.name).split()[:3])  # its opening words: 'long aloof but'
        if any(f" {verb} {name} " in text for verb in ("is", "are", "call", "called")):
            return f"{e.name!r} pasted after a verb (use {{is_object}}: {e.predicate!r})"
    if _PLURAL_ONE_OF.search(q.prompt):
        return "plural subject with a singular 'one of'"
    return None


GATES: dict[str, Callable[[Question, DeckIndex], str | None]] = {
    "one key": one_key,
    "distinct options": distinct,
    "homogeneous options": homogeneous,
    "no leak": no_leak,
    "grammar": grammar,
    "no length cue": no_length_cue,
    "no negative stem": no_negative,
    "option count and order": option_count,
    "cites facts, says when": cites_and_dates,
    "open wording": open_wording,
    "numbers agree": numbers_agree,
    "not after the source": not_after_source,
    "plausible options": plausible_options,
    "tick-all shape": set_shape,
    "typed key is a name": typed_key_is_a_name,
    "open blank declared": open_blank_is_declared,
    "dated present tense": not_stale,
    "protagonist key": not_guessable,
    "no template gap": no_gap,
    "events only": events_only,
    "option not in stem": option_not_in_stem,
    "one measure": one_measure,
    "predicative form": predicative,
    "attributed judgment": attributed,
    "key echoes stem": key_echoes_stem,
    "key restates claim": key_restates_claim,
    "sentence options": sentence_options,
    "compared values apart": values_apart,
}


def first_failure(q: Question, ix: DeckIndex) -> str | None:
    for name, gate in GATES.items():
        reason = gate(q, ix)
        if reason:
            return f"{name}: {reason}"
    return None
