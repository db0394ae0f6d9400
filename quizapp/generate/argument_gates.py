"""Gates for the kinds that ask about the argument (why, assertion-reason, claim-evidence) and
for comparisons. Like the other gates they re-derive the key from the deck instead of trusting
the generator: the quoted claim is looked up, its links and evidence are read again, and the
compared values are compared again.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_pools import safely_wrong
from quizapp.generate.gate_scope import judges
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.word_forms import base_form

ARGUMENT_KINDS = ("why", "assertion_reason", "claim_evidence", "comparison")
SENTENCE_KINDS = ("why", "claim_evidence", "assertion_reason")
QUOTED = re.compile(r'"([^"]+)"')
PARTS = re.compile(
    r"^Assertion: (?P<a>.+?) Reason: (?P<r>.+) Which is right(?:, according to [^(?]+)?"
    r"(?: \(as of \d{4}\))?\?$"
)
AS_OF = re.compile(r" \(as of \d{4}\)(?=[.?!]?$)")
ACCORDING = re.compile(r"^According to [^,]+, ")
ECHO = 1  # the stem's words the key may not share beyond the likest wrong option
RESTATED_WORDS = 2  # a key sharing at least this many words, and half of its own, restates
RESTATED_ALWAYS = 3  # ... and one sharing this many restates whatever its length
LONGEST = 1.3  # a sentence key longer than this times every wrong option stands out
STEM = 5  # letters of a word compared when telling whether one sentence restates another


def node_of(argument: Argument, text: str) -> str | None:
    """The claim or fact whose sentence this is, if any."""
    return argument.by_text.get(text.strip())


def argument_key(q: Question, ix: DeckIndex) -> str | None:
    from quizapp.generate.kinds.evidence_claim import TEMPLATE as CLAIM
    from quizapp.generate.kinds.evidence_claim import supported

    argument = argument_of(ix)
    if q.kind == "comparison":
        return _comparison_key(q, ix)
    if q.kind == "assertion_reason":
        return _assertion_reason_key(q, argument)
    quoted = QUOTED.search(q.prompt)
    node = statement_node(argument, quoted.group(1)) if quoted else None  # '... (as of 2016).'
    if node is None:
        return "the stem quotes no claim of the deck"
    options = [statement_node(argument, o) for o in q.options or []]  # 'According to ...'
    if None in options:
        return "an option is not a claim or fact of the deck"
    key = statement_node(argument, q.answer[0])
    right = (
        argument.causes(node)
        if q.kind == "why"
        else set(supported(argument, node))
        if q.kind == "claim_evidence" and q.template == CLAIM
        else set(argument.support(node))
        if node in argument.claims
        else set()
    )
    if key not in right:
        return "the key is not linked to the claim"
    for option in options:
        assert option is not None
        if option != key and (option in right or not safely_wrong(argument, option, node, key)):
            return f"a wrong option is connected to the claim ({option!r})"
    return None


def statement_node(argument: Argument, text: str) -> str | None:
    """The claim or fact an assertion or reason states, read through its own attribution and
    date ('According to the briefing, ...', '... (as of 2016).'), kept per text."""
    memo: dict[str, str | None] = argument.__dict__.setdefault("_statement_nodes", {})
    if text not in memo:
        said = AS_OF.sub("", text.strip())
        found = node_of(argument, said)
        if found is None and (bare := ACCORDING.sub("", said)) != said:
            found = node_of(argument, bare[:1].upper() + bare[1:])
        memo[text] = found if found is not None else _by_bare_text(argument).get(said)
    return memo[text]


def _by_bare_text(argument: Argument) -> dict[str, str]:
    """Each attributed sentence without its attribution ('Kazakhstan is one of Russia's
    closest allies.'), as options and quotations state it where the stem names the source."""
    found = argument.__dict__.get("_by_bare_text")
    if not isinstance(found, dict):
        found = {}
        for text, node in argument.by_text.items():
            if (bare := ACCORDING.sub("", text)) != text:
                found.setdefault(bare[:1].upper() + bare[1:], node)
        argument.__dict__["_by_bare_text"] = found
    return found


def _assertion_reason_key(q: Question, argument: Argument) -> str | None:
    from quizapp.generate.kinds import assertion_reason as ar
    from quizapp.generate.kinds.assertion_reverse import illustrates

    parts = PARTS.match(q.prompt)
    if parts is None or q.options != ar.CHOICES:
        return "not an assertion, a reason and the four standard choices"
    a, r = statement_node(argument, parts["a"]), statement_node(argument, parts["r"])
    if a is None and r is None:
        return "neither statement is a claim or fact of the deck"
    if a is None or r is None:
        want = ar.ASSERTION_FALSE if a is None else ar.REASON_FALSE
        return None if q.answer == [want] else "a false statement, but the key says otherwise"
    keys = {key for s, t, key in ar.links(argument) if (s, t) == (a, r)}
    if not keys and (r, a, "because") in argument.explanations:
        if illustrates(argument, r, a):  # an instance of the point: 'explains' is moot
            return "the reason is evidence for the assertion, asked as not explaining it"
        keys = {ar.NOT_EXPLAINS}  # a cause asked as the effect: the link runs the other way
    if len(keys) != 1:
        return "the deck links the two statements in no single way"
    return None if q.answer == list(keys) else "the key contradicts the declared link"


def _comparison_key(q: Question, ix: DeckIndex) -> str | None:
    facts = [ix.fact(f) for f in q.fact_ids]
    names = sorted(ix.entities[f.subject].name for f in facts)
    if sorted(q.options or []) != names or len({f.relation for f in facts}) != 1:
        return "the options are not the subjects compared"
    values = [(ix.numeric_value(f), f) for f in facts]
    best = max(values, key=lambda vf: vf[0].magnitude if vf[0] else float("-inf"))
    if q.answer != [ix.entities[best[1].subject].name]:
        return "the key does not have the largest value"
    return None


def content_words(text: str) -> set[str]:
    from quizapp.generate.gates import STOPWORDS

    return {w for w in re.findall(r"[\w%$]+", text.casefold()) if w not in STOPWORDS}


def distinctive(ix: DeckIndex, text: str) -> frozenset[str]:
    """A sentence's word stems that can single an option out: not its '(as of 2016)' date,
    no one-letter leftover ('s' of "Russia's"), none the deck's commonplace ('Russia'). Kept
    per text (the echo gate reads every option of every draft)."""
    memo: dict[str, frozenset[str]] = ix.__dict__.setdefault("_distinctive", {})
    if text not in memo:
        found = frozenset(w for w in word_stems(AS_OF.sub("", text)) if len(w) > 1)
        memo[text] = found - argument_of(ix).commonplace
    return memo[text]


@judges("why", "claim_evidence")
def key_echoes_stem(q: Question, ix: DeckIndex) -> str | None:
    """The key must not share more of the quoted statement's words than every wrong option
    does: a key that alone repeats 'aid', 'debt' or 'Russia and Kazakhstan' from the stem is
    picked by matching words, not by understanding (seed-751 review: 14 of 30 minor flaws).
    Words are compared by their stems ('border' meets 'borders'), without the source's
    attribution or an '(as of 2016)' date, which are not what the sentences say, and without
    the deck's commonplace words (Argument.commonplace)."""
    if q.kind not in ("why", "claim_evidence") or not q.options or not q.answer:
        return None
    quoted = QUOTED.search(q.prompt)  # the statement, not the stem's own words ('briefing')
    said = distinctive(ix, quoted.group(1) if quoted else q.prompt)
    shared = {o: len(distinctive(ix, o) & said) for o in q.options}
    key = shared.pop(q.answer[0], 0)
    if key - max(shared.values(), default=0) >= ECHO:
        return "the key repeats the stem's words"
    return None


@lru_cache(maxsize=4096)
def word_stems(text: str) -> frozenset[str]:
    """As `stems`, each word in its one form first (word_forms.base_form: 'leads' meets
    'led'), as the echo gate and the wrong options that must echo the stem alike compare."""
    said = content_words(ACCORDING.sub("", text.strip()))
    return frozenset(base_form(w)[:STEM] for w in said)


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """Content words cut to their first STEM letters, so that 'border' meets 'borders' and
    'Afghan' meets 'Afghanistan'; the source's attribution ('According to the briefing, ...')
    left out, as it is not what the sentence says."""
    return frozenset(w[:STEM] for w in content_words(ACCORDING.sub("", text.strip())))


def restates(part: str, whole: str) -> bool:
    """`part` says again what `whole` says: most of its content words (two at least) are
    `whole`'s, word stems compared. Evidence or a reason that restates its claim, or is one case
    of it ('Tajikistan cannot guard its Afghan border' for 'Tajikistan and Turkmenistan cannot
    guard their Afghan borders'), proves nothing (it is circular), and it is picked by matching
    words."""
    return restates_by_count(len(stems(part) & stems(whole)), len(stems(part)))


def restates_by_count(shared: int, said: int) -> bool:
    """`restates` by the counts: the stems shared, the part's stems (alike_nodes counts both)."""
    return shared >= RESTATED_ALWAYS or (shared >= RESTATED_WORDS and shared * 2 >= said)


def said_names(ix: DeckIndex, text: str, main: bool) -> frozenset[str]:
    """The stems of a sentence's rare names, or all but commonplace (Argument.said_names)."""
    said = re.findall(r"[\w%$]+", ACCORDING.sub("", AS_OF.sub("", text.strip())))
    return argument_of(ix).said_names(said, main)


@judges("why", "claim_evidence")
def name_only_in_key(q: Question, ix: DeckIndex) -> str | None:
    """No name of the quoted statement is in the key and in no wrong option: the learner
    picks the one option that says 'Crimea' like the stem, by its words, not by the link
    (seed-19403 review #16). The count of shared words (key_echoes_stem) misses it when a wrong
    option shares as many other words. A main actor ('Turkmenistan', not the commonplace
    'Russia') counts only where a fact is quoted and a claim keyed (reviews r281, r284)."""
    if q.kind not in ("why", "claim_evidence") or not q.options or not q.answer:
        return None
    quoted = QUOTED.search(q.prompt)
    if quoted is None:
        return None
    wrong = set().union(*(stems(o) for o in q.options if o != q.answer[0]))
    names = said_names(ix, quoted.group(1), q.template == "claim")
    alone = sorted((names & stems(q.answer[0])) - wrong)
    return f"only the key names {alone[0]!r}, as the stem does" if alone else None


@judges("why", "claim_evidence")
def key_restates_claim(q: Question, ix: DeckIndex) -> str | None:
    """A reason or a piece of evidence must not be the claim said again ('Russia and Kazakhstan
    both export mostly fossil fuels' supported by 'Kazakhstan mainly exports fossil fuels')."""
    if q.kind not in ("why", "claim_evidence") or not q.answer:
        return None
    quoted = QUOTED.search(q.prompt)
    if quoted and restates(q.answer[0], quoted.group(1)):
        return "the key restates the claim"
    return None


@judges(*SENTENCE_KINDS)
def sentence_options(q: Question, ix: DeckIndex) -> str | None:
    """Sentence options read as sentences: a capital first, a full stop last; and the key is
    not the longest of them by far."""
    if q.kind not in SENTENCE_KINDS:
        return None
    for option in q.options or []:
        if not (option[:1].isupper() or option[:1].isdigit()) or not option.endswith("."):
            return f"option {option[:30]!r} is not a sentence"
    others = [len(o) for o in q.options or [] if o not in q.answer]
    if q.kind != "assertion_reason" and others and len(q.answer[0]) > LONGEST * max(others):
        return "the key is the longest sentence by far"  # the careful one among short ones
    return None


@judges("comparison")
def values_apart(q: Question, ix: DeckIndex) -> str | None:
    """Compared values lie further apart than their tolerances (20 vs 21 is no comparison)."""
    if q.kind != "comparison":
        return None
    values = [ix.numeric_value(ix.fact(f)) for f in q.fact_ids]
    for a, b in itertools.combinations(values, 2):
        if a is None or b is None:
            return "a compared fact has no number"
        if abs(a.magnitude - b.magnitude) <= a.tolerance + b.tolerance:
            return "two compared values lie within tolerance"
    return None


@judges("why", "claim_evidence")  # quoted_and_key
def wrong_on_claims_ground(q: Question, ix: DeckIndex) -> str | None:
    """No wrong option stands on the quoted statement's (or the key's) own ground: naming one
    of its entities and sharing a topic with it, unless the deck sets it against the statement
    (argument_limbs.py). Re-read from the item's text, whatever the generator did."""
    found = quoted_and_key(q, ix)
    if found is None:
        return None
    from quizapp.generate.argument_limbs import screened, shares_limb
    from quizapp.generate.kinds.evidence_claim import TEMPLATE as CLAIM

    argument, node, key = found
    limbs = screened(argument, q.template == CLAIM, node, key)
    for option in q.options or []:
        other = statement_node(argument, option)
        if option != q.answer[0] and other and shares_limb(argument, other, *limbs):
            return f"a wrong option bears on the claim's own ground ({other!r})"
    return None


def quoted_and_key(q: Question, ix: DeckIndex) -> tuple[Argument, str, str] | None:
    """A why or claim-evidence item's quoted statement and key, as nodes of the argument; None
    for another kind, or where either is not the deck's (the argument-key gate reports it)."""
    if q.kind not in ("why", "claim_evidence") or not q.options or not q.answer:
        return None
    argument = argument_of(ix)
    quoted = QUOTED.search(q.prompt)
    node = statement_node(argument, quoted.group(1)) if quoted else None
    key = statement_node(argument, q.answer[0])
    if node is None or key is None:
        return None
    return argument, node, key
