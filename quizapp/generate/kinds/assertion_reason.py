"""Assertion and reason: two statements and the four standard choices about them.

From a link `A because B` (or `B so A`) the key is "both true, and the reason explains the
assertion"; from `A despite B` it is "both true, but the reason does not explain the
assertion" (A holds in spite of B, so B is no explanation of it), as from `A contrasts_with
B` (two points set side by side: the standard "true, but not the reason" case). The four
choices are the standard ones, worded the standard way, in their standard order. Where the
reason (or the assertion) is a fact with a provably false variant (the one true/false uses),
a third form states that variant instead, and the key is "the reason is false" (or "the
assertion is false"), so the key is not always one of the first two choices. A `because` link
may also be asked the other way round (its reason as the assertion, its assertion as the
reason): both are true, and the key is "does not explain", since the deck declares the
explanation in the other direction; a false statement is then not the only variation (not
where the effect is evidence for the cause: assertion_reverse.py).
Which links are asked, and in which one form, is decided per deck (argument_balance.py) so that the
kind does not crowd out the others.
"""

from __future__ import annotations

import random

from quizapp.facts.model import Fact
from quizapp.generate.argument import Argument, argument_of
from quizapp.generate.argument_balance import chosen_by_anchor, chosen_links
from quizapp.generate.argument_false import (
    false_statement,
    never_false_figure,
    swapped_truth,
    whose,
)
from quizapp.generate.argument_options import cite, claim_ids, one_attribution
from quizapp.generate.argument_pools import unattributed
from quizapp.generate.index import DeckIndex
from quizapp.generate.kinds.assertion_cap import over_cap
from quizapp.generate.kinds.assertion_reverse import reversible
from quizapp.generate.kinds.common import Outcome, build, dated, judged

EXPLAINS = "Both are true, and the reason explains the assertion."
NOT_EXPLAINS = "Both are true, but the reason does not explain the assertion."
REASON_FALSE = "The assertion is true, but the reason is false."
ASSERTION_FALSE = "The assertion is false, but the reason is true."
CHOICES = [EXPLAINS, NOT_EXPLAINS, REASON_FALSE, ASSERTION_FALSE]
FIGURES = 2  # false figures at most twice the other false statements (session 17's mix)
DRAWS = 20  # fixed draws tried for a false statement the seed's draw does not make
# a because link asked the other way round ('A: the cause. R: the effect.'): both true, and the
# reason does not explain the assertion, since the deck declares the explanation the other way
REVERSED = "-reversed"
SAYS = {  # how the explanation words each link, after the source's name
    "because": "gives this as the reason for {it}",
    "despite": "says {it} holds in spite of this",
    "contrast": "sets this beside {other}, not as its reason",
}
SAID = {  # ... and for a deck of several sources, which names no one
    "because": "This is given as the reason for {it}",
    "despite": "{It} holds in spite of this",
    "contrast": "This is set beside {it}, not given as its reason",
}
TRUE_ONE = "the true statement"  # after a false assertion 'it' would be the false one (r26161 #71)


def said_how(argument: Argument, how: str, it: str = "it") -> str:
    """How the explanation words the link: 'The briefing gives this as the reason for it'."""
    other = "the other point" if it == "it" else it
    words = {"it": it, "It": it[:1].upper() + it[1:], "other": other}
    if argument.author is None:
        return SAID[how].format(**words)
    return f"{argument.author[:1].upper()}{argument.author[1:]} {SAYS[how].format(**words)}"


def links(argument: Argument) -> list[tuple[str, str, str]]:
    """(assertion, reason, key) for every because, so, despite and contrasts_with link: only
    a cause explains; what holds in spite of, or in contrast to, the reason is not explained."""
    return [
        (a, r, EXPLAINS if how == "because" else NOT_EXPLAINS)
        for a, r, how in argument.explanations
    ]


def stem(assertion: str, reason: str, year: int | None = None, whose: str | None = None) -> str:
    """The two statements and the question; a date, where one is needed, and the source's
    name, where a statement is its judgment (argument_options.one_attribution), on the question
    line ('Which is right, according to the briefing (as of 2016)?'): they scope both alike."""
    said = ("" if whose is None else f", according to {whose}") + (
        f" (as of {year})" if year else ""
    )
    return f"Assertion: {_sentence(assertion)} Reason: {_sentence(reason)} Which is right{said}?"


def statement(ix: DeckIndex, facts: list[Fact], text: str) -> str:
    """One statement with its own attribution: 'According to the briefing, ...' for the
    source's judgment. Its date is not on it: '(as of 2016)' on present-tense claims alone
    marked the true statements (seed-857 review: 16 of 16 dated ones true), so it goes on
    the question line (see `year`)."""
    return judged(ix, facts, _sentence(text))


def year(argument: Argument, facts: list[Fact]) -> int | None:
    """The source's year on every item of a deck where any linked statement needs dating
    (kinds/common.dated): dated only where a present-tense claim is, the date marked the
    items whose statements are all true (a false variant is a dated fact, 'In 2015, ...')."""
    needs = argument.__dict__.get("_ar_dated")
    if not isinstance(needs, bool):
        ix = argument.ix
        needs = any(
            dated(ix, argument.anchor_facts(n)[:1], _sentence(t)) != _sentence(t)
            for a, r, _ in argument.explanations
            for n in (a, r)
            if (t := argument.text(n))
        )
        argument.__dict__["_ar_dated"] = needs
    years = [y for f in facts if (y := argument.ix.latest_year(f)) is not None]
    return max(years) if needs and years else None


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".?!" else f"{text}."


def generate(ix: DeckIndex, fact: Fact, rng: random.Random) -> list[Outcome]:
    argument = argument_of(ix)
    out: list[Outcome] = []
    forms = balanced_forms(argument)
    for link in chosen_by_anchor(argument).get(fact.id, []):
        assertion, reason, how = link
        if link in forms:
            out.append(_in_form(_items(argument, assertion, reason, how, rng), forms[link]))
    return out


def balanced_forms(argument: Argument) -> dict[tuple[str, str, str], str]:
    """Which form each chosen link is asked in, so that the four keys come up as evenly as
    the links allow: a link with only its both-true form is fixed; one that can also be asked
    with a false reason or assertion takes the form whose key has come up least so far, a
    false figure only while false figures stay at most FIGURES times the other false
    statements (changed figures had dominated them: session 17).
    Fixed per deck (no seed): a learner meets the same item on every seed."""
    found = argument.__dict__.get("_ar_forms")
    if isinstance(found, dict):
        return found
    links = chosen_links(argument)
    forms = {link: _forms_of(argument, *link) for link in links}
    keys: dict[str, int] = dict.fromkeys(CHOICES, 0)
    false = {True: 0, False: 0}  # false statements made by a changed figure, and the others
    out: dict[tuple[str, str, str], str] = {}
    asked: dict[tuple[str, str, str], str] = {}  # each link's key
    # the fixed ones first, and of as many forms, those with no false figure (so that one
    # other false statement comes before the first false figure it allows)
    for link in sorted(links, key=lambda k: (len(forms[k]), any(f[2] for f in forms[k]))):
        allowed = [f for f in forms[link] if not f[2] or false[True] < FIGURES * false[False]]
        suffix, key, figure = min(allowed, key=lambda f: keys[f[1]])
        keys[key] += 1
        if key in (REASON_FALSE, ASSERTION_FALSE):
            false[figure] += 1
        out[link] = suffix
        asked[link] = key
    facts_first = sorted(links, key=lambda k: k[0] in argument.claims)  # claims' go first
    for link in over_cap(asked, facts_first):
        del out[link]
    argument.__dict__["_ar_forms"] = out
    return out


def _forms_of(argument: Argument, a: str, r: str, how: str) -> list[tuple[str, str, bool]]:
    """(suffix, key, whether a figure is made false) of each form the link can be asked in."""
    out = [("", EXPLAINS if how == "because" else NOT_EXPLAINS, False)]
    for node, suffix, key in (
        (r, "-false-reason", REASON_FALSE),
        (a, "-false-assertion", ASSERTION_FALSE),
    ):
        if _can_be_false(argument, node):
            fact = argument.ix.facts.get(node)  # a claim's false counterpart changes no figure
            out.append(
                (suffix, key, fact is not None and argument.ix.numeric_value(fact) is not None)
            )
    if reversible(argument, a, r, how):
        out.append((REVERSED, NOT_EXPLAINS, False))
    return out


def _items(
    argument: Argument, assertion: str, reason: str, how: str, rng: random.Random
) -> list[Outcome]:
    ix = argument.ix
    facts = [*argument.anchor_facts(assertion)[:1], *argument.anchor_facts(reason)[:1]]
    facts = list({f.id: f for f in facts}.values())
    a_text, r_text = argument.text(assertion), argument.text(reason)
    key, template = (EXPLAINS if how == "because" else NOT_EXPLAINS), how
    said = said_how(argument, how)
    explanation = f"{unattributed(argument, a_text)} {said}: {unattributed(argument, r_text)}"
    when = year(argument, facts)

    a_facts = argument.anchor_facts(assertion)[:1]
    r_facts = argument.anchor_facts(reason)[:1]

    def item(variant: str, a: str, r: str, answer: str, note: str = "") -> Outcome:
        # the link asked the other way round: each statement keeps its own attribution
        first, second = (r_facts, a_facts) if variant == REVERSED else (a_facts, r_facts)
        return build(
            ix,
            "assertion_reason",
            template + variant,
            facts,
            stem(
                *one_attribution(argument, statement(ix, first, a), statement(ix, second, r), when)
            ),
            [answer],
            options=CHOICES,
            explanation=note or explanation,
            claim_ids=claim_ids(argument, assertion, reason),
            citation=cite(argument, assertion, reason),
            scoped=True,
        )

    out = [item("", a_text, r_text, key)]  # the forms of the link; generate asks one
    # each explanation says each statement once: the corrected one in place of the false one
    false_reason = _false_statement(argument, reason, rng)
    if false_reason:
        note = f"The reason is false{_whose(argument, reason, false_reason)}. {explanation}"
        out.append(item("-false-reason", a_text, false_reason, REASON_FALSE, note))
    false_assertion = _false_statement(argument, assertion, rng)
    if false_assertion:
        link = f"{said_how(argument, how, TRUE_ONE)}: {r_text}"
        note = _assertion_note(argument, assertion, false_assertion, link)
        out.append(item("-false-assertion", false_assertion, r_text, ASSERTION_FALSE, note))
    if reversible(argument, assertion, reason, how):  # the cause asked as the effect
        note = f"Both are true, but the link runs the other way. {explanation}"
        out.append(item(REVERSED, r_text, a_text, NOT_EXPLAINS, note))
    return out


def _in_form(items: list[Outcome], wanted: str) -> Outcome:
    """The item of the wanted form ('', '-false-reason', '-false-assertion'), else another
    false form, else the both-true one."""

    def ends(item: Outcome, suffix: str) -> bool:
        template = getattr(item, "template", "") or ""
        return suffix != "" and template.endswith(suffix)

    if wanted == "":
        return items[0]
    for suffix in (wanted, "-false-assertion", "-false-reason"):
        found = next((i for i in items if ends(i, suffix)), None)
        if found is not None:
            return found
    return items[0]


def _false_statement(argument: Argument, node: str, rng: random.Random) -> str | None:
    """A fact's statement made false (its subject or its object swapped), or None: the
    seed's draw first, then fixed draws, so that a statement whose false figure only some
    draws make unmistakably off is made false on every seed, as the balance planned it
    (issue 13: planned with one fixed draw, the keys of seed 0 drifted to 17 'does not
    explain' of 35)."""
    return false_statement(argument, node, rng) or _fixed_draws(argument, node)


def _can_be_false(argument: Argument, node: str) -> bool:
    """Whether the plan may ask the node's statement false: what `_false_statement` makes of
    it on a fresh Random(0). For a figure that is the fixed draws' answer (their first draw is
    Random(0)'s, so it is not drawn twice); for any other fact, Random(0)'s draw alone."""
    fact = argument.ix.facts.get(node)
    if fact is not None and argument.ix.numeric_value(fact) is not None:
        return _fixed_draws(argument, node) is not None
    return false_statement(argument, node, random.Random(0)) is not None


def _fixed_draws(argument: Argument, node: str) -> str | None:
    """The first false statement the fixed draws make of a figure, once per deck (only a
    figure's falsity hangs on the draw: it must be unmistakably off); none drawn where no
    draw can make one (argument_false.never_false_figure)."""
    found: dict[str, str | None] = argument.__dict__.setdefault("_ar_fixed_false", {})
    if node not in found:
        fact = argument.ix.facts.get(node)
        figure = (
            fact is not None
            and argument.ix.numeric_value(fact) is not None
            and not never_false_figure(argument.ix, fact)
        )
        draws = (false_statement(argument, node, random.Random(d)) for d in range(DRAWS))
        found[node] = next((m for m in draws if m), None) if figure else None
    return found[node]


def _assertion_note(argument: Argument, node: str, false: str, link: str) -> str:
    """The false assertion corrected as shown: by what holds of the subject it names where it
    took another's object ('nitrogen is a gas', then what is true of gallium), else by the
    statement as it should read."""
    true = _sentence(argument.text(node))
    swapped = swapped_truth(argument, node, false)
    if swapped is None:
        return f'The assertion is false; it should read: "{true}" {link}'
    instead, whose_it_is = swapped
    return f'The assertion is false: {instead} What is true of {whose_it_is}: "{true}" {link}'


def _whose(argument: Argument, node: str, false: str) -> str:
    return whose(argument, node, false)
