"""The argument of a source: its key claims, the links between claims and facts, and the
numeric relations a deck allows to be compared.

A fact is one triple ("Kyrgyzstan received US$333 million in 2015"); a claim is a judgement the
source makes with facts as its evidence ("Russia still props up the region with aid"). Links
say how two of them hang together (`because`, `despite`, `so`, `evidence_for`,
`contrasts_with`), which is what questions at the understand and analyse levels ask about.
All of it is optional: a deck without claims is as valid as before.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from quizapp.facts.model_base import Provenance, Slug, Strict, flag, ids

LinkType = Literal["because", "despite", "so", "evidence_for", "contrasts_with"]
LINK_TYPES: tuple[LinkType, ...] = ("because", "despite", "so", "evidence_for", "contrasts_with")


class Claim(Strict):
    id: Slug
    text: str = Field(
        min_length=10, max_length=200, description="the claim in the deck's own words, a sentence"
    )
    provenance: Provenance
    evidence: list[Slug] = ids("ids of the facts that are evidence for the claim")
    main: bool = flag(
        "the section's main idea (its heading's point): so broad that most of the "
        "source supports it, so it is never asked as claim-and-evidence"
    )
    false_text: str | None = Field(
        default=None,
        min_length=10,
        max_length=200,
        description="a plainly false counterpart of the claim, in the same words but for the "
        "detail it gets wrong: an assertion-reason item may state it as its false limb",
    )


class Link(Strict):
    """`source type target`: 'A because B', 'A despite B', 'A so B', 'A evidence_for B',
    'A contrasts_with B'. Ends are claim or fact ids."""

    source: Slug
    type: LinkType
    target: Slug
    one_way: bool = Field(
        default=False,
        description="the target is what the source is or does by its nature (a method and what "
        "it saves), so 'does the source explain the target?' has no defensible answer: the link "
        "is never asked the other way round",
    )


class Comparison(Strict):
    """How to ask which subject has more of a numeric relation ('received more Russian aid')."""

    relation: Slug
    more: str = Field(min_length=3, description="verb phrase: 'received more Russian aid'")
    most: str = Field(min_length=3, description="verb phrase: 'received the most Russian aid'")
