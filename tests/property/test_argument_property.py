"""Random decks with claims, links and a comparison: every why (either way: cause or effect),
claim-evidence (either way), assertion-reason and comparison item has exactly one defensible
key given the declared links and values, and no wrong option lies in the grounds (reasons and
support three steps down) of what is asked or of its key."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.facts import Deck, parse_deck
from quizapp.generate import generate_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_gates import PARTS, statement_node
from quizapp.generate.index import DeckIndex
from quizapp.generate.kind_spec import Kind
from quizapp.generate.kinds import assertion_reason as ar
from tests.property.random_decks import _deck

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS: tuple[Kind, ...] = ("why", "assertion_reason", "claim_evidence", "comparison")
LINK_TYPES = ("because", "so", "despite", "evidence_for", "contrasts_with")
AGAINST = ("despite", "contrasts_with")


@st.composite
def argued_decks(draw: st.DrawFn) -> Deck:
    n_c = draw(st.integers(4, 8))
    n_b = draw(st.integers(2, 4))
    member = [[draw(st.booleans()) for _ in range(n_b)] for _ in range(n_c)]
    shares = [draw(st.integers(1, 99)) for _ in range(n_c)]
    leader = [draw(st.integers(0, n_c - 1)) for _ in range(n_b)]
    data: dict[str, Any] = _deck(n_c, n_b, member, shares, leader)
    fact_ids = [f["id"] for f in data["facts"]]
    n_claims = draw(st.integers(3, 14))
    data["claims"] = [
        {
            "id": f"claim-{k}",
            "text": f"The source makes point number {k}.",
            "provenance": {"source": "s", "section": 1, "paragraph": 1},
            "evidence": draw(st.lists(st.sampled_from(fact_ids), max_size=2, unique=True)),
        }
        for k in range(n_claims)
    ]
    nodes = [c["id"] for c in data["claims"]] + fact_ids
    raw = draw(
        st.lists(
            st.tuples(st.sampled_from(nodes), st.sampled_from(LINK_TYPES), st.sampled_from(nodes)),
            max_size=24,
        )
    )
    links: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    listed = {(c["id"], f) for c in data["claims"] for f in c["evidence"]}
    for a, t, b in raw:
        circular = t in ("because", "so") and (b, t, a) in seen
        # the loader refuses a claim's listed evidence set against it (links may still do so)
        refused = t in AGAINST and ((a, b) in listed or (b, a) in listed)
        if a != b and (a, t, b) not in seen and not circular and not refused:
            seen.add((a, t, b))
            links.append({"source": a, "type": t, "target": b})
    data["links"] = links
    data["comparisons"] = [{"relation": "share", "more": "holds more", "most": "holds the most"}]
    return parse_deck(json.dumps(data), "argued.yaml")


@SETTINGS
@given(argued_decks(), st.integers(0, 2**16))
def test_argument_items_have_exactly_one_defensible_key(deck: Deck, seed: int) -> None:
    ix = DeckIndex(deck)
    argument = argument_of(ix)
    for q in generate_deck(deck, seed=seed, kinds=KINDS, index=ix).questions:
        options = q.options or []
        assert len(q.answer) == 1 and options.count(q.answer[0]) == 1, q
        if q.kind in ("why", "claim_evidence"):  # nothing of the asked node's grounds is wrong
            asked = statement_node(argument, q.prompt.split('"')[1])
            key = statement_node(argument, q.answer[0])
            assert asked is not None and key is not None
            grounds = argument.grounds(asked) | argument.grounds(key)
            for option in options:
                other = statement_node(argument, option)
                assert other == key or other not in grounds or other in argument.against(asked)
        if q.kind == "why" and q.template == "effect":  # a reason: which point it explains
            reason = statement_node(argument, q.prompt.split('"')[1])
            assert reason is not None
            explained = {n for n in argument.explained if reason in argument.causes(n)}
            right = [o for o in options if statement_node(argument, o) in explained]
            assert right == q.answer, (q.prompt, options, explained)
        elif q.kind == "claim_evidence" and q.template == "claim":  # a fact: which point it backs
            fact = statement_node(argument, q.prompt.split('"')[1])
            backed = {c for c in argument.claims if fact in argument.support(c)}
            right = [o for o in options if statement_node(argument, o) in backed]
            assert right == q.answer, (q.prompt, options, backed)
        elif q.kind == "why":
            node = statement_node(argument, q.prompt.split('"')[1])
            assert node is not None
            causes = argument.causes(node)
            right = [o for o in options if statement_node(argument, o) in causes]
            assert right == q.answer, (q.prompt, options, causes)
            key = statement_node(argument, q.answer[0])
            assert key is not None
            for option in options:
                other = statement_node(argument, option)
                assert other is not None
                if other != key:  # nothing within two steps of the claim or the key, but
                    # what the deck sets against the claim (no reason for it)
                    assert other in argument.against(node) or argument.unconnected(other, node, key)
        elif q.kind == "claim_evidence":
            claim = statement_node(argument, q.prompt.split('"')[1])
            key = statement_node(argument, q.answer[0])
            assert claim is not None and key is not None
            assert key in argument.support(claim)
            set_against = {
                (k.source, k.target)
                for k in deck.links
                if k.type in AGAINST and {k.source, k.target} == {claim, key}
            }
            assert not set_against, (claim, key)  # counter-evidence is never the key
            right = [o for o in options if statement_node(argument, o) in argument.support(claim)]
            assert right == q.answer
        elif q.kind == "assertion_reason":
            parts = PARTS.match(q.prompt)
            assert parts is not None and options == ar.CHOICES
            a, r = statement_node(argument, parts["a"]), statement_node(argument, parts["r"])
            if a is None or r is None:  # a stated falsehood: only that choice is right
                want = ar.ASSERTION_FALSE if a is None else ar.REASON_FALSE
                assert q.answer == [want]
                continue
            declared = {key for s, t, key in ar.links(argument) if (s, t) == (a, r)}
            if not declared and (r, a, "because") in argument.explanations:
                declared = {ar.NOT_EXPLAINS}  # a because link asked the other way round
            assert declared == set(q.answer), (a, r, declared)  # one link type, its choice
        else:
            values = {
                ix.entities[ix.fact(f).subject].name: ix.numeric_value(ix.fact(f))
                for f in q.fact_ids
            }
            assert set(values) == set(options)
            best = values[q.answer[0]]
            assert best is not None
            for name, v in values.items():
                assert v is not None
                if name != q.answer[0]:
                    assert best.magnitude - v.magnitude > best.tolerance + v.tolerance
