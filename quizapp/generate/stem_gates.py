"""Gates on the wording of a stem: no leaked key, grammar, no negatives, words that fit the form.

Each gate returns a reason string when the item fails it (see `gates.GATES`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.facts.model import Entity
from quizapp.facts.templates import fix_articles
from quizapp.facts.values import Ordinal
from quizapp.generate.argument_gates import SENTENCE_KINDS
from quizapp.generate.gate_scope import judges_all_but
from quizapp.generate.index import DeckIndex
from quizapp.generate.index import words as _words
from quizapp.generate.ladder import shape
from quizapp.generate.question import Question
from quizapp.generate.text_cues import cue

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


@judges_all_but("true_false", "matching", "ordering", "odd_one_out", *SENTENCE_KINDS)
def no_leak(q: Question, ix: DeckIndex) -> str | None:
    """Neither the key (or an alias) nor a content word of the displayed key is in the stem."""
    if q.kind in ("true_false", "matching", "ordering", "odd_one_out", *SENTENCE_KINDS):
        return None  # sentence keys: `key echoes stem` checks them
    if q.kind != "mcq" and question_card(q, ix):
        return None  # the author's own question ('capital of Panama?' - Panama City): recall
    stem = _words(q.prompt)
    for name in [*q.answer, *q.accepted]:
        n = _words(name)
        if n.strip() and n in stem:
            return "the answer appears in the stem"
    if q.numeric is None and len(q.answer) == 1:
        # 'third person to walk on the Moon': the rank is the key
        said = STOPWORDS | _rank_units(q, ix)
        # an imported card's choice: a name of three letters gives it away too ('Who is the Elo
        # rating system named after?' with Arpad Elo among the options: review r444 D)
        least = 3 if question_card(q, ix) else 4
        for answer in [a for a in q.answer if not re.search(r"\d", a)]:
            for word in _words(answer).split():
                if len(word) >= least and word not in said and f" {word} " in stem:
                    return f"a word of the answer ({word!r}) appears in the stem"
                if (named := _named_after(word, stem)) is not None:
                    return f"the answer ({word!r}) is named after a word of the stem ({named!r})"
    return None


def _named_after(word: str, stem: str) -> str | None:
    """The stem's word the answer's word is made from, a short ending added: 'einsteinium'
    asked 'named after Albert Einstein' (review r494 G: a giveaway among the options)."""
    for said in stem.split():
        if len(said) >= 5 and said not in STOPWORDS and word != said and word.startswith(said):
            return said if len(word) - len(said) <= _ENDING else None
    return None


_ENDING = 4  # letters an answer adds to the word it is named from: '-ium', '-ian', '-ism'


def question_card(q: Question, ix: DeckIndex) -> bool:
    """An imported card, whose stem is the author's question: a word of the answer in it is
    the author's wording, not a leak to recall or rate (session-19 capitals reading: Mexico
    City, Panama City and Bissau had no item at all); a choice among options stays gated."""
    facts = [ix.facts[f] for f in q.fact_ids if f in ix.facts]
    return bool(facts) and all(ix.relations[f.relation].subject_is_question for f in facts)


def _rank_units(q: Question, ix: DeckIndex) -> set[str]:
    """The words of what a rank counts ('person to walk on the Moon'), which the stem says."""
    objects = [ix.facts[f].object for f in q.fact_ids if f in ix.facts]
    return {w for o in objects if isinstance(o, Ordinal) for w in _words(o.unit).split()}


def grammar(q: Question, ix: DeckIndex) -> str | None:
    p = q.prompt
    fault = _stem_grammar(p)
    if fault:
        return fault
    if not ix.plural_entities:
        return None
    memo: dict[str, Entity | None] = ix.__dict__.setdefault("_singular_verb_after", {})
    for text in [p, *(q.options or [])]:
        if text not in memo:
            memo[text] = _plural_with_singular_verb(ix, text)
        entity = memo[text]
        if entity is not None:
            return f"'{entity.name}' is plural: the verb must agree"
    return None


def _plural_with_singular_verb(ix: DeckIndex, text: str) -> Entity | None:
    """The first of the deck's plural names that a singular verb follows in the text: kept
    per index and text (grammar's memo), as options ('True', 'False', the deck's names) and
    stems recur from item to item."""
    for entity in ix.plural_entities:
        if _singular_verb_after(entity.phrase(), text):
            return entity
    return None


_DOUBLED_ARTICLE = re.compile(r"\b(the|a|an) (the|a|an)\b", re.I)
_SPACE_BEFORE_MARK = re.compile(r"\s[?.,]")


@lru_cache(maxsize=65536)
def _stem_grammar(p: str) -> str | None:
    """Articles, spacing and the capital of one stem (kept per stem: drafts share theirs)."""
    if fix_articles(p) != p:
        return "article does not agree (a/an)"
    if "  " in p or _SPACE_BEFORE_MARK.search(p) or _DOUBLED_ARTICLE.search(p):
        return "spacing or doubled article"
    if not (p[:1].isupper() or p[:1].isdigit() or p.startswith("_")):
        return "stem does not start with a capital"
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


@lru_cache(maxsize=4096)
def _followed(phrase: str) -> re.Pattern[str]:
    """The phrase and the word after it, compiled once per phrase (the re module's own cache
    is looked up per item and option otherwise)."""
    return re.compile(rf"\b{re.escape(phrase)} (\w+)\b", re.I)


def _singular_verb_after(phrase: str, text: str) -> bool:
    for m in _followed(phrase).finditer(text):
        if _AFTER_PREPOSITION.search(text[: m.start()]):
            continue
        word = m.group(1).casefold()
        if word in ("is", "was", "has", "does"):
            return True
        ends = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        if word not in _NOT_VERBS and len(word) > 3 and ends:
            return True
    return False


OPEN_KINDS = ("typed", "cloze", "flashcard", "numeric")


CHOICE_WORDS = re.compile(r"\b(these|the following)\b", re.I)
_choice_words = cue(CHOICE_WORDS, "these", "the following")


def open_wording(q: Question, ix: DeckIndex) -> str | None:
    """'Which of these ...' needs options to point at."""
    if not q.options and _choice_words(q.prompt):
        return "'these' or 'the following' without options"
    return None


_ONE_PLURAL = re.compile(r"(?<![\d.,$])\b1 (?!thousand|million|billion)(?:[a-z-]+ )?[a-z-]{3,}s\b")


def numbers_agree(q: Question, ix: DeckIndex) -> str | None:
    """Numeric options share the key's shape (precision, scale, 'about'); '1 project', not
    '1 projects'."""
    if q.kind == "numeric_mcq" and q.options and len({shape(o) for o in q.options}) != 1:
        return "options differ in precision, scale or format"
    for text in [q.prompt, *(q.options or []), *q.answer, q.back or ""]:
        if _one_plural(text):
            return "a count of 1 with a plural noun"
    return None


@lru_cache(maxsize=65536)
def _one_plural(text: str) -> bool:
    return _one_plural_cue(text)


_one_plural_cue = cue(_ONE_PLURAL, "1 ")


def no_gap(q: Question, ix: DeckIndex) -> str | None:
    """A template's slot left as a gap ('in … backed', "…'s stance") is not a question."""
    return "a template gap left in the stem" if "…" in q.prompt or "..." in q.prompt else None


_PLURAL_ONE_OF = re.compile(r"\b(?:are|were|have)\b[^.?:;]*?\bone of\b", re.I)
_plural_one_of = cue(_PLURAL_ONE_OF, "one of")


def _pasted(ix: DeckIndex) -> list[tuple[Entity, str, tuple[str, ...]]]:
    """Per predicative entity, its opening words ('long aloof but') and those words after each
    verb, as the stem's words would hold them; worked out once per index, not per item (the
    words alone come first: a stem without them has none of the four)."""
    found: list[tuple[Entity, str, tuple[str, ...]]] | None = ix.__dict__.get("_pasted")
    if found is None:
        found = ix.__dict__["_pasted"] = []
        for e in ix.predicative_entities:
            name = " ".join(_words(e.name).split()[:3])
            verbs = ("is", "are", "call", "called")
            found.append((e, f" {name} ", tuple(f" {verb} {name} " for verb in verbs)))
    return found


def predicative(q: Question, ix: DeckIndex) -> str | None:
    """A descriptive value is said as a predicate, not pasted after 'is' or 'call' ('is long
    aloof but warming'); a plural subject never takes a singular 'one of'."""
    text = _words(q.prompt) if ix.predicative_entities else ""  # no such value: no words
    for e, name, pasted in _pasted(ix):
        if name in text and any(p in text for p in pasted):
            return f"{e.name!r} pasted after a verb (use {{is_object}}: {e.predicate!r})"
    if _plural_one_of(q.prompt):
        return "plural subject with a singular 'one of'"
    return None
