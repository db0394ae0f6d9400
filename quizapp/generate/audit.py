"""The audit: every gate over every item of a deck, plus the checks only a whole deck allows.

Generation drops items that fail a gate, so an audit of generated items finds nothing unless a
generator or a gate regresses; that is the point. The deck-wide checks catch what no single
item shows: two items asking the same thing with different keys, a True/False split that
cues the key, a fact left with fewer than two items, a kind that no longer appears.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quizapp.facts.model import Deck
from quizapp.generate.deck_clashes import prompt_identity, same_key
from quizapp.generate.gates import GATES
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import KINDS, ONE_OF_OPTIONS, Question
from quizapp.generate.registry import QUESTION_CARD_KINDS, generate_deck

TRUE_SHARE = (0.45, 0.55)
MIN_TRUE_FALSE = 10  # below this many items a share says nothing
MIN_ITEMS_PER_FACT = 2


@dataclass(frozen=True)
class Breach:
    check: str
    message: str
    item: Question | None = None

    def render(self) -> str:
        if self.item is None:
            return f"[{self.check}] {self.message}"
        q = self.item
        key = "; ".join(q.answer)
        return f"[{self.check}] {q.id} ({q.kind}): {q.prompt!r} -> {key}: {self.message}"


def audit_deck(deck: Deck, seed: int = 0) -> list[Breach]:
    ix = DeckIndex(deck)
    return audit_items(generate_deck(deck, seed=seed, index=ix).questions, ix)


def audit_items(items: list[Question], ix: DeckIndex) -> list[Breach]:
    out: list[Breach] = []
    for q in items:
        for name, gate in GATES.items():
            reason = gate(q, ix)
            if reason:
                out.append(Breach(name, reason, q))
    out += shared_prompts(items)
    out += true_share(items)
    out += key_ranks(items)
    out += coverage(items, ix)
    return out


def shared_prompts(items: list[Question]) -> list[Breach]:
    """No two items with the same prompt and different keys; no prompt twice in one kind."""
    first: dict[str, Question] = {}
    kinds: set[tuple[str, str]] = set()
    out: list[Breach] = []
    for q in items:
        ident = prompt_identity(q)
        other = first.setdefault(ident, q)
        if not same_key(q, other):
            out.append(Breach("shared prompt", f"same prompt as {other.id}, other key", q))
        elif (ident, q.kind) in kinds:
            out.append(Breach("repeated prompt", "same prompt and kind as an earlier item", q))
        kinds.add((ident, q.kind))
    return out


def true_share(items: list[Question]) -> list[Breach]:
    keys = [q.answer[0] for q in items if q.kind == "true_false"]
    if len(keys) < MIN_TRUE_FALSE:
        return []
    share = keys.count("True") / len(keys)
    if TRUE_SHARE[0] <= share <= TRUE_SHARE[1]:
        return []
    return [Breach("true share", f"{share:.0%} of {len(keys)} true/false items are True")]


EXTREME_SHARE = 0.8  # uniform ranks over 4 options put half at an extreme; 15 of 20 was the bias
MIN_NUMERIC_MCQ = 10


def key_ranks(items: list[Question]) -> list[Breach]:
    """The key of a number ladder sits at the top or bottom about half the time, not mostly:
    otherwise picking an extreme beats chance."""
    ranks = [
        (q.options.index(q.answer[0]), len(q.options))
        for q in items
        if q.kind == "numeric_mcq" and q.options and q.answer[0] in q.options
    ]
    if len(ranks) < MIN_NUMERIC_MCQ:
        return []
    extreme = sum(r in (0, n - 1) for r, n in ranks) / len(ranks)
    if extreme <= EXTREME_SHARE:
        return []
    return [Breach("key rank", f"{extreme:.0%} of {len(ranks)} number ladders key an extreme")]


def coverage(items: list[Question], ix: DeckIndex) -> list[Breach]:
    """Every fact is asked at least twice (once, where its True statement would be a freebie
    about the protagonist: 'Russia was a member of the EEU' it leads), and every kind appears."""
    from quizapp.generate.kinds.true_false import implied

    per_fact: Counter[str] = Counter(f for q in items for f in set(q.fact_ids))
    wants = {
        f: 1
        if implied(ix, ix.fact(f)) and not ix.relations[ix.fact(f).relation].judgment
        else MIN_ITEMS_PER_FACT
        for f in ix.facts
    }
    cards_only = set(flashcard_only(items, ix))  # listed apart: no breach (below)
    out = [
        Breach("items per fact", f"fact {f!r} has {per_fact[f]} item(s), wants {wants[f]}")
        for f in ix.facts
        if per_fact[f] < wants[f] and f not in cards_only
    ]
    own = {q.fact_ids[0] for q in items if q.kind not in ONE_OF_OPTIONS}  # studied first
    out += [
        Breach("items per fact", f"fact {f!r} has no item of its own (the study queue needs one)")
        for f in ix.facts
        if f not in own and per_fact[f] >= MIN_ITEMS_PER_FACT
    ]
    present = {q.kind for q in items}
    argued = bool(ix.deck.claims or ix.deck.comparisons)  # the argument kinds need them
    # a deck of question cards (an import) yields only the card kinds
    cards = all(r.subject_is_question for r in ix.deck.relations) and ix.deck.relations
    wanted = [k for k in KINDS if argued or k not in ONE_OF_OPTIONS]
    numbers = any(ix.numeric_value(f) is not None for f in ix.facts.values())
    card_kinds = [k for k in QUESTION_CARD_KINDS if k not in ("numeric", "numeric_mcq") or numbers]
    expected = [k for k in wanted if k in card_kinds] if cards else wanted
    if cards and "numeric_mcq" in present:  # a card's choice may be a number's: its years
        expected = [k for k in expected if k != "mcq"]  # and counts are their own (r428 G)
    out += [Breach("every kind", f"no {k} item") for k in expected if k not in present]
    return out


def flashcard_only(items: list[Question], ix: DeckIndex) -> list[str]:
    """The imported cards asked by flashcard alone: an answer no typed or choice item can ask
    fairly (a sentence, a long description). Not a breach: a card deck's flashcard is a real
    way to study it; the audit lists them so the author can see which cards these are."""
    kinds: dict[str, set[str]] = {f: set() for f in ix.facts}
    for q in items:
        for f in q.fact_ids:
            kinds.setdefault(f, set()).add(q.kind)
    return [
        f
        for f, fact in ix.facts.items()
        if kinds[f] == {"flashcard"} and ix.relations[fact.relation].subject_is_question
    ]
